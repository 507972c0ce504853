import BetterSqlite3 from 'better-sqlite3';
import type { EventStore } from '@vieclam/platform/event-store';
import { createDatabase, type Database } from '@vieclam/platform/database';
import { ensureRuntimeTables, readCheckpoint } from '../checkpoints';
import type { RebuildProgress } from '../progress-bar';
import type { Projection } from '../projection';
import { ProjectionRunner, type ProjectionLogger, type ProjectionRunnerOptions } from '../projection-runner';
import { rebuildProjection } from '../rebuild-projection';
import { SqliteLease } from '../projection-lock';
import { AmountLedger, amountRecorded, endOfLog, readTotals, waitFor } from './projection-fixtures';
import { streamTotalsProjection } from './stream-totals.projection';

export interface RunnerFixture {
  /** A fresh, empty event store and read-model database. */
  create(): Promise<{
    store: EventStore;
    database: Database;
    /** Another handle (another session on PostgreSQL) on the same read-model database. */
    connect(): Database;
    cleanup(): Promise<void>;
  }>;
}

const silent: ProjectionLogger = { log: () => undefined, error: () => undefined };

/** Runner behaviour every database must show; the unit spec runs it on SQLite, the int spec on PostgreSQL. */
export function projectionRunnerScenarios(label: string, fixture: RunnerFixture): void {
  describe(`projection runner on ${label}`, () => {
    let store: EventStore;
    let database: Database;
    let connect: () => Database;
    let cleanup: () => Promise<void>;
    let ledger: AmountLedger;
    const runners: ProjectionRunner[] = [];
    const extra: Database[] = [];

    beforeEach(async () => {
      ({ store, database, connect, cleanup } = await fixture.create());
      ledger = new AmountLedger(store);
    });
    afterEach(async () => {
      await Promise.all(runners.splice(0).map((r) => r.stop()));
      await Promise.all(extra.splice(0).map((d) => d.close()));
      await cleanup();
    });

    const run = async (options: Partial<ProjectionRunnerOptions> = {}, db = database) => {
      const runner = new ProjectionRunner({
        store,
        database: db,
        projections: [streamTotalsProjection()],
        batchSize: 10,
        pollIntervalMs: 20,
        lockRetryMs: 30,
        logger: silent,
        ...options,
      });
      runners.push(runner);
      await runner.start();
      return runner;
    };
    const statusOf = (runner: ProjectionRunner, name = 'stream_totals') =>
      runner.status().find((s) => s.name === name)!;
    const caughtUpTo = async (runner: ProjectionRunner, name = 'stream_totals') => {
      const end = await endOfLog(store);
      await waitFor(`${name} at ${end}`, () => statusOf(runner, name).position === end);
    };

    it('applies the events and stores the checkpoint at the end of the log', async () => {
      await ledger.record('Account-a', 3);
      await ledger.record('Account-b', 2);
      const runner = await run();
      await runner.whenCaughtUp();
      await ledger.record('Account-a', 4);
      await caughtUpTo(runner);

      expect(await readTotals(database.db)).toEqual(ledger.expected());
      expect(await readCheckpoint(database.db, 'stream_totals')).toEqual({
        version: 1,
        position: await endOfLog(store),
      });
      expect(statusOf(runner)).toMatchObject({ state: 'live', caughtUp: true, lastError: null });
    });

    it('commits rows and checkpoint together: a writer failing mid-batch moves neither', async () => {
      const totals = streamTotalsProjection();
      const failing: Projection = {
        ...totals,
        async apply(trx, events) {
          const poison = events.findIndex((e) => e.type === 'PoisonRecorded');
          if (poison < 0) return totals.apply(trx, events);
          await totals.apply(trx, events.slice(0, poison)); // writes, then fails mid-batch
          throw new Error('writer failed on PoisonRecorded');
        },
      };
      const other = streamTotalsProjection({ name: 'other_totals', table: 'other_totals' });
      await ledger.record('Account-a', 3);
      const runner = await run({ projections: [failing, other] });
      await runner.whenCaughtUp();
      const before = await readTotals(database.db);
      const checkpointBefore = await readCheckpoint(database.db, 'stream_totals');

      // One append, so the good events and the poison reach the writer in the same batch.
      const batch = [amountRecorded(101), amountRecorded(102), amountRecorded(1000, 'PoisonRecorded')];
      await store.append('Account-a', batch, 'any');
      ledger.appended.get('Account-a')!.push(101, 102, 1000);
      await waitFor('the projection to fail', () => statusOf(runner).state === 'failed');

      expect(statusOf(runner).lastError).toContain('writer failed on PoisonRecorded');
      expect(await readTotals(database.db)).toEqual(before);
      expect(await readCheckpoint(database.db, 'stream_totals')).toEqual(checkpointBefore);
      // The failure stopped that projection only.
      await caughtUpTo(runner, 'other_totals');
      expect(statusOf(runner, 'other_totals').state).toBe('live');
      expect(await readTotals(database.db, 'other_totals')).toEqual(ledger.expected());
    });

    it('resumes from its checkpoint after a restart without counting an event twice', async () => {
      await ledger.record('Account-a', 5);
      const first = await run();
      await first.whenCaughtUp();
      await first.stop();

      await ledger.record('Account-a', 3);
      await ledger.record('Account-c', 2);
      const second = await run();
      await caughtUpTo(second);

      expect(await readTotals(database.db)).toEqual(ledger.expected());
      expect(statusOf(second).appliedEvents).toBe(5);
    });

    it('moves the checkpoint past pages that hold only filtered-out events', async () => {
      await ledger.record('Account-a', 1);
      await ledger.record('Other-x', 35);
      const runner = await run();
      await caughtUpTo(runner);

      expect(await readCheckpoint(database.db, 'stream_totals')).toEqual({
        version: 1,
        position: await endOfLog(store),
      });
      expect(statusOf(runner).appliedEvents).toBe(ledger.eventCount('Account'));
      expect(await readTotals(database.db)).toEqual(ledger.expected());
    });

    it('rebuilds to the same read model the live run built, reporting progress', async () => {
      const runner = await run();
      for (let i = 0; i < 6; i++) {
        await ledger.record(`Account-${i % 3}`, 7);
        await ledger.record('Other-x', 4);
      }
      await caughtUpTo(runner);
      const live = await readTotals(database.db);

      const separate = createDatabase({ kind: 'sqlite', sqlite: new BetterSqlite3(':memory:') });
      const progress: RebuildProgress[] = [];
      const result = await rebuildProjection(store, separate, streamTotalsProjection(), {
        batchSize: 9,
        onProgress: (p) => progress.push(p),
      });
      const rebuilt = await readTotals(separate.db);
      await separate.close();

      expect(rebuilt).toEqual(live);
      expect(live).toEqual(ledger.expected());
      expect(result).toEqual({ position: await endOfLog(store), events: ledger.eventCount('Account') });
      expect(progress[0]).toEqual({ done: 0, total: ledger.eventCount('Account') });
      expect(progress.at(-1)).toEqual({
        done: ledger.eventCount('Account'),
        total: ledger.eventCount('Account'),
      });
      expect(progress.length).toBeGreaterThan(2);
      for (let i = 1; i < progress.length; i++) {
        expect(progress[i]!.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
      }
    });

    it('rebuilds on start when the projection version changed', async () => {
      await ledger.record('Account-a', 4);
      const v1 = await run();
      await v1.whenCaughtUp();
      await v1.stop();
      await ledger.record('Account-b', 3);

      const progress: RebuildProgress[] = [];
      const v2 = await run({
        projections: [streamTotalsProjection({ version: 2 })],
        onRebuildProgress: (_name, p) => progress.push(p),
      });
      await caughtUpTo(v2);

      expect(await readTotals(database.db)).toEqual(ledger.expected());
      expect(await readCheckpoint(database.db, 'stream_totals')).toMatchObject({ version: 2 });
      expect(progress.at(-1)).toEqual({ done: ledger.eventCount(), total: ledger.eventCount() });
      expect(statusOf(v2).appliedEvents).toBe(ledger.eventCount());
    });

    it('lets one instance run a projection; another takes over when it stops', async () => {
      await ledger.record('Account-a', 2);
      const first = await run();
      await first.whenCaughtUp();
      const otherDb = connect();
      extra.push(otherDb);
      const second = await run({}, otherDb);

      await ledger.record('Account-a', 3);
      await caughtUpTo(first);
      await new Promise((r) => setTimeout(r, 150));
      expect(statusOf(second)).toMatchObject({ state: 'waiting_for_lock', position: null, appliedEvents: 0 });

      await first.stop();
      await ledger.record('Account-b', 2);
      await caughtUpTo(second);
      expect(statusOf(second).appliedEvents).toBe(2);
      expect(await readTotals(database.db)).toEqual(ledger.expected());
    });
  });
}

/** SQLite only: a lease whose holder died (never renewed) is taken over once it expires. */
export function sqliteLeaseScenario(fixture: RunnerFixture): void {
  it('takes over a SQLite lease whose holder stopped renewing it', async () => {
    const { store, database, cleanup } = await fixture.create();
    const runner = new ProjectionRunner({
      store,
      database,
      projections: [streamTotalsProjection()],
      lockRetryMs: 20,
      logger: silent,
    });
    try {
      const ledger = new AmountLedger(store);
      await ledger.record('Account-a', 2);
      await ensureRuntimeTables(database.db);
      const dead = new SqliteLease(database.db, { owner: 'dead-process', ttlMs: 300 });
      expect(await dead.tryAcquire('stream_totals')).toBe(true);
      const startedAt = Date.now();
      await runner.start();
      await new Promise((r) => setTimeout(r, 100));
      expect(runner.status()[0]!.state).toBe('waiting_for_lock');
      await runner.whenCaughtUp();
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);
      expect(await readTotals(database.db)).toEqual(ledger.expected());
      expect(await dead.stillHeld('stream_totals')).toBe(false);
    } finally {
      await runner.stop();
      await cleanup();
    }
  });
}
