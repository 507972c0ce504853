import { sql } from 'kysely';
import Redis from 'ioredis';
import type { Runtime } from './open-runtime';

export type ComponentName = 'eventStore' | 'readModels' | 'redis';

export interface ComponentHealth {
  name: ComponentName;
  up: boolean;
  /** What was checked (backend kind) and, when down, why. Never a URL: it may hold a password. */
  details: Record<string, string>;
}

const CHECK_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function probe(
  name: ComponentName,
  details: Record<string, string>,
  check: () => Promise<unknown>,
): Promise<ComponentHealth> {
  try {
    await withTimeout(check(), name);
    return { name, up: true, details };
  } catch (error) {
    return { name, up: false, details: { ...details, message: (error as Error).message } };
  }
}

/** A fresh connection per check: a long-lived client would hide a Redis that went away behind retries. */
export async function pingRedis(redisUrl: string): Promise<void> {
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: CHECK_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined); // reported through the rejected connect/ping instead
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}

/**
 * Checks each real component with a cheap operation: a read of one (empty) stream, `select 1` on
 * the read models, a Redis ping when Redis is configured.
 */
export async function checkRuntime(runtime: Runtime): Promise<ComponentHealth[]> {
  const checks = [
    probe('eventStore', { backend: runtime.eventStoreBackend }, () =>
      runtime.eventStore.readStream('HealthCheck-probe', { maxCount: 1 }),
    ),
    probe('readModels', { backend: runtime.database.kind }, () =>
      sql`select 1 as one`.execute(runtime.database.db),
    ),
  ];
  const redisUrl = runtime.config.redisUrl;
  if (redisUrl !== undefined) checks.push(probe('redis', { backend: 'redis' }, () => pingRedis(redisUrl)));
  return Promise.all(checks);
}
