import { Logger } from '@nestjs/common';
import { Queue, Worker, type Job as BullJob, type JobsOptions } from 'bullmq';
import {
  assertValidJobId,
  assertValidSchedule,
  clampPercent,
  DEFAULT_RETRY_POLICY,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
  type JobState,
  type JobStatus,
  type RetryPolicy,
  type ScheduleSpec,
} from '../job-queue.port';
import { redisOptionsFromUrl } from './redis-connection';

/** How long finished jobs stay in Redis; a duplicate job id within this window is ignored. */
export interface JobRetention {
  completedAgeSeconds: number;
  completedCount: number;
  failedAgeSeconds: number;
}

export const DEFAULT_JOB_RETENTION: JobRetention = {
  completedAgeSeconds: 14 * 24 * 3600,
  completedCount: 100_000,
  failedAgeSeconds: 30 * 24 * 3600,
};

export interface BullMqJobQueueOptions {
  /** The app's one queue (from `@nestjs/bullmq`, or made by {@link BullMqJobQueue.connect}). */
  queue: Queue;
  /** True in the worker process (or any process that should run the registered processors). */
  runWorker: boolean;
  retry?: RetryPolicy;
  retention?: JobRetention;
  /** Jobs run in parallel by this process's worker (across all names). Default 4. */
  concurrency?: number;
}

export interface BullMqConnectOptions extends Omit<BullMqJobQueueOptions, 'queue'> {
  redisUrl: string;
  /** Default `vieclam-jobs`. */
  queueName?: string;
  /** Redis key prefix, default BullMQ's `bull`. Lets several apps or test runs share one Redis. */
  prefix?: string;
}

export const DEFAULT_QUEUE_NAME = 'vieclam-jobs';

/**
 * Server and cluster modes: one BullMQ queue per app on Redis. Every process may enqueue and
 * schedule; only a process created with `runWorker` starts a BullMQ `Worker`, which dispatches by
 * job name to the processors registered with {@link process}. A job whose processor this worker
 * does not know fails its attempt and is retried, so a processor registered a moment after start-up
 * still gets it.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly log = new Logger('BullMqJobQueue');
  private readonly queue: Queue;
  private readonly runWorker: boolean;
  private readonly retry: RetryPolicy;
  private readonly retention: JobRetention;
  private readonly concurrency: number;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private worker?: Worker;
  private closing?: Promise<void>;

  constructor(options: BullMqJobQueueOptions) {
    this.queue = options.queue;
    this.runWorker = options.runWorker;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.retention = options.retention ?? DEFAULT_JOB_RETENTION;
    this.concurrency = options.concurrency ?? 4;
    // An 'error' event without a listener would crash the process; Redis blips are logged instead.
    this.queue.on('error', (error) => this.log.error(`Queue ${this.queue.name}: ${error.message}`));
  }

  /** A queue on its own Redis connection, outside Nest (CLI, tests). */
  static connect(options: BullMqConnectOptions): BullMqJobQueue {
    const { redisUrl, queueName, prefix, ...rest } = options;
    const queue = new Queue(queueName ?? DEFAULT_QUEUE_NAME, {
      connection: redisOptionsFromUrl(redisUrl),
      ...(prefix ? { prefix } : {}),
    });
    return new BullMqJobQueue({ ...rest, queue });
  }

  /** The underlying queue, for tests and admin tooling. */
  get bullQueue(): Queue {
    return this.queue;
  }

  process<D>(name: string, handler: JobHandler<D>): void {
    this.handlers.set(name, handler as JobHandler<unknown>);
    if (this.runWorker && !this.worker && !this.closing) this.worker = this.startWorker();
  }

  async enqueue<D>(name: string, data: D, options: EnqueueOptions): Promise<string> {
    assertValidJobId(options.jobId);
    const job = await this.queue.add(name, data, {
      ...this.jobOptions(),
      jobId: options.jobId,
      ...(options.delayMs && options.delayMs > 0 ? { delay: options.delayMs } : {}),
    });
    return job.id ?? options.jobId;
  }

  async schedule<D>(schedulerId: string, spec: ScheduleSpec, name: string, data: D): Promise<void> {
    assertValidSchedule(spec);
    const repeat =
      'every' in spec
        ? { every: spec.every }
        : { pattern: spec.pattern, ...(spec.tz ? { tz: spec.tz } : {}) };
    await this.queue.upsertJobScheduler(schedulerId, repeat, { name, data, opts: this.jobOptions() });
  }

  async unschedule(schedulerId: string): Promise<boolean> {
    return this.queue.removeJobScheduler(schedulerId);
  }

  async getJob(jobId: string): Promise<JobStatus | undefined> {
    const job = await this.queue.getJob(jobId);
    if (!job?.id) return undefined;
    const state = toJobState(await job.getState());
    if (!state) return undefined;
    const progress = typeof job.progress === 'number' ? job.progress : 0;
    return {
      id: job.id,
      name: job.name,
      state,
      attemptsMade: job.attemptsMade,
      progress,
      ...(state === 'failed' && job.failedReason ? { failedReason: job.failedReason } : {}),
    };
  }

  close(): Promise<void> {
    // The worker first: it waits for running jobs, which may still enqueue follow-up jobs.
    this.closing ??= (async () => {
      await this.worker?.close();
      await this.queue.close();
    })();
    return this.closing;
  }

  private jobOptions(): JobsOptions {
    return {
      attempts: this.retry.attempts,
      backoff: { type: 'exponential', delay: this.retry.backoffMs },
      removeOnComplete: { age: this.retention.completedAgeSeconds, count: this.retention.completedCount },
      removeOnFail: { age: this.retention.failedAgeSeconds },
    };
  }

  private startWorker(): Worker {
    const worker = new Worker(this.queue.name, (job: BullJob) => this.dispatch(job), {
      connection: this.queue.opts.connection,
      ...(this.queue.opts.prefix ? { prefix: this.queue.opts.prefix } : {}),
      concurrency: this.concurrency,
    });
    worker.on('error', (error) => this.log.error(`Worker ${this.queue.name}: ${error.message}`));
    worker.on('failed', (job, error) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        this.log.error(
          `Job ${job.name} ${job.id} failed after ${job.attemptsMade} attempts: ${error.message}`,
        );
      }
    });
    return worker;
  }

  private async dispatch(job: BullJob): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) {
      throw new Error(`Chưa có bộ xử lý cho công việc / No processor registered for job "${job.name}"`);
    }
    await handler(
      { id: job.id ?? '', name: job.name, data: job.data, attemptsMade: job.attemptsMade },
      (percent) => job.updateProgress(clampPercent(percent)),
    );
  }
}

function toJobState(state: string): JobState | undefined {
  switch (state) {
    case 'completed':
    case 'failed':
    case 'active':
    case 'delayed':
    case 'waiting':
      return state;
    case 'prioritized':
    case 'waiting-children':
      return 'waiting';
    default:
      return undefined;
  }
}
