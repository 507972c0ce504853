/**
 * The jobs port (DESIGN §2): background work that must happen exactly once per cause (an event, a
 * date) even when the cause is delivered twice. Two adapters keep the same behaviour:
 * BullMQ on Redis (server / cluster modes, workers in `apps/worker`) and an in-process runner
 * (embedded mode). The shared contract suite is `testing/job-queue.contract.ts`.
 */

/** What a processor receives. */
export interface Job<D = unknown> {
  /** The job id given to {@link JobQueue.enqueue} (or one the scheduler made). */
  id: string;
  /** The job name the processor was registered for. */
  name: string;
  data: D;
  /** Failed attempts before this one: 0 on the first run, 1 on the first retry, … */
  attemptsMade: number;
}

/** Reports how far a long job has got, as a percentage 0–100; readable through {@link JobQueue.getJob}. */
export type ReportProgress = (percent: number) => Promise<void>;

/**
 * A processor. Resolving completes the job; throwing fails this attempt, and the job is retried
 * with exponential backoff until the {@link RetryPolicy} runs out. Processors must be idempotent
 * per job id: a crash after the work but before the acknowledgement runs the job again.
 */
export type JobHandler<D = unknown> = (job: Job<D>, reportProgress: ReportProgress) => Promise<void>;

export interface EnqueueOptions {
  /**
   * Required. A second `enqueue` with an id that is waiting, running or completed within the
   * retention window is ignored, which is what makes a re-delivered event not run twice.
   * Build it with {@link jobIdForEvent} for event-driven jobs. Must not contain `:` (BullMQ
   * reserves it) and must not be an integer.
   */
  jobId: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
}

/**
 * When a recurring job runs: a cron `pattern` (5 fields, or 6 with leading seconds; `tz` is an
 * IANA zone, default the process zone) or a fixed interval `every` in milliseconds.
 */
export type ScheduleSpec = { pattern: string; tz?: string } | { every: number };

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface JobStatus {
  id: string;
  name: string;
  state: JobState;
  /** Attempts that have ended, the successful one included (as BullMQ counts). */
  attemptsMade: number;
  /** Last reported progress, 0–100. */
  progress: number;
  /** Message of the last error once the job has failed for good. */
  failedReason?: string;
}

/** How many times a job runs at most and the first retry delay (doubled on every further retry). */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, backoffMs: 2_000 };

/** The jobs port. */
export interface JobQueue {
  /**
   * Registers the processor of one job name (one per name; registering again replaces it).
   * Whether this process actually runs jobs depends on the adapter: the BullMQ adapter only runs
   * them when it was created as a worker, so the API and the worker can register the same
   * processors.
   */
  process<D>(name: string, handler: JobHandler<D>): void;
  /** Adds a job unless one with the same id is already known; resolves to the job id. */
  enqueue<D>(name: string, data: D, options: EnqueueOptions): Promise<string>;
  /**
   * Creates or replaces (upsert) the recurring job `schedulerId`, which adds a job `name` with
   * `data` on every tick of `spec`. Calling it at every start-up is safe.
   */
  schedule<D>(schedulerId: string, spec: ScheduleSpec, name: string, data: D): Promise<void>;
  /** Removes a recurring job; resolves to whether it existed. */
  unschedule(schedulerId: string): Promise<boolean>;
  /** State of a job still remembered (completed ids are kept for a bounded window). */
  getJob(jobId: string): Promise<JobStatus | undefined>;
  /** Stops taking jobs, lets running ones finish, and releases connections and timers. */
  close(): Promise<void>;
}

/** Separator inside generated job ids; BullMQ forbids `:` in custom ids. */
const JOB_ID_SEPARATOR = '--';

/** The job id of "processor P handles event E": re-enqueueing the same event is then a no-op. */
export function jobIdForEvent(processorName: string, eventId: string): string {
  const id = `${processorName}${JOB_ID_SEPARATOR}${eventId}`;
  assertValidJobId(id);
  return id;
}

/** The job id of one tick of a schedule. */
export function jobIdForScheduleTick(schedulerId: string, dueAtMs: number): string {
  return `schedule${JOB_ID_SEPARATOR}${schedulerId}${JOB_ID_SEPARATOR}${dueAtMs}`;
}

/** Both adapters reject the ids BullMQ would reject, so a bad id fails in embedded mode too. */
export function assertValidJobId(jobId: string): void {
  if (jobId.length === 0 || jobId.length > 255) {
    throw new InvalidJobId(jobId, 'must be 1–255 characters');
  }
  if (jobId.includes(':')) throw new InvalidJobId(jobId, 'must not contain ":"');
  if (`${parseInt(jobId, 10)}` === jobId) throw new InvalidJobId(jobId, 'must not be an integer');
}

export class InvalidJobId extends Error {
  constructor(
    readonly jobId: string,
    reason: string,
  ) {
    super(`Mã công việc không hợp lệ / Invalid job id "${jobId}": ${reason}`);
    this.name = 'InvalidJobId';
  }
}

export function assertValidSchedule(spec: ScheduleSpec): void {
  if ('every' in spec) {
    if (!Number.isInteger(spec.every) || spec.every <= 0) {
      throw new RangeError(`Schedule "every" must be a positive whole number of ms, got ${spec.every}`);
    }
  } else if (typeof spec.pattern !== 'string' || spec.pattern.trim() === '') {
    throw new RangeError('Schedule "pattern" must be a cron expression');
  }
}

/** Delay before retry number `retry` (1-based): backoff, 2×backoff, 4×backoff, … as BullMQ does. */
export function retryDelayMs(policy: RetryPolicy, retry: number): number {
  return policy.backoffMs * 2 ** (retry - 1);
}

/** Progress as BullMQ stores it: a number clamped to 0–100. */
export function clampPercent(percent: number): number {
  if (!Number.isFinite(percent)) throw new RangeError(`Progress must be a number 0–100, got ${percent}`);
  return Math.min(100, Math.max(0, percent));
}
