import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type PostgresPool, type SqliteDatabase } from 'kysely';
import { Pool } from 'pg';

/**
 * Read models have no single static schema (each projection owns its tables), so the handle is
 * untyped; a projection may narrow it to its own table types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReadModelDb = Kysely<any>;

export type DatabaseKind = 'sqlite' | 'postgres';

export type DatabaseConfig =
  | {
      kind: 'sqlite';
      /**
       * The better-sqlite3 connection to use. In embedded mode this is the same object the SQLite
       * event store uses, so events and read models live in one file.
       */
      sqlite: BetterSqlite3.Database;
    }
  | {
      kind: 'postgres';
      connectionString?: string;
      /** An existing pool; it is not ended by `close()`. */
      pool?: Pool;
      /** Pool size when the pool is created here (default 10). */
      maxConnections?: number;
    };

/** A Kysely handle on a read-model database. */
export interface Database {
  db: ReadModelDb;
  kind: DatabaseKind;
  /** The pg pool behind `db` (PostgreSQL only), e.g. for a dedicated advisory-lock connection. */
  pool?: Pool;
  /** Destroys Kysely and ends a pool created here. Never closes a given SQLite connection or pool. */
  close(): Promise<void>;
}

/** Creates a Kysely database over SQLite (a given better-sqlite3 connection) or PostgreSQL. */
export function createDatabase(config: DatabaseConfig): Database {
  if (config.kind === 'sqlite') {
    // SqliteDialect closes the database on destroy; the caller owns the connection, so hide that.
    const sqlite = config.sqlite;
    const borrowed: SqliteDatabase = { prepare: (query) => sqlite.prepare(query), close: () => undefined };
    const db: ReadModelDb = new Kysely({ dialect: new SqliteDialect({ database: borrowed }) });
    return { db, kind: 'sqlite', close: () => db.destroy() };
  }

  if (!config.pool && !config.connectionString) {
    throw new Error('createDatabase: PostgreSQL needs a connectionString or a pool');
  }
  const ownsPool = !config.pool;
  const pool =
    config.pool ?? new Pool({ connectionString: config.connectionString, max: config.maxConnections ?? 10 });
  // An idle client whose server session ends (restart, pg_terminate_backend, DROP … FORCE) makes the
  // pool emit 'error'; unhandled, that would crash the process. The pool drops the client by itself,
  // and the next query reports any lasting problem.
  if (ownsPool) pool.on('error', () => undefined);
  // PostgresDialect ends the pool on destroy; keep a given pool alive for its owner.
  const dialectPool: PostgresPool = ownsPool ? pool : { connect: () => pool.connect(), end: async () => {} };
  const db: ReadModelDb = new Kysely({ dialect: new PostgresDialect({ pool: dialectPool }) });
  return { db, kind: 'postgres', pool, close: () => db.destroy() };
}
