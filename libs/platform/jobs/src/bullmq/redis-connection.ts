import type { RedisOptions } from 'ioredis';

/**
 * `REDIS_URL` (`redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS) as the ioredis
 * options BullMQ takes. Options rather than a shared client so that every Queue and Worker owns,
 * and closes, its own connections.
 */
export function redisOptionsFromUrl(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(
      `REDIS_URL phải bắt đầu bằng redis:// / REDIS_URL must start with redis:// (got ${url.protocol})`,
    );
  }
  const db = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; it requires this to be null on their connections.
    maxRetriesPerRequest: null,
  };
}
