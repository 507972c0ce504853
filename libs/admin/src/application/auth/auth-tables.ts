/**
 * Tables of the auth state that is not a fact worth an event: refresh tokens (hashed) and the
 * per-account failure counter. Both are plain tables with their own migrations.
 */
import type { Migration } from 'kysely';
import { migrateToLatest, type ReadModelDb } from '@vieclam/platform/database';
import type { LoginAttempts } from './login-throttle';
import type { StoredRefreshToken } from './refresh-token-rotation';

const migrations: Record<string, Migration> = {
  '001_auth_tables': {
    async up(db) {
      await db.schema
        .createTable('admin_refresh_tokens')
        .ifNotExists()
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('family_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('rotated_at', 'bigint')
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('admin_refresh_tokens_family')
        .ifNotExists()
        .on('admin_refresh_tokens')
        .column('family_id')
        .execute();
      await db.schema
        .createTable('admin_login_attempts')
        .ifNotExists()
        .addColumn('username', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'bigint')
        .execute();
    },
  },
};

export async function migrateAuthTables(db: ReadModelDb): Promise<void> {
  await migrateToLatest(db, { migrationTableName: 'admin_auth_migrations', migrations });
}

// PostgreSQL returns bigint as a string.
const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export class RefreshTokenTable {
  constructor(private readonly db: ReadModelDb) {}

  async find(id: string): Promise<StoredRefreshToken | undefined> {
    const row = await this.db
      .selectFrom('admin_refresh_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: String(row.id),
      familyId: String(row.family_id),
      userId: String(row.user_id),
      tokenHash: String(row.token_hash),
      expiresAt: num(row.expires_at),
      rotatedAt: numOrNull(row.rotated_at),
      revokedAt: numOrNull(row.revoked_at),
    };
  }

  async insert(token: Omit<StoredRefreshToken, 'rotatedAt' | 'revokedAt'>, now: number): Promise<void> {
    await this.db
      .insertInto('admin_refresh_tokens')
      .values({
        id: token.id,
        family_id: token.familyId,
        user_id: token.userId,
        token_hash: token.tokenHash,
        created_at: now,
        expires_at: token.expiresAt,
        rotated_at: null,
        revoked_at: null,
      })
      .execute();
  }

  /** Marks `id` rotated only if it still is not: of two racing refreshes, one wins. */
  async markRotated(id: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('admin_refresh_tokens')
      .set({ rotated_at: now })
      .where('id', '=', id)
      .where('rotated_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async revokeFamily(familyId: string, now: number): Promise<void> {
    await this.db
      .updateTable('admin_refresh_tokens')
      .set({ revoked_at: now })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async revokeUser(userId: string, now: number): Promise<void> {
    await this.db
      .updateTable('admin_refresh_tokens')
      .set({ revoked_at: now })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}

export class LoginAttemptsTable {
  constructor(private readonly db: ReadModelDb) {}

  async find(username: string): Promise<LoginAttempts | undefined> {
    const row = await this.db
      .selectFrom('admin_login_attempts')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      windowStart: num(row.window_start),
      failures: num(row.failures),
      lockedUntil: numOrNull(row.locked_until),
    };
  }

  async save(username: string, attempts: LoginAttempts): Promise<void> {
    const values = {
      window_start: attempts.windowStart,
      failures: attempts.failures,
      locked_until: attempts.lockedUntil,
    };
    await this.db
      .insertInto('admin_login_attempts')
      .values({ username, ...values })
      .onConflict((oc) => oc.column('username').doUpdateSet(values))
      .execute();
  }

  async clear(username: string): Promise<void> {
    await this.db.deleteFrom('admin_login_attempts').where('username', '=', username).execute();
  }
}
