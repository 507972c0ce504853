import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { sql } from 'kysely';
import { loadAppConfig } from '@vieclam/platform/config';
import { MasterKey } from '@vieclam/platform/crypto';
import type { Database } from '@vieclam/platform/database';
import { newEventId, type EventStore } from '@vieclam/platform/event-store';
import { rowProjection } from '@vieclam/platform/projections';
import { RuntimeModule } from './runtime.module';
import { ProjectionsHost } from './projections-host';
import { DATABASE, EVENT_STORE } from './tokens';

const greetings = rowProjection<{ id: string; count: number }>({
  name: 'runtime_test_greetings',
  version: 1,
  filter: { categories: ['Greeting'] },
  table: 'runtime_test_greetings',
  migrations: {
    '001_create': {
      up: async (db) => {
        await db.schema
          .createTable('runtime_test_greetings')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('count', 'integer', (c) => c.notNull())
          .execute();
      },
    },
  },
  keyOf: (event) => event.streamId,
  evolve: (current) => ({ id: '', count: (current?.count ?? 0) + 1 }),
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  // The runner creates the projection's tables asynchronously: a query error means "not yet".
  while (!(await condition().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

describe('RuntimeModule in embedded mode', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-runtime-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('wires one SQLite file for events and read models, runs the projections, and closes in order', async () => {
    const config = loadAppConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const moduleRef = await Test.createTestingModule({
      imports: [RuntimeModule.forRoot(config, { role: 'api', projections: [greetings] })],
    }).compile();
    moduleRef.useLogger(false);
    const app = await moduleRef.init();
    let closed = false;
    try {
      const store = app.get<EventStore>(EVENT_STORE);
      const database = app.get<Database>(DATABASE);

      await store.append(
        'Greeting-hello',
        [
          {
            eventId: newEventId(),
            type: 'Greeted',
            schemaVersion: 1,
            data: {},
            metadata: {
              occurredOn: '2026-01-01',
              actor: 'system',
              orgUnit: 'X',
              correlationId: 'c',
              causationId: null,
            },
          },
        ],
        'no_stream',
      );
      // The read-model connection sees the event table: the same file, the same connection.
      const stored = await sql<{ n: number }>`select count(*) as n from es_events`.execute(database.db);
      expect(stored.rows[0]?.n).toBe(1);
      await until(async () => {
        const rows = await database.db.selectFrom('runtime_test_greetings').selectAll().execute();
        return rows.length === 1 && rows[0]?.count === 1;
      });
      expect(app.get(ProjectionsHost).status()).toEqual([
        expect.objectContaining({ name: 'runtime_test_greetings' }),
      ]);

      // Embedded mode generates the master key file on first start, and reuses it afterwards.
      const keyFile = join(dataDir, 'master.key');
      expect(existsSync(keyFile)).toBe(true);
      const keyId = app.get(MasterKey).id;

      await app.close();
      closed = true;
      await expect(store.readStream('Greeting-hello')).rejects.toThrow(/closed/);

      const again = await Test.createTestingModule({
        imports: [RuntimeModule.forRoot(config, { role: 'api', projections: [] })],
      }).compile();
      again.useLogger(false);
      await again.init();
      expect(again.get(MasterKey).id).toBe(keyId);
      expect(await again.get<EventStore>(EVENT_STORE).readStream('Greeting-hello')).toHaveLength(1);
      await again.close();
    } finally {
      if (!closed) await app.close();
    }
  });
});
