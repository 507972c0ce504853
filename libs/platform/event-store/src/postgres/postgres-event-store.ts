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

interface AppendRow {
  outcome: 'appended' | 'idempotent' | 'duplicate' | 'wrong_expected';
  revision: number | null;
  position: string | null;
  event_id: string | null;
}

interface EventRow {
  tx: string;
  pos: string;
  safe: boolean;
  snapshot: string | null;
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
/** First key of the two-key advisory lock every writer holds on its stream (second: hash of the id). */
const STREAM_LOCK_CLASS = 7431;
/** 32-bit ids of the transactions that hold a stream lock in this database right now. */
const LOCK_HOLDERS_SQL = `
  WITH locks AS MATERIALIZED (SELECT * FROM pg_locks)
  SELECT t.transactionid::text AS xid
  FROM locks a JOIN locks t ON t.virtualtransaction = a.virtualtransaction AND t.locktype = 'transactionid'
  WHERE a.locktype = 'advisory' AND a.classid = ${STREAM_LOCK_CLASS} AND a.objsubid = 2 AND a.granted
    AND a.database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

/**
 * PostgreSQL adapter (server mode, DESIGN §3).
 *
 * Appends go through one server-side function, `es_append`, in one round trip: per-stream advisory
 * lock, idempotency by event id, expected revision, multi-row insert. Durability is the server's
 * (fsync and synchronous_commit stay on).
 *
 * Global order: every row stores the id of the transaction that wrote it. `readAll` hands out rows
 * in `(transaction_id, global_position)` order, and only those no still-running event writer can sort
 * before: below the xmin of its snapshot, or below the oldest in-flight transaction that holds a
 * stream lock (see `refineHeldBack`). The position `"<xid>:<global_position>"` checkpoints both.
 * Every writer of `es_events` must go through `es_append`; that is what the refinement relies on.
 */
export class PostgresEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly now: () => Date;
  private readonly holdBackWaitMs: number;
  private readonly beforeCommit: ((streamId: string) => Promise<void>) | undefined;
  private readonly sql: ReturnType<typeof statements>;

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
    // An idle client whose session ends (server restart, terminated backend) makes the pool emit
    // 'error', which would crash the process if unhandled; the pool discards the client itself.
    if (ownsPool) pool.on('error', () => undefined);
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

    const recordedAt = this.now().toISOString();
    const batch = JSON.stringify(
      events.map((e) => ({
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
        metadata: { ...e.metadata, recordedAt: e.metadata.recordedAt ?? recordedAt },
      })),
    );
    const query = {
      name: `${this.schema}.es_append`,
      text: this.sql.append,
      values: [
        streamId,
        categoryOf(streamId),
        typeof expected === 'number' ? 'revision' : expected,
        typeof expected === 'number' ? expected : null,
        batch,
      ],
    };

    let row: AppendRow | undefined;
    try {
      row = this.beforeCommit
        ? await this.appendHeldOpen(streamId, query, this.beforeCommit)
        : (await this.pool.query<AppendRow>(query)).rows[0];
    } catch (error) {
      if (isUniqueViolation(error)) return this.afterRace(streamId, events, expected, error);
      throw error;
    }
    if (!row) throw new Error('append: es_append returned nothing');
    switch (row.outcome) {
      case 'appended':
        this.signal.notify();
        return { nextExpectedRevision: row.revision!, position: row.position! };
      case 'idempotent':
        return { nextExpectedRevision: row.revision!, position: row.position! };
      case 'duplicate':
        throw new DuplicateEventId(streamId, row.event_id ?? '');
      case 'wrong_expected':
        throw new WrongExpectedRevision(streamId, expected, row.revision! < 0 ? 'no_stream' : row.revision!);
    }
  }

  /** The test-hook path: the same function inside an explicit transaction, held open before COMMIT. */
  private async appendHeldOpen(
    streamId: string,
    query: { name: string; text: string; values: unknown[] },
    beforeCommit: (streamId: string) => Promise<void>,
  ): Promise<AppendRow | undefined> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      try {
        const row = (await client.query<AppendRow>(query)).rows[0];
        if (row?.outcome === 'appended') await beforeCommit(streamId);
        await client.query('COMMIT');
        return row;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      }
    } finally {
      client.release(broken);
    }
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
    let rows = await this.refineHeldBack(await query(), limit);
    const heldAtStart = maxHeldBackXid(rows, limit);
    if (heldAtStart !== undefined) {
      const deadline = Date.now() + this.holdBackWaitMs;
      let delay = 1;
      while (Date.now() < deadline) {
        await sleep(delay);
        delay = Math.min(delay * 2, 25);
        rows = await this.refineHeldBack(await query(), limit);
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

  /**
   * The xmin rule alone holds rows back behind ANY transaction of the cluster that holds an id
   * (a long import, a CREATE DATABASE). Only event writers matter, and every writer takes its stream
   * lock before it gets a transaction id and keeps it until it ends. So an id in flight in our
   * snapshot blocks only if it holds a stream lock now, or has committed since the snapshot (its rows
   * may be invisible to us). Locks are read before statuses: a writer still in progress at the
   * status check held its lock during the lock read.
   */
  private async refineHeldBack(rows: EventRow[], limit: number): Promise<EventRow[]> {
    const firstHeld = rows.findIndex((r) => !r.safe);
    if (firstHeld < 0 || firstHeld >= limit) return rows;
    const [, xmaxText, xipText] = rows[firstHeld]!.snapshot!.split(':');
    const lastHeld = BigInt(rows[rows.length - 1]!.tx);
    const inFlight = (xipText ? xipText.split(',') : []).filter((x) => BigInt(x) < lastHeld);
    let frontier = BigInt(xmaxText!);
    if (inFlight.length > 0) {
      const holders = new Set(
        (
          await this.pool.query<{ xid: string }>({ name: 'es_stream_lock_holders', text: LOCK_HOLDERS_SQL })
        ).rows.map((r) => r.xid),
      );
      const { rows: statuses } = await this.pool.query<{ xid: string; status: string }>({
        name: 'es_xact_status',
        text: 'SELECT x::text AS xid, pg_xact_status(x) AS status FROM unnest($1::xid8[]) AS x',
        values: [inFlight],
      });
      for (const { xid, status } of statuses) {
        const blocking = status === 'committed' || holders.has(String(BigInt(xid) & 0xffffffffn));
        if (blocking && BigInt(xid) < frontier) frontier = BigInt(xid);
      }
    }
    for (const row of rows) if (!row.safe && BigInt(row.tx) < frontier) row.safe = true;
    return rows;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return catchUpSubscription(this, this.signal, options);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}

function statements(schema: string) {
  const events = `"${schema}".es_events`;
  const columns = `transaction_id::text AS tx, global_position::text AS pos, event_id::text AS event_id,
    stream_id, stream_revision, type, schema_version`;
  return {
    events,
    append: `SELECT out_outcome AS outcome, out_revision AS revision, out_position AS position,
        out_event_id AS event_id
      FROM "${schema}".es_append($1, $2, $3, $4, $5::jsonb)`,
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
        CASE WHEN transaction_id >= pg_snapshot_xmin(pg_current_snapshot())
          THEN pg_current_snapshot()::text END AS snapshot,
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
    await client.query(appendFunction(schema));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * One append in one round trip (the commit's fsync dominates, the rest is round trips on a busy
 * machine). Outcomes are returned, not raised, so the caller builds the typed errors; nothing is
 * written unless the outcome is `appended`. Custom plans: a generic plan cached while the table was
 * small kept scanning it whole as it grew (append throughput fell threefold within a minute).
 */
function appendFunction(schema: string): string {
  const events = `"${schema}".es_events`;
  return `
    CREATE OR REPLACE FUNCTION "${schema}".es_append(
      p_stream_id text, p_category text, p_expected_kind text, p_expected_revision integer, p_events jsonb)
    RETURNS TABLE (out_outcome text, out_revision integer, out_position text, out_event_id text)
    LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $fn$
    DECLARE
      v_ids uuid[];
      v_count integer;
      v_existing integer;
      v_in_stream integer;
      v_current integer;
      v_tx text;
      v_pos text;
    BEGIN
      -- An advisory lock, not a row lock: row locks and inserts assign the transaction id before
      -- they wait, so two writers of one stream could get ids in the opposite order of their
      -- revisions and $all (ordered by transaction id) would show the stream out of order. Taken
      -- before any write, it makes the next writer of the stream get its id after we commit.
      -- Each statement below takes a fresh snapshot, so it sees what the previous holder committed.
      PERFORM pg_advisory_xact_lock(${STREAM_LOCK_CLASS}, hashtext(p_stream_id));
      SELECT array_agg((t.e->>'eventId')::uuid ORDER BY t.o) INTO v_ids
        FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, o);
      v_count := cardinality(v_ids);
      SELECT count(*), count(*) FILTER (WHERE s.stream_id = p_stream_id) INTO v_existing, v_in_stream
        FROM ${events} s WHERE s.event_id = ANY(v_ids);
      IF v_existing > 0 THEN
        IF v_existing = v_count AND v_in_stream = v_count THEN
          RETURN QUERY SELECT 'idempotent'::text, s.stream_revision,
              s.transaction_id::text || ':' || s.global_position::text, NULL::text
            FROM ${events} s WHERE s.event_id = v_ids[v_count];
        ELSE
          RETURN QUERY SELECT 'duplicate'::text, NULL::integer, NULL::text, s.event_id::text
            FROM ${events} s WHERE s.event_id = ANY(v_ids) ORDER BY s.global_position LIMIT 1;
        END IF;
        RETURN;
      END IF;

      SELECT coalesce(max(s.stream_revision), -1) INTO v_current FROM ${events} s WHERE s.stream_id = p_stream_id;
      IF NOT (p_expected_kind = 'any'
          OR (p_expected_kind = 'no_stream' AND v_current < 0)
          OR (p_expected_kind = 'stream_exists' AND v_current >= 0)
          OR (p_expected_kind = 'revision' AND p_expected_revision = v_current)) THEN
        RETURN QUERY SELECT 'wrong_expected'::text, v_current, NULL::text, NULL::text;
        RETURN;
      END IF;

      -- ORDER BY keeps the sub-select from being flattened, so positions follow the batch order.
      WITH inserted AS (
        INSERT INTO ${events} (event_id, stream_id, category, stream_revision, type, schema_version, data, metadata)
        SELECT (t.e->>'eventId')::uuid, p_stream_id, p_category, v_current + t.o::integer, t.e->>'type',
          (t.e->>'schemaVersion')::integer, coalesce(t.e->'data', 'null'::jsonb), t.e->'metadata'
        FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, o)
        ORDER BY t.o
        RETURNING transaction_id, global_position)
      SELECT min(i.transaction_id::text), max(i.global_position)::text INTO v_tx, v_pos FROM inserted i;
      RETURN QUERY SELECT 'appended'::text, v_current + v_count, v_tx || ':' || v_pos, NULL::text;
    END
    $fn$`;
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
