import { useApiQuery } from '../../core/query';
import type { ReportKind, ReportParams, UnitReport } from './types';

export function reportPath(kind: ReportKind): string {
  return kind === 'annual' ? '/reports/annual' : '/reports/monthly';
}

/** The query string of a report (the annual report has no month). */
export function reportQuery(p: ReportParams): Record<string, string | number | undefined> {
  return p.kind === 'annual'
    ? { unit: p.unit, year: p.year, asKnownOn: p.asKnownOn }
    : { unit: p.unit, year: p.year, month: p.month, asKnownOn: p.asKnownOn };
}

/** A unit's monthly or annual report (`GET /api/reports/monthly|annual`); null params = not yet. */
export function useUnitReport(params: ReportParams | null) {
  return useApiQuery<UnitReport>(params ? reportPath(params.kind) : null, params ? reportQuery(params) : undefined, {
    staleTime: 60_000,
    // A refused or failed report will fail again: retry only when the network dropped.
    retry: (count, error) => error.status === 0 && count < 2,
  });
}

/** The months a year's report covers: up to this month for the current year, all 12 before. */
export function lastMonthOf(year: number, today = new Date()): number {
  const current = today.getFullYear();
  if (year < current) return 12;
  if (year === current) return today.getMonth() + 1;
  return 0;
}

/** Years to pick from: the last `span` years up to this one, newest first. */
export function recentYears(span = 6, today = new Date()): number[] {
  const current = today.getFullYear();
  return Array.from({ length: span }, (_, i) => current - i);
}
