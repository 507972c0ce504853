import type { Migration } from 'kysely';
import type { EventFilter, RecordedEvent } from '@vieclam/platform/event-store';
import type { ReadModelDb } from '@vieclam/platform/database';

/**
 * A read model fed by the event log (DESIGN §3). The runner calls `apply` with each batch inside
 * one transaction that also moves the projection's checkpoint.
 */
export interface Projection {
  /** Lower snake case; names its checkpoint, lock and migration table. */
  name: string;
  /** Bump it when the logic changes: a stored checkpoint of another version triggers a rebuild. */
  version: number;
  /** Only these events reach `apply`; the checkpoint still moves past the others. */
  filter?: EventFilter;
  /** Every table the projection owns; dropped on rebuild. */
  tables: readonly string[];
  /** Creates `tables` (applied in name order). */
  migrations: Record<string, Migration>;
  /** Applies one batch of events with `trx`, the batch's transaction. Never commit or roll back here. */
  apply(trx: ReadModelDb, events: readonly RecordedEvent[]): Promise<void>;
}

export type ReadModelRow = Record<string, unknown>;

/** The pure part of a one-row-per-key projection. */
export interface RowProjectionLogic<Row extends ReadModelRow> {
  /** The row an event changes, or `undefined` to ignore the event. */
  keyOf(event: RecordedEvent): string | undefined;
  /** The next row given the current one (`undefined` when there is none); return `undefined` to delete it. */
  evolve(current: Row | undefined, event: RecordedEvent): Row | undefined;
}

export interface RowProjectionDefinition<Row extends ReadModelRow>
  extends Omit<Projection, 'apply' | 'tables'>, RowProjectionLogic<Row> {
  /** The table that holds the rows; created by `migrations`. */
  table: string;
  /** Primary-key column holding `keyOf(event)`. Default `id`. */
  keyColumn?: string;
}

/** What a batch does to the rows it touched: the new row, or `undefined` for a deleted one. */
export type RowChanges<Row> = Map<string, Row | undefined>;

/** Pure: folds `events` over the rows they touch. `current` holds the rows as stored (absent = none). */
export function evolveRows<Row extends ReadModelRow>(
  logic: RowProjectionLogic<Row>,
  current: ReadonlyMap<string, Row>,
  events: readonly RecordedEvent[],
): RowChanges<Row> {
  const changes: RowChanges<Row> = new Map();
  for (const event of events) {
    const key = logic.keyOf(event);
    if (key === undefined) continue;
    const row = changes.has(key) ? changes.get(key) : current.get(key);
    changes.set(key, logic.evolve(row, event));
  }
  return changes;
}

const READ_CHUNK = 500;

/**
 * Builds a projection from a pure `evolve` over one row per key; the thin writer reads the touched
 * rows, folds the batch with {@link evolveRows} and upserts or deletes the results.
 */
export function rowProjection<Row extends ReadModelRow>(
  definition: RowProjectionDefinition<Row>,
): Projection & RowProjectionLogic<Row> {
  const { table } = definition;
  const keyColumn = definition.keyColumn ?? 'id';
  return {
    name: definition.name,
    version: definition.version,
    filter: definition.filter,
    tables: [table],
    migrations: definition.migrations,
    keyOf: definition.keyOf,
    evolve: definition.evolve,
    async apply(trx, events) {
      const keys = [...new Set(events.map(definition.keyOf).filter((k): k is string => k !== undefined))];
      const current = new Map<string, Row>();
      for (let i = 0; i < keys.length; i += READ_CHUNK) {
        const rows = (await trx
          .selectFrom(table)
          .selectAll()
          .where(keyColumn, 'in', keys.slice(i, i + READ_CHUNK))
          .execute()) as Row[];
        for (const row of rows) current.set(String(row[keyColumn]), row);
      }
      for (const [key, row] of evolveRows(definition, current, events)) {
        if (row === undefined) {
          await trx.deleteFrom(table).where(keyColumn, '=', key).execute();
          continue;
        }
        const values = { ...row, [keyColumn]: key };
        const updates: ReadModelRow = { ...row };
        delete updates[keyColumn];
        await trx
          .insertInto(table)
          .values(values)
          .onConflict((oc) =>
            Object.keys(updates).length === 0
              ? oc.column(keyColumn).doNothing()
              : oc.column(keyColumn).doUpdateSet(updates),
          )
          .execute();
      }
    },
  };
}
