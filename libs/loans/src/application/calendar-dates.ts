/** Dates as the commune's forms write them (dd/mm/yyyy) or ISO, in; ISO out. */
import { Transform } from 'class-transformer';

const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_HINT = 'dd/mm/yyyy or yyyy-mm-dd';

/** ISO for a valid dd/mm/yyyy or ISO date; anything else is returned unchanged for `@Matches` to refuse. */
export function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const vietnamese = VIETNAMESE_DATE.exec(value.trim());
  const iso = vietnamese
    ? `${vietnamese[3]}-${vietnamese[2]!.padStart(2, '0')}-${vietnamese[1]!.padStart(2, '0')}`
    : value.trim();
  if (!ISO_DATE.test(iso)) return value;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : value;
}

export const CalendarDate = () => Transform(({ value }) => toIsoDate(value));
export const ISO_DATE_PATTERN = ISO_DATE;

/** Today's date in Vietnam (ISO): business dates are judged by the local day. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
