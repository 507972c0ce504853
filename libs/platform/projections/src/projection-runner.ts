import type { EventStore, Position, Subscription } from '@vieclam/platform/event-store';
import type { Database } from '@vieclam/platform/database';
import { advanceCheckpoint, ensureRuntimeTables, readCheckpoint } from './checkpoints';
import { PostgresAdvisoryLock, SqliteLease, type ProjectionLock } from './projection-lock';
import type { RebuildProgress } from './progress-bar';
import type { Projection } from './projection';
import { migrateProjection, rebuildProjection } from './rebuild-projection';

export type ProjectionState =
  'waiting_for_lock' | 'rebuilding' | 'catching_up' | 'live' | 'stopped' | 'failed';

export interface ProjectionStatus {
  name: string;
  version: number;
  state: ProjectionState;
  /** Checkpoint this instance last committed (null before it read one). */
  position: Position | null;
  /** Reached the end of the log at least once since it started. */
  caughtUp: boolean;
  /** Events applied by this instance since it started (rebuild included). */
  appliedEvents: number;
  lastError: string | null;
}

export interface ProjectionLogger {
  log(message: string): void;
  error(message: string): void;
}

export interface ProjectionRunnerOptions {
  store: EventStore;
  database: Database;
  projections: readonly Projection[];
  /** Events scanned per read and per transaction (default 500). */
  batchSize?: number;
  /** Idle poll when caught up (default 250 ms). */
  pollIntervalMs?: number;
  /** How often a projection waiting for its lock tries again (default 1 s). */
  lockRetryMs?: number;
  /** Default: a PostgreSQL advisory lock or a SQLite lease, by `database.kind`. */
  lock?: ProjectionLock;
  /** SQLite lease: expiry (default 15 s) and owner id; renewed every third of the expiry. */
  leaseTtlMs?: number;
  owner?: string;
  logger?: ProjectionLogger;
  onRebuildProgress?: (projection: string, progress: RebuildProgress) => void;
}

const consoleLogger: ProjectionLogger = {
  log: (message) => console.log(message),
  error: (message) => console.error(message),
};

/**
 * Runs projections: each one, once it holds its lock, rebuilds if its version changed, then
 * follows the log from its checkpoint, applying every batch and moving the checkpoint in one
 * transaction. A failing projection stops alone (status `failed`, error logged).
 */
export class ProjectionRunner {
  private readonly workers: ProjectionWorker[];
  private readonly lock: ProjectionLock;
  private started = false;

  constructor(private readonly options: ProjectionRunnerOptions) {
    const names = options.projections.map((p) => p.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) throw new Error(`Projection registered twice: ${duplicate}`);
    for (const name of names) {
      if (!/^[a-z][a-z0-9_]*$/.test(name))
        throw new Error(`Projection name must be lower snake case: ${name}`);
    }
    this.lock =
      options.lock ??
      (options.database.kind === 'postgres'
        ? new PostgresAdvisoryLock(options.database)
        : new SqliteLease(options.database.db, { ttlMs: options.leaseTtlMs, owner: options.owner }));
    this.workers = options.projections.map((p) => new ProjectionWorker(p, this.options, this.lock));
  }

  /** Creates the runtime tables and starts every projection; returns without waiting for locks. */
  async start(): Promise<void> {
    if (this.started) throw new Error('ProjectionRunner already started');
    this.started = true;
    await ensureRuntimeTables(this.options.database.db);
    for (const worker of this.workers) worker.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
    await this.lock.close();
  }

  status(): ProjectionStatus[] {
    return this.workers.map((w) => w.status());
  }

  /** Resolves once every projection reached the end of the log (rejects if one failed first). */
  async whenCaughtUp(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.caughtUpOnce));
  }
}

class ProjectionWorker {
  private state: ProjectionState = 'stopped';
  private position: Position | null = null;
  private caughtUp = false;
  private appliedEvents = 0;
  private lastError: string | null = null;
  private readonly abort = new AbortController();
  private subscription?: Subscription;
  private running?: Promise<void>;
  private heartbeat?: NodeJS.Timeout;
  private markCaughtUp!: () => void;
  private markFailed!: (error: unknown) => void;
  readonly caughtUpOnce: Promise<void>;

  constructor(
    private readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions,
    private readonly lock: ProjectionLock,
  ) {
    this.caughtUpOnce = new Promise<void>((resolve, reject) => {
      this.markCaughtUp = resolve;
      this.markFailed = reject;
    });
    this.caughtUpOnce.catch(() => undefined);
  }

  private get logger(): ProjectionLogger {
    return this.options.logger ?? consoleLogger;
  }

  start(): void {
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.subscription?.stop();
    await this.running;
  }

  status(): ProjectionStatus {
    return {
      name: this.projection.name,
      version: this.projection.version,
      state: this.state,
      position: this.position,
      caughtUp: this.caughtUp,
      appliedEvents: this.appliedEvents,
      lastError: this.lastError,
    };
  }

  private async run(): Promise<void> {
    const { name } = this.projection;
    try {
      this.state = 'waiting_for_lock';
      if (!(await this.acquireLock())) return;
      this.keepLockAlive();
      await this.prepare();
      if (this.abort.signal.aborted) return;
      await this.follow();
    } catch (error) {
      this.state = 'failed';
      this.lastError = describe(error);
      this.markFailed(error);
      this.logger.error(
        `Phép chiếu "${name}" đã dừng do lỗi / Projection "${name}" stopped on an error at ${this.position ?? 'start'}: ${this.lastError}`,
      );
    } finally {
      clearInterval(this.heartbeat);
      if (this.state !== 'failed') this.state = 'stopped';
      await this.lock.release(name).catch(() => undefined);
    }
  }

  private async acquireLock(): Promise<boolean> {
    const retryMs = this.options.lockRetryMs ?? 1000;
    let logged = false;
    while (!this.abort.signal.aborted) {
      if (await this.lock.tryAcquire(this.projection.name)) return true;
      if (!logged) {
        logged = true;
        this.logger.log(`Projection "${this.projection.name}" is active elsewhere; waiting for its lock`);
      }
      await sleep(retryMs, this.abort.signal);
    }
    return false;
  }

  private keepLockAlive(): void {
    const every = Math.max(50, Math.floor((this.options.leaseTtlMs ?? 15_000) / 3));
    this.heartbeat = setInterval(() => {
      this.lock.stillHeld(this.projection.name).then(
        (held) => {
          if (!held) this.loseLock(new Error(`lost the lock of projection "${this.projection.name}"`));
        },
        (error: unknown) => this.loseLock(error),
      );
    }, every);
  }

  private loseLock(error: unknown): void {
    clearInterval(this.heartbeat);
    this.lastError = describe(error);
    // Stopping the subscription ends `follow`; the checkpoint condition fences any batch in flight.
    void this.subscription?.stop();
    this.abort.abort();
  }

  /** Rebuild when the stored version differs (or nothing is stored), else apply new migrations. */
  private async prepare(): Promise<void> {
    const { database, store } = this.options;
    const stored = await readCheckpoint(database.db, this.projection.name);
    if (!stored || stored.version !== this.projection.version) {
      this.state = 'rebuilding';
      if (stored) {
        this.logger.log(
          `Rebuilding projection "${this.projection.name}": version ${stored.version} → ${this.projection.version}`,
        );
      }
      const startedAt = Date.now();
      const result = await rebuildProjection(store, database, this.projection, {
        batchSize: this.options.batchSize,
        onProgress: (progress) => this.options.onRebuildProgress?.(this.projection.name, progress),
      });
      this.logger.log(
        `Rebuilt projection "${this.projection.name}" v${this.projection.version}: ${result.events} events in ${Date.now() - startedAt} ms`,
      );
      this.appliedEvents += result.events;
      this.position = result.position;
      return;
    }
    await migrateProjection(database, this.projection);
    this.position = stored.position;
  }

  private async follow(): Promise<void> {
    const { database, store } = this.options;
    const { name, version, filter } = this.projection;
    this.state = 'catching_up';
    this.subscription = store.subscribeToAll({
      from: this.position ?? undefined,
      filter,
      batchSize: this.options.batchSize,
      pollIntervalMs: this.options.pollIntervalMs,
      onEvents: async (events, lastPosition) => {
        const from = this.position!;
        await database.db.transaction().execute(async (trx) => {
          await advanceCheckpoint(trx, name, version, from, lastPosition);
          if (events.length > 0) await this.projection.apply(trx, events);
        });
        this.position = lastPosition;
        this.appliedEvents += events.length;
      },
      onCaughtUp: () => {
        this.caughtUp = true;
        this.state = 'live';
        this.markCaughtUp();
      },
    });
    // stop() may have raced with the subscription's creation.
    if (this.abort.signal.aborted) await this.subscription.stop();
    await this.subscription.done;
    if (this.lastError) throw new Error(this.lastError);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, abort: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (abort.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      abort.removeEventListener('abort', done);
      resolve();
    }
    abort.addEventListener('abort', done, { once: true });
  });
}
