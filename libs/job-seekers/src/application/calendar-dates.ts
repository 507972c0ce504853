import { Transform } from 'class-transformer';

const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Forms in Vietnam write dates as dd/mm/yyyy; the API accepts that as well as ISO `yyyy-mm-dd` and
 * stores ISO. Anything else (or an impossible day like 31/02) is returned unchanged, so the DTO's
 * `@Matches(ISO_DATE_PATTERN)` rejects it naming the field.
 */
export function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  const vietnamese = VIETNAMESE_DATE.exec(trimmed);
  const iso = vietnamese
    ? `${vietnamese[3]}-${vietnamese[2]!.padStart(2, '0')}-${vietnamese[1]!.padStart(2, '0')}`
    : trimmed;
  if (!ISO_DATE.test(iso)) return value;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : value;
}

export const ISO_DATE_PATTERN = ISO_DATE;

/** DTO property decorator: accept dd/mm/yyyy or yyyy-mm-dd, hand the handler yyyy-mm-dd. */
export const CalendarDate = () => Transform(({ value }) => toIsoDate(value));

/** Today's date in Vietnam (ISO): business dates are judged by the local day. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `date` plus `days` (ISO in, ISO out). */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}
