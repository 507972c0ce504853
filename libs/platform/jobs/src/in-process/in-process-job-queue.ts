import { Logger } from '@nestjs/common';
import { parseExpression } from 'cron-parser';
import {
  assertValidJobId,
  assertValidSchedule,
  clampPercent,
  DEFAULT_RETRY_POLICY,
  jobIdForScheduleTick,
  retryDelayMs,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
  type JobState,
  type JobStatus,
  type RetryPolicy,
  type ScheduleSpec,
} from '../job-queue.port';

export interface InProcessJobQueueOptions {
  retry?: RetryPolicy;
  /** How many finished (completed or failed) job ids are remembered for de-duplication. */
  keepFinished?: number;
  /** Injectable clock for the schedule timer (tests). */
  now?: () => number;
}

interface JobRecord {
  id: string;
  name: string;
  data: unknown;
  state: JobState;
  attemptsMade: number;
  progress: number;
  failedReason?: string;
}

interface Scheduler {
  spec: ScheduleSpec;
  name: string;
  data: unknown;
  timer?: NodeJS.Timeout;
}

/** setTimeout fires at once for delays above 2^31-1 ms, and a monthly cron can be further away. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Embedded mode's job runner: the same processors as the BullMQ workers, run in this process.
 * Jobs of one name run one at a time in enqueue order (names run concurrently); a job whose
 * processor is not registered yet waits for it. Nothing survives a restart: event-driven jobs are
 * re-derived by the {@link EventJobBridge} from the event store, schedules are re-declared at
 * start-up.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly log = new Logger('InProcessJobQueue');
  private readonly retry: RetryPolicy;
  private readonly keepFinished: number;
  private readonly now: () => number;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly jobs = new Map<string, JobRecord>();
  /** Finished ids, oldest first, so the memory stays bounded. */
  private readonly finished: string[] = [];
  private readonly ready = new Map<string, JobRecord[]>();
  private readonly draining = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly schedulers = new Map<string, Scheduler>();
  private closed = false;

  constructor(options: InProcessJobQueueOptions = {}) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.keepFinished = options.keepFinished ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  process<D>(name: string, handler: JobHandler<D>): void {
    this.handlers.set(name, handler as JobHandler<unknown>);
    this.drain(name);
  }

  async enqueue<D>(name: string, data: D, options: EnqueueOptions): Promise<string> {
    assertValidJobId(options.jobId);
    this.assertOpen();
    if (this.jobs.has(options.jobId)) return options.jobId;
    const job: JobRecord = {
      id: options.jobId,
      name,
      // A copy, as Redis would store it: the caller may mutate its object afterwards.
      data: structuredClone(data),
      state: 'waiting',
      attemptsMade: 0,
      progress: 0,
    };
    this.jobs.set(job.id, job);
    if (options.delayMs && options.delayMs > 0) {
      job.state = 'delayed';
      this.later(options.delayMs, () => this.makeReady(job));
    } else {
      this.makeReady(job);
    }
    return job.id;
  }

  async schedule<D>(schedulerId: string, spec: ScheduleSpec, name: string, data: D): Promise<void> {
    assertValidSchedule(spec);
    this.assertOpen();
    const scheduler: Scheduler = { spec, name, data: structuredClone(data) };
    const nextAt = this.nextRun(spec, this.now()); // throws on a bad cron pattern before replacing
    this.clearScheduler(schedulerId);
    this.schedulers.set(schedulerId, scheduler);
    this.arm(schedulerId, scheduler, nextAt);
  }

  async unschedule(schedulerId: string): Promise<boolean> {
    return this.clearScheduler(schedulerId);
  }

  async getJob(jobId: string): Promise<JobStatus | undefined> {
    const job = this.jobs.get(jobId);
    if (!job) return undefined;
    const { id, name, state, attemptsMade, progress, failedReason } = job;
    return {
      id,
      name,
      state,
      attemptsMade,
      progress,
      ...(failedReason !== undefined ? { failedReason } : {}),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const id of [...this.schedulers.keys()]) this.clearScheduler(id);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.ready.clear();
    await Promise.all(this.draining.values());
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('Hàng đợi công việc đã đóng / The job queue is closed');
  }

  private makeReady(job: JobRecord): void {
    if (this.closed) return;
    job.state = 'waiting';
    const list = this.ready.get(job.name) ?? [];
    list.push(job);
    this.ready.set(job.name, list);
    this.drain(job.name);
  }

  /** One drain loop per name: that is the "concurrency 1 per name". */
  private drain(name: string): void {
    if (this.draining.has(name) || !this.handlers.has(name)) return;
    const loop = async () => {
      try {
        for (;;) {
          const job = this.ready.get(name)?.shift();
          const handler = this.handlers.get(name);
          if (!job || !handler || this.closed) return;
          await this.run(job, handler);
        }
      } finally {
        this.draining.delete(name);
      }
    };
    // Start on a later tick so `enqueue` resolves before the processor runs, as with Redis.
    this.draining.set(name, new Promise<void>((resolve) => setImmediate(resolve)).then(loop));
  }

  private async run(job: JobRecord, handler: JobHandler<unknown>): Promise<void> {
    job.state = 'active';
    const reportProgress = async (percent: number) => {
      job.progress = clampPercent(percent);
    };
    try {
      await handler(
        { id: job.id, name: job.name, data: job.data, attemptsMade: job.attemptsMade },
        reportProgress,
      );
      job.attemptsMade += 1;
      job.state = 'completed';
      this.remember(job);
    } catch (error) {
      job.attemptsMade += 1;
      const message = error instanceof Error ? error.message : String(error);
      if (job.attemptsMade < this.retry.attempts && !this.closed) {
        job.state = 'delayed';
        this.later(retryDelayMs(this.retry, job.attemptsMade), () => this.makeReady(job));
      } else {
        job.state = 'failed';
        job.failedReason = message;
        this.remember(job);
        this.log.error(`Job ${job.name} ${job.id} failed after ${job.attemptsMade} attempts: ${message}`);
      }
    }
  }

  private remember(job: JobRecord): void {
    this.finished.push(job.id);
    while (this.finished.length > this.keepFinished) {
      const oldest = this.finished.shift();
      if (oldest !== undefined) this.jobs.delete(oldest);
    }
  }

  private later(ms: number, fire: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fire();
    }, ms);
    // Pending retries and schedules must not keep a CLI run or a test process alive.
    timer.unref();
    this.timers.add(timer);
    return timer;
  }

  private nextRun(spec: ScheduleSpec, after: number): number {
    if ('every' in spec) return after + spec.every;
    const options = { currentDate: new Date(after), ...(spec.tz ? { tz: spec.tz } : {}) };
    return parseExpression(spec.pattern, options).next().getTime();
  }

  private arm(schedulerId: string, scheduler: Scheduler, dueAt: number): void {
    const wait = Math.max(0, dueAt - this.now());
    if (wait > MAX_TIMER_MS) {
      scheduler.timer = this.later(MAX_TIMER_MS, () => this.arm(schedulerId, scheduler, dueAt));
      return;
    }
    scheduler.timer = this.later(wait, () => {
      if (this.schedulers.get(schedulerId) !== scheduler) return;
      this.enqueue(scheduler.name, scheduler.data, { jobId: jobIdForScheduleTick(schedulerId, dueAt) }).catch(
        (error: unknown) => this.log.error(`Schedule ${schedulerId} could not enqueue: ${String(error)}`),
      );
      this.arm(schedulerId, scheduler, this.nextRun(scheduler.spec, Math.max(dueAt, this.now())));
    });
  }

  private clearScheduler(schedulerId: string): boolean {
    const scheduler = this.schedulers.get(schedulerId);
    if (!scheduler) return false;
    if (scheduler.timer) {
      clearTimeout(scheduler.timer);
      this.timers.delete(scheduler.timer);
    }
    this.schedulers.delete(schedulerId);
    return true;
  }
}
