/**
 * The one behaviour suite every {@link JobQueue} adapter passes. Call it from an adapter's spec
 * with a factory that returns a fresh, empty queue that runs its processors.
 */
import { InMemoryEventStore, newEventId, type EventToAppend } from '@vieclam/platform/event-store';
import { EventJobBridge } from '../event-job-bridge';
import { InvalidJobId, jobIdForEvent, type Job, type JobQueue, type RetryPolicy } from '../job-queue.port';

export interface JobQueueContractFixture {
  /** A fresh queue with no jobs, running its processors, using this retry policy. */
  create(retry: RetryPolicy): Promise<JobQueue>;
  /** Releases what `create` made (closing the queue is done by the suite). */
  destroy?(queue: JobQueue): Promise<void>;
}

/** Short backoff so retries finish well inside a test. */
export const FAST_RETRY: RetryPolicy = { attempts: 3, backoffMs: 50 };

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function uniqueId(label: string): string {
  return `${label}-${newEventId()}`;
}

function anEvent(type: string): EventToAppend {
  return {
    eventId: newEventId(),
    type,
    schemaVersion: 1,
    data: { note: 'Nguyễn Thị Hoa' },
    metadata: {
      occurredOn: '2026-03-15',
      actor: 'user-1',
      orgUnit: '12345',
      correlationId: newEventId(),
      causationId: null,
    },
  };
}

export function jobQueueContract(adapter: string, fixture: JobQueueContractFixture): void {
  describe(`job queue contract: ${adapter}`, () => {
    const queues: JobQueue[] = [];
    const open = async (retry = FAST_RETRY) => {
      const queue = await fixture.create(retry);
      queues.push(queue);
      return queue;
    };
    afterEach(async () => {
      for (const queue of queues.splice(0)) {
        await queue.close();
        await fixture.destroy?.(queue);
      }
    });

    it('runs an enqueued job once with its id, name, data and attempt count, and records progress', async () => {
      const queue = await open();
      const seen: Job[] = [];
      queue.process<{ commune: string }>('report.draft', async (job, reportProgress) => {
        seen.push(job);
        await reportProgress(40);
        await reportProgress(100);
      });
      const jobId = uniqueId('draft');
      const data = { commune: 'Xã Tân Hòa', month: '2026-03', amounts: [1_500_000, 2_000_000] };

      expect(await queue.enqueue('report.draft', data, { jobId })).toBe(jobId);
      await waitFor(async () => (await queue.getJob(jobId))?.state === 'completed', 'the job to complete');

      expect(seen).toEqual([{ id: jobId, name: 'report.draft', data, attemptsMade: 0 }]);
      expect(await queue.getJob(jobId)).toMatchObject({
        id: jobId,
        name: 'report.draft',
        progress: 100,
        attemptsMade: 1,
      });
      expect(await queue.getJob(uniqueId('never-enqueued'))).toBeUndefined();
    });

    it('runs a job id enqueued twice only once, whether the first is still waiting or already done', async () => {
      const queue = await open();
      const runs: string[] = [];
      const jobId = uniqueId('dup');
      await queue.enqueue('count', { n: 1 }, { jobId });
      await queue.enqueue('count', { n: 2 }, { jobId });
      queue.process<{ n: number }>('count', async (job) => {
        runs.push(`${job.id}:${job.data.n}`);
      });
      await waitFor(async () => (await queue.getJob(jobId))?.state === 'completed', 'the job to complete');
      await queue.enqueue('count', { n: 3 }, { jobId });
      const other = uniqueId('other');
      await queue.enqueue('count', { n: 4 }, { jobId: other });
      await waitFor(async () => (await queue.getJob(other))?.state === 'completed', 'the second job');

      expect(runs).toEqual([`${jobId}:1`, `${other}:4`]);
    });

    it('retries a failing job with backoff until it succeeds', async () => {
      const queue = await open({ attempts: 3, backoffMs: 50 });
      const attempts: Array<{ attemptsMade: number; at: number }> = [];
      queue.process('flaky', async (job) => {
        attempts.push({ attemptsMade: job.attemptsMade, at: Date.now() });
        if (job.attemptsMade < 2) throw new Error('Mất kết nối / connection lost');
      });
      const jobId = uniqueId('flaky');
      await queue.enqueue('flaky', {}, { jobId });
      await waitFor(
        async () => (await queue.getJob(jobId))?.state === 'completed',
        'the retried job to complete',
      );

      expect(attempts.map((a) => a.attemptsMade)).toEqual([0, 1, 2]);
      // Exponential: the second retry waits about twice as long as the first (timers are coarse).
      const [first, second, third] = attempts.map((a) => a.at) as [number, number, number];
      expect(second - first).toBeGreaterThanOrEqual(40);
      expect(third - second).toBeGreaterThanOrEqual(90);
      expect(await queue.getJob(jobId)).toMatchObject({ state: 'completed', attemptsMade: 3 });
    });

    it('marks a job failed with its reason once the attempts run out', async () => {
      const queue = await open({ attempts: 2, backoffMs: 20 });
      let calls = 0;
      queue.process('doomed', async () => {
        calls += 1;
        throw new Error('Dữ liệu hỏng / corrupt data');
      });
      const jobId = uniqueId('doomed');
      await queue.enqueue('doomed', {}, { jobId });
      await waitFor(async () => (await queue.getJob(jobId))?.state === 'failed', 'the job to fail');

      expect(calls).toBe(2);
      expect(await queue.getJob(jobId)).toMatchObject({
        attemptsMade: 2,
        failedReason: 'Dữ liệu hỏng / corrupt data',
      });
      await queue.enqueue('doomed', {}, { jobId });
      await sleep(100);
      expect(calls).toBe(2);
    });

    it('waits for a delayed job', async () => {
      const queue = await open();
      let ranAt = 0;
      queue.process('later', async () => {
        ranAt = Date.now();
      });
      const enqueuedAt = Date.now();
      await queue.enqueue('later', {}, { jobId: uniqueId('later'), delayMs: 300 });
      await waitFor(() => ranAt > 0, 'the delayed job');
      expect(ranAt - enqueuedAt).toBeGreaterThanOrEqual(280);
    });

    it('runs a job enqueued before its processor was registered', async () => {
      const queue = await open();
      const jobId = uniqueId('early');
      await queue.enqueue('registered-late', { ok: true }, { jobId });
      await sleep(20);
      const seen: unknown[] = [];
      queue.process('registered-late', async (job) => {
        seen.push(job.data);
      });
      await waitFor(async () => (await queue.getJob(jobId))?.state === 'completed', 'the early job');
      expect(seen).toEqual([{ ok: true }]);
    });

    it('fires an interval schedule repeatedly with its data, and stops once unscheduled', async () => {
      const queue = await open();
      const ticks: Array<Job & { at: number }> = [];
      queue.process<{ kind: string }>('loans.mark-overdue', async (job) => {
        ticks.push({ ...job, at: Date.now() });
      });
      const schedulerId = uniqueId('overdue');
      await queue.schedule(schedulerId, { every: 200 }, 'loans.mark-overdue', { kind: 'daily' });
      // Upserting again (every start-up does) replaces the schedule instead of adding a second one.
      await queue.schedule(schedulerId, { every: 200 }, 'loans.mark-overdue', { kind: 'daily' });
      await waitFor(() => ticks.length >= 3, 'three ticks');

      expect(
        ticks.every((t) => t.name === 'loans.mark-overdue' && (t.data as { kind: string }).kind === 'daily'),
      ).toBe(true);
      expect(new Set(ticks.map((t) => t.id)).size).toBe(ticks.length);
      const gaps = ticks.slice(1).map((t, i) => t.at - ticks[i]!.at);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);

      expect(await queue.unschedule(schedulerId)).toBe(true);
      expect(await queue.unschedule(schedulerId)).toBe(false);
      const afterUnschedule = ticks.length;
      await sleep(600);
      expect(ticks.length).toBeLessThanOrEqual(afterUnschedule + 1);
    });

    it('fires a cron schedule', async () => {
      const queue = await open();
      let ticks = 0;
      queue.process('every-second', async () => {
        ticks += 1;
      });
      await queue.schedule(
        uniqueId('cron'),
        { pattern: '* * * * * *', tz: 'Asia/Ho_Chi_Minh' },
        'every-second',
        {},
      );
      await waitFor(() => ticks >= 1, 'a cron tick', 3_000);
      expect(ticks).toBeGreaterThanOrEqual(1);
    });

    it('rejects job ids the Redis adapter cannot store and malformed schedules', async () => {
      const queue = await open();
      await expect(queue.enqueue('x', {}, { jobId: 'report:1' })).rejects.toThrow(InvalidJobId);
      await expect(queue.enqueue('x', {}, { jobId: '42' })).rejects.toThrow(InvalidJobId);
      await expect(queue.enqueue('x', {}, { jobId: '' })).rejects.toThrow(InvalidJobId);
      await expect(queue.schedule(uniqueId('bad'), { every: 0 }, 'x', {})).rejects.toThrow(RangeError);
      await expect(queue.schedule(uniqueId('bad'), { pattern: 'not a cron' }, 'x', {})).rejects.toThrow();
      expect(jobIdForEvent('report.draft', '0195f3c2-7d1e-7a00-8000-000000000001')).not.toContain(':');
    });

    it('bridges events to jobs once per event, even when the same events are fed again', async () => {
      const queue = await open();
      const store = new InMemoryEventStore();
      const handled: string[] = [];
      queue.process<{ eventId: string }>('placement.notify', async (job) => {
        handled.push(job.data.eventId);
      });
      const bridge = new EventJobBridge(queue, [
        { processorName: 'placement.notify', types: ['JobStarted'], toData: (e) => ({ eventId: e.eventId }) },
      ]);
      const started = [anEvent('JobStarted'), anEvent('JobStarted')];
      await store.append(
        `JobSeeker-${newEventId()}`,
        [anEvent('ConsultationLogged'), started[0]!],
        'no_stream',
      );
      await store.append(`JobSeeker-${newEventId()}`, [started[1]!], 'no_stream');
      const expected = started.map((e) => e.eventId);

      const { events } = await store.readAll();
      expect(await bridge.enqueueFor(events)).toBe(2);
      await waitFor(() => handled.length === 2, 'both jobs');
      // A restarted subscription from the start re-feeds the same events.
      expect(await bridge.enqueueFor(events)).toBe(2);
      const subscription = bridge.subscribe(store);
      await sleep(300);
      await subscription.stop();

      expect([...handled].sort()).toEqual([...expected].sort());
      for (const eventId of expected) {
        expect(await queue.getJob(jobIdForEvent('placement.notify', eventId))).toMatchObject({
          state: 'completed',
        });
      }
      await store.close();
    });
  });
}
