import { Queue } from 'bullmq';
import { jobQueueContract, sleep, waitFor } from '../testing/job-queue.contract';
import {
  assertRedisReachable,
  deleteKeysWithPrefix,
  REDIS_TEST_URL,
  uniqueRedisPrefix,
} from '../testing/redis-test-support';
import { BullMqJobQueue } from './bullmq-job-queue';
import { redisOptionsFromUrl } from './redis-connection';

const prefix = uniqueRedisPrefix();
let queueCounter = 0;
const nextQueueName = () => `jobs-${++queueCounter}`;

beforeAll(async () => {
  await assertRedisReachable();
});

afterAll(async () => {
  await deleteKeysWithPrefix(prefix);
});

/** Obliterates a closed queue's keys through a short-lived second connection. */
async function obliterate(queueName: string): Promise<void> {
  const queue = new Queue(queueName, { connection: redisOptionsFromUrl(REDIS_TEST_URL), prefix });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
}

jobQueueContract('BullMQ on Redis', {
  create: async (retry) =>
    BullMqJobQueue.connect({
      redisUrl: REDIS_TEST_URL,
      prefix,
      queueName: nextQueueName(),
      runWorker: true,
      retry,
    }),
  destroy: async (queue) => obliterate((queue as BullMqJobQueue).bullQueue.name),
});

describe('BullMqJobQueue across processes', () => {
  it('runs in the worker instance the jobs another instance enqueued, and never in the enqueuing one', async () => {
    const queueName = nextQueueName();
    const api = BullMqJobQueue.connect({ redisUrl: REDIS_TEST_URL, prefix, queueName, runWorker: false });
    const worker = BullMqJobQueue.connect({ redisUrl: REDIS_TEST_URL, prefix, queueName, runWorker: true });
    const ranInApi: string[] = [];
    const ranInWorker: string[] = [];
    // Both processes register the same processors; only the worker runs them.
    api.process('export.csv', async (job) => {
      ranInApi.push(job.id);
    });
    worker.process('export.csv', async (job) => {
      ranInWorker.push(job.id);
    });
    try {
      const ids = ['export-a', 'export-b', 'export-c'];
      for (const jobId of ids) await api.enqueue('export.csv', { commune: '12345' }, { jobId });
      await api.enqueue('export.csv', { commune: '12345' }, { jobId: 'export-a' });
      await waitFor(() => ranInWorker.length === ids.length, 'the worker to run every job');
      await sleep(100);

      expect([...ranInWorker].sort()).toEqual(ids);
      expect(ranInApi).toEqual([]);
      expect(await api.getJob('export-b')).toMatchObject({ state: 'completed' });
    } finally {
      await api.close();
      await worker.close();
      await obliterate(queueName);
    }
  });

  it('keeps finished jobs in Redis for the de-duplication window, then forgets them', async () => {
    const queueName = nextQueueName();
    const queue = BullMqJobQueue.connect({
      redisUrl: REDIS_TEST_URL,
      prefix,
      queueName,
      runWorker: true,
      retention: { completedAgeSeconds: 3600, completedCount: 2, failedAgeSeconds: 3600 },
    });
    const runs: string[] = [];
    queue.process('n', async (job) => {
      runs.push(job.id);
    });
    try {
      for (const jobId of ['keep-a', 'keep-b', 'keep-c']) {
        await queue.enqueue('n', {}, { jobId });
        await waitFor(async () => (await queue.getJob(jobId))?.state === 'completed', jobId);
      }
      expect(await queue.getJob('keep-a')).toBeUndefined();
      expect(await queue.getJob('keep-c')).toMatchObject({ state: 'completed' });
      expect(runs).toEqual(['keep-a', 'keep-b', 'keep-c']);
    } finally {
      await queue.close();
      await obliterate(queueName);
    }
  });
});
