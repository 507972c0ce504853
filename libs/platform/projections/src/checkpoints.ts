import { START, type Position } from '@vieclam/platform/event-store';
import type { ReadModelDb } from '@vieclam/platform/database';

export const CHECKPOINT_TABLE = 'projection_checkpoints';
export const LEASE_TABLE = 'projection_leases';

export interface StoredCheckpoint {
  version: number;
  position: Position;
}

/** Another instance (or a rebuild) moved the checkpoint under us; this batch must not commit. */
export class CheckpointMoved extends Error {
  constructor(
    readonly projection: string,
    readonly expected: Position,
  ) {
    super(
      `Điểm kiểm tra của phép chiếu "${projection}" đã bị thay đổi / ` +
        `The checkpoint of projection "${projection}" moved away from ${expected}: another instance or a rebuild is running`,
    );
    this.name = 'CheckpointMoved';
  }
}

/** Created with IF NOT EXISTS rather than a migrator: api and worker may start at the same moment. */
export async function ensureRuntimeTables(db: ReadModelDb): Promise<void> {
  await createIfMissing(() =>
    db.schema
      .createTable(CHECKPOINT_TABLE)
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('position', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute(),
  );
  await createIfMissing(() =>
    db.schema
      .createTable(LEASE_TABLE)
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute(),
  );
}

async function createIfMissing(create: () => Promise<void>): Promise<void> {
  try {
    await create();
  } catch (error) {
    // PostgreSQL: two sessions racing on CREATE TABLE IF NOT EXISTS; the loser sees a duplicate.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P07') throw error;
  }
}

export async function readCheckpoint(db: ReadModelDb, name: string): Promise<StoredCheckpoint | undefined> {
  const row = await db
    .selectFrom(CHECKPOINT_TABLE)
    .select(['version', 'position'])
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? { version: Number(row.version), position: String(row.position) } : undefined;
}

/** Sets the checkpoint back to the start of the log under `version`. */
export async function resetCheckpoint(db: ReadModelDb, name: string, version: number): Promise<void> {
  await db.deleteFrom(CHECKPOINT_TABLE).where('name', '=', name).execute();
  await db
    .insertInto(CHECKPOINT_TABLE)
    .values({ name, version, position: START, updated_at: new Date().toISOString() })
    .execute();
}

export async function deleteCheckpoint(db: ReadModelDb, name: string): Promise<void> {
  await db.deleteFrom(CHECKPOINT_TABLE).where('name', '=', name).execute();
}

/**
 * Moves the checkpoint from `from` to `to` inside the batch's transaction, only if it still is at
 * `from` under `version` (throws {@link CheckpointMoved} otherwise). Called first in the
 * transaction: on SQLite a write as first statement waits for the write lock instead of failing
 * with a stale snapshot; on PostgreSQL the row lock serialises two instances and the loser aborts.
 */
export async function advanceCheckpoint(
  trx: ReadModelDb,
  name: string,
  version: number,
  from: Position,
  to: Position,
): Promise<void> {
  const result = await trx
    .updateTable(CHECKPOINT_TABLE)
    .set({ position: to, updated_at: new Date().toISOString() })
    .where('name', '=', name)
    .where('version', '=', version)
    .where('position', '=', from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new CheckpointMoved(name, from);
}
