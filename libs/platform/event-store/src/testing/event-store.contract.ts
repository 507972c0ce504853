/**
 * The one contract suite every adapter runs (DESIGN §3). Call it from an adapter's spec with a
 * factory that returns a fresh, empty store for every test.
 */
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { newEventId } from '../event-id';
import { START, type EventStore, type EventToAppend, type RecordedEvent } from '../event-store.port';

export interface ContractFixture {
  /** A fresh, empty store. */
  create(): Promise<EventStore>;
}

let counter = 0;
export function anEvent(type = 'SomethingHappened', data: unknown = { n: ++counter }): EventToAppend {
  return {
    eventId: newEventId(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      occurredOn: '2026-03-15',
      actor: 'user-1',
      orgUnit: '12345',
      correlationId: newEventId(),
      causationId: null,
    },
  };
}

export function eventStoreContract(adapter: string, fixture: ContractFixture): void {
  describe(`event store contract: ${adapter}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await fixture.create();
    });
    afterEach(async () => {
      await store.close();
    });

    const stream = () => `Thing-${newEventId()}`;

    describe('append and readStream', () => {
      it('appends to a new stream with no_stream and reads the events back with their envelope', async () => {
        const s = stream();
        const e1 = anEvent('ThingCreated', {
          name: 'Nguyễn Văn Đức',
          nested: { list: [1, 2, 3] },
          amount: 1500000,
        });
        const e2 = {
          ...anEvent('ThingRenamed'),
          metadata: { ...anEvent().metadata, causationId: e1.eventId },
        };
        const result = await store.append(s, [e1, e2], 'no_stream');
        expect(result.nextExpectedRevision).toBe(1);

        const read = await store.readStream(s);
        expect(read.map((e) => [e.eventId, e.type, e.streamRevision, e.streamId])).toEqual([
          [e1.eventId, 'ThingCreated', 0, s],
          [e2.eventId, 'ThingRenamed', 1, s],
        ]);
        expect(read[0]!.data).toEqual(e1.data);
        expect(read[0]!.schemaVersion).toBe(1);
        expect(read[0]!.metadata).toMatchObject({ ...e1.metadata, causationId: null });
        expect(read[1]!.metadata.causationId).toBe(e1.eventId);
        expect(Number.isNaN(Date.parse(read[0]!.metadata.recordedAt))).toBe(false);
        expect(read[1]!.position).toBe(result.position);
      });

      it('keeps a recordedAt given by the writer (imports, demo data)', async () => {
        const s = stream();
        const e = anEvent();
        e.metadata.recordedAt = '2023-04-05T08:00:00.000Z';
        await store.append(s, [e], 'no_stream');
        const [read] = await store.readStream(s);
        expect(read!.metadata.recordedAt).toBe('2023-04-05T08:00:00.000Z');
      });

      it('returns [] for a stream that does not exist', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads from a revision with a maximum count', async () => {
        const s = stream();
        await store.append(s, [anEvent(), anEvent(), anEvent(), anEvent()], 'no_stream');
        const read = await store.readStream(s, { fromRevision: 1, maxCount: 2 });
        expect(read.map((e) => e.streamRevision)).toEqual([1, 2]);
      });
    });

    describe('expected revision', () => {
      it('no_stream refuses an existing stream and writes nothing', async () => {
        const s = stream();
        await store.append(s, [anEvent()], 'no_stream');
        const error = await store.append(s, [anEvent()], 'no_stream').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevision);
        expect(error).toMatchObject({ streamId: s, expected: 'no_stream', actual: 0 });
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('stream_exists refuses a missing stream and accepts an existing one', async () => {
        const s = stream();
        const error = await store.append(s, [anEvent()], 'stream_exists').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevision);
        expect(error).toMatchObject({ actual: 'no_stream' });
        expect(await store.readStream(s)).toEqual([]);
        await store.append(s, [anEvent()], 'no_stream');
        const ok = await store.append(s, [anEvent()], 'stream_exists');
        expect(ok.nextExpectedRevision).toBe(1);
      });

      it('an exact revision must match the last revision; a mismatch writes nothing', async () => {
        const s = stream();
        const r0 = await store.append(s, [anEvent(), anEvent()], 'no_stream');
        expect(r0.nextExpectedRevision).toBe(1);
        await expect(store.append(s, [anEvent()], 0)).rejects.toBeInstanceOf(WrongExpectedRevision);
        await expect(store.append(s, [anEvent()], 2)).rejects.toMatchObject({ expected: 2, actual: 1 });
        await expect(store.append(stream(), [anEvent()], 0)).rejects.toMatchObject({ actual: 'no_stream' });
        const r1 = await store.append(s, [anEvent(), anEvent()], 1);
        expect(r1.nextExpectedRevision).toBe(3);
        expect(await store.readStream(s)).toHaveLength(4);
      });

      it('any accepts both a missing and an existing stream', async () => {
        const s = stream();
        expect((await store.append(s, [anEvent()], 'any')).nextExpectedRevision).toBe(0);
        expect((await store.append(s, [anEvent()], 'any')).nextExpectedRevision).toBe(1);
      });

      it('of concurrent appends with the same expected revision exactly one wins', async () => {
        const s = stream();
        await store.append(s, [anEvent()], 'no_stream');
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, () => store.append(s, [anEvent(), anEvent()], 0)),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r) => r.status === 'rejected');
        expect(won).toHaveLength(1);
        for (const r of lost) expect(r.reason).toBeInstanceOf(WrongExpectedRevision);
        expect(await store.readStream(s)).toHaveLength(3);
      });
    });

    describe('idempotency by event id', () => {
      it('re-appending the same batch is a no-op that returns the first result', async () => {
        const s = stream();
        const batch = [anEvent(), anEvent()];
        const first = await store.append(s, batch, 'no_stream');
        await store.append(s, [anEvent()], 1);
        const again = await store.append(s, batch, 'no_stream');
        expect(again).toEqual(first);
        expect(await store.readStream(s)).toHaveLength(3);
        const all = await store.readAll();
        expect(all.events).toHaveLength(3);
      });

      it('a batch that repeats only some ids is refused and writes nothing', async () => {
        const s = stream();
        const e1 = anEvent();
        await store.append(s, [e1], 'no_stream');
        await expect(store.append(s, [e1, anEvent()], 'any')).rejects.toBeInstanceOf(DuplicateEventId);
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('an id stored in another stream is refused', async () => {
        const e1 = anEvent();
        await store.append(stream(), [e1], 'no_stream');
        await expect(store.append(stream(), [e1], 'any')).rejects.toBeInstanceOf(DuplicateEventId);
      });
    });

    describe('readAll', () => {
      it('reads every stream in global (append) order, page by page', async () => {
        const a = `Alpha-${newEventId()}`;
        const b = `Beta-${newEventId()}`;
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) {
          const ea = anEvent('A');
          const eb = anEvent('B');
          ids.push(ea.eventId, eb.eventId);
          await store.append(a, [ea], 'any');
          await store.append(b, [eb], 'any');
        }
        const seen: RecordedEvent[] = [];
        let from = START;
        for (;;) {
          const page = await store.readAll({ from, limit: 3 });
          expect(page.events.length).toBeLessThanOrEqual(3);
          seen.push(...page.events);
          from = page.lastPosition;
          if (page.isEnd) break;
        }
        expect(seen.map((e) => e.eventId)).toEqual(ids);
        const again = await store.readAll({ from });
        expect(again.events).toEqual([]);
        expect(again.isEnd).toBe(true);
      });

      it('filters by category and by type, and still advances past filtered events', async () => {
        const a = `Alpha-${newEventId()}`;
        const b = `Beta-${newEventId()}`;
        await store.append(a, [anEvent('A1'), anEvent('A2')], 'any');
        await store.append(b, [anEvent('B1')], 'any');
        await store.append(a, [anEvent('A1')], 'any');

        const byCategory = await store.readAll({ filter: { categories: ['Beta'] } });
        expect(byCategory.events.map((e) => e.type)).toEqual(['B1']);
        const byType = await store.readAll({ filter: { types: ['A1'] } });
        expect(byType.events.map((e) => e.type)).toEqual(['A1', 'A1']);

        const onlyFiltered = await store.readAll({ limit: 2, filter: { categories: ['Beta'] } });
        expect(onlyFiltered.events).toEqual([]);
        expect(onlyFiltered.lastPosition).not.toBe(START);
        const next = await store.readAll({
          from: onlyFiltered.lastPosition,
          filter: { categories: ['Beta'] },
        });
        expect(next.events.map((e) => e.type)).toEqual(['B1']);
      });

      it('returns the same positions as append', async () => {
        const r = await store.append(stream(), [anEvent()], 'no_stream');
        const page = await store.readAll();
        expect(page.events[0]!.position).toBe(r.position);
        expect(page.lastPosition).toBe(r.position);
      });
    });

    describe('catch-up subscription', () => {
      it('delivers existing events, then new ones as they are appended, exactly once and in order', async () => {
        const s = stream();
        const before = [anEvent(), anEvent()];
        await store.append(s, before, 'no_stream');
        const seen: string[] = [];
        let caughtUp = false;
        const sub = store.subscribeToAll({
          pollIntervalMs: 20,
          onCaughtUp: () => (caughtUp = true),
          onEvents: async (events) => {
            seen.push(...events.map((e) => e.eventId));
          },
        });
        await waitFor(() => seen.length === 2);
        const after = [anEvent(), anEvent(), anEvent()];
        await store.append(s, after.slice(0, 1), 'any');
        await store.append(s, after.slice(1), 'any');
        await waitFor(() => seen.length === 5);
        await sub.stop();
        expect(caughtUp).toBe(true);
        expect(seen).toEqual([...before, ...after].map((e) => e.eventId));
      });

      it('starts after a given position and honours the filter', async () => {
        const first = await store.append(`Alpha-${newEventId()}`, [anEvent('A')], 'any');
        await store.append(`Beta-${newEventId()}`, [anEvent('B')], 'any');
        const wanted = anEvent('A');
        await store.append(`Alpha-${newEventId()}`, [wanted], 'any');
        const seen: string[] = [];
        const sub = store.subscribeToAll({
          from: first.position,
          filter: { categories: ['Alpha'] },
          pollIntervalMs: 20,
          onEvents: async (events) => {
            seen.push(...events.map((e) => e.eventId));
          },
        });
        await waitFor(() => seen.length >= 1);
        await sub.stop();
        expect(seen).toEqual([wanted.eventId]);
      });

      it('stops on a handler error and reports it', async () => {
        await store.append(stream(), [anEvent()], 'no_stream');
        const errors: unknown[] = [];
        const sub = store.subscribeToAll({
          onError: (e) => errors.push(e),
          onEvents: async () => {
            throw new Error('projection failed');
          },
        });
        await expect(sub.done).rejects.toThrow('projection failed');
        expect(errors).toHaveLength(1);
      });
    });
  });
}

export async function waitFor(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
