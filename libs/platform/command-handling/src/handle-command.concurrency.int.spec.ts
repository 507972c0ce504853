import {
  InMemoryEventStore,
  PostgresEventStore,
  SqliteEventStore,
  type EventStore,
} from '@vieclam/platform/event-store';
import { createTestDatabase } from '@vieclam/platform/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyConflict } from './concurrency-conflict';
import { foldEvents } from '@vieclam/platform/domain';
import { handleCommand } from './handle-command';
import { addToCounter, counterDecider, type CounterIncreased } from './testing/counter.decider';

const COMMANDS = 50;
const metadata = { actor: 'user-1', orgUnit: 'VN-25' };

interface Adapter {
  name: string;
  /** Stores the commands are spread over (several connections to one database where possible). */
  open(): Promise<EventStore[]>;
  cleanUp(): Promise<void>;
}

function inMemory(): Adapter {
  return { name: 'in-memory', open: async () => [new InMemoryEventStore()], cleanUp: async () => {} };
}

function sqlite(): Adapter {
  let dir = '';
  return {
    name: 'SQLite (two connections to one file)',
    open: async () => {
      dir = mkdtempSync(join(tmpdir(), 'vieclam-cmd-'));
      const file = join(dir, 'events.sqlite');
      return [SqliteEventStore.open(file), SqliteEventStore.open(file)];
    },
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgres(): Adapter {
  let drop = async (): Promise<void> => {};
  return {
    name: 'PostgreSQL',
    open: async () => {
      const database = await createTestDatabase('vieclam_cmd_test');
      drop = database.drop;
      const first = await PostgresEventStore.create({ connectionString: database.url });
      return [first, await PostgresEventStore.create({ connectionString: database.url })];
    },
    cleanUp: async () => drop(),
  };
}

/** Fires `COMMANDS` commands "add i" (i = 1..50) at one stream at once; each amount marks its command. */
async function race(stores: EventStore[], streamId: string, maxRetries: number) {
  const amounts = Array.from({ length: COMMANDS }, (_, i) => i + 1);
  const outcomes = await Promise.allSettled(
    amounts.map((amount, i) =>
      handleCommand({
        store: stores[i % stores.length]!,
        streamId,
        decider: counterDecider,
        command: addToCounter(amount),
        metadata,
        maxRetries,
      }),
    ),
  );
  const succeeded = amounts.filter((_, i) => outcomes[i]!.status === 'fulfilled');
  const rejections = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
  const stored = await stores[0]!.readStream(streamId);
  const folded = foldEvents(
    counterDecider,
    stored.map((e) => ({ type: e.type, data: e.data }) as CounterIncreased),
  );
  return { amounts, succeeded, rejections, stored, folded };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const ascending = (values: number[]): number[] => [...values].sort((a, b) => a - b);

describe.each([inMemory(), sqlite(), postgres()])(
  '50 concurrent commands on one stream: $name',
  (adapter) => {
    let stores: EventStore[] = [];

    beforeAll(async () => {
      stores = await adapter.open();
    });

    afterAll(async () => {
      for (const store of stores) await store.close();
      await adapter.cleanUp();
    });

    it('loses no update: every command either landed exactly once or got ConcurrencyConflict', async () => {
      const { amounts, succeeded, rejections, stored, folded } = await race(stores, 'Counter-few-retries', 3);

      expect(succeeded.length).toBeGreaterThan(0);
      expect(succeeded.length + rejections.length).toBe(amounts.length);
      for (const rejection of rejections) expect(rejection).toBeInstanceOf(ConcurrencyConflict);
      expect(stored).toHaveLength(succeeded.length);
      expect(stored.map((e) => e.streamRevision)).toEqual(stored.map((_, i) => i));
      expect(ascending(stored.map((e) => (e.data as { amount: number }).amount))).toEqual(
        ascending(succeeded),
      );
      expect(folded.total).toBe(sum(succeeded));
    });

    it('lands every command when retries suffice', async () => {
      const { amounts, succeeded, rejections, stored, folded } = await race(
        stores,
        'Counter-enough-retries',
        COMMANDS,
      );

      expect(rejections).toEqual([]);
      expect(succeeded).toEqual(amounts);
      expect(stored).toHaveLength(amounts.length);
      expect(folded).toEqual({ total: sum(amounts), increments: amounts.length });
    });
  },
);
