import {
  START,
  newEventId,
  type EventStore,
  type EventToAppend,
  type Position,
} from '@vieclam/platform/event-store';
import type { ReadModelDb } from '@vieclam/platform/database';

export function amountRecorded(amount: number, type = 'AmountRecorded'): EventToAppend {
  return {
    eventId: newEventId(),
    type,
    schemaVersion: 1,
    data: { amount },
    metadata: {
      occurredOn: '2026-03-15',
      actor: 'user-1',
      orgUnit: '12345',
      correlationId: newEventId(),
      causationId: null,
    },
  };
}

export interface Totals {
  stream_id: string;
  event_count: number;
  amount_sum: number;
}

/** What `stream_totals` must hold, computed from the appended amounts (stream → amounts). */
export function expectedTotals(appended: ReadonlyMap<string, readonly number[]>): Totals[] {
  return [...appended]
    .filter(([stream]) => stream.startsWith('Account-'))
    .map(([stream_id, amounts]) => ({
      stream_id,
      event_count: amounts.length,
      amount_sum: amounts.reduce((a, b) => a + b, 0),
    }))
    .sort((a, b) => a.stream_id.localeCompare(b.stream_id));
}

/** Appends and records the amounts so tests can compute the expected read model. */
export class AmountLedger {
  readonly appended = new Map<string, number[]>();
  private next = 1;

  constructor(private readonly store: EventStore) {}

  async record(stream: string, count = 1): Promise<void> {
    const amounts = Array.from({ length: count }, () => this.next++);
    await this.store.append(
      stream,
      amounts.map((a) => amountRecorded(a)),
      'any',
    );
    this.appended.set(stream, [...(this.appended.get(stream) ?? []), ...amounts]);
  }

  expected(): Totals[] {
    return expectedTotals(this.appended);
  }

  eventCount(category = 'Account'): number {
    return [...this.appended]
      .filter(([s]) => s.startsWith(`${category}-`))
      .reduce((n, [, a]) => n + a.length, 0);
  }
}

export async function readTotals(db: ReadModelDb, table = 'stream_totals'): Promise<Totals[]> {
  const rows = await db.selectFrom(table).selectAll().orderBy('stream_id').execute();
  return rows
    .map((r) => ({
      stream_id: String(r.stream_id),
      event_count: Number(r.event_count),
      amount_sum: Number(r.amount_sum),
    }))
    .sort((a, b) => a.stream_id.localeCompare(b.stream_id));
}

/** The store's last position (pages through the whole log). */
export async function endOfLog(store: EventStore): Promise<Position> {
  let from: Position = START;
  for (;;) {
    const page = await store.readAll({ from, limit: 5000 });
    if (page.isEnd || page.lastPosition === from) return page.lastPosition;
    from = page.lastPosition;
  }
}

export async function waitFor(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
