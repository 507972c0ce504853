/**
 * The one contract every event store adapter keeps (DESIGN §3).
 * Adapters: in-memory (unit tests), SQLite (embedded), PostgreSQL (server), KurrentDB (cluster).
 */

/** Business metadata carried by every event. */
export interface EventMetadata {
  /** The business date the fact happened (ISO date `YYYY-MM-DD`). Reports *for* a period use it. */
  occurredOn: string;
  /** Server clock when the event was stored (ISO timestamp). Reports *as known on* a date use it. */
  recordedAt: string;
  /** User id of whoever caused the event (`system` for jobs). */
  actor: string;
  /** Administrative unit code the fact belongs to (village / commune). */
  orgUnit: string;
  correlationId: string;
  causationId: string | null;
}

/** An event as a command produces it. `recordedAt` is set by the store unless given (imports, demo data). */
export interface EventToAppend<D = unknown> {
  /** uuid v7; unique across the store. Re-appending the same id is a no-op. */
  eventId: string;
  /** Stored type string, past tense, explicit (never derived from a class name). */
  type: string;
  schemaVersion: number;
  data: D;
  metadata: Omit<EventMetadata, 'recordedAt'> & { recordedAt?: string };
}

/**
 * Opaque global position. Only the adapter that produced it may interpret it; it can be stored
 * as a checkpoint and passed back to `readAll` / `subscribeToAll`.
 */
export type Position = string;

/** The position before the first event of the store. */
export const START: Position = 'start';

export interface RecordedEvent<D = unknown> {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
  streamId: string;
  /** 0-based revision of the event within its stream. */
  streamRevision: number;
  position: Position;
}

/** What `append` expects of the stream: its current last revision, or one of three states. */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export interface AppendResult {
  /** Revision of the last event now in the stream (pass it as `expected` for the next append). */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: Position;
}

export interface ReadStreamOptions {
  /** First revision to return (inclusive). Default 0. */
  fromRevision?: number;
  maxCount?: number;
}

export interface EventFilter {
  /** Stream categories (the part before the first `-`), e.g. `JobSeeker`. */
  categories?: readonly string[];
  /** Event type strings. */
  types?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive lower bound; `START` (default) reads from the beginning. */
  from?: Position;
  /** Maximum number of *scanned* events in this page (default 1000). */
  limit?: number;
  filter?: EventFilter;
}

export interface ReadAllPage {
  /** Events after `from` that pass the filter, in global order. */
  events: RecordedEvent[];
  /** Position of the last event scanned (matched or not); pass it as the next `from`. */
  lastPosition: Position;
  /** True when nothing committed lies beyond `lastPosition` at the time of reading. */
  isEnd: boolean;
}

export interface SubscribeOptions {
  from?: Position;
  filter?: EventFilter;
  batchSize?: number;
  /** Handle a batch; the subscription advances only after the promise resolves. */
  onEvents: (events: RecordedEvent[], lastPosition: Position) => Promise<void>;
  /** Called once when the subscription reaches the end of the log the first time. */
  onCaughtUp?: () => void;
  /** Called when `onEvents` or a read throws; the subscription then stops. */
  onError?: (error: unknown) => void;
  /** Idle poll interval in ms when caught up (appends in the same process wake it at once). */
  pollIntervalMs?: number;
}

export interface Subscription {
  /** Stop after the batch in hand; resolves when stopped. */
  stop(): Promise<void>;
  /** Settles when the subscription stops (rejects if it stopped on an error). */
  readonly done: Promise<void>;
}

/** The event store port. */
export interface EventStore {
  /**
   * Append atomically, enforcing `expected`. Throws {@link WrongExpectedRevision} on mismatch and
   * writes nothing. If every event id of the batch is already stored in this stream, nothing is
   * written and the original result is returned (idempotent retry).
   */
  append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  /** Events of one stream in revision order; `[]` if the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** One page of the global log in safe global order. */
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>;
  /** Catch-up subscription to the global log. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  close(): Promise<void>;
}
