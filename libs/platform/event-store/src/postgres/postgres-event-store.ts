import { Pool, type DatabaseError, type PoolClient } from 'pg';
import { AppendSignal, catchUpSubscription } from '../catch-up-subscription';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import {
  START,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { assertExpected } from '../in-memory/in-memory-event-store';
import { categoryOf } from '../stream-name';

export interface PostgresEventStoreOptions {
  /** Server clock for `recordedAt` (tests pass a fixed one). */
  now?: () => Date;
  /** Schema holding the `es_` tables (created if missing). Default `public`. */
  schema?: string;
  /**
   * TEST HOOK ONLY: awaited inside the append transaction after the insert and before COMMIT, so a
   * test can hold transactions open and make them commit out of sequence order.
   */
  beforeCommit?: (streamId: string) => Promise<void>;
  /**
   * How long one `readAll` waits for transactions that were in flight when it started, so that it
   * returns what was committed before the call. Default 500 ms.
   */
  holdBackWaitMs?: number;
}

export type PostgresConnection = { connectionString: string } | { pool: Pool };

interface CheckRow {
  current: number | null;
  existing: { eventId: string; streamId: string; revision: number; position: string }[];
}

interface EventRow {
  tx: string;
  pos: string;
  safe: boolean;
  matches: boolean;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: RecordedEvent['metadata'] | null;
}

const DEFAULT_LIMIT = 1000;
/** Rows per INSERT statement; keeps a huge batch under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1000;
const COLUMNS_PER_ROW = 6;

/**
 * PostgreSQL adapter (server mode, DESIGN §3).
 *
 * Global order: every row stores the id of the transaction that wrote it. `readAll` hands out only
 * rows whose transaction id lies below the xmin of its snapshot (so no transaction that could still
 * commit sorts before them) in `(transaction_id, global_position)` order; the position
 * `"<xid>:<global_position>"` checkpoints both.
 */
export class PostgresEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly now: () => Date;
  private readonly holdBackWaitMs: number;
  private readonly beforeCommit: ((streamId: string) => Promise<void>) | undefined;
  private readonly sql: ReturnType<typeof statements>;
  private readonly insertTexts = new Map<number, string>();

  private constructor(
    private readonly pool: Pool,
    private readonly ownsPool: boolean,
    private readonly schema: string,
    options: PostgresEventStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.holdBackWaitMs = options.holdBackWaitMs ?? 500;
    this.beforeCommit = options.beforeCommit;
    this.sql = statements(schema);
  }

  /** Connects (or uses the given pool), creates the `es_` tables if missing and returns the store. */
  static async create(
    connection: PostgresConnection,
    options: PostgresEventStoreOptions = {},
  ): Promise<PostgresEventStore> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
    const ownsPool = !('pool' in connection);
    const pool =
      'pool' in connection ? connection.pool : new Pool({ connectionString: connection.connectionString });
    try {
      await createTables(pool, schema);
    } catch (error) {
      if (ownsPool) await pool.end();
      throw error;
    }
    return new PostgresEventStore(pool, ownsPool, schema, options);
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append: no events');
    const ids = events.map((e) => e.eventId);
    if (new Set(ids).size !== ids.length)
      throw new DuplicateEventId(streamId, 'the same id twice in one batch');

    const client = await this.pool.connect();
    let broken: Error | undefined;
    let result: AppendResult;
    try {
      await client.query('BEGIN');
      try {
        result = await this.appendInTransaction(client, streamId, events, expected);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      }
    } catch (error) {
      if (isUniqueViolation(error)) return this.afterRace(streamId, events, expected, error);
      throw error;
    } finally {
      client.release(broken);
    }
    this.signal.notify();
    return result;
  }

  private async appendInTransaction(
    client: PoolClient,
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    // An advisory lock, not a row lock: row locks and inserts assign the transaction id before they
    // wait, so two writers of one stream could get ids in the opposite order of their revisions,
    // and $all (ordered by transaction id) would show the stream out of order. Taken before any
    // write, this lock makes the next writer of the stream get its id only after we commit.
    await client.query({ name: `${this.schema}.es_lock`, text: this.sql.lock, values: [streamId] });
    const check = await this.check(client, streamId, events);
    if (check.idempotent) return check.idempotent;
    const current = check.current;
    assertExpected(streamId, expected, current);

    const recordedAt = this.now().toISOString();
    let last: { tx: string; pos: string } | undefined;
    for (let start = 0; start < events.length; start += INSERT_CHUNK) {
      const chunk = events.slice(start, start + INSERT_CHUNK);
      const values: unknown[] = [streamId, categoryOf(streamId)];
      chunk.forEach((e, i) => {
        values.push(
          e.eventId,
          current + 1 + start + i,
          e.type,
          e.schemaVersion,
          JSON.stringify(e.data),
          JSON.stringify({ ...e.metadata, recordedAt: e.metadata.recordedAt ?? recordedAt }),
        );
      });
      const inserted = await client.query<{ tx: string; pos: string }>({
        name: `${this.schema}.es_insert_${chunk.length}`,
        text: this.insertText(chunk.length),
        values,
      });
      last = inserted.rows[0];
    }
    if (!last) throw new Error('append: the insert returned no position');
    if (this.beforeCommit) await this.beforeCommit(streamId);
    return { nextExpectedRevision: current + events.length, position: `${last.tx}:${last.pos}` };
  }

  /**
   * Reads the stream's last revision (-1 if none) and which ids of the batch are stored already.
   * All of them in this stream → the original result (idempotent retry); some → DuplicateEventId.
   */
  private async check(
    client: Pick<PoolClient, 'query'>,
    streamId: string,
    events: readonly EventToAppend[],
  ): Promise<{ current: number; idempotent?: AppendResult }> {
    const { rows } = await client.query<CheckRow>({
      name: `${this.schema}.es_check`,
      text: this.sql.check,
      values: [streamId, events.map((e) => e.eventId)],
    });
    const row = rows[0];
    const current = row?.current ?? -1;
    const existing = row?.existing ?? [];
    if (existing.length === 0) return { current };
    const byId = new Map(existing.map((e) => [e.eventId, e]));
    const lastId = events[events.length - 1]!.eventId;
    const last = byId.get(lastId);
    if (existing.length === events.length && existing.every((e) => e.streamId === streamId) && last) {
      return { current, idempotent: { nextExpectedRevision: last.revision, position: last.position } };
    }
    throw new DuplicateEventId(streamId, events.find((e) => byId.has(e.eventId))?.eventId ?? '');
  }

  /** A unique index caught a writer that bypassed the stream lock (another process, old code). */
  private async afterRace(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    error: DatabaseError,
  ): Promise<AppendResult> {
    const check = await this.check(this.pool, streamId, events);
    if (check.idempotent) return check.idempotent;
    if (error.constraint?.endsWith('event_id_key')) throw new DuplicateEventId(streamId, '');
    throw new WrongExpectedRevision(streamId, expected, check.current < 0 ? 'no_stream' : check.current);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: `${this.schema}.es_read_stream`,
      text: this.sql.readStream,
      values: [streamId, options.fromRevision ?? 0, options.maxCount ?? null],
    });
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const from = options.from ?? START;
    const [fromTx, fromPos] = parsePosition(from);
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`readAll: invalid limit ${limit}`);
    const categories = options.filter?.categories ? [...options.filter.categories] : null;
    const types = options.filter?.types ? [...options.filter.types] : null;
    const query = async () =>
      (
        await this.pool.query<EventRow>({
          name: `${this.schema}.es_read_all`,
          text: this.sql.readAll,
          values: [fromTx, fromPos, limit + 1, categories, types],
        })
      ).rows;

    // Rows of transactions still in flight below a committed row are held back. Wait (briefly) for
    // those that were in flight when we started, so a page holds everything committed before the call.
    let rows = await query();
    const heldAtStart = maxHeldBackXid(rows, limit);
    if (heldAtStart !== undefined) {
      const deadline = Date.now() + this.holdBackWaitMs;
      let delay = 1;
      while (Date.now() < deadline) {
        await sleep(delay);
        delay = Math.min(delay * 2, 25);
        rows = await query();
        const held = minHeldBackXid(rows, limit);
        if (held === undefined || held > heldAtStart) break;
      }
    }

    const safe = rows.filter((r) => r.safe);
    const scanned = safe.slice(0, limit);
    const lastRow = scanned[scanned.length - 1];
    return {
      events: scanned.filter((r) => r.matches).map(toRecorded),
      lastPosition: lastRow ? `${lastRow.tx}:${lastRow.pos}` : from,
      isEnd: rows.length === scanned.length,
    };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return catchUpSubscription(this, this.signal, options);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private insertText(rowCount: number): string {
    let text = this.insertTexts.get(rowCount);
    if (!text) {
      const rows = Array.from({ length: rowCount }, (_, i) => {
        const p = (k: number) => `$${3 + i * COLUMNS_PER_ROW + k}`;
        return `(${p(0)}::uuid, $1, $2, ${p(1)}::int, ${p(2)}, ${p(3)}::int, ${p(4)}::jsonb, ${p(5)}::jsonb)`;
      });
      text = `WITH inserted AS (
          INSERT INTO ${this.sql.events}
            (event_id, stream_id, category, stream_revision, type, schema_version, data, metadata)
          VALUES ${rows.join(', ')}
          RETURNING transaction_id, global_position)
        SELECT transaction_id::text AS tx, max(global_position)::text AS pos
        FROM inserted GROUP BY transaction_id`;
      this.insertTexts.set(rowCount, text);
    }
    return text;
  }
}

function statements(schema: string) {
  const events = `"${schema}".es_events`;
  const columns = `transaction_id::text AS tx, global_position::text AS pos, event_id::text AS event_id,
    stream_id, stream_revision, type, schema_version`;
  return {
    events,
    lock: `SELECT pg_advisory_xact_lock(hashtextextended($1, 7431))`,
    check: `SELECT
        (SELECT max(stream_revision) FROM ${events} WHERE stream_id = $1) AS current,
        (SELECT coalesce(json_agg(json_build_object(
            'eventId', event_id, 'streamId', stream_id, 'revision', stream_revision,
            'position', transaction_id::text || ':' || global_position::text)), '[]'::json)
          FROM ${events} WHERE event_id = ANY($2::uuid[])) AS existing`,
    readStream: `SELECT ${columns}, data, metadata FROM ${events}
      WHERE stream_id = $1 AND stream_revision >= $2
      ORDER BY stream_revision LIMIT $3`,
    // The filter only blanks the payload of rows it rejects: they are still scanned, so the page's
    // last position moves past them.
    readAll: `SELECT ${columns},
        transaction_id < pg_snapshot_xmin(pg_current_snapshot()) AS safe,
        matches,
        CASE WHEN matches THEN data END AS data,
        CASE WHEN matches THEN metadata END AS metadata
      FROM ${events},
        LATERAL (SELECT ($4::text[] IS NULL OR category = ANY($4::text[]))
                    AND ($5::text[] IS NULL OR type = ANY($5::text[])) AS matches) AS f
      WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
      ORDER BY transaction_id, global_position
      LIMIT $3`,
  };
}

async function createTables(pool: Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Concurrent CREATE … IF NOT EXISTS can still collide; serialise the store creators.
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('es_create_tables', 7431))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS "${schema}".es_events (
        global_position bigserial PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id uuid NOT NULL CONSTRAINT es_events_event_id_key UNIQUE,
        stream_id text NOT NULL,
        category text NOT NULL,
        stream_revision integer NOT NULL,
        type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        CONSTRAINT es_events_stream_revision_key UNIQUE (stream_id, stream_revision)
      )`);
    await client.query(`CREATE INDEX IF NOT EXISTS es_events_global_order
      ON "${schema}".es_events (transaction_id, global_position)`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function parsePosition(position: Position): [string, string] {
  if (position === START) return ['0', '0'];
  const match = /^(\d+):(\d+)$/.exec(position);
  if (!match) throw new Error(`Not a PostgreSQL event store position: ${position}`);
  return [match[1]!, match[2]!];
}

/** Highest transaction id held back within the page window, if the page is not full of safe rows. */
function maxHeldBackXid(rows: EventRow[], limit: number): bigint | undefined {
  const safeCount = rows.filter((r) => r.safe).length;
  if (safeCount >= limit) return undefined;
  let max: bigint | undefined;
  for (const r of rows) if (!r.safe && (max === undefined || BigInt(r.tx) > max)) max = BigInt(r.tx);
  return max;
}

function minHeldBackXid(rows: EventRow[], limit: number): bigint | undefined {
  const safeCount = rows.filter((r) => r.safe).length;
  if (safeCount >= limit) return undefined;
  const held = rows.find((r) => !r.safe);
  return held ? BigInt(held.tx) : undefined;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata!,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    position: `${row.tx}:${row.pos}`,
  };
}

function isUniqueViolation(error: unknown): error is DatabaseError {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
