import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { PoolClient } from 'pg';
import type { Database, ReadModelDb } from '@vieclam/platform/database';
import { LEASE_TABLE } from './checkpoints';

/** Keeps one active instance per projection across processes. */
export interface ProjectionLock {
  /** Tries once; true when this instance now holds the lock for `name`. */
  tryAcquire(name: string): Promise<boolean>;
  /** Confirms (and, for a lease, renews) the hold; false when it was lost. */
  stillHeld(name: string): Promise<boolean>;
  release(name: string): Promise<void>;
  /** Releases everything. */
  close(): Promise<void>;
}

/** Namespace key of our advisory locks ("proj"), so they cannot collide with other users' locks. */
const ADVISORY_NAMESPACE = 0x70726f6a;

/**
 * PostgreSQL session advisory locks, all held on one dedicated connection for the runner's
 * lifetime; when the process dies the server drops the connection and the locks with it.
 */
export class PostgresAdvisoryLock implements ProjectionLock {
  private client?: Promise<PoolClient>;
  private broken = false;
  private readonly held = new Set<string>();

  constructor(private readonly database: Database) {
    if (!database.pool) throw new Error('PostgresAdvisoryLock needs a PostgreSQL database');
  }

  private connection(): Promise<PoolClient> {
    this.client ??= this.database.pool!.connect().then((client) => {
      client.on('error', () => {
        this.broken = true;
      });
      return client;
    });
    return this.client;
  }

  async tryAcquire(name: string): Promise<boolean> {
    if (this.broken) return false;
    if (this.held.has(name)) return true;
    const client = await this.connection();
    const result = await client.query<{ ok: boolean }>(
      'select pg_try_advisory_lock($1, hashtext($2)) as ok',
      [ADVISORY_NAMESPACE, name],
    );
    if (result.rows[0]?.ok) this.held.add(name);
    return this.held.has(name);
  }

  async stillHeld(name: string): Promise<boolean> {
    return !this.broken && this.held.has(name);
  }

  async release(name: string): Promise<void> {
    if (!this.held.delete(name) || this.broken) return;
    const client = await this.connection();
    await client.query('select pg_advisory_unlock($1, hashtext($2))', [ADVISORY_NAMESPACE, name]);
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.held.clear();
    // Destroying the connection releases every session lock it holds.
    if (client) (await client).release(true);
  }
}

export interface SqliteLeaseOptions {
  /** Identifies this process; default host:pid:random. */
  owner?: string;
  /** A lease not renewed for this long may be taken over (default 15 s). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * SQLite has no session locks that survive across processes sharing a file, so one instance holds
 * a lease row (owner + expiry) and renews it by heartbeat; another process takes it over only
 * after it expired.
 */
export class SqliteLease implements ProjectionLock {
  readonly owner: string;
  readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: ReadModelDb,
    options: SqliteLeaseOptions = {},
  ) {
    this.owner = options.owner ?? defaultOwner();
    this.ttlMs = options.ttlMs ?? 15_000;
    this.now = options.now ?? Date.now;
  }

  async tryAcquire(name: string): Promise<boolean> {
    const now = this.now();
    await sql`
      insert into ${sql.table(LEASE_TABLE)} (name, owner, expires_at)
      values (${name}, ${this.owner}, ${now + this.ttlMs})
      on conflict (name) do update set owner = excluded.owner, expires_at = excluded.expires_at
      where ${sql.ref(`${LEASE_TABLE}.expires_at`)} < ${now} or ${sql.ref(`${LEASE_TABLE}.owner`)} = excluded.owner
    `.execute(this.db);
    const row = await this.db
      .selectFrom(LEASE_TABLE)
      .select('owner')
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.owner === this.owner;
  }

  async stillHeld(name: string): Promise<boolean> {
    const result = await this.db
      .updateTable(LEASE_TABLE)
      .set({ expires_at: this.now() + this.ttlMs })
      .where('name', '=', name)
      .where('owner', '=', this.owner)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async release(name: string): Promise<void> {
    await this.db.deleteFrom(LEASE_TABLE).where('name', '=', name).where('owner', '=', this.owner).execute();
  }

  async close(): Promise<void> {
    await this.db.deleteFrom(LEASE_TABLE).where('owner', '=', this.owner).execute();
  }
}

function defaultOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}
