import { AppendSignal, catchUpSubscription } from '../catch-up-subscription';
import {
  START,
  type AppendResult,
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
import { newEventId } from '../event-id';
import { anEvent, eventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/**
 * A KurrentDB log cannot be emptied, so each test sees the store through this view: `START` means
 * "the head of `$all` when the test began", and `readAll` hands out only events of streams this
 * view appended to. Stream names are unique per test (uuid v7), so earlier runs and earlier tests
 * stay out of sight while `$all` order, positions, paging and filters are KurrentDB's own.
 */
class ThisTestOnly implements EventStore {
  private readonly streams = new Set<string>();
  private readonly signal = new AppendSignal();

  private constructor(
    private readonly store: KurrentDbEventStore,
    private readonly head: string,
  ) {}

  static async open(url: string): Promise<ThisTestOnly> {
    const store = KurrentDbEventStore.connect(url);
    return new ThisTestOnly(store, await store.headPosition());
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.streams.add(streamId);
    const result = await this.store.append(streamId, events, expected);
    this.signal.notify();
    return result;
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.store.readStream(streamId, options);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const from = options.from === undefined || options.from === START ? this.head : options.from;
    const page = await this.store.readAll({ ...options, from });
    return {
      events: page.events.filter((e) => this.streams.has(e.streamId)),
      lastPosition: page.lastPosition === this.head ? (options.from ?? START) : page.lastPosition,
      isEnd: page.isEnd,
    };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return catchUpSubscription(this, this.signal, options);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

// No KurrentDB server runs on the development machines or in CI (no Docker engine); the suite runs
// wherever KURRENTDB_URL points at one, e.g. `docker-compose --profile cluster up -d kurrentdb` and
// KURRENTDB_URL=kurrentdb://127.0.0.1:2113?tls=false.
const kurrentDbUrl = process.env.KURRENTDB_URL;
const describeIfKurrent = kurrentDbUrl ? describe : describe.skip;

describeIfKurrent('KurrentDbEventStore', () => {
  eventStoreContract('kurrentdb', { create: () => ThisTestOnly.open(kurrentDbUrl!) });

  describe('without the $all tail scan', () => {
    let store: KurrentDbEventStore;
    beforeEach(() => {
      store = KurrentDbEventStore.connect(kurrentDbUrl!, { duplicateScanLimit: 0 });
    });
    afterEach(() => store.close());

    it('still recognises a retried batch in the same stream through the conflict it causes', async () => {
      const s = `Thing-${newEventId()}`;
      const batch = [anEvent(), anEvent()];
      const first = await store.append(s, batch, 'no_stream');
      await store.append(s, [anEvent()], first.nextExpectedRevision);
      expect(await store.append(s, batch, 'no_stream')).toEqual(first);
      expect(await store.readStream(s)).toHaveLength(3);
    });

    it('reads from headPosition only what was appended after it', async () => {
      const head = await store.headPosition();
      const s = `Thing-${newEventId()}`;
      const result = await store.append(s, [anEvent('ThingCreated')], 'no_stream');
      const page = await store.readAll({ from: head, filter: { categories: ['Thing'] } });
      expect(page.events.filter((e) => e.streamId === s).map((e) => e.position)).toEqual([result.position]);
    });
  });
});
