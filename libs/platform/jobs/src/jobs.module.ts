import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { BullMqJobQueue, DEFAULT_QUEUE_NAME } from './bullmq/bullmq-job-queue';
import { redisOptionsFromUrl } from './bullmq/redis-connection';
import { InProcessJobQueue } from './in-process/in-process-job-queue';
import type { JobQueue, RetryPolicy } from './job-queue.port';

/** Injection token of the app's {@link JobQueue}. */
export const JOB_QUEUE = Symbol('JOB_QUEUE');

export interface JobsModuleOptions {
  /** `REDIS_URL`. Absent: embedded mode, jobs run in this process. */
  redisUrl?: string;
  /** BullMQ queue name, default `vieclam-jobs`. */
  queueName?: string;
  /** Redis key prefix, default BullMQ's `bull`. */
  prefix?: string;
  /**
   * With Redis: whether this process runs the processors (`apps/worker`: true, API: false).
   * Without Redis the processors always run here, since nothing else would run them.
   */
  runWorker: boolean;
  retry?: RetryPolicy;
}

export const IN_PROCESS_NOTICE =
  'Không có REDIS_URL: công việc chạy trong tiến trình / No REDIS_URL: jobs run in-process';

let inProcessNoticeLogged = false;

@Injectable()
class JobQueueShutdown implements OnModuleDestroy {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
  }
}

/**
 * Provides {@link JOB_QUEUE} to the whole app: BullMQ (wired through `@nestjs/bullmq`) when a
 * Redis URL is configured, the in-process runner otherwise. Closes the queue, its worker and
 * connections when the app shuts down.
 */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    if (!options.redisUrl) {
      return {
        module: JobsModule,
        global: true,
        providers: [
          {
            provide: JOB_QUEUE,
            useFactory: (): JobQueue => {
              if (!inProcessNoticeLogged) {
                inProcessNoticeLogged = true;
                new Logger('JobsModule').log(IN_PROCESS_NOTICE);
              }
              return new InProcessJobQueue(options.retry ? { retry: options.retry } : {});
            },
          },
          JobQueueShutdown,
        ],
        exports: [JOB_QUEUE],
      };
    }

    const queueName = options.queueName ?? DEFAULT_QUEUE_NAME;
    return {
      module: JobsModule,
      global: true,
      imports: [
        BullModule.forRoot({
          connection: redisOptionsFromUrl(options.redisUrl),
          ...(options.prefix ? { prefix: options.prefix } : {}),
        }),
        BullModule.registerQueue({ name: queueName }),
      ],
      providers: [
        {
          provide: JOB_QUEUE,
          inject: [getQueueToken(queueName)],
          useFactory: (queue: Queue): JobQueue =>
            new BullMqJobQueue({
              queue,
              runWorker: options.runWorker,
              ...(options.retry ? { retry: options.retry } : {}),
            }),
        },
        JobQueueShutdown,
      ],
      exports: [JOB_QUEUE],
    };
  }
}
