/**
 * A projection process for the crash tests: runs `stream_totals` until SIGTERM (clean stop) or
 * SIGKILL (the crash under test). Run with
 * `node -r ts-node/register/transpile-only -r tsconfig-paths/register projection-runner.process.ts`.
 * Env: PROJ_MODE=sqlite|postgres, PROJ_SQLITE_FILE or PROJ_DATABASE_URL, PROJ_LEASE_TTL_MS.
 */
import { PostgresEventStore, SqliteEventStore, type EventStore } from '@vieclam/platform/event-store';
import { createDatabase, type Database } from '@vieclam/platform/database';
import { ProjectionRunner } from '../projection-runner';
import { streamTotalsProjection } from './stream-totals.projection';

async function open(): Promise<{ store: EventStore; database: Database }> {
  if (process.env.PROJ_MODE === 'sqlite') {
    // Embedded mode: the event store and the read models share one connection to one file.
    const sqlite = SqliteEventStore.openDatabase(required('PROJ_SQLITE_FILE'));
    return { store: new SqliteEventStore(sqlite), database: createDatabase({ kind: 'sqlite', sqlite }) };
  }
  const connectionString = required('PROJ_DATABASE_URL');
  return {
    store: await PostgresEventStore.create({ connectionString }),
    database: createDatabase({ kind: 'postgres', connectionString, maxConnections: 3 }),
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const { store, database } = await open();
  const runner = new ProjectionRunner({
    store,
    database,
    projections: [streamTotalsProjection()],
    batchSize: 7,
    pollIntervalMs: 20,
    lockRetryMs: 50,
    leaseTtlMs: Number(process.env.PROJ_LEASE_TTL_MS ?? 600),
    logger: { log: (m) => process.stderr.write(`${m}\n`), error: (m) => process.stderr.write(`${m}\n`) },
  });
  await runner.start();
  process.stdout.write('started\n');
  const statusTimer = setInterval(() => {
    const status = runner.status()[0];
    if (status?.state === 'failed') {
      process.stderr.write(`projection failed: ${status.lastError}\n`);
      process.exit(2);
    }
  }, 50);
  process.once('SIGTERM', () => {
    clearInterval(statusTimer);
    void runner
      .stop()
      .then(() => database.close())
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
