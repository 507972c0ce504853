/**
 * SQLite event store vs raw better-sqlite3 on the same machine, in the same run, with the same
 * pragmas (WAL, synchronous = FULL). The raw side writes an equivalent table (same columns, same
 * unique keys) with plain INSERTs, one transaction per batch, and replays it with a plain
 * `SELECT * ORDER BY rowid`, parsing the JSON columns as the adapter does. The machine is shared
 * and noisy, so the two sides alternate in short rounds and each reports its median round.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { newEventId, SqliteEventStore, START, type EventToAppend } from '@vieclam/platform/event-store';

const APPEND_ROUNDS = 3;
const REPLAY_ROUNDS = 5;
const APPEND_ROUND_MS = 1500;
const STREAMS = 200;
const REPLAY_EVENTS = 100_000;
const REPLAY_PAGE = 1000;
const TARGET_RATIO = 0.5;

interface Side {
  /** Appends one batch to the given stream, which holds `revision + 1` events. */
  append(streamId: string, batch: EventToAppend[], revision: number): Promise<void>;
  /** Reads the whole log and returns how many events it saw. */
  replay(): Promise<number>;
  close(): Promise<void>;
}

interface Row {
  scenario: string;
  adapter: number;
  raw: number;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vieclam-bench-sqlite-'));
  const rows: Row[] = [];
  try {
    for (const batchSize of [1, 100]) {
      const adapter = adapterSide(join(dir, `append-${batchSize}-adapter.sqlite`));
      const raw = rawSide(join(dir, `append-${batchSize}-raw.sqlite`));
      const [a, r] = await alternate(APPEND_ROUNDS, adapter, raw, (side) => appendRound(side, batchSize));
      rows.push({ scenario: `append, batch ${batchSize} (events/s)`, adapter: a, raw: r });
      await adapter.close();
      await raw.close();
    }

    const adapter = adapterSide(join(dir, 'replay-adapter.sqlite'));
    const raw = rawSide(join(dir, 'replay-raw.sqlite'));
    await fill(adapter, REPLAY_EVENTS);
    await fill(raw, REPLAY_EVENTS);
    const [a, r] = await alternate(REPLAY_ROUNDS, adapter, raw, (side) => replayRound(side));
    rows.push({ scenario: `replay ${REPLAY_EVENTS} events (events/s)`, adapter: a, raw: r });
    await adapter.close();
    await raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  print(rows);
}

/** Runs `rounds` rounds of each side, alternating, and returns each side's median throughput. */
async function alternate(
  rounds: number,
  adapter: Side,
  raw: Side,
  round: (side: Side) => Promise<number>,
): Promise<[number, number]> {
  const a: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Swap who goes first each round so neither side always runs on a warmer cache.
    if (i % 2 === 0) {
      a.push(await round(adapter));
      r.push(await round(raw));
    } else {
      r.push(await round(raw));
      a.push(await round(adapter));
    }
  }
  return [median(a), median(r)];
}

const revisions = new WeakMap<Side, number[]>();

async function appendRound(side: Side, batchSize: number): Promise<number> {
  const streamRevisions = revisions.get(side) ?? Array.from({ length: STREAMS }, () => -1);
  revisions.set(side, streamRevisions);
  let events = 0;
  let i = 0;
  const started = performance.now();
  while (performance.now() - started < APPEND_ROUND_MS) {
    const s = i++ % STREAMS;
    const batch = Array.from({ length: batchSize }, () => anEvent());
    await side.append(streamId(s), batch, streamRevisions[s]!);
    streamRevisions[s]! += batchSize;
    events += batchSize;
  }
  return events / ((performance.now() - started) / 1000);
}

async function replayRound(side: Side): Promise<number> {
  const started = performance.now();
  const events = await side.replay();
  if (events !== REPLAY_EVENTS) throw new Error(`replay saw ${events} of ${REPLAY_EVENTS} events`);
  return events / ((performance.now() - started) / 1000);
}

async function fill(side: Side, total: number): Promise<void> {
  const batchSize = 500;
  for (let n = 0; n < total; n += batchSize) {
    const batch = Array.from({ length: batchSize }, () => anEvent());
    await side.append(streamId(n / batchSize), batch, -1);
  }
}

function adapterSide(file: string): Side {
  const store = SqliteEventStore.open(file);
  return {
    async append(streamId, batch, revision) {
      await store.append(streamId, batch, revision < 0 ? 'no_stream' : revision);
    },
    async replay() {
      let seen = 0;
      let from = START;
      for (;;) {
        const page = await store.readAll({ from, limit: REPLAY_PAGE });
        seen += page.events.length;
        from = page.lastPosition;
        if (page.isEnd) return seen;
      }
    },
    close: () => store.close(),
  };
}

function rawSide(file: string): Side {
  // The same pragmas as the adapter (SqliteEventStore.openDatabase does nothing else).
  const db: BetterSqlite3.Database = SqliteEventStore.openDatabase(file);
  db.exec(`
    CREATE TABLE raw_events (
      position INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL UNIQUE,
      stream_id TEXT NOT NULL,
      category TEXT NOT NULL,
      stream_revision INTEGER NOT NULL,
      type TEXT NOT NULL,
      schema_version INTEGER NOT NULL,
      data TEXT NOT NULL,
      metadata TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      UNIQUE (stream_id, stream_revision)
    ) STRICT`);
  const insert = db.prepare(`INSERT INTO raw_events
    (event_id, stream_id, category, stream_revision, type, schema_version, data, metadata, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertBatch = db.transaction((streamId: string, batch: EventToAppend[], revision: number) => {
    const recordedAt = new Date().toISOString();
    for (const e of batch) {
      insert.run(
        e.eventId,
        streamId,
        'Bench',
        ++revision,
        e.type,
        e.schemaVersion,
        JSON.stringify(e.data),
        JSON.stringify({ ...e.metadata, recordedAt }),
        recordedAt,
      );
    }
  });
  const scan = db.prepare<[], { data: string; metadata: string }>('SELECT * FROM raw_events ORDER BY rowid');
  return {
    async append(streamId, batch, revision) {
      insertBatch(streamId, batch, revision);
    },
    async replay() {
      let seen = 0;
      for (const row of scan.iterate()) {
        const data = JSON.parse(row.data);
        const metadata = JSON.parse(row.metadata);
        if (data !== undefined && metadata !== undefined) seen++;
      }
      return seen;
    },
    async close() {
      db.close();
    },
  };
}

function streamId(n: number): string {
  return `Bench-${String(n).padStart(8, '0')}`;
}

function anEvent(): EventToAppend {
  return {
    eventId: newEventId(),
    type: 'ConsultationLogged',
    schemaVersion: 1,
    data: {
      consultationId: newEventId(),
      topic: 'job-search',
      counsellor: 'user-42',
      notes: 'Tư vấn việc làm tại xã, giới thiệu 3 vị trí phù hợp',
      occupations: ['7212', '8322'],
      followUpOn: '2026-04-01',
    },
    metadata: {
      occurredOn: '2026-03-15',
      actor: 'user-42',
      orgUnit: '10101',
      correlationId: newEventId(),
      causationId: null,
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function print(rows: Row[]): void {
  const format = (n: number) => Math.round(n).toLocaleString('en-US');
  console.table(
    rows.map((row) => {
      const ratio = row.adapter / row.raw;
      return {
        scenario: row.scenario,
        adapter: format(row.adapter),
        'raw better-sqlite3': format(row.raw),
        'ratio (adapter ÷ raw)': ratio.toFixed(2),
        target: `≥ ${TARGET_RATIO}`,
        met: ratio >= TARGET_RATIO ? 'yes' : 'NO',
      };
    }),
  );
}
