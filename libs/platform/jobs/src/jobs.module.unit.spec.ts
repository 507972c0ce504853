import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { InProcessJobQueue } from './in-process/in-process-job-queue';
import type { JobQueue } from './job-queue.port';
import { IN_PROCESS_NOTICE, JOB_QUEUE, JobsModule } from './jobs.module';
import { waitFor } from './testing/job-queue.contract';

describe('JobsModule without Redis', () => {
  it('provides the in-process queue, says so once, runs jobs and closes the queue on shutdown', async () => {
    const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      const start = async () => {
        const moduleRef = await Test.createTestingModule({
          imports: [JobsModule.forRoot({ runWorker: false })],
        }).compile();
        return moduleRef.init();
      };
      const app = await start();
      const queue = app.get<JobQueue>(JOB_QUEUE);
      expect(queue).toBeInstanceOf(InProcessJobQueue);

      const seen: unknown[] = [];
      queue.process('hello', async (job) => {
        seen.push(job.data);
      });
      await queue.enqueue('hello', { xin: 'chào' }, { jobId: 'hello-1' });
      await waitFor(() => seen.length === 1, 'the job');
      expect(seen).toEqual([{ xin: 'chào' }]);

      await app.close();
      await expect(queue.enqueue('hello', {}, { jobId: 'hello-2' })).rejects.toThrow(/closed/);

      const second = await start();
      await second.close();
      const notices = logged.mock.calls.filter(([message]) => message === IN_PROCESS_NOTICE);
      expect(notices).toHaveLength(1);
    } finally {
      logged.mockRestore();
    }
  });
});
