import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@vieclam/platform/config';
import { createDatabase, type Database } from '@vieclam/platform/database';
import {
  KurrentDbEventStore,
  PostgresEventStore,
  SqliteEventStore,
  type EventStore,
} from '@vieclam/platform/event-store';

export type EventStoreBackend = 'sqlite' | 'postgres' | 'kurrentdb';

/** The storage a process works with in its mode (DESIGN §2). */
export interface Runtime {
  config: AppConfig;
  eventStore: EventStore;
  eventStoreBackend: EventStoreBackend;
  /** Read models: the same SQLite file in embedded mode, PostgreSQL otherwise. */
  database: Database;
  /** Closes the event store, then the read-model database, then the connection they share. */
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'vieclam.sqlite';

export function sqliteFilePath(config: Pick<AppConfig, 'dataDir'>): string {
  return join(config.dataDir, SQLITE_FILE_NAME);
}

export async function openRuntime(config: AppConfig): Promise<Runtime> {
  if (config.mode === 'embedded') {
    mkdirSync(config.dataDir, { recursive: true });
    // One connection for events and read models: a projection's writes and its checkpoint then sit
    // in the same transaction, and the single-writer rule of SQLite is never fought.
    const sqlite = SqliteEventStore.openDatabase(sqliteFilePath(config));
    const eventStore = new SqliteEventStore(sqlite);
    const database = createDatabase({ kind: 'sqlite', sqlite });
    return {
      config,
      eventStore,
      eventStoreBackend: 'sqlite',
      database,
      close: async () => {
        await eventStore.close();
        await database.close();
        sqlite.close();
      },
    };
  }

  const databaseUrl = config.databaseUrl;
  if (databaseUrl === undefined) throw new Error(`${config.mode} mode needs DATABASE_URL`);
  const eventStore: EventStore =
    config.mode === 'cluster' && config.kurrentDbUrl !== undefined
      ? KurrentDbEventStore.connect(config.kurrentDbUrl)
      : await PostgresEventStore.create({ connectionString: databaseUrl });
  const database = createDatabase({ kind: 'postgres', connectionString: databaseUrl });
  return {
    config,
    eventStore,
    eventStoreBackend: config.mode === 'cluster' ? 'kurrentdb' : 'postgres',
    database,
    close: async () => {
      await eventStore.close();
      await database.close();
    },
  };
}
