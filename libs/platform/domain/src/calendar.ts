/**
 * Calendar dates as ISO `yyyy-mm-dd` strings, shared by every context: they compare correctly as
 * strings. Pure; the clock is passed in.
 */

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** True for a real calendar day written `yyyy-mm-dd` (not 2025-02-31). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Forms in Vietnam write dates as dd/mm/yyyy; the API accepts that as well as ISO and stores ISO.
 * Anything else (or an impossible day like 31/02) is returned unchanged, so validation rejects it
 * naming the field.
 */
export function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  const vietnamese = VIETNAMESE_DATE.exec(trimmed);
  const iso = vietnamese
    ? `${vietnamese[3]}-${vietnamese[2]!.padStart(2, '0')}-${vietnamese[1]!.padStart(2, '0')}`
    : trimmed;
  return isIsoDate(iso) ? iso : value;
}

/** Today's date in Vietnam (ISO): business dates are judged by the local day. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
