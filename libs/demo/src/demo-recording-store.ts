/**
 * Demo history is written today but describes 2022 → today. The use cases stamp only the business
 * date (`occurredOn`); this decorator of the event store adds what a real recording would have had:
 * a `recordedAt` a few working hours/days after the business date (never after now) and a
 * correlation id starting with `demo-`, so "as known on" reports and the audit trail have something
 * true to show, and demo events can be told apart. Only the demo loader's own executor writes
 * through it; the app's store is untouched.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@vieclam/platform/event-store';
import { addDaysIso, DemoRandom } from '@vieclam/job-seekers';

interface Recording {
  recordedAt: string;
  correlationId: string;
}

export const DEMO_CORRELATION_PREFIX = 'demo-';

export class DemoRecordingStore implements EventStore {
  private readonly recording = new AsyncLocalStorage<Recording>();
  private readonly random: DemoRandom;
  private sequence = 0;

  constructor(
    private readonly inner: EventStore,
    seed: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.random = new DemoRandom(seed);
  }

  /**
   * Runs `work` as if recorded 0–4 days after `occurredOn`, during office hours in Vietnam
   * (08:00–17:00, UTC+7), but never later than now. Every event it appends shares one `demo-`
   * correlation id.
   */
  at<T>(occurredOn: string, work: () => Promise<T>): Promise<T> {
    const day = addDaysIso(occurredOn, this.random.int(0, 4));
    const minutes = this.random.int(60, 600); // 01:00–10:00 UTC = 08:00–17:00 in Vietnam
    const stamped = new Date(`${day}T00:00:00Z`).getTime() + minutes * 60_000;
    const recordedAt = new Date(Math.min(stamped, this.now().getTime())).toISOString();
    this.sequence += 1;
    const correlationId = `${DEMO_CORRELATION_PREFIX}${String(this.sequence).padStart(6, '0')}`;
    return this.recording.run({ recordedAt, correlationId }, work);
  }

  append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const recording = this.recording.getStore();
    if (!recording) return this.inner.append(streamId, events, expected);
    return this.inner.append(
      streamId,
      events.map((event) => ({
        ...event,
        metadata: {
          ...event.metadata,
          recordedAt: recording.recordedAt,
          correlationId: recording.correlationId,
        },
      })),
      expected,
    );
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<ReadAllPage> {
    return this.inner.readAll(options);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll(options);
  }

  /** The app owns the store; closing the decorator closes nothing. */
  async close(): Promise<void> {}
}
