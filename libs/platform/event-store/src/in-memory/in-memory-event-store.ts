import { catchUpSubscription, AppendSignal } from '../catch-up-subscription';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { categoryOf } from '../stream-name';
import {
  START,
  type AppendResult,
  type EventFilter,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';

export function matchesFilter(streamId: string, type: string, filter: EventFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.categories && !filter.categories.includes(categoryOf(streamId))) return false;
  if (filter.types && !filter.types.includes(type)) return false;
  return true;
}

/** Checks `expected` against the stream's last revision (-1 when it does not exist). */
export function assertExpected(streamId: string, expected: ExpectedRevision, current: number): void {
  const actual = current < 0 ? 'no_stream' : current;
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current < 0) ||
    (expected === 'stream_exists' && current >= 0) ||
    (typeof expected === 'number' && expected === current);
  if (!ok) throw new WrongExpectedRevision(streamId, expected, actual);
}

/** Unit-test adapter: the whole log in an array; positions are 1-based indexes. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly signal = new AppendSignal();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append: no events');
    const existing = events.map((e) => this.byId.get(e.eventId));
    if (existing.some((e) => e !== undefined)) {
      const last = existing[existing.length - 1];
      if (existing.every((e) => e !== undefined && e.streamId === streamId) && last) {
        return { nextExpectedRevision: last.streamRevision, position: last.position };
      }
      const dup = events.find((e) => this.byId.has(e.eventId));
      throw new DuplicateEventId(streamId, dup?.eventId ?? '');
    }
    const stream = this.streams.get(streamId) ?? [];
    assertExpected(streamId, expected, stream.length - 1);
    if (new Set(events.map((e) => e.eventId)).size !== events.length) {
      throw new DuplicateEventId(streamId, 'the same id twice in one batch');
    }
    const recordedAt = this.now().toISOString();
    for (const e of events) {
      const recorded: RecordedEvent = {
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: structuredClone(e.data),
        metadata: { ...e.metadata, recordedAt: e.metadata.recordedAt ?? recordedAt },
        streamId,
        streamRevision: stream.length,
        position: String(this.log.length + 1),
      };
      stream.push(recorded);
      this.log.push(recorded);
      this.byId.set(e.eventId, recorded);
    }
    this.streams.set(streamId, stream);
    this.signal.notify();
    const last = stream[stream.length - 1]!;
    return { nextExpectedRevision: last.streamRevision, position: last.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const stream = this.streams.get(streamId) ?? [];
    return stream
      .slice(from, options.maxCount === undefined ? undefined : from + options.maxCount)
      .map(clone);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const from = options.from === undefined || options.from === START ? 0 : Number(options.from);
    const limit = options.limit ?? 1000;
    const scanned = this.log.slice(from, from + limit);
    const last = scanned[scanned.length - 1];
    return {
      events: scanned.filter((e) => matchesFilter(e.streamId, e.type, options.filter)).map(clone),
      lastPosition: last ? last.position : (options.from ?? START),
      isEnd: from + scanned.length >= this.log.length,
    };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return catchUpSubscription(this, this.signal, options);
  }

  async close(): Promise<void> {}
}

function clone(e: RecordedEvent): RecordedEvent {
  return { ...e, data: structuredClone(e.data), metadata: { ...e.metadata } };
}
