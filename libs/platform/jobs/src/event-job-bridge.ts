import {
  categoryOf,
  type EventFilter,
  type EventStore,
  type Position,
  type RecordedEvent,
  type Subscription,
} from '@vieclam/platform/event-store';
import { jobIdForEvent, type JobQueue } from './job-queue.port';

/** "Events of these types / categories start job `jobName`, handled by `processorName`." */
export interface EventJobRoute<D = unknown> {
  /** Names the reaction; part of the job id, so it must stay stable once events have flowed. */
  processorName: string;
  /** Job name the processor is registered under; defaults to `processorName`. */
  jobName?: string;
  types?: readonly string[];
  categories?: readonly string[];
  /** Job data for an event; defaults to the whole recorded event. */
  toData?: (event: RecordedEvent) => D;
}

export interface EventJobBridgeSubscribeOptions {
  from?: Position;
  /**
   * Persist the position after a batch is enqueued, so a restart does not replay everything.
   * Optional: replaying is harmless (job ids are derived from event ids), only slower.
   */
  saveCheckpoint?: (position: Position) => Promise<void>;
  onError?: (error: unknown) => void;
  batchSize?: number;
  pollIntervalMs?: number;
}

/**
 * How events drive jobs: one job per (route, matching event), with the job id
 * {@link jobIdForEvent}(processorName, eventId). Feeding the same events again — a subscription
 * restarted from an older checkpoint, two API instances subscribing — enqueues nothing new within
 * the queue's retention window.
 */
export class EventJobBridge {
  constructor(
    private readonly queue: JobQueue,
    private readonly routes: readonly EventJobRoute[],
  ) {
    const names = routes.map((r) => r.processorName);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) throw new Error(`Processor name used twice in an EventJobBridge: ${duplicate}`);
  }

  /** Enqueues the jobs these events call for; resolves to how many enqueue calls were made. */
  async enqueueFor(events: readonly RecordedEvent[]): Promise<number> {
    let count = 0;
    for (const event of events) {
      for (const route of this.routes) {
        if (!matches(route, event)) continue;
        await this.queue.enqueue(
          route.jobName ?? route.processorName,
          route.toData ? route.toData(event) : event,
          {
            jobId: jobIdForEvent(route.processorName, event.eventId),
          },
        );
        count += 1;
      }
    }
    return count;
  }

  /** The store-side filter covering every route, when each route restricts something. */
  get filter(): EventFilter | undefined {
    if (this.routes.some((r) => !r.types?.length && !r.categories?.length)) return undefined;
    // A route restricted only by category must not be starved by another route's type filter.
    if (this.routes.some((r) => !r.types?.length)) {
      if (this.routes.some((r) => !r.categories?.length)) return undefined;
      return { categories: unique(this.routes.flatMap((r) => r.categories ?? [])) };
    }
    return { types: unique(this.routes.flatMap((r) => r.types ?? [])) };
  }

  /** Follows the store's global log and enqueues as events arrive. */
  subscribe(
    store: Pick<EventStore, 'subscribeToAll'>,
    options: EventJobBridgeSubscribeOptions = {},
  ): Subscription {
    const filter = this.filter;
    return store.subscribeToAll({
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(filter ? { filter } : {}),
      ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
      onEvents: async (events, lastPosition) => {
        await this.enqueueFor(events);
        await options.saveCheckpoint?.(lastPosition);
      },
    });
  }
}

function matches(route: EventJobRoute, event: RecordedEvent): boolean {
  if (route.types?.length && !route.types.includes(event.type)) return false;
  if (route.categories?.length && !route.categories.includes(categoryOf(event.streamId))) return false;
  return true;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
