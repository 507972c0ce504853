/**
 * The daily job on BullMQ (server mode) with the real Redis of the machine: the schedule is declared
 * as a BullMQ job scheduler and a run enqueued with an injected today marks the overdue instalment.
 * Own key prefix on db 15, removed afterwards.
 */
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { BullMqJobQueue } from '@vieclam/platform/jobs';
import { setUpMarkOverdueJob } from './testing/mark-overdue-job.fixture';
import { MARK_OVERDUE_JOB, MARK_OVERDUE_SCHEDULE } from './mark-overdue.job';

const REDIS_URL = 'redis://127.0.0.1:6379/15';
jest.setTimeout(30_000);

describe('loans:mark-overdue on BullMQ', () => {
  const prefix = `vltest-loans-${randomUUID().slice(0, 8)}`;
  let queue: BullMqJobQueue;

  beforeAll(async () => {
    const probe = new Redis(REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    try {
      await probe.connect();
      await probe.ping();
    } catch (error) {
      throw new Error(`Redis is not reachable at ${REDIS_URL}: ${(error as Error).message}`);
    } finally {
      probe.disconnect();
    }
    queue = BullMqJobQueue.connect({ redisUrl: REDIS_URL, prefix, runWorker: true });
  });

  afterAll(async () => {
    if (!queue) return;
    await queue.bullQueue.obliterate({ force: true });
    await queue.close();
  });

  it('declares the daily schedule and marks the overdue instalment when run with an injected today', async () => {
    const { job, openLoan, overdueEvents } = await setUpMarkOverdueJob(queue);
    await job.onModuleInit();
    const schedulers = await queue.bullQueue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({
        key: MARK_OVERDUE_SCHEDULE,
        name: MARK_OVERDUE_JOB,
        pattern: '30 0 * * *',
        tz: 'Asia/Ho_Chi_Minh',
      }),
    ]);

    await openLoan('l1', 12_000_000);
    const id = await queue.enqueue(MARK_OVERDUE_JOB, { today: '2025-04-11' }, { jobId: 'loans-test-0411' });
    for (let i = 0; i < 200 && (await queue.getJob(id))?.state !== 'completed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((await queue.getJob(id))?.state).toBe('completed');
    expect(
      (await overdueEvents('l1')).map((event) => [event.data.instalmentNumber, event.data.overdueSince]),
    ).toEqual([[1, '2025-04-11']]);
  });
});
