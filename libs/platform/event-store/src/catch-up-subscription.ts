import { START, type EventStore, type Subscription, type SubscribeOptions } from './event-store.port';

/** Wakes waiting subscriptions when this process appends, so they need not wait for the next poll. */
export class AppendSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next `notify`, after `ms`, or when `abort` fires, whichever comes first. */
  wait(ms: number, abort: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (abort.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      abort.addEventListener('abort', done, { once: true });
    });
  }
}

/**
 * A catch-up subscription built on `readAll`: read pages until the end, then wait for appends
 * (same-process signal or poll). Every adapter uses it, so they share one behaviour.
 */
export function catchUpSubscription(
  store: Pick<EventStore, 'readAll'>,
  signal: AppendSignal,
  options: SubscribeOptions,
): Subscription {
  const abort = new AbortController();
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  let caughtUp = false;

  const run = async () => {
    let from = options.from ?? START;
    while (!abort.signal.aborted) {
      const page = await store.readAll({ from, limit: batchSize, filter: options.filter });
      if (page.events.length > 0) await options.onEvents(page.events, page.lastPosition);
      else if (page.lastPosition !== from) await options.onEvents([], page.lastPosition);
      from = page.lastPosition;
      if (page.isEnd) {
        if (!caughtUp) {
          caughtUp = true;
          options.onCaughtUp?.();
        }
        await signal.wait(pollIntervalMs, abort.signal);
      }
    }
  };

  const done = run().catch((error: unknown) => {
    options.onError?.(error);
    throw error;
  });
  // The caller observes failures through onError or `done`; avoid an unhandled rejection here.
  done.catch(() => undefined);

  return {
    done,
    async stop() {
      abort.abort();
      await done.catch(() => undefined);
    },
  };
}
