import { START, type EventFilter, type EventStore, type Position } from '@vieclam/platform/event-store';
import { migrateToLatest, type Database } from '@vieclam/platform/database';
import { advanceCheckpoint, deleteCheckpoint, ensureRuntimeTables, resetCheckpoint } from './checkpoints';
import type { RebuildProgress } from './progress-bar';
import type { Projection } from './projection';

export interface RebuildOptions {
  /** Events scanned per read and per transaction (default 500). */
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  /** The checkpoint after the replay; a live subscription resumes from here. */
  position: Position;
  events: number;
}

export function migrationTableOf(projection: Pick<Projection, 'name'>): string {
  return `projection_${projection.name}_migrations`;
}

/** Creates or upgrades the projection's tables (pending migrations only). */
export async function migrateProjection(database: Database, projection: Projection): Promise<void> {
  await migrateToLatest(database.db, {
    migrationTableName: migrationTableOf(projection),
    migrations: projection.migrations,
  });
}

/** Drops the projection's tables, its migration history and its checkpoint. */
export async function dropProjection(database: Database, projection: Projection): Promise<void> {
  const migrationTable = migrationTableOf(projection);
  for (const table of [...projection.tables, migrationTable, `${migrationTable}_lock`]) {
    const drop = database.db.schema.dropTable(table).ifExists();
    await (database.kind === 'postgres' ? drop.cascade() : drop).execute();
  }
  await deleteCheckpoint(database.db, projection.name);
}

/**
 * Rebuilds a projection from the start of the log: drop its tables and checkpoint, re-run its
 * migrations, count the events it will see, then replay them in batches, one transaction per
 * batch (each also moves the checkpoint, so an interrupted rebuild resumes like a live run).
 * The caller must hold the projection's lock (the runner does) or know no runner is active.
 */
export async function rebuildProjection(
  store: EventStore,
  database: Database,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const batchSize = options.batchSize ?? 500;
  const { db } = database;
  await ensureRuntimeTables(db);
  // Checkpoint first: a crash after this point leaves no checkpoint, so the next start rebuilds
  // again instead of resuming over half-dropped tables.
  await deleteCheckpoint(db, projection.name);
  await dropProjection(database, projection);
  await migrateProjection(database, projection);
  await resetCheckpoint(db, projection.name, projection.version);

  const total = await countEvents(store, projection.filter);
  let done = 0;
  options.onProgress?.({ done, total });
  let from: Position = START;
  for (;;) {
    const page = await store.readAll({ from, limit: batchSize, filter: projection.filter });
    if (page.lastPosition !== from) {
      await db.transaction().execute(async (trx) => {
        await advanceCheckpoint(trx, projection.name, projection.version, from, page.lastPosition);
        if (page.events.length > 0) await projection.apply(trx, page.events);
      });
      done += page.events.length;
      from = page.lastPosition;
      options.onProgress?.({ done, total: Math.max(total, done) });
    }
    if (page.isEnd) return { position: from, events: done };
  }
}

/** The port has no count, so scan the log once with the projection's filter. */
export async function countEvents(store: EventStore, filter: EventFilter | undefined): Promise<number> {
  let count = 0;
  let from: Position = START;
  for (;;) {
    const page = await store.readAll({ from, limit: 5000, filter });
    count += page.events.length;
    if (page.isEnd || page.lastPosition === from) return count;
    from = page.lastPosition;
  }
}
