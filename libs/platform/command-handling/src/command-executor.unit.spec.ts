import type { EventBus } from '@nestjs/cqrs';
import { InMemoryEventStore } from '@vieclam/platform/event-store';
import { CommandExecutor, EventAppended } from './command-executor';
import { addToCounter, counterDecider } from './testing/counter.decider';

function executorWith(store: InMemoryEventStore) {
  const published: unknown[] = [];
  const eventBus = { publishAll: (events: unknown[]) => published.push(...events) } as unknown as EventBus;
  return { executor: new CommandExecutor(store, eventBus), published };
}

const base = { streamId: 'Counter-1', decider: counterDecider, metadata: { actor: 'u', orgUnit: 'VN-25' } };

describe('CommandExecutor', () => {
  it('publishes each stored event, as stored, after the append', async () => {
    const store = new InMemoryEventStore();
    const { executor, published } = executorWith(store);
    await executor.execute({ ...base, command: addToCounter(2) });
    const stored = await store.readStream('Counter-1');
    expect(published).toEqual(stored.map((event) => new EventAppended(event)));
  });

  it('publishes nothing when the append fails or nothing was decided', async () => {
    const store = new InMemoryEventStore();
    const { executor, published } = executorWith(store);
    jest.spyOn(store, 'append').mockRejectedValueOnce(new Error('disk full'));
    await expect(executor.execute({ ...base, command: addToCounter(2) })).rejects.toThrow('disk full');
    await executor.execute({ ...base, command: addToCounter(0) });
    expect(published).toEqual([]);
  });

  it('uses a store given per call instead of the injected one', async () => {
    const injected = new InMemoryEventStore();
    const other = new InMemoryEventStore();
    const { executor } = executorWith(injected);
    await executor.execute({ ...base, store: other, command: addToCounter(1) });
    expect(await injected.readStream('Counter-1')).toEqual([]);
    expect(await other.readStream('Counter-1')).toHaveLength(1);
  });
});
