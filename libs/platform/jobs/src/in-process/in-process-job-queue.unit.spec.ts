import { jobQueueContract, waitFor } from '../testing/job-queue.contract';
import { InProcessJobQueue } from './in-process-job-queue';

jobQueueContract('in-process', { create: async (retry) => new InProcessJobQueue({ retry }) });

describe('InProcessJobQueue', () => {
  it('forgets the oldest finished job ids beyond its bound, so memory stays bounded', async () => {
    const queue = new InProcessJobQueue({ keepFinished: 2 });
    const runs: string[] = [];
    queue.process('n', async (job) => {
      runs.push(job.id);
    });
    for (const id of ['job-a', 'job-b', 'job-c']) await queue.enqueue('n', {}, { jobId: id });
    await waitFor(async () => (await queue.getJob('job-c'))?.state === 'completed', 'job-c');

    expect(await queue.getJob('job-a')).toBeUndefined();
    expect(await queue.getJob('job-b')).toMatchObject({ state: 'completed' });
    await queue.close();
  });

  it('runs jobs of one name one at a time, in order', async () => {
    const queue = new InProcessJobQueue();
    let running = 0;
    let maxRunning = 0;
    const order: number[] = [];
    queue.process<{ n: number }>('serial', async (job) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(job.data.n);
      running -= 1;
    });
    const ns = [1, 2, 3, 4, 5];
    for (const n of ns) await queue.enqueue('serial', { n }, { jobId: `serial-${n}-x` });
    await waitFor(() => order.length === ns.length, 'all jobs');

    expect(order).toEqual(ns);
    expect(maxRunning).toBe(1);
    await queue.close();
  });

  it('keeps a monthly cron schedule armed beyond the 24.8-day limit of a single timer', async () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T00:00:00.000+07:00') });
    try {
      const queue = new InProcessJobQueue();
      const runs: string[] = [];
      queue.process('report.draft-monthly', async (job) => {
        runs.push(job.id);
      });
      await queue.schedule(
        'draft-monthly-reports',
        { pattern: '0 0 1 * *', tz: 'Asia/Ho_Chi_Minh' },
        'report.draft-monthly',
        {},
      );
      await jest.advanceTimersByTimeAsync(30 * 24 * 3600 * 1000);
      expect(runs).toEqual([]);
      await jest.advanceTimersByTimeAsync(2 * 24 * 3600 * 1000);
      await jest.runOnlyPendingTimersAsync();
      expect(runs).toEqual([
        `schedule--draft-monthly-reports--${Date.parse('2026-04-01T00:00:00.000+07:00')}`,
      ]);
      await queue.close();
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses work after close', async () => {
    const queue = new InProcessJobQueue();
    await queue.close();
    await expect(queue.enqueue('x', {}, { jobId: 'after-close' })).rejects.toThrow(/closed/);
  });
});
