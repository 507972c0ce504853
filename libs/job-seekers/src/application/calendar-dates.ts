// The shared calendar helpers, re-exported for this context's files and its public surface.
export { ISO_DATE_PATTERN, toIsoDate, todayInVietnam } from '@vieclam/platform/domain';
export { CalendarDate, DATE_HINT } from '@vieclam/platform/command-handling';

/** `date` plus `days` (ISO in, ISO out). */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}
