/**
 * Real PostgreSQL and Redis for integration tests (never mocks). Databases are named `*_test`,
 * created fresh by the test and dropped after it, so a run can be repeated.
 * When a service is unreachable the test fails with a message saying how to start it.
 */
import { Client } from 'pg';

export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_TEST_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

const PG_HINT =
  'PostgreSQL is not reachable on 127.0.0.1:5432. Start it with: ' +
  'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';
export const REDIS_HINT =
  'Redis is not reachable on 127.0.0.1:6379. Start it with: redis-server --daemonize yes --bind 127.0.0.1 -::1 ' +
  '--port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log';

function urlFor(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates an empty database `<name>` (dropping a leftover one) and returns its URL plus a `drop`.
 * The name must contain `test`.
 */
export async function createTestDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!/^[a-z0-9_]*test[a-z0-9_]*$/.test(name))
    throw new Error(`Test database name must contain "test": ${name}`);
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`${PG_HINT} (${(error as Error).message})`);
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: urlFor(name),
    drop: async () => {
      const c = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
