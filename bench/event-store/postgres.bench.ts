/**
 * PostgreSQL event store throughput beside raw `pg` on an equivalent table, measured in the same
 * run (the machine is shared and noisy, so only the ratio means much). Durability stays at the
 * server defaults (fsync, synchronous_commit on) for both.
 *   npm run bench postgres
 */
import { Client } from 'pg';
import { START, newEventId, PostgresEventStore, type EventToAppend } from '@vieclam/platform/event-store';
import { createTestDatabase } from '@vieclam/platform/testing';

const WINDOW_MS = 2000;
const ROUNDS = 3;
const STREAMS = 1000;
const PAGE = 1000;

interface Measure {
  events: number;
  ms: number;
}

function anEvent(i: number): EventToAppend {
  return {
    eventId: newEventId(),
    type: 'ConsultationLogged',
    schemaVersion: 1,
    data: {
      jobSeekerId: newEventId(),
      topic: 'tư vấn việc làm',
      minutes: 15 + (i % 30),
      note: 'Đã giới thiệu',
    },
    metadata: {
      occurredOn: '2026-03-15',
      actor: 'user-1',
      orgUnit: '12345',
      correlationId: newEventId(),
      causationId: null,
    },
  };
}

/** Runs `step` (which returns how many events it wrote or read) until the window closes. */
async function during(step: () => Promise<number>): Promise<Measure> {
  const started = performance.now();
  let events = 0;
  while (performance.now() - started < WINDOW_MS) events += await step();
  const ms = performance.now() - started;
  if (process.env.BENCH_VERBOSE) console.log(`  window: ${Math.round((events * 1000) / ms)} ev/s`);
  return { events, ms };
}

function add(a: Measure, b: Measure): Measure {
  return { events: a.events + b.events, ms: a.ms + b.ms };
}

const perSecond = (m: Measure) => (m.events * 1000) / m.ms;

async function createRawTable(raw: Client): Promise<void> {
  await raw.query(`CREATE TABLE raw_events (
    global_position bigserial PRIMARY KEY,
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    event_id uuid NOT NULL UNIQUE,
    stream_id text NOT NULL,
    category text NOT NULL,
    stream_revision integer NOT NULL,
    type text NOT NULL,
    schema_version integer NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    UNIQUE (stream_id, stream_revision))`);
  await raw.query('CREATE INDEX raw_events_global_order ON raw_events (transaction_id, global_position)');
}

/** Plain multi-row INSERT of a batch in one transaction: no revision check, no idempotency. */
function rawAppender(raw: Client) {
  const revisions = new Map<string, number>();
  return async (streamId: string, events: EventToAppend[]) => {
    const revision = revisions.get(streamId) ?? -1;
    const values: unknown[] = [streamId, 'Bench'];
    const rows = events.map((e, i) => {
      const p = 3 + i * 6;
      values.push(
        e.eventId,
        revision + 1 + i,
        e.type,
        e.schemaVersion,
        JSON.stringify(e.data),
        JSON.stringify({ ...e.metadata, recordedAt: new Date().toISOString() }),
      );
      return `($${p}::uuid, $1, $2, $${p + 1}::int, $${p + 2}, $${p + 3}::int, $${p + 4}::jsonb, $${p + 5}::jsonb)`;
    });
    await raw.query('BEGIN');
    await raw.query({
      name: `raw_insert_${events.length}`,
      text: `INSERT INTO raw_events (event_id, stream_id, category, stream_revision, type, schema_version, data, metadata)
             VALUES ${rows.join(', ')}`,
      values,
    });
    await raw.query('COMMIT');
    revisions.set(streamId, revision + events.length);
  };
}

export async function run(): Promise<void> {
  const database = await createTestDatabase('vieclam_es_bench_test');
  const raw = new Client({ connectionString: database.url });
  await raw.connect();
  const store = await PostgresEventStore.create({ connectionString: database.url });
  try {
    await createRawTable(raw);
    const rawAppend = rawAppender(raw);
    let n = 0;
    const streamFor = () => `Bench-${n++ % STREAMS}`;
    const batch = (size: number) => Array.from({ length: size }, (_, i) => anEvent(i));

    const rows: [string, Measure, Measure][] = [];
    for (const size of [1, 100]) {
      let adapter: Measure = { events: 0, ms: 0 };
      let baseline: Measure = { events: 0, ms: 0 };
      // Alternate raw and adapter windows so drift on the shared machine hits both alike.
      for (let round = 0; round < ROUNDS; round++) {
        baseline = add(
          baseline,
          await during(async () => {
            await rawAppend(streamFor(), batch(size));
            return size;
          }),
        );
        adapter = add(
          adapter,
          await during(async () => {
            await store.append(streamFor(), batch(size), 'any');
            return size;
          }),
        );
      }
      rows.push([`append, batch ${size}`, adapter, baseline]);
    }

    // Replay everything written above, page by page, as a projection rebuild would.
    const replayAdapter = async (): Promise<Measure> => {
      const started = performance.now();
      let events = 0;
      for (let from = START; ;) {
        const page = await store.readAll({ from, limit: PAGE });
        events += page.events.length;
        from = page.lastPosition;
        if (page.isEnd) break;
      }
      return { events, ms: performance.now() - started };
    };
    const replayRaw = async (): Promise<Measure> => {
      const started = performance.now();
      let events = 0;
      for (let from = '0'; ;) {
        const page = await raw.query<{ pos: string }>({
          name: 'raw_scan',
          text: `SELECT global_position::text AS pos, transaction_id::text AS tx, event_id::text, stream_id, stream_revision,
                   type, schema_version, data, metadata
                 FROM raw_events WHERE global_position > $1 ORDER BY global_position LIMIT ${PAGE}`,
          values: [from],
        });
        events += page.rows.length;
        if (page.rows.length < PAGE) break;
        from = page.rows[page.rows.length - 1]!.pos;
      }
      return { events, ms: performance.now() - started };
    };
    let replay: Measure = { events: 0, ms: 0 };
    let replayBaseline: Measure = { events: 0, ms: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      replayBaseline = add(replayBaseline, await replayRaw());
      replay = add(replay, await replayAdapter());
    }
    rows.push([`replay, pages of ${PAGE}`, replay, replayBaseline]);

    console.log('PostgreSQL event store vs raw pg (events/s, same run; fsync + synchronous_commit on)');
    console.table(
      rows.map(([scenario, adapter, baseline]) => ({
        scenario,
        'adapter ev/s': Math.round(perSecond(adapter)),
        'raw pg ev/s': Math.round(perSecond(baseline)),
        'adapter ÷ raw': Number((perSecond(adapter) / perSecond(baseline)).toFixed(2)),
        'events (adapter / raw)': `${adapter.events} / ${baseline.events}`,
      })),
    );
  } finally {
    await store.close();
    await raw.end();
    await database.drop();
  }
}
