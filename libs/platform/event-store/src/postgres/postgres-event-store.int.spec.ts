import { Client } from 'pg';
import { createTestDatabase } from '@vieclam/platform/testing';
import { eventStoreContract } from '../testing/event-store.contract';
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
