import { Client, Pool } from 'pg';
import { createTestDatabase } from '@vieclam/platform/testing';
import { anEvent, eventStoreContract } from '../testing/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

let database: { url: string; drop: () => Promise<void> };
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase('vieclam_es_pg_test');
  admin = new Client({ connectionString: database.url });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

eventStoreContract('postgresql', {
  create: async () => {
    const store = await PostgresEventStore.create({ connectionString: database.url });
    await admin.query('TRUNCATE es_events RESTART IDENTITY');
    return store;
  },
});

describe('postgresql adapter specifics', () => {
  it('stamps recordedAt with the given clock, keeps schemas apart and leaves a borrowed pool open', async () => {
    const pool = new Pool({ connectionString: database.url, max: 2 });
    const clock = () => new Date('2026-04-05T01:02:03.000Z');
    const north = await PostgresEventStore.create({ pool }, { schema: 'north_commune', now: clock });
    const south = await PostgresEventStore.create({ pool }, { schema: 'south_commune', now: clock });
    try {
      const event = anEvent();
      await north.append('Thing-1', [event], 'no_stream');
      const [read] = await north.readStream('Thing-1');
      expect(read!.metadata.recordedAt).toBe('2026-04-05T01:02:03.000Z');
      expect(await south.readStream('Thing-1')).toEqual([]);
      expect((await south.readAll()).events).toEqual([]);
      await south.append('Thing-1', [anEvent()], 'no_stream');

      await north.close();
      expect(
        (await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM north_commune.es_events')).rows,
      ).toEqual([{ n: '1' }]);
    } finally {
      await south.close();
      await pool.end();
    }
  });

  it('creating the store twice, concurrently, is harmless', async () => {
    const stores = await Promise.all(
      [1, 2, 3].map(() => PostgresEventStore.create({ connectionString: database.url }, { schema: 'twice' })),
    );
    await stores[0]!.append('Thing-1', [anEvent()], 'no_stream');
    expect(await stores[2]!.readStream('Thing-1')).toHaveLength(1);
    await Promise.all(stores.map((s) => s.close()));
  });
});
