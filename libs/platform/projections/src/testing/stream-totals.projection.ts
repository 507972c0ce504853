import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection } from '../projection';

export interface StreamTotalsRow extends Record<string, unknown> {
  stream_id: string;
  event_count: number;
  amount_sum: number;
}

/**
 * Example projection for tests: per `Account-…` stream, how many events and the sum of
 * `data.amount`. Any double-applied or skipped event changes its figures.
 */
export function streamTotalsProjection(options: { name?: string; table?: string; version?: number } = {}) {
  const table = options.table ?? 'stream_totals';
  return rowProjection<StreamTotalsRow>({
    name: options.name ?? 'stream_totals',
    version: options.version ?? 1,
    filter: { categories: ['Account'] },
    table,
    keyColumn: 'stream_id',
    migrations: {
      '001_create': {
        up: async (db) => {
          await db.schema
            .createTable(table)
            .addColumn('stream_id', 'text', (c) => c.primaryKey())
            .addColumn('event_count', 'integer', (c) => c.notNull())
            .addColumn('amount_sum', 'integer', (c) => c.notNull())
            .execute();
        },
      },
    },
    keyOf: (event) => event.streamId,
    evolve: (current, event: RecordedEvent) => ({
      stream_id: event.streamId,
      event_count: (current?.event_count ?? 0) + 1,
      amount_sum: Number(current?.amount_sum ?? 0) + amountOf(event),
    }),
  });
}

function amountOf(event: RecordedEvent): number {
  const amount = (event.data as { amount?: unknown } | null)?.amount;
  return typeof amount === 'number' ? amount : 0;
}
