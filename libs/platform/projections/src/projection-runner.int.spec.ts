import { Client } from 'pg';
import { PostgresEventStore } from '@vieclam/platform/event-store';
import { createDatabase } from '@vieclam/platform/database';
import { createTestDatabase } from '@vieclam/platform/testing';
import { ProjectionRunner } from './projection-runner';
import { AmountLedger, endOfLog, readTotals, waitFor } from './testing/projection-fixtures';
import { projectionRunnerScenarios, type RunnerFixture } from './testing/projection-runner.scenarios';
import { streamTotalsProjection } from './testing/stream-totals.projection';

const DATABASE = 'vieclam_proj_test';

const postgres: RunnerFixture = {
  async create() {
    const pg = await createTestDatabase(DATABASE);
    const store = await PostgresEventStore.create({ connectionString: pg.url });
    const database = createDatabase({ kind: 'postgres', connectionString: pg.url });
    return {
      store,
      database,
      connect: () => createDatabase({ kind: 'postgres', connectionString: pg.url }),
      cleanup: async () => {
        await database.close();
        await store.close();
        await pg.drop();
      },
    };
  },
};

projectionRunnerScenarios('PostgreSQL', postgres);

describe('PostgreSQL advisory lock', () => {
  it('hands the projection to a waiting runner when the holder’s session dies', async () => {
    const { store, database, connect, cleanup } = await postgres.create();
    const otherDb = connect();
    const silent = { log: () => undefined, error: () => undefined };
    const options = {
      store,
      projections: [streamTotalsProjection()],
      batchSize: 10,
      pollIntervalMs: 20,
      lockRetryMs: 30,
      leaseTtlMs: 300, // heartbeat every 100 ms
      logger: silent,
    };
    const first = new ProjectionRunner({ ...options, database });
    const second = new ProjectionRunner({ ...options, database: otherDb });
    const admin = new Client({
      connectionString: (database.pool!.options as { connectionString: string }).connectionString,
    });
    try {
      const ledger = new AmountLedger(store);
      await ledger.record('Account-a', 3);
      await first.start();
      await first.whenCaughtUp();
      await second.start();
      await new Promise((r) => setTimeout(r, 150));
      expect(second.status()[0]).toMatchObject({ state: 'waiting_for_lock', appliedEvents: 0 });

      await admin.connect();
      const holders = await admin.query<{ pid: number }>(
        "select pid from pg_locks where locktype = 'advisory' and granted",
      );
      expect(holders.rows).toHaveLength(1);
      await admin.query('select pg_terminate_backend($1)', [holders.rows[0]!.pid]);

      await waitFor('the first runner to notice', () => first.status()[0]!.state === 'failed');
      await ledger.record('Account-b', 2);
      const end = await endOfLog(store);
      await waitFor('the second runner to take over', () => second.status()[0]!.position === end);
      expect(await readTotals(database.db)).toEqual(ledger.expected());
      expect(second.status()[0]!.appliedEvents).toBe(2);
    } finally {
      await admin.end().catch(() => undefined);
      await first.stop();
      await second.stop();
      await otherDb.close();
      await cleanup();
    }
  });
});
