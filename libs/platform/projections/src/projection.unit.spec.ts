import type { RecordedEvent } from '@vieclam/platform/event-store';
import { evolveRows } from './projection';
import { formatProgressBar, renderProgressBar } from './progress-bar';
import { streamTotalsProjection, type StreamTotalsRow } from './testing/stream-totals.projection';
import { amountRecorded } from './testing/projection-fixtures';

function recorded(streamId: string, amount: number, position: number): RecordedEvent {
  const e = amountRecorded(amount);
  return {
    ...e,
    metadata: { ...e.metadata, recordedAt: '2026-03-15T00:00:00.000Z' },
    streamId,
    streamRevision: 0,
    position: String(position),
  };
}

describe('evolveRows (the pure part of a row projection)', () => {
  const totals = streamTotalsProjection();

  it('folds a batch over the stored rows and returns only the rows it touched', () => {
    const stored = new Map<string, StreamTotalsRow>([
      ['Account-a', { stream_id: 'Account-a', event_count: 2, amount_sum: 30 }],
      ['Account-z', { stream_id: 'Account-z', event_count: 9, amount_sum: 99 }],
    ]);
    const changes = evolveRows(totals, stored, [
      recorded('Account-a', 5, 1),
      recorded('Account-b', 7, 2),
      recorded('Account-a', 11, 3),
    ]);
    expect([...changes]).toEqual([
      ['Account-a', { stream_id: 'Account-a', event_count: 4, amount_sum: 46 }],
      ['Account-b', { stream_id: 'Account-b', event_count: 1, amount_sum: 7 }],
    ]);
    expect(stored.get('Account-a')).toEqual({ stream_id: 'Account-a', event_count: 2, amount_sum: 30 });
  });

  it('deletes a row when evolve returns undefined and ignores events without a key', () => {
    const logic = {
      keyOf: (e: RecordedEvent) => (e.streamId === 'Account-skip' ? undefined : e.streamId),
      evolve: (_row: StreamTotalsRow | undefined, _e: RecordedEvent) => undefined,
    };
    const changes = evolveRows(logic, new Map(), [
      recorded('Account-a', 1, 1),
      recorded('Account-skip', 1, 2),
    ]);
    expect([...changes]).toEqual([['Account-a', undefined]]);
  });
});

describe('progress bar', () => {
  it('shows the share done and the counts', () => {
    expect(formatProgressBar(25, 100, 8)).toBe('[██░░░░░░]  25% 25/100');
    expect(formatProgressBar(0, 0, 4)).toBe('[████] 100% 0/0');
    expect(formatProgressBar(12, 10, 4)).toBe('[████] 100% 12/10');
  });

  it('redraws one line and ends it when done', () => {
    const written: string[] = [];
    const stream = { write: (s: string) => written.push(s) > 0 };
    renderProgressBar(1, 2, 'stream_totals', stream);
    renderProgressBar(2, 2, 'stream_totals', stream);
    expect(written[0]).toMatch(/^\rstream_totals \[.*\] {2}50% 1\/2$/);
    expect(written[1]).toMatch(/^\rstream_totals \[.*\] 100% 2\/2\n$/);
  });
});
