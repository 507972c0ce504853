import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { ReadModelDb } from './create-database';

export interface MigrateOptions {
  /** Each owner of tables keeps its own migration table, e.g. `jobseekers_migrations`. */
  migrationTableName: string;
  /** Default: `<migrationTableName>_lock`. */
  migrationLockTableName?: string;
  /** Applied in the order of their names. */
  migrations: Record<string, Migration>;
}

export class MigrationFailed extends Error {
  constructor(
    readonly migrationTableName: string,
    readonly migrationName: string | undefined,
    override readonly cause: unknown,
  ) {
    super(
      `Di chuyển cơ sở dữ liệu thất bại / Migration failed (${migrationTableName}` +
        `${migrationName ? `: ${migrationName}` : ''}): ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'MigrationFailed';
  }
}

/** Runs every pending migration; throws {@link MigrationFailed} naming the one that failed. */
export async function migrateToLatest(db: ReadModelDb, options: MigrateOptions): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => options.migrations };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: options.migrationTableName,
    migrationLockTableName: options.migrationLockTableName ?? `${options.migrationTableName}_lock`,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new MigrationFailed(options.migrationTableName, failed?.migrationName, error);
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
