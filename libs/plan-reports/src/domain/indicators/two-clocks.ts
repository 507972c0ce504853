/**
 * The two clocks of a report (DESIGN §3): it is *for* a period, chosen by each fact's business date
 * (`metadata.occurredOn`), and *as known on* a point, keeping only events stored (`recordedAt`) by
 * then. A date alone means the end of that day in Vietnam (UTC+7, no daylight saving), because
 * an officer who says "as known on 5 April" means everything entered that day.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';

const VIETNAM_OFFSET = '+07:00';

/** Epoch milliseconds of the last instant a report "as known on" this date or timestamp includes. */
export function knownCutoff(asKnownOn: string): number {
  const cutoff = /^\d{4}-\d{2}-\d{2}$/.test(asKnownOn)
    ? Date.parse(`${asKnownOn}T23:59:59.999${VIETNAM_OFFSET}`)
    : Date.parse(asKnownOn);
  if (Number.isNaN(cutoff)) throw new RangeError(`Not a date or timestamp: "${asKnownOn}"`);
  return cutoff;
}

/** The events known at that point; `null` keeps everything (a live report). */
export function knownAsOf<E extends RecordedEvent>(events: readonly E[], asKnownOn: string | null): E[] {
  if (asKnownOn === null) return [...events];
  const cutoff = knownCutoff(asKnownOn);
  return events.filter((e) => Date.parse(e.metadata.recordedAt) <= cutoff);
}

export interface DateRange {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export function monthRange(year: number, month: number): DateRange {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

export function yearRange(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export const inRange = (date: string, range: DateRange): boolean => date >= range.from && date <= range.to;

export const yearOf = (date: string): number => Number(date.slice(0, 4));
export const monthOf = (date: string): number => Number(date.slice(5, 7));
