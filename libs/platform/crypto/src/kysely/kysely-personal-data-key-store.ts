import { SqliteAdapter, sql, type Kysely } from 'kysely';
import type { DataKeyLookup, PersonalDataKeyStore, StoredDataKey } from '../personal-data-key-store.port';
import { migratePersonalDataKeys } from './personal-data-keys.migrations';

interface PiiDataKeysTable {
  subject_id: string;
  wrapped_key: string | null;
  master_key_id: string | null;
  created_at: string;
  erased_at: string | null;
}

interface CryptoTables {
  pii_data_keys: PiiDataKeysTable;
}

/** `pii_data_keys` on SQLite (better-sqlite3) or PostgreSQL, through Kysely. */
export class KyselyPersonalDataKeyStore implements PersonalDataKeyStore {
  private readonly db: Kysely<CryptoTables>;
  private readonly sqlite: boolean;

  private constructor(db: Kysely<CryptoTables>) {
    this.db = db;
    this.sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  }

  /** Runs the migrations, then returns the store. The caller owns (and closes) `db`. */
  static async create<DB>(db: Kysely<DB>): Promise<KyselyPersonalDataKeyStore> {
    await migratePersonalDataKeys(db);
    const store = new KyselyPersonalDataKeyStore(db as unknown as Kysely<CryptoTables>);
    // Without it a deleted row's bytes stay in the SQLite file's free pages.
    if (store.sqlite) await sql`PRAGMA secure_delete = ON`.execute(db);
    return store;
  }

  async find(subjectId: string): Promise<DataKeyLookup> {
    const row = await this.db
      .selectFrom('pii_data_keys')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .executeTakeFirst();
    if (!row) return { status: 'absent' };
    if (row.erased_at !== null || row.wrapped_key === null || row.master_key_id === null) {
      return { status: 'erased', erasedAt: row.erased_at ?? row.created_at };
    }
    return { status: 'active', key: toStoredDataKey(row) };
  }

  async insertIfAbsent(key: StoredDataKey): Promise<void> {
    await this.db
      .insertInto('pii_data_keys')
      .values({
        subject_id: key.subjectId,
        wrapped_key: key.wrappedKey,
        master_key_id: key.masterKeyId,
        created_at: key.createdAt,
        erased_at: null,
      })
      .onConflict((conflict) => conflict.column('subject_id').doNothing())
      .execute();
  }

  async erase(subjectId: string, erasedAt: string): Promise<void> {
    await this.db
      .insertInto('pii_data_keys')
      .values({
        subject_id: subjectId,
        wrapped_key: null,
        master_key_id: null,
        created_at: erasedAt,
        erased_at: erasedAt,
      })
      .onConflict((conflict) =>
        conflict.column('subject_id').doUpdateSet({
          wrapped_key: null,
          master_key_id: null,
          erased_at: sql<string>`coalesce(pii_data_keys.erased_at, excluded.erased_at)`,
        }),
      )
      .execute();
    // The WAL still holds the page with the old key until a checkpoint; truncate it (best effort:
    // a checkpoint cannot finish while another connection is reading).
    if (this.sqlite) await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(this.db);
  }

  async listWrappedBy(
    masterKeyId: string,
    page: { afterSubjectId?: string; limit: number },
  ): Promise<StoredDataKey[]> {
    let query = this.db
      .selectFrom('pii_data_keys')
      .selectAll()
      .where('master_key_id', '=', masterKeyId)
      .where('erased_at', 'is', null)
      .where('wrapped_key', 'is not', null);
    if (page.afterSubjectId !== undefined) query = query.where('subject_id', '>', page.afterSubjectId);
    const rows = await query.orderBy('subject_id').limit(page.limit).execute();
    return rows.map(toStoredDataKey);
  }

  async replaceWrappedKey(
    subjectId: string,
    expectedWrappedKey: string,
    replacement: { wrappedKey: string; masterKeyId: string },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('pii_data_keys')
      .set({ wrapped_key: replacement.wrappedKey, master_key_id: replacement.masterKeyId })
      .where('subject_id', '=', subjectId)
      .where('wrapped_key', '=', expectedWrappedKey)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

function toStoredDataKey(row: PiiDataKeysTable): StoredDataKey {
  if (row.wrapped_key === null || row.master_key_id === null) {
    throw new Error(`pii_data_keys row ${row.subject_id} has no key`);
  }
  return {
    subjectId: row.subject_id,
    wrappedKey: row.wrapped_key,
    masterKeyId: row.master_key_id,
    createdAt: row.created_at,
  };
}
