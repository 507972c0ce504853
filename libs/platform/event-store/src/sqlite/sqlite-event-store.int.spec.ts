import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { START, type RecordedEvent } from '../event-store.port';
import { newEventId } from '../event-id';
import { anEvent, eventStoreContract, waitFor } from '../testing/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

const directories: string[] = [];

function freshFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vieclam-sqlite-es-'));
  directories.push(dir);
  return join(dir, 'nested', 'ledger.sqlite');
}

afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

eventStoreContract('sqlite', { create: async () => SqliteEventStore.open(freshFile()) });

describe('SqliteEventStore', () => {
  it('opens the file in WAL mode with synchronous = FULL and a busy timeout', async () => {
    const file = freshFile();
    const store = SqliteEventStore.open(file);
    await store.close();
    const db = SqliteEventStore.openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('finds its events again after the file is closed and reopened', async () => {
    const file = freshFile();
    const stream = `Thing-${newEventId()}`;
    const batch = [anEvent('ThingCreated', { name: 'Trần Thị Hoa' }), anEvent('ThingRenamed')];
    const first = SqliteEventStore.open(file);
    const result = await first.append(stream, batch, 'no_stream');
    await first.close();

    const reopened = SqliteEventStore.open(file);
    try {
      const read = await reopened.readStream(stream);
      expect(read.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
      expect(read[0]!.data).toEqual({ name: 'Trần Thị Hoa' });
      expect((await reopened.readAll()).lastPosition).toBe(result.position);
      expect(await reopened.append(stream, batch, 'no_stream')).toEqual(result);
      const next = await reopened.append(stream, [anEvent()], result.nextExpectedRevision);
      expect(next.nextExpectedRevision).toBe(2);
    } finally {
      await reopened.close();
    }
  });

  it("a second store on the same file sees the first one's appends through readAll and a subscription", async () => {
    const file = freshFile();
    const writer = SqliteEventStore.open(file);
    const reader = SqliteEventStore.open(file);
    try {
      const stream = `Thing-${newEventId()}`;
      const before = anEvent();
      await writer.append(stream, [before], 'no_stream');
      expect((await reader.readAll()).events.map((e) => e.eventId)).toEqual([before.eventId]);

      const seen: RecordedEvent[] = [];
      const sub = reader.subscribeToAll({
        pollIntervalMs: 20,
        onEvents: async (events) => {
          seen.push(...events);
        },
      });
      await waitFor(() => seen.length === 1);
      const after = anEvent();
      const appended = await writer.append(stream, [after], 0);
      await waitFor(() => seen.length === 2);
      await sub.stop();
      expect(seen.map((e) => e.eventId)).toEqual([before.eventId, after.eventId]);
      expect(seen[1]!.position).toBe(appended.position);
      await expect(reader.append(stream, [anEvent()], 0)).rejects.toMatchObject({ actual: 1 });
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('shares a connection it does not own and leaves it open on close', async () => {
    const db = new Database(join(dirname(freshFile()), '..', 'shared.sqlite'));
    try {
      db.pragma('synchronous = NORMAL');
      const store = new SqliteEventStore(db, { now: () => new Date('2026-04-05T08:00:00.000Z') });
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      await store.append(`Thing-${newEventId()}`, [anEvent()], 'no_stream');
      await store.close();
      expect(db.open).toBe(true);
      const row = db.prepare('SELECT recorded_at FROM es_events').get() as { recorded_at: string };
      expect(row.recorded_at).toBe('2026-04-05T08:00:00.000Z');
      await expect(store.readAll()).rejects.toThrow('closed');
    } finally {
      db.close();
    }
  });

  it('reports the end of the log and the start position correctly at page boundaries', async () => {
    const store = SqliteEventStore.open(freshFile());
    try {
      expect(await store.readAll()).toEqual({ events: [], lastPosition: START, isEnd: true });
      await store.append(`Thing-${newEventId()}`, [anEvent(), anEvent()], 'no_stream');
      const exact = await store.readAll({ limit: 2 });
      expect(exact.events).toHaveLength(2);
      expect(exact.isEnd).toBe(true);
      const partial = await store.readAll({ limit: 1 });
      expect(partial.isEnd).toBe(false);
      await expect(store.readAll({ from: 'not-a-position' })).rejects.toThrow('position');
    } finally {
      await store.close();
    }
  });
});

describe('SqliteEventStore on a connection shared with read models', () => {
  it('waits for an open transaction instead of nesting inside it, so its rollback cannot drop the event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vieclam-sqlite-shared-'));
    const db = SqliteEventStore.openDatabase(join(dir, 'shared.sqlite'));
    const store = new SqliteEventStore(db);
    try {
      db.exec('CREATE TABLE read_model (n INTEGER)');
      db.exec('BEGIN');
      db.exec('INSERT INTO read_model VALUES (1)');
      const appended = store.append(`Thing-${newEventId()}`, [anEvent()], 'no_stream');
      await new Promise((resolve) => setTimeout(resolve, 20));
      db.exec('ROLLBACK'); // the read model's transaction fails; the event must survive
      await appended;
      expect((await store.readAll()).events).toHaveLength(1);
      expect(db.prepare('SELECT count(*) AS n FROM read_model').get()).toEqual({ n: 0 });
    } finally {
      await store.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
