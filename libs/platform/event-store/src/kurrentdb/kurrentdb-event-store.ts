import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  type AllStreamRecordedEvent,
  type RecordedEvent as ClientRecordedEvent,
} from '@kurrent/kurrentdb-client';
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
import { matchesFilter } from '../in-memory/in-memory-event-store';
import {
  comparePositions,
  decodePosition,
  encodePosition,
  fromClientEvent,
  isStreamNotFound,
  isWrongExpectedVersion,
  toClientEvent,
  toStreamState,
  toWrongExpectedRevision,
  uuidV7Time,
} from './kurrentdb-mapping';

export interface KurrentDbEventStoreOptions {
  /** Server clock for `recordedAt`. */
  now?: () => Date;
  /**
   * KurrentDB does not know that event ids are unique across streams. Before each append the
   * adapter reads the tail of `$all` backwards looking for the batch's ids: at most this many
   * events (default 1000), and no further back than the ids' own uuid v7 time minus
   * `clockSkewMs`. An id stored earlier than that in another stream is not detected.
   */
  duplicateScanLimit?: number;
  /** Allowed difference between this process's clock and the server's (default 2000 ms). */
  clockSkewMs?: number;
  /** How many of a stream's latest events are searched for a retried batch after a conflict (default 10000). */
  streamScanLimit?: number;
}

interface StoredLocation {
  streamId: string;
  revision: number;
  position: Position;
}

/**
 * Cluster-mode adapter (DESIGN §2) on KurrentDB. `$all` is the global log; it is safe by
 * construction (a reader never sees an event before an earlier one commits).
 */
export class KurrentDbEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly now: () => Date;
  private readonly duplicateScanLimit: number;
  private readonly clockSkewMs: number;
  private readonly streamScanLimit: number;

  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDbEventStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.duplicateScanLimit = options.duplicateScanLimit ?? 1000;
    this.clockSkewMs = options.clockSkewMs ?? 2000;
    this.streamScanLimit = options.streamScanLimit ?? 10000;
  }

  /** `connectionString` like `kurrentdb://host:2113?tls=false` or `kurrentdb+discover://…` for a cluster. */
  static connect(connectionString: string, options?: KurrentDbEventStoreOptions): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append: no events');
    const ids = events.map((e) => e.eventId.toLowerCase());
    if (new Set(ids).size !== ids.length) {
      throw new DuplicateEventId(streamId, 'the same id twice in one batch');
    }
    const streamState = toStreamState(expected);

    const retried = this.retriedBatch(streamId, ids, await this.findRecentlyStored(ids));
    if (retried) return retried;

    const now = this.now();
    let nextExpectedRevision: bigint;
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) => toClientEvent(e, now)),
        { streamState, requiresLeader: true },
      );
      if (!result.success) {
        // Only with throwOnAppendFailure=false in the connection string: the same conflict, unthrown.
        return await this.afterConflict(
          streamId,
          ids,
          expected,
          result.nextExpectedRevision < 0n ? 'no_stream' : Number(result.nextExpectedRevision),
        );
      }
      nextExpectedRevision = result.nextExpectedRevision;
    } catch (error) {
      if (!isWrongExpectedVersion(error)) throw error;
      const mapped = toWrongExpectedRevision(error, streamId, expected)!;
      return await this.afterConflict(streamId, ids, expected, mapped.actual);
    }
    this.signal.notify();
    // The append reply's position is not always the last event's $all position (and is absent when
    // the server recognised a retry), so take it from the stored event itself.
    const [last] = await this.readClientStream(streamId, {
      fromRevision: nextExpectedRevision,
      maxCount: 1,
      direction: FORWARDS,
    });
    if (last && last.id.toLowerCase() === ids[ids.length - 1] && last.position) {
      return { nextExpectedRevision: Number(last.revision), position: encodePosition(last.position) };
    }
    const located = await this.findInStream(streamId, ids);
    const lastOfBatch = located.found.get(ids[ids.length - 1]!);
    if (located.found.size !== ids.length || !lastOfBatch) {
      throw new Error(`Stream ${streamId}: the appended events could not be read back`);
    }
    return { nextExpectedRevision: lastOfBatch.revision, position: lastOfBatch.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const events = await this.readClientStream(streamId, {
      fromRevision: BigInt(options.fromRevision ?? 0),
      maxCount: options.maxCount,
      direction: FORWARDS,
    });
    return events.flatMap((e) => fromClientEvent(e) ?? []);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const from = decodePosition(options.from ?? START);
    const limit = options.limit ?? 1000;
    // Whether the read starts at or after `from` is a server detail; skip anything not after it.
    // Two extra events tell whether more lie beyond this page.
    const scanned: AllStreamRecordedEvent[] = [];
    for await (const resolved of this.client.readAll({
      fromPosition: from,
      maxCount: limit + 2,
      direction: FORWARDS,
      resolveLinkTos: false,
    })) {
      const event = resolved.event;
      if (!event) continue;
      if (from !== 'start' && comparePositions(event.position, from) <= 0) continue;
      scanned.push(event);
    }
    const page = scanned.slice(0, limit);
    const last = page[page.length - 1];
    return {
      events: page.flatMap((e) => {
        const recorded = fromClientEvent(e);
        return recorded && matchesFilter(recorded.streamId, recorded.type, options.filter) ? [recorded] : [];
      }),
      lastPosition: last ? encodePosition(last.position) : (options.from ?? START),
      isEnd: scanned.length <= limit,
    };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    // The shared catch-up loop keeps one behaviour across adapters; appends from other processes
    // are seen at the next poll.
    return catchUpSubscription(this, this.signal, options);
  }

  /** Position of the last record in `$all` now (`START` if the log is empty). Lets a reader begin "from now". */
  async headPosition(): Promise<Position> {
    for await (const resolved of this.client.readAll({
      fromPosition: END,
      maxCount: 1,
      direction: BACKWARDS,
      resolveLinkTos: false,
    })) {
      if (resolved.event) return encodePosition(resolved.event.position);
    }
    return START;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** The original result if every id of the batch is already in this stream; throws if only some are, or elsewhere. */
  private retriedBatch(
    streamId: string,
    ids: readonly string[],
    found: ReadonlyMap<string, StoredLocation>,
  ): AppendResult | undefined {
    if (found.size === 0) return undefined;
    const elsewhere = ids.find((id) => {
      const at = found.get(id);
      return at !== undefined && at.streamId !== streamId;
    });
    const lastOfBatch = found.get(ids[ids.length - 1]!);
    if (elsewhere !== undefined || found.size !== ids.length || !lastOfBatch) {
      throw new DuplicateEventId(streamId, elsewhere ?? ids.find((id) => found.has(id))!);
    }
    return { nextExpectedRevision: lastOfBatch.revision, position: lastOfBatch.position };
  }

  private async afterConflict(
    streamId: string,
    ids: readonly string[],
    expected: ExpectedRevision,
    reported: number | 'no_stream',
  ): Promise<AppendResult> {
    const located = await this.findInStream(streamId, ids);
    const retried = this.retriedBatch(streamId, ids, located.found);
    if (retried) return retried;
    // The stream as read now is at least as fresh as the server's report.
    const actual = located.lastRevision === 'no_stream' ? reported : located.lastRevision;
    throw new WrongExpectedRevision(streamId, expected, actual);
  }

  /** Reads the tail of `$all` backwards for the ids (see `duplicateScanLimit`). */
  private async findRecentlyStored(ids: readonly string[]): Promise<Map<string, StoredLocation>> {
    const found = new Map<string, StoredLocation>();
    if (this.duplicateScanLimit <= 0) return found;
    const wanted = new Set(ids);
    const times = ids.map(uuidV7Time);
    const oldest = times.every((t) => t !== undefined) ? Math.min(...times) : undefined;
    const stopBefore = oldest === undefined ? undefined : oldest - this.clockSkewMs;
    for await (const resolved of this.client.readAll({
      fromPosition: END,
      maxCount: this.duplicateScanLimit,
      direction: BACKWARDS,
      resolveLinkTos: false,
    })) {
      const event = resolved.event;
      if (!event) continue;
      if (stopBefore !== undefined && event.created.getTime() < stopBefore) break;
      const id = event.id.toLowerCase();
      if (wanted.has(id) && !event.type.startsWith('$')) {
        found.set(id, {
          streamId: event.streamId,
          revision: Number(event.revision),
          position: encodePosition(event.position),
        });
        if (found.size === wanted.size) break;
      }
    }
    return found;
  }

  /** Looks for the ids among the stream's latest events; also reports the stream's last revision. */
  private async findInStream(
    streamId: string,
    ids: readonly string[],
  ): Promise<{ found: Map<string, StoredLocation>; lastRevision: number | 'no_stream' }> {
    const wanted = new Set(ids);
    const found = new Map<string, StoredLocation>();
    const events = await this.readClientStream(streamId, {
      fromRevision: END,
      maxCount: this.streamScanLimit,
      direction: BACKWARDS,
    });
    for (const event of events) {
      const id = event.id.toLowerCase();
      if (wanted.has(id) && event.position) {
        found.set(id, {
          streamId,
          revision: Number(event.revision),
          position: encodePosition(event.position),
        });
      }
    }
    const newest = events[0];
    return { found, lastRevision: newest ? Number(newest.revision) : 'no_stream' };
  }

  private async readClientStream(
    streamId: string,
    options: {
      fromRevision: bigint | typeof END;
      maxCount: number | undefined;
      direction: typeof FORWARDS | typeof BACKWARDS;
    },
  ): Promise<ClientRecordedEvent[]> {
    const events: ClientRecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        fromRevision: options.fromRevision,
        direction: options.direction,
        resolveLinkTos: false,
        requiresLeader: true,
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      })) {
        if (resolved.event) events.push(resolved.event);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }
}
