import {
  InMemoryEventStore,
  newEventId,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
} from '@vieclam/platform/event-store';
import { ConcurrencyConflict } from './concurrency-conflict';
import { DomainError } from '@vieclam/platform/domain';
import { handleCommand } from './handle-command';
import { addToCounter, counterDecider } from './testing/counter.decider';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const metadata = { actor: 'user-1', orgUnit: 'VN-25-12345', correlationId: 'corr-1', causationId: 'cmd-1' };

/** Lets `interlopers` other writers append right before our own first appends. */
class InterleavedStore extends InMemoryEventStore {
  constructor(private interlopers: number) {
    super();
  }

  override async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (this.interlopers > 0) {
      this.interlopers -= 1;
      await super.append(streamId, [{ ...events[0]!, eventId: newEventId(), data: { amount: 1000 } }], 'any');
    }
    return super.append(streamId, events, expected);
  }
}

describe('handleCommand', () => {
  it('appends the decided events in an envelope and returns them with the new state', async () => {
    const store = new InMemoryEventStore();
    await handleCommand({
      store,
      streamId: 'Counter-1',
      decider: counterDecider,
      command: addToCounter(2),
      metadata,
    });
    const result = await handleCommand({
      store,
      streamId: 'Counter-1',
      decider: counterDecider,
      command: addToCounter(5, '2026-04-01'),
      metadata,
      schemaVersions: { CounterIncreased: 2 },
    });

    expect(result.state).toEqual({ total: 7, increments: 2 });
    expect(result.nextExpectedRevision).toBe(1);
    expect(result.attempts).toBe(1);
    expect(result.events).toHaveLength(1);
    const [event] = result.events;
    expect(event).toMatchObject({
      type: 'CounterIncreased',
      schemaVersion: 2,
      data: { amount: 5 },
      streamId: 'Counter-1',
      streamRevision: 1,
      metadata: {
        occurredOn: '2026-04-01',
        actor: 'user-1',
        orgUnit: 'VN-25-12345',
        correlationId: 'corr-1',
        causationId: 'cmd-1',
      },
    });
    expect(event!.eventId).toMatch(UUID_V7);
    expect(Date.parse(event!.metadata.recordedAt)).not.toBeNaN();
    expect(await store.readStream('Counter-1')).toEqual([
      expect.objectContaining({ schemaVersion: 1, data: { amount: 2 } }),
      event,
    ]);
  });

  it('prefers the metadata date, defaults the correlation id and the causation id', async () => {
    const store = new InMemoryEventStore();
    const result = await handleCommand({
      store,
      streamId: 'Counter-2',
      decider: counterDecider,
      command: addToCounter(1, '2026-01-01'),
      metadata: { actor: 'system', orgUnit: 'VN-25', occurredOn: '2026-02-02' },
    });
    expect(result.events[0]!.metadata).toMatchObject({ occurredOn: '2026-02-02', causationId: null });
    expect(result.events[0]!.metadata.correlationId).toMatch(UUID_V7);
  });

  it('rejects a command without a valid business date', async () => {
    const store = new InMemoryEventStore();
    const rejected = handleCommand({
      store,
      streamId: 'Counter-3',
      decider: counterDecider,
      command: addToCounter(1, '2026-13-01'),
      metadata,
    });
    await expect(rejected).rejects.toMatchObject({ code: 'occurred_on_invalid', field: 'occurredOn' });
    expect(await store.readStream('Counter-3')).toEqual([]);
  });

  it('appends nothing when the decision is empty', async () => {
    const store = new InMemoryEventStore();
    const append = jest.spyOn(store, 'append');
    const result = await handleCommand({
      store,
      streamId: 'Counter-4',
      decider: counterDecider,
      command: addToCounter(0),
      metadata,
    });
    expect(result).toEqual({
      events: [],
      nextExpectedRevision: 'no_stream',
      state: counterDecider.initialState(),
      attempts: 1,
    });
    expect(append).not.toHaveBeenCalled();
    expect((await store.readAll()).events).toEqual([]);
  });

  it('lets a DomainError from decide through and appends nothing', async () => {
    const store = new InMemoryEventStore();
    const rejected = handleCommand({
      store,
      streamId: 'Counter-5',
      decider: counterDecider,
      command: addToCounter(-3),
      metadata,
    });
    await expect(rejected).rejects.toBeInstanceOf(DomainError);
    await expect(rejected).rejects.toMatchObject({ kind: 'invalid', field: 'amount' });
    expect(await store.readStream('Counter-5')).toEqual([]);
  });

  it('re-reads and decides again after a concurrent write', async () => {
    const store = new InterleavedStore(2);
    const result = await handleCommand({
      store,
      streamId: 'Counter-6',
      decider: counterDecider,
      command: addToCounter(3),
      metadata,
    });
    expect(result.attempts).toBe(3);
    expect(result.nextExpectedRevision).toBe(2);
    expect(result.state).toEqual({ total: 2003, increments: 3 });
    expect((await store.readStream('Counter-6')).map((e) => e.data)).toEqual([
      { amount: 1000 },
      { amount: 1000 },
      { amount: 3 },
    ]);
  });

  it('throws ConcurrencyConflict once the retries are exhausted, leaving only the others’ events', async () => {
    const store = new InterleavedStore(3);
    const rejected = handleCommand({
      store,
      streamId: 'Counter-7',
      decider: counterDecider,
      command: addToCounter(3),
      metadata,
      maxRetries: 2,
    });
    await expect(rejected).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(rejected).rejects.toMatchObject({
      streamId: 'Counter-7',
      attempts: 3,
      expected: 1,
      actual: 2,
    });
    expect((await store.readStream('Counter-7')).map((e) => e.data)).toEqual([
      { amount: 1000 },
      { amount: 1000 },
      { amount: 1000 },
    ]);
  });

  it('does not retry when the caller pinned the revision it saw', async () => {
    const store = new InMemoryEventStore();
    const base = { store, streamId: 'Counter-8', decider: counterDecider, metadata };
    await handleCommand({ ...base, command: addToCounter(1) });
    await handleCommand({ ...base, command: addToCounter(1), expectedRevision: 0 });

    const stale = handleCommand({ ...base, command: addToCounter(1), expectedRevision: 0 });
    await expect(stale).rejects.toMatchObject({ name: 'ConcurrencyConflict', expected: 0, actual: 1 });

    const raced = handleCommand({
      ...base,
      store: new InterleavedStore(1),
      streamId: 'Counter-9',
      command: addToCounter(1),
      expectedRevision: 'no_stream',
    });
    await expect(raced).rejects.toMatchObject({ name: 'ConcurrencyConflict', attempts: 1 });
  });

  it('propagates store errors other than a wrong expected revision', async () => {
    const store = new InMemoryEventStore();
    jest.spyOn(store, 'append').mockRejectedValue(new Error('disk full'));
    await expect(
      handleCommand({
        store,
        streamId: 'Counter-10',
        decider: counterDecider,
        command: addToCounter(1),
        metadata,
      }),
    ).rejects.toThrow('disk full');
  });
});
