import { migrateToLatest } from '@vieclam/platform/database';
import type { Kysely, Migration } from 'kysely';

export const CRYPTO_MIGRATION_TABLE = 'kysely_migration_crypto';

/**
 * Tombstones keep `subject_id` and `erased_at` with the key columns NULL, so an erased person never
 * gets a new key (a late event cannot resurrect them) and "erased" can be cached forever.
 */
export const personalDataKeyMigrations: Record<string, Migration> = {
  '2026_11_28_001_pii_data_keys': {
    async up(db): Promise<void> {
      await db.schema
        .createTable('pii_data_keys')
        .ifNotExists()
        .addColumn('subject_id', 'text', (column) => column.primaryKey())
        .addColumn('wrapped_key', 'text')
        .addColumn('master_key_id', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('erased_at', 'text')
        .execute();
      await db.schema
        .createIndex('pii_data_keys_master_key_id')
        .ifNotExists()
        .on('pii_data_keys')
        .columns(['master_key_id', 'subject_id'])
        .execute();
    },
    async down(db): Promise<void> {
      await db.schema.dropTable('pii_data_keys').ifExists().execute();
    },
  },
};

/** Creates or upgrades `pii_data_keys`; the crypto library keeps its own migration table. */
export async function migratePersonalDataKeys<DB>(db: Kysely<DB>): Promise<void> {
  await migrateToLatest(db, {
    migrationTableName: CRYPTO_MIGRATION_TABLE,
    migrations: personalDataKeyMigrations,
  });
}
