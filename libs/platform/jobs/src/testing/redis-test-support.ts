/**
 * Redis for the jobs integration tests: fail loudly with the start-it hint when it is down, and a
 * key prefix per run so parallel runs and other engineers' tests never see each other's queues.
 */
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { REDIS_HINT, REDIS_TEST_URL } from '@vieclam/platform/testing';
import { redisOptionsFromUrl } from '../bullmq/redis-connection';

export { REDIS_TEST_URL };

export function uniqueRedisPrefix(): string {
  return `vltest-${randomBytes(4).toString('hex')}`;
}

function client(url: string): Redis {
  return new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: () => null,
  });
}

export async function assertRedisReachable(url = REDIS_TEST_URL): Promise<void> {
  const redis = client(url);
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`${REDIS_HINT} (${(error as Error).message})`);
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under `prefix:`; resolves to how many there were. */
export async function deleteKeysWithPrefix(prefix: string, url = REDIS_TEST_URL): Promise<number> {
  const redis = client(url);
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
