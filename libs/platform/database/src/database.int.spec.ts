import Database from 'better-sqlite3';
import { sql, type Migration } from 'kysely';
import { createTestDatabase } from '@vieclam/platform/testing';
import { createDatabase, migrateToLatest, MigrationFailed, type DatabaseConfig } from './index';

const migrations: Record<string, Migration> = {
  '001_create_villages': {
    up: async (db) => {
      await db.schema
        .createTable('villages')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '002_add_households': {
    up: async (db) => {
      await db.schema.alterTable('villages').addColumn('households', 'integer').execute();
    },
  },
};

const broken: Record<string, Migration> = {
  ...migrations,
  '003_broken': { up: async (db) => void (await sql`select * from no_such_table`.execute(db)) },
};

function suite(
  kind: 'sqlite' | 'postgres',
  config: () => Promise<{ config: DatabaseConfig; cleanup(): Promise<void> }>,
) {
  describe(`database on ${kind}`, () => {
    let cleanup: () => Promise<void>;
    let database: ReturnType<typeof createDatabase>;
    beforeAll(async () => {
      const made = await config();
      cleanup = made.cleanup;
      database = createDatabase(made.config);
    });
    afterAll(async () => {
      await database.close();
      await cleanup();
    });

    it('runs pending migrations once, in name order, and the tables work', async () => {
      const first = await migrateToLatest(database.db, { migrationTableName: 'test_migrations', migrations });
      expect(first).toEqual(Object.keys(migrations));
      const again = await migrateToLatest(database.db, { migrationTableName: 'test_migrations', migrations });
      expect(again).toEqual([]);

      await database.db
        .insertInto('villages')
        .values({ code: 'T01', name: 'Thôn Đông', households: 212 })
        .execute();
      const rows = await database.db.selectFrom('villages').selectAll().execute();
      expect(rows).toEqual([{ code: 'T01', name: 'Thôn Đông', households: 212 }]);
      expect(database.kind).toBe(kind);
    });

    it('throws a clear error naming the migration that failed', async () => {
      const attempt = migrateToLatest(database.db, {
        migrationTableName: 'test_migrations',
        migrations: broken,
      });
      await expect(attempt).rejects.toBeInstanceOf(MigrationFailed);
      await expect(
        migrateToLatest(database.db, { migrationTableName: 'test_migrations', migrations: broken }),
      ).rejects.toThrow(/Migration failed \(test_migrations: 003_broken\)/);
    });
  });
}

suite('sqlite', async () => {
  const sqlite = new Database(':memory:');
  return {
    config: { kind: 'sqlite', sqlite },
    cleanup: async () => {
      // createDatabase never closes a connection it was given.
      expect(sqlite.open).toBe(true);
      sqlite.close();
    },
  };
});

suite('postgres', async () => {
  const pg = await createTestDatabase('vieclam_db_test');
  return { config: { kind: 'postgres', connectionString: pg.url }, cleanup: pg.drop };
});
