export * from './job-queue.port';
export { InProcessJobQueue, type InProcessJobQueueOptions } from './in-process/in-process-job-queue';
export {
  BullMqJobQueue,
  DEFAULT_JOB_RETENTION,
  DEFAULT_QUEUE_NAME,
  type BullMqConnectOptions,
  type BullMqJobQueueOptions,
  type JobRetention,
} from './bullmq/bullmq-job-queue';
export { redisOptionsFromUrl } from './bullmq/redis-connection';
export { EventJobBridge, type EventJobRoute, type EventJobBridgeSubscribeOptions } from './event-job-bridge';
export { JOB_QUEUE, JobsModule, IN_PROCESS_NOTICE, type JobsModuleOptions } from './jobs.module';
