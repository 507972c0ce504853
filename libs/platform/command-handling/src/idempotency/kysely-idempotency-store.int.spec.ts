import { createDatabase, type Database } from '@vieclam/platform/database';
import { createTestDatabase } from '@vieclam/platform/testing';
import BetterSqlite3 from 'better-sqlite3';
import type { IdempotencyStore, IdempotentRequest } from './idempotency-store';
import { InMemoryIdempotencyStore } from './in-memory-idempotency-store';
import { COMMAND_HANDLING_MIGRATION_TABLE, KyselyIdempotencyStore } from './kysely-idempotency-store';

const HOUR = 60 * 60 * 1000;
const LEASE_MS = 60_000;

interface Backend {
  name: string;
  open(now: () => Date): Promise<IdempotencyStore>;
  close(): Promise<void>;
}

function sqliteBackend(): Backend {
  let database: Database | undefined;
  let sqlite: BetterSqlite3.Database | undefined;
  return {
    name: 'Kysely on SQLite',
    open: async (now) => {
      sqlite = new BetterSqlite3(':memory:');
      database = createDatabase({ kind: 'sqlite', sqlite });
      await KyselyIdempotencyStore.create(database.db); // migrating twice is harmless
      return KyselyIdempotencyStore.create(database.db, { now, leaseMs: LEASE_MS });
    },
    close: async () => {
      await database?.close();
      sqlite?.close();
    },
  };
}

function postgresBackend(): Backend {
  let database: Database | undefined;
  let drop = async (): Promise<void> => {};
  return {
    name: 'Kysely on PostgreSQL',
    open: async (now) => {
      const test = await createTestDatabase('vieclam_cmd_test_idempotency');
      drop = test.drop;
      database = createDatabase({ kind: 'postgres', connectionString: test.url });
      await KyselyIdempotencyStore.create(database.db);
      return KyselyIdempotencyStore.create(database.db, { now, leaseMs: LEASE_MS });
    },
    close: async () => {
      await database?.close();
      await drop();
    },
  };
}

function inMemoryBackend(): Backend {
  return {
    name: 'in memory',
    open: async (now) => new InMemoryIdempotencyStore({ now, leaseMs: LEASE_MS }),
    close: async () => {},
  };
}

describe.each([inMemoryBackend(), sqliteBackend(), postgresBackend()])(
  'IdempotencyStore: $name',
  (backend) => {
    let clock = new Date('2026-03-05T08:00:00.000Z');
    let store: IdempotencyStore;
    let n = 0;
    /** A fresh key per test, so tests do not see each other's rows. */
    const request = (overrides: Partial<IdempotentRequest> = {}): IdempotentRequest => ({
      key: `key-${n}`,
      userId: 'user-1',
      method: 'POST',
      path: '/api/job-seekers',
      requestHash: 'hash-a',
      ...overrides,
    });

    beforeAll(async () => {
      store = await backend.open(() => clock);
    });
    afterAll(() => backend.close());
    beforeEach(() => {
      n += 1;
      clock = new Date(clock.getTime() + 3 * 24 * HOUR);
    });

    it('claims a new key once, then reports it in progress, then replays the stored response', async () => {
      expect(await store.claim(request())).toEqual({ outcome: 'claimed' });
      expect(await store.claim(request())).toEqual({ outcome: 'in_progress' });
      const response = { statusCode: 201, body: { id: 'JobSeeker-1', revision: 0, name: 'Nguyễn Văn A' } };
      await store.complete(request(), response);
      expect(await store.claim(request())).toEqual({ outcome: 'replay', response });
    });

    it('refuses the same key with another payload, in progress or completed', async () => {
      await store.claim(request());
      expect(await store.claim(request({ requestHash: 'hash-b' }))).toEqual({ outcome: 'payload_mismatch' });
      await store.complete(request(), { statusCode: 200, body: null });
      expect(await store.claim(request({ requestHash: 'hash-b' }))).toEqual({ outcome: 'payload_mismatch' });
    });

    it('scopes keys by user, method and path', async () => {
      await store.claim(request());
      expect(await store.claim(request({ userId: 'user-2' }))).toEqual({ outcome: 'claimed' });
      expect(await store.claim(request({ method: 'PUT' }))).toEqual({ outcome: 'claimed' });
      expect(await store.claim(request({ path: '/api/vacancies' }))).toEqual({ outcome: 'claimed' });
    });

    it('forgets a released claim but never a completed one', async () => {
      await store.claim(request());
      await store.release(request());
      expect(await store.claim(request())).toEqual({ outcome: 'claimed' });
      await store.complete(request(), { statusCode: 202, body: { ok: true } });
      await store.release(request());
      expect(await store.claim(request())).toMatchObject({
        outcome: 'replay',
        response: { statusCode: 202 },
      });
    });

    it('lets another request take over a claim whose lease ran out', async () => {
      await store.claim(request());
      clock = new Date(clock.getTime() + LEASE_MS + 1);
      expect(await store.claim(request())).toEqual({ outcome: 'claimed' });
    });

    it('expires responses after 24 hours and purges them', async () => {
      await store.claim(request());
      await store.complete(request(), { statusCode: 201, body: { id: 1 } });
      clock = new Date(clock.getTime() + 24 * HOUR - 1);
      expect(await store.claim(request())).toMatchObject({ outcome: 'replay' });
      clock = new Date(clock.getTime() + 1);
      expect(await store.purgeExpired()).toBeGreaterThanOrEqual(1);
      expect(await store.claim(request())).toEqual({ outcome: 'claimed' });
    });

    it('grants exactly one of many concurrent claims', async () => {
      const claims = await Promise.all(Array.from({ length: 20 }, () => store.claim(request())));
      expect(claims.filter((c) => c.outcome === 'claimed')).toHaveLength(1);
      expect(claims.filter((c) => c.outcome === 'in_progress')).toHaveLength(19);
    });
  },
);

it('creates http_idempotency_keys under its own migration table', async () => {
  const sqlite = new BetterSqlite3(':memory:');
  const database = createDatabase({ kind: 'sqlite', sqlite });
  await KyselyIdempotencyStore.create(database.db);
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  expect(tables.map((t) => t.name)).toEqual(
    expect.arrayContaining(['http_idempotency_keys', COMMAND_HANDLING_MIGRATION_TABLE]),
  );
  expect(COMMAND_HANDLING_MIGRATION_TABLE).toBe('kysely_migration_command_handling');
  await database.close();
  sqlite.close();
});
