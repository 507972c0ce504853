import { migrateToLatest, type ReadModelDb } from '@vieclam/platform/database';
import type { ExpressionBuilder, Kysely, Migration } from 'kysely';
import {
  DEFAULT_IDEMPOTENCY_LEASE_MS,
  DEFAULT_IDEMPOTENCY_TTL_MS,
  type IdempotencyClaim,
  type IdempotencyStore,
  type IdempotencyTimings,
  type IdempotentRequest,
  type StoredResponse,
} from './idempotency-store';

export const COMMAND_HANDLING_MIGRATION_TABLE = 'kysely_migration_command_handling';

interface IdempotencyKeysTable {
  idempotency_key: string;
  user_id: string;
  method: string;
  path: string;
  request_hash: string;
  /** `in_progress` until the response is stored, then `completed`. */
  status: string;
  response_status: number | null;
  response_body: string | null;
  /** ISO timestamps: they compare correctly as text on both SQLite and PostgreSQL. */
  locked_until: string;
  expires_at: string;
}

interface Tables {
  http_idempotency_keys: IdempotencyKeysTable;
}

export const commandHandlingMigrations: Record<string, Migration> = {
  '2026_11_28_001_http_idempotency_keys': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('http_idempotency_keys')
        .ifNotExists()
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('response_status', 'integer')
        .addColumn('response_body', 'text')
        .addColumn('locked_until', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('http_idempotency_keys_pk', ['idempotency_key', 'user_id', 'method', 'path'])
        .execute();
      await db.schema
        .createIndex('http_idempotency_keys_expires_at')
        .ifNotExists()
        .on('http_idempotency_keys')
        .column('expires_at')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('http_idempotency_keys').ifExists().execute();
    },
  },
};

/** {@link IdempotencyStore} in the table `http_idempotency_keys`, on SQLite or PostgreSQL. */
export class KyselyIdempotencyStore implements IdempotencyStore {
  private readonly db: Kysely<Tables>;
  private readonly ttlMs: number;
  private readonly leaseMs: number;
  private readonly now: () => Date;

  private constructor(db: ReadModelDb, timings: IdempotencyTimings) {
    this.db = db;
    this.ttlMs = timings.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
    this.leaseMs = timings.leaseMs ?? DEFAULT_IDEMPOTENCY_LEASE_MS;
    this.now = timings.now ?? (() => new Date());
  }

  /** Creates the table if needed (own migration table) and returns the store. */
  static async create(db: ReadModelDb, timings: IdempotencyTimings = {}): Promise<KyselyIdempotencyStore> {
    await migrateToLatest(db, {
      migrationTableName: COMMAND_HANDLING_MIGRATION_TABLE,
      migrations: commandHandlingMigrations,
    });
    return new KyselyIdempotencyStore(db, timings);
  }

  async claim(request: IdempotentRequest): Promise<IdempotencyClaim> {
    // A claim released between our insert and our select leaves nothing to read: try again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const now = this.now();
      const nowText = now.toISOString();
      // An expired key, or a claim whose process died mid-request, no longer holds the key.
      await this.db
        .deleteFrom('http_idempotency_keys')
        .where((eb) =>
          eb.and([
            ...this.keyFilter(eb, request),
            eb.or([
              eb('expires_at', '<=', nowText),
              eb.and([eb('status', '=', 'in_progress'), eb('locked_until', '<=', nowText)]),
            ]),
          ]),
        )
        .execute();
      const inserted = await this.db
        .insertInto('http_idempotency_keys')
        .values({
          idempotency_key: request.key,
          user_id: request.userId,
          method: request.method,
          path: request.path,
          request_hash: request.requestHash,
          status: 'in_progress',
          response_status: null,
          response_body: null,
          locked_until: new Date(now.getTime() + this.leaseMs).toISOString(),
          expires_at: new Date(now.getTime() + this.ttlMs).toISOString(),
        })
        .onConflict((oc) => oc.columns(['idempotency_key', 'user_id', 'method', 'path']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { outcome: 'claimed' };

      const existing = await this.db
        .selectFrom('http_idempotency_keys')
        .select(['request_hash', 'status', 'response_status', 'response_body'])
        .where((eb) => eb.and(this.keyFilter(eb, request)))
        .executeTakeFirst();
      if (!existing) continue;
      if (existing.request_hash !== request.requestHash) return { outcome: 'payload_mismatch' };
      if (existing.status !== 'completed') return { outcome: 'in_progress' };
      return {
        outcome: 'replay',
        response: {
          statusCode: Number(existing.response_status),
          body: existing.response_body === null ? null : JSON.parse(existing.response_body),
        },
      };
    }
    return { outcome: 'in_progress' };
  }

  async complete(request: IdempotentRequest, response: StoredResponse): Promise<void> {
    await this.db
      .updateTable('http_idempotency_keys')
      .set({
        status: 'completed',
        response_status: response.statusCode,
        response_body:
          response.body === null || response.body === undefined ? null : JSON.stringify(response.body),
      })
      .where((eb) => eb.and([...this.keyFilter(eb, request), eb('request_hash', '=', request.requestHash)]))
      .execute();
  }

  async release(request: IdempotentRequest): Promise<void> {
    await this.db
      .deleteFrom('http_idempotency_keys')
      .where((eb) =>
        eb.and([
          ...this.keyFilter(eb, request),
          eb('request_hash', '=', request.requestHash),
          eb('status', '=', 'in_progress'),
        ]),
      )
      .execute();
  }

  async purgeExpired(): Promise<number> {
    const deleted = await this.db
      .deleteFrom('http_idempotency_keys')
      .where('expires_at', '<=', this.now().toISOString())
      .executeTakeFirst();
    return Number(deleted.numDeletedRows);
  }

  private keyFilter(eb: ExpressionBuilder<Tables, 'http_idempotency_keys'>, request: IdempotentRequest) {
    return [
      eb('idempotency_key', '=', request.key),
      eb('user_id', '=', request.userId),
      eb('method', '=', request.method),
      eb('path', '=', request.path),
    ];
  }
}
