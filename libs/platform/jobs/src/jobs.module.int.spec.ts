import { Test } from '@nestjs/testing';
import { BullMqJobQueue } from './bullmq/bullmq-job-queue';
import type { JobQueue } from './job-queue.port';
import { JOB_QUEUE, JobsModule } from './jobs.module';
import { waitFor } from './testing/job-queue.contract';
import {
  assertRedisReachable,
  deleteKeysWithPrefix,
  REDIS_TEST_URL,
  uniqueRedisPrefix,
} from './testing/redis-test-support';

const prefix = uniqueRedisPrefix();

beforeAll(async () => {
  await assertRedisReachable();
});

afterAll(async () => {
  await deleteKeysWithPrefix(prefix);
});

async function startApp(runWorker: boolean) {
  const moduleRef = await Test.createTestingModule({
    imports: [JobsModule.forRoot({ redisUrl: REDIS_TEST_URL, prefix, queueName: 'module-test', runWorker })],
  }).compile();
  return moduleRef.init();
}

describe('JobsModule with Redis', () => {
  it('wires BullMQ through @nestjs/bullmq: the API app enqueues, the worker app runs, both close cleanly', async () => {
    const api = await startApp(false);
    const worker = await startApp(true);
    const apiQueue = api.get<JobQueue>(JOB_QUEUE);
    const workerQueue = worker.get<JobQueue>(JOB_QUEUE);
    expect(apiQueue).toBeInstanceOf(BullMqJobQueue);

    const ran: string[] = [];
    workerQueue.process('report.draft', async (job) => {
      ran.push(job.id);
    });
    await apiQueue.enqueue('report.draft', { month: '2026-03' }, { jobId: 'draft-2026-03' });
    await waitFor(() => ran.length === 1, 'the worker app to run the job');
    expect(await apiQueue.getJob('draft-2026-03')).toMatchObject({ state: 'completed' });

    await (apiQueue as BullMqJobQueue).bullQueue.obliterate({ force: true });
    await api.close();
    await worker.close();
    for (const queue of [apiQueue, workerQueue]) {
      expect(await (queue as BullMqJobQueue).bullQueue.client.then((c) => c.status)).toBe('end');
    }
  });
});
