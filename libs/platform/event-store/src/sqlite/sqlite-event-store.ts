import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppendSignal, catchUpSubscription } from '../catch-up-subscription';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import {
  START,
  type AppendResult,
  type EventMetadata,
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

export interface SqliteEventStoreOptions {
  /** Clock for `recordedAt` when the writer gives none. */
  now?: () => Date;
}

/** How long a writer waits for another connection (the worker process) to release the file. */
const BUSY_TIMEOUT_MS = 5000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS es_events (
    position INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    stream_id TEXT NOT NULL,
    category TEXT NOT NULL,
    stream_revision INTEGER NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    metadata TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (stream_id, stream_revision)
  ) STRICT;
`;

const EVENT_COLUMNS = 'position, event_id, stream_id, stream_revision, type, schema_version, data, metadata';

/** Row in `.raw()` (array) form, in {@link EVENT_COLUMNS} order: cheaper than one object per row. */
type EventRow = [number, string, string, number, string, number, string, string];

interface WindowQuery {
  from: number;
  last: number;
  /** JSON arrays, or null for no filter. */
  categories: string | null;
  types: string | null;
}

interface StoredId {
  event_id: string;
  stream_id: string;
  stream_revision: number;
  position: number;
}

/**
 * The embedded adapter (DESIGN §2–3): the whole log in one SQLite file, which also holds the
 * read models. SQLite admits one writer at a time, so rowid order is a safe global order and the
 * position is simply the rowid.
 */
/** How long an append waits for another transaction on a shared connection to finish. */
const APPEND_WAIT_LIMIT_MS = 30_000;

export class SqliteEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<Subscription>();
  private readonly now: () => Date;
  private ownsDatabase = false;
  private closed = false;

  private readonly findIds: Database.Statement<[string], StoredId>;
  private readonly lastRevision: Database.Statement<[string], { revision: number | null }>;
  private readonly insert: Database.Statement<
    [string, string, string, number, string, number, string, string, string]
  >;
  private readonly selectStream: Database.Statement<[string, number, number], EventRow>;
  private readonly scanWindow: Database.Statement<[number, number], { last: number | null; scanned: number }>;
  private readonly selectWindow: Database.Statement<[WindowQuery], EventRow>;
  private readonly anyAfter: Database.Statement<[number], { found: number }>;
  private readonly appendTransaction: Database.Transaction<
    (streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision) => AppendResult
  >;
  private readonly readAllTransaction: Database.Transaction<
    (from: number, limit: number, categories: string | null, types: string | null) => ReadAllPage
  >;

  /** Opens (or creates) a database file with the durability the event log requires. */
  static openDatabase(filePath: string): Database.Database {
    mkdirSync(dirname(filePath), { recursive: true });
    const db = new Database(filePath);
    try {
      db.pragma('journal_mode = WAL');
      // Power cuts are routine in commune offices: every acknowledged commit is fsynced.
      db.pragma('synchronous = FULL');
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  /** Opens the file and returns a store that owns (and closes) the connection. */
  static open(filePath: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    const db = SqliteEventStore.openDatabase(filePath);
    try {
      const store = new SqliteEventStore(db, options);
      store.ownsDatabase = true;
      return store;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Uses a connection the caller owns (shared with the read models); `close()` leaves it open.
   * The connection's `synchronous` level is raised to FULL if it is lower, as the log requires.
   */
  constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    if (Number(db.pragma('synchronous', { simple: true })) < 2) db.pragma('synchronous = FULL');
    if (Number(db.pragma('busy_timeout', { simple: true })) === 0) {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    db.exec(SCHEMA);

    this.findIds = db.prepare(
      `SELECT event_id, stream_id, stream_revision, position FROM es_events
        WHERE event_id IN (SELECT value FROM json_each(?))`,
    );
    this.lastRevision = db.prepare(
      'SELECT max(stream_revision) AS revision FROM es_events WHERE stream_id = ?',
    );
    this.insert = db.prepare(
      `INSERT INTO es_events
         (event_id, stream_id, category, stream_revision, type, schema_version, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectStream = db
      .prepare<[string, number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es_events
          WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision LIMIT ?`,
      )
      .raw(true);
    this.scanWindow = db.prepare(
      `SELECT max(position) AS last, count(*) AS scanned FROM
         (SELECT position FROM es_events WHERE position > ? ORDER BY position LIMIT ?)`,
    );
    this.selectWindow = db
      .prepare<[WindowQuery], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es_events
          WHERE position > @from AND position <= @last
            AND (@categories IS NULL OR category IN (SELECT value FROM json_each(@categories)))
            AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))
          ORDER BY position`,
      )
      .raw(true);
    this.anyAfter = db.prepare('SELECT EXISTS (SELECT 1 FROM es_events WHERE position > ?) AS found');
    this.appendTransaction = db.transaction(
      (streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision) =>
        this.appendInTransaction(streamId, events, expected),
    );
    // One read snapshot per page, so the window, its events and `isEnd` agree with each other.
    this.readAllTransaction = db.transaction(
      (from: number, limit: number, categories: string | null, types: string | null) =>
        this.readAllInTransaction(from, limit, categories, types),
    );
  }

  /**
   * The connection may be shared with read models whose (async, Kysely) transaction is open right
   * now. better-sqlite3 would silently nest our append inside it as a savepoint, and a rollback of
   * that transaction would then drop an event we had acknowledged. So wait until it has finished.
   */
  private async waitForOpenTransaction(): Promise<void> {
    const started = Date.now();
    while (this.db.inTransaction) {
      if (Date.now() - started > APPEND_WAIT_LIMIT_MS) {
        throw new Error('append: a transaction on the shared SQLite connection stayed open too long');
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0) throw new Error('append: no events');
    await this.waitForOpenTransaction();
    // IMMEDIATE takes the write lock before reading, so the checks and the insert see one state.
    const result = this.appendTransaction.immediate(streamId, events, expected);
    this.signal.notify();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const rows = this.selectStream.all(streamId, options.fromRevision ?? 0, options.maxCount ?? -1);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    this.assertOpen();
    const limit = options.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`readAll: invalid limit ${limit}`);
    const categories = options.filter?.categories ? JSON.stringify(options.filter.categories) : null;
    const types = options.filter?.types ? JSON.stringify(options.filter.types) : null;
    return this.readAllTransaction(parsePosition(options.from ?? START), limit, categories, types);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const subscription = catchUpSubscription(this, this.signal, options);
    this.subscriptions.add(subscription);
    void subscription.done.catch(() => undefined).finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.ownsDatabase) this.db.close();
  }

  private appendInTransaction(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult {
    const ids = events.map((e) => e.eventId);
    const stored = this.findIds.all(JSON.stringify(ids));
    if (stored.length > 0) {
      const byId = new Map(stored.map((s) => [s.event_id, s]));
      const last = byId.get(ids[ids.length - 1]!);
      if (last && byId.size === new Set(ids).size && stored.every((s) => s.stream_id === streamId)) {
        return { nextExpectedRevision: last.stream_revision, position: String(last.position) };
      }
      throw new DuplicateEventId(streamId, stored[0]!.event_id);
    }
    if (new Set(ids).size !== ids.length) {
      throw new DuplicateEventId(streamId, 'the same id twice in one batch');
    }

    const current = this.lastRevision.get(streamId)?.revision ?? -1;
    assertExpected(streamId, expected, current);

    const category = categoryOf(streamId);
    const defaultRecordedAt = this.now().toISOString();
    let revision = current;
    let position = 0;
    for (const e of events) {
      revision += 1;
      const recordedAt = e.metadata.recordedAt ?? defaultRecordedAt;
      const metadata: EventMetadata = { ...e.metadata, recordedAt };
      const info = this.insert.run(
        e.eventId,
        streamId,
        category,
        revision,
        e.type,
        e.schemaVersion,
        JSON.stringify(e.data ?? null),
        JSON.stringify(metadata),
        recordedAt,
      );
      position = Number(info.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, position: String(position) };
  }

  private readAllInTransaction(
    from: number,
    limit: number,
    categories: string | null,
    types: string | null,
  ): ReadAllPage {
    const window = this.scanWindow.get(from, limit);
    const last = window?.last ?? null;
    if (last === null) {
      return { events: [], lastPosition: formatPosition(from), isEnd: true };
    }
    const rows = this.selectWindow.all({ from, last, categories, types });
    const isEnd = (window?.scanned ?? 0) < limit || this.anyAfter.get(last)?.found === 0;
    return { events: rows.map(toRecordedEvent), lastPosition: String(last), isEnd };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SqliteEventStore is closed');
  }
}

function assertExpected(streamId: string, expected: ExpectedRevision, current: number): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current < 0) ||
    (expected === 'stream_exists' && current >= 0) ||
    (typeof expected === 'number' && expected === current);
  if (!ok) throw new WrongExpectedRevision(streamId, expected, current < 0 ? 'no_stream' : current);
}

function parsePosition(position: Position): number {
  if (position === START) return 0;
  if (!/^[1-9][0-9]*$/.test(position)) throw new Error(`Not a SQLite event store position: ${position}`);
  return Number(position);
}

function formatPosition(rowid: number): Position {
  return rowid === 0 ? START : String(rowid);
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  const [position, eventId, streamId, streamRevision, type, schemaVersion, data, metadata] = row;
  return {
    eventId,
    type,
    schemaVersion,
    data: JSON.parse(data),
    metadata: JSON.parse(metadata) as EventMetadata,
    streamId,
    streamRevision,
    position: String(position),
  };
}
