/**
 * Crash tests (DESIGN §3 "checkpointed subscriptions"): a projection process is SIGKILLed at
 * random moments while events keep flowing; after a restart its read model must equal a fresh
 * rebuild — no double counts, no gaps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { PostgresEventStore, SqliteEventStore, type EventStore } from '@vieclam/platform/event-store';
import { createDatabase, type Database } from '@vieclam/platform/database';
import { createTestDatabase } from '@vieclam/platform/testing';
import { readCheckpoint } from './checkpoints';
import { rebuildProjection } from './rebuild-projection';
import { AmountLedger, endOfLog, readTotals, waitFor } from './testing/projection-fixtures';
import { streamTotalsProjection } from './testing/stream-totals.projection';

const ROOT = resolve(__dirname, '../../../..');
const SCRIPT = join(__dirname, 'testing', 'projection-runner.process.ts');
const KILLS = 10;

interface Target {
  store: EventStore;
  /** The read-model database the child writes, seen from this process. */
  database: Database;
  childEnv: Record<string, string>;
  cleanup(): Promise<void>;
}

class ProjectionProcess {
  readonly child: ChildProcess;
  stderr = '';
  readonly started: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: Record<string, string>) {
    this.child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', SCRIPT],
      { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((done) => this.child.once('exit', (code, signal) => done({ code, signal })));
    this.started = new Promise((ok, fail) => {
      this.child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('started')) ok();
      });
      void this.exited.then(({ code }) =>
        fail(new Error(`projection process exited (${code}): ${this.stderr}`)),
      );
    });
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode !== null) {
      throw new Error(`projection process had already exited (${this.child.exitCode}): ${this.stderr}`);
    }
    this.child.kill(signal);
    const { code } = await this.exited;
    if (signal === 'SIGTERM' && code !== 0) throw new Error(`clean stop failed (${code}): ${this.stderr}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function crashScenario(label: string, open: () => Promise<Target>): void {
  it(`${label}: SIGKILLed ${KILLS} times while events flow, the read model still equals a fresh rebuild`, async () => {
    const target = await open();
    const { store, database } = target;
    const ledger = new AmountLedger(store);
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        const n = writes++;
        await ledger.record(n % 5 === 4 ? 'Other-noise' : `Account-${n % 7}`, 1 + (n % 3));
        await sleep(4);
      }
    })();
    let current: ProjectionProcess | undefined;
    try {
      const progressAtKill: string[] = [];
      for (let i = 0; i < KILLS; i++) {
        current = new ProjectionProcess(target.childEnv);
        await current.started;
        await sleep(Math.floor(Math.random() * 900));
        await current.kill('SIGKILL');
        progressAtKill.push((await readCheckpoint(database.db, 'stream_totals'))?.position ?? 'none');
      }
      writing = false;
      await writer;

      current = new ProjectionProcess(target.childEnv);
      await current.started;
      const end = await endOfLog(store);
      await waitFor(
        'the restarted projection to catch up',
        async () => (await readCheckpoint(database.db, 'stream_totals'))?.position === end,
        30_000,
      );
      await current.kill('SIGTERM');

      const live = await readTotals(database.db);
      const fresh = createDatabase({ kind: 'sqlite', sqlite: new BetterSqlite3(':memory:') });
      await rebuildProjection(store, fresh, streamTotalsProjection(), { batchSize: 1000 });
      const rebuilt = await readTotals(fresh.db);
      await fresh.close();

      expect(live).toEqual(rebuilt);
      expect(live).toEqual(ledger.expected());
      // The kills landed while the projection was moving, not only before it began.
      expect(new Set(progressAtKill).size).toBeGreaterThan(KILLS / 2);
      console.log(
        `${label}: ${KILLS} SIGKILLs, ${ledger.eventCount('Account')} projected events of ` +
          `${ledger.eventCount('Account') + ledger.eventCount('Other')}, ${live.length} rows equal to a rebuild`,
      );
    } finally {
      writing = false;
      await writer.catch(() => undefined);
      if (current && current.child.exitCode === null && current.child.signalCode === null) {
        current.child.kill('SIGKILL');
        await current.exited;
      }
      await target.cleanup();
    }
  }, 110_000);
}

describe('projection crash tests', () => {
  crashScenario('SQLite (one file for events and read models)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vieclam-proj-crash-'));
    const file = join(dir, 'ledger.db');
    const sqlite = SqliteEventStore.openDatabase(file);
    const store = new SqliteEventStore(sqlite);
    const database = createDatabase({ kind: 'sqlite', sqlite });
    return {
      store,
      database,
      childEnv: { PROJ_MODE: 'sqlite', PROJ_SQLITE_FILE: file, PROJ_LEASE_TTL_MS: '600' },
      cleanup: async () => {
        await database.close();
        await store.close();
        sqlite.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });

  crashScenario('PostgreSQL', async () => {
    const pg = await createTestDatabase('vieclam_proj_crash_test');
    const store = await PostgresEventStore.create({ connectionString: pg.url });
    const database = createDatabase({ kind: 'postgres', connectionString: pg.url });
    return {
      store,
      database,
      childEnv: { PROJ_MODE: 'postgres', PROJ_DATABASE_URL: pg.url },
      cleanup: async () => {
        await database.close();
        await store.close();
        await pg.drop();
      },
    };
  });
});
