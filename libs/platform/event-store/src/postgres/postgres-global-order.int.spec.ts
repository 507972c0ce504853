/**
 * Safe global order under out-of-order commits (DESIGN §3): many writers hold their transactions
 * open for a random moment, so they commit out of sequence order, while a subscriber reads $all.
 */
import { Pool } from 'pg';
import { createTestDatabase } from '@vieclam/platform/testing';
import { START, type EventStore, type RecordedEvent } from '../event-store.port';
import { anEvent, waitFor } from '../testing/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

const WRITERS = 8;
const TOTAL_EVENTS = 20_000;
const STREAMS = 200;
const MAX_BATCH = 5;
const MAX_HOLD_MS = 4;

interface Tally {
  count: number;
  sum: number;
}

let database: { url: string; drop: () => Promise<void> };

beforeAll(async () => {
  database = await createTestDatabase('vieclam_es_order_test');
});

afterAll(async () => {
  await database?.drop();
});

function comparePositions(a: string, b: string): number {
  const [ax, ap] = a.split(':').map(BigInt) as [bigint, bigint];
  const [bx, bp] = b.split(':').map(BigInt) as [bigint, bigint];
  if (ax !== bx) return ax < bx ? -1 : 1;
  return ap === bp ? 0 : ap < bp ? -1 : 1;
}

function project(tallies: Map<string, Tally>, event: RecordedEvent): void {
  const tally = tallies.get(event.streamId) ?? { count: 0, sum: 0 };
  tally.count += 1;
  tally.sum += (event.data as { amount: number }).amount;
  tallies.set(event.streamId, tally);
}

function sorted(tallies: Map<string, Tally>): [string, Tally][] {
  return [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
}

async function rebuild(store: EventStore): Promise<Map<string, Tally>> {
  const tallies = new Map<string, Tally>();
  let from = START;
  for (;;) {
    const page = await store.readAll({ from, limit: 1000 });
    for (const event of page.events) project(tallies, event);
    from = page.lastPosition;
    if (page.isEnd) break;
  }
  return tallies;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

it('a subscriber reading $all during out-of-order commits sees every event once, in a safe order', async () => {
  const pool = new Pool({ connectionString: database.url, max: WRITERS + 2 });
  pool.on('error', () => undefined);
  const store = await PostgresEventStore.create(
    { pool },
    { beforeCommit: () => sleep(Math.random() * MAX_HOLD_MS) },
  );
  try {
    const streams = Array.from({ length: STREAMS }, (_, i) => `Order-${i}`);
    const written = new Map<string, Tally>();
    const writtenIds = new Set<string>();

    const seenIds = new Set<string>();
    const live = new Map<string, Tally>();
    const lastRevision = new Map<string, number>();
    const violations: string[] = [];
    let lastPosition: string | undefined;
    let duplicates = 0;

    const subscription = store.subscribeToAll({
      batchSize: 500,
      pollIntervalMs: 10,
      onEvents: async (events) => {
        for (const event of events) {
          if (lastPosition !== undefined && comparePositions(event.position, lastPosition) <= 0) {
            violations.push(`position ${event.position} after ${lastPosition}`);
          }
          lastPosition = event.position;
          if (seenIds.has(event.eventId)) duplicates++;
          seenIds.add(event.eventId);
          const expectedRevision = (lastRevision.get(event.streamId) ?? -1) + 1;
          if (event.streamRevision !== expectedRevision) {
            violations.push(
              `${event.streamId}: revision ${event.streamRevision}, expected ${expectedRevision}`,
            );
          }
          lastRevision.set(event.streamId, event.streamRevision);
          project(live, event);
        }
      },
    });

    let remaining = TOTAL_EVENTS;
    const writer = async () => {
      while (remaining > 0) {
        const size = Math.min(remaining, 1 + Math.floor(Math.random() * MAX_BATCH));
        remaining -= size;
        const stream = streams[Math.floor(Math.random() * STREAMS)]!;
        const batch = Array.from({ length: size }, () =>
          anEvent('AmountRecorded', { amount: 1 + Math.floor(Math.random() * 1000) }),
        );
        await store.append(stream, batch, 'any');
        for (const event of batch) {
          writtenIds.add(event.eventId);
          project(written, { ...event, streamId: stream } as unknown as RecordedEvent);
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: WRITERS }, writer));
    const writing = Date.now() - started;

    await waitFor(() => seenIds.size >= TOTAL_EVENTS || violations.length > 0, 30_000);
    await subscription.stop();
    console.log(
      `${TOTAL_EVENTS} events by ${WRITERS} writers in ${writing} ms; subscriber done after ${Date.now() - started} ms`,
    );

    expect(violations).toEqual([]);
    expect(duplicates).toBe(0);
    expect(seenIds.size).toBe(TOTAL_EVENTS);
    expect([...writtenIds].every((id) => seenIds.has(id))).toBe(true);
    const rebuilt = await rebuild(store);
    expect(sorted(live)).toEqual(sorted(rebuilt));
    expect(sorted(rebuilt)).toEqual(sorted(written));
  } finally {
    await store.close();
    await pool.end();
  }
}, 90_000);

it('ordering by global_position alone skips an event that commits late; the store does not', async () => {
  let reachedCommit!: () => void;
  const slowInserted = new Promise<void>((resolve) => (reachedCommit = resolve));
  let openGate!: () => void;
  const gate = new Promise<void>((resolve) => (openGate = resolve));
  const store = await PostgresEventStore.create(
    { connectionString: database.url },
    {
      schema: 'late_commit',
      holdBackWaitMs: 50,
      beforeCommit: async (streamId) => {
        if (!streamId.startsWith('Slow-')) return;
        reachedCommit();
        await gate;
      },
    },
  );
  const naive = new Pool({ connectionString: database.url, max: 1 });
  const naiveRead = async (after: string) =>
    (
      await naive.query<{ event_id: string; global_position: string }>(
        'SELECT event_id::text, global_position::text FROM late_commit.es_events ' +
          'WHERE global_position > $1 ORDER BY global_position',
        [after],
      )
    ).rows;
  try {
    const slow = anEvent('SlowRecorded');
    const fast = anEvent('FastRecorded');
    const slowAppend = store.append('Slow-1', [slow], 'no_stream');
    await slowInserted;
    await store.append('Fast-1', [fast], 'no_stream');

    const naiveFirst = await naiveRead('0');
    expect(naiveFirst.map((r) => r.event_id)).toEqual([fast.eventId]);
    const whileOpen = await store.readAll();
    expect(whileOpen.events).toEqual([]);
    expect(whileOpen.isEnd).toBe(false);

    openGate();
    await slowAppend;

    const naiveNext = await naiveRead(naiveFirst[0]!.global_position);
    expect(naiveNext).toEqual([]); // the slow event sits below the naive checkpoint: lost for good
    const safe = await store.readAll({ from: whileOpen.lastPosition });
    expect(safe.events.map((e) => e.eventId)).toEqual([slow.eventId, fast.eventId]);
    expect(safe.isEnd).toBe(true);
  } finally {
    openGate();
    await naive.end();
    await store.close();
  }
}, 30_000);

it('a long transaction that writes no events does not hold readers back', async () => {
  const store = await PostgresEventStore.create(
    { connectionString: database.url },
    { schema: 'bystander', holdBackWaitMs: 50 },
  );
  const bystander = new Pool({ connectionString: database.url, max: 1 });
  const client = await bystander.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS bystander.other (n integer)');
    await client.query('BEGIN');
    await client.query('INSERT INTO bystander.other VALUES (1)'); // holds a transaction id, stays open
    const event = anEvent();
    const appended = await store.append('Thing-1', [event], 'no_stream');
    const page = await store.readAll();
    expect(page.events.map((e) => e.eventId)).toEqual([event.eventId]);
    expect(page.lastPosition).toBe(appended.position);
    expect(page.isEnd).toBe(true);
  } finally {
    await client.query('ROLLBACK');
    client.release();
    await bystander.end();
    await store.close();
  }
}, 30_000);
