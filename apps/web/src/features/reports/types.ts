import type { Bilingual } from '../../core/i18n';

/** Response shapes of `/api/reports/*` (libs/plan-reports: indicator-report.ts, indicator-report.query.ts). */
export type IndicatorStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_target' | 'no_data';
export type ForecastMethod = 'last_year_profile' | 'linear' | 'current_value' | 'none';
export type Comparator = '>' | '≥' | '<' | '≤' | '=';
export type IndicatorUnit = 'percent' | 'persons' | 'houses';
export type ReportKind = 'monthly' | 'annual';

export interface PrintedFigure {
  printed: string;
  comparator: Comparator;
  value: number;
}

export interface IndicatorRow {
  code: string;
  name: Bilingual;
  unit: IndicatorUnit;
  kind: 'flow' | 'stock';
  comparator: Comparator;
  source: 'computed' | 'reported' | 'not_available';
  target: PrintedFigure | null;
  month: number | null;
  yearToDate: number | null;
  percentOfTarget: number | null;
  forecast: { value: number | null; method: ForecastMethod };
  status: IndicatorStatus;
  bySubUnit: Record<string, { month: number | null; yearToDate: number | null }>;
  byChannel?: Record<string, number>;
  fraction?: { numerator: number; denominator: number };
  reported?: { value: number; asOf: string; source: string; reportedOn: string };
}

export const ACTIVITY_KEYS = [
  'consultations',
  'referrals',
  'jobStarts',
  'enrolments',
  'completions',
  'certificates',
  'loansDisbursed',
  'departures',
  'withdrawals',
  'returns',
] as const;
export type ActivityKey = (typeof ACTIVITY_KEYS)[number];
export type ActivityCounts = Record<ActivityKey, number> & { bySubUnit?: Record<string, Record<ActivityKey, number>> };

export interface LoanFigures {
  disbursed: { month: { count: number; amount: number }; yearToDate: { count: number; amount: number } };
  outstandingPrincipal: number;
  overduePrincipal: number;
  overduePercent: number | null;
}

export interface PlanFinding {
  kind: string;
  severity: 'inconsistency' | 'note';
  indicatorCode: string | null;
  figures: Record<string, string | number>;
  message: Bilingual;
}

export interface UnitReport {
  planId: string;
  planNumber: string;
  planAdoptedOn: string;
  planTitle: string;
  planUnitName: string;
  unitCode: string;
  unitName: string;
  unitLevel: string;
  kind: ReportKind;
  year: number;
  month: number;
  period: { from: string; to: string };
  asKnownOn: string | null;
  rows: IndicatorRow[];
  activities: { month: ActivityCounts; yearToDate: ActivityCounts };
  loans?: LoanFigures & { bySubUnit: Record<string, LoanFigures> };
  planFindings: PlanFinding[];
  subUnitNames: Record<string, string>;
  generatedAt: string;
}

export interface FigureDifference {
  indicatorCode: string;
  field: 'target' | 'month' | 'yearToDate' | 'forecast' | 'status';
  submitted: number | string | null;
  current: number | string | null;
}

/** `GET /api/reports/submitted` (404 `report_not_submitted` when nothing was submitted). */
export interface SubmittedReport {
  reportId: string;
  submittedOn: string;
  submittedBy: string;
  asKnownOn: string;
  report: UnitReport;
  reproduced: boolean;
  differencesSinceSubmission: FigureDifference[];
}

/** `POST /api/reports/submit`. */
export interface SubmitResult {
  reportId: string;
  asKnownOn: string;
  submittedOn: string;
  report: UnitReport;
}

/** What identifies one report to fetch. */
export interface ReportParams {
  unit: string;
  kind: ReportKind;
  year: number;
  month: number;
  asKnownOn?: string;
}
