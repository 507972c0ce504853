/**
 * A monthly (or annual: month 12) report of a unit against the plan: each indicator with its
 * target for the year, the month, year-to-date, % of target, a year-end forecast and a status;
 * the activity counts; the breakdown by sub-unit (villages of a commune).
 *
 * Forecast (year-end value):
 * - counts (B1, B2): with a full previous year of records, last year's monthly profile —
 *   year-to-date ÷ (share of last year's total reached by the same month); otherwise linear,
 *   year-to-date × 12 ÷ months elapsed.
 * - rates (A1, A2, B3, C1…): with a full previous year, the current value plus last year's change
 *   from the same month-end to December; otherwise the change since 1 January extrapolated
 *   linearly to December (or the current value when nothing was known on 1 January); clamped to
 *   0–100 %. December's forecast is December's value.
 * Status (respecting the comparator; `<`/`≤`: lower is better), with a tolerance of 10 %:
 * - achieved: a count already meets the annual target; a rate meets it at the year's end (December);
 * - on track: the forecast meets the target;
 * - at risk: the forecast misses by no more than the tolerance (≥ 90 % of a "more is better" target,
 *   ≤ 110 % of a "less is better" one), before December;
 * - off track: otherwise. `no_target`: the plan sets none for the year; `no_data`: nothing to divide by.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { foldEvents } from '@vieclam/platform/domain';
import { checkPlan, meets, type PlanFinding } from '../plan/check-plan';
import { planDecider, targetOn, type PlanState } from '../plan/plan.decider';
import type { Comparator, IndicatorKind, PlanEvent, PlanIndicator, PrintedFigure } from '../plan/plan.events';
import {
  activityCounts,
  countStarts,
  firstDeparturesPerPersonYear,
  firstJobStartsPerPersonYear,
  notDeprivedShare,
  poorHouseholdRate,
  trainedWorkerRates,
  unemploymentRate,
  type ActivityCounts,
  type CountedStart,
  type LabourForceOptions,
  type NewJobChannel,
  type RatioWithBreakdown,
  type Scope,
} from './indicators';
import { loanPortfolio, type LoanPortfolioFigures } from './loan-portfolio';
import { knownAsOf, monthRange, type DateRange } from './two-clocks';

/** What the tracker computes for a plan indicator. */
export type Measure =
  | { kind: 'new_jobs' }
  | { kind: 'labour_export' }
  | { kind: 'unemployment' }
  | { kind: 'trained' }
  | { kind: 'certified' }
  | { kind: 'poor_households' }
  | { kind: 'not_deprived'; deprivation: string };

export type IndicatorStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_target' | 'no_data';
/** `current_value`: a rate with no earlier value to extrapolate from is forecast to stay as it is. */
export type ForecastMethod = 'last_year_profile' | 'linear' | 'current_value' | 'none';

export interface IndicatorRow {
  code: string;
  name: { vi: string; en: string };
  unit: PlanIndicator['unit'];
  kind: IndicatorKind;
  comparator: Comparator;
  source: 'computed' | 'reported' | 'not_available';
  /** The annual target as it stood at the end of the reported month (amendments applied). */
  target: PrintedFigure | null;
  /** Counts: the month's count. Rates: the value at the month's end. */
  month: number | null;
  /** Counts: January to the month's end. Rates: the value at the month's end. */
  yearToDate: number | null;
  percentOfTarget: number | null;
  forecast: { value: number | null; method: ForecastMethod };
  status: IndicatorStatus;
  bySubUnit: Record<string, { month: number | null; yearToDate: number | null }>;
  /** B1 only: year-to-date by channel. */
  byChannel?: Record<NewJobChannel, number>;
  /** Rates: numerator and denominator at the month's end. */
  fraction?: { numerator: number; denominator: number };
  /** Values entered by hand (`IndicatorValueReported`): the latest on or before the month's end. */
  reported?: { value: number; asOf: string; source: string; reportedOn: string };
}

export interface IndicatorReport {
  planId: string;
  planNumber: string;
  planAdoptedOn: string;
  unitCode: string;
  year: number;
  month: number;
  period: DateRange;
  asKnownOn: string | null;
  rows: IndicatorRow[];
  activities: { month: ActivityCounts; yearToDate: ActivityCounts };
  /** Policy loans: disbursed in the month and the year, outstanding and overdue at the month's end. */
  loans: LoanPortfolioFigures;
  /** The plan's own inconsistencies, shown with every report. */
  planFindings: PlanFinding[];
}

export interface IndicatorReportInput {
  /** Events of the plan's stream. */
  planEvents: readonly RecordedEvent[];
  /** The consumed events of the other contexts, in log order. */
  events: readonly RecordedEvent[];
  year: number;
  /** 1–12; an annual report is month 12. */
  month: number;
  scope: Scope;
  /** The "as known on" point (date: end of that day in Vietnam; or a timestamp). Null: live. */
  asKnownOn: string | null;
  /** Which computation serves which plan indicator. */
  measures: Readonly<Record<string, Measure>>;
  /**
   * From when the tracker holds complete records for this scope (default: the earliest business
   * date among the events). A previous year counts as full when this falls on or before its 31
   * January (a record-keeping start in the first month still gives a usable monthly profile).
   */
  recordsSince?: string;
  /** Relative shortfall still called "at risk" (default 0.1). */
  tolerance?: number;
  labourForce?: LabourForceOptions;
}

export function buildIndicatorReport(input: IndicatorReportInput): IndicatorReport {
  const { year, month, scope } = input;
  const planEvents = knownAsOf(input.planEvents, input.asKnownOn);
  const events = knownAsOf(input.events, input.asKnownOn);
  const plan = foldEvents(
    planDecider,
    planEvents.map((e) => ({ type: e.type, data: e.data }) as PlanEvent),
  );
  if (!plan.plan) throw new RangeError('No plan is known at that point');
  const period = monthRange(year, month);
  const yearToDate: DateRange = { from: `${year}-01-01`, to: period.to };
  const fullPreviousYear = hasFullYear(events, year - 1, input.recordsSince);
  const context: RowContext = {
    ...input,
    events,
    plan,
    period,
    yearToDate,
    fullPreviousYear,
    tolerance: input.tolerance ?? 0.1,
    starts: null,
    departures: null,
  };
  return {
    planId: plan.plan.planId,
    planNumber: plan.plan.number,
    planAdoptedOn: plan.plan.adoptedOn,
    unitCode: scope.unitCode,
    year,
    month,
    period,
    asKnownOn: input.asKnownOn,
    rows: plan.plan.indicators.map((indicator) => rowFor(indicator, context)),
    activities: {
      month: activityCounts(events, period, scope),
      yearToDate: activityCounts(events, yearToDate, scope),
    },
    loans: loanPortfolio(events, period, yearToDate, scope),
    planFindings: checkPlan(plan.plan),
  };
}

interface RowContext extends IndicatorReportInput {
  plan: PlanState;
  period: DateRange;
  yearToDate: DateRange;
  fullPreviousYear: boolean;
  tolerance: number;
  starts: CountedStart[] | null;
  departures: CountedStart[] | null;
}

/**
 * The year's target: the annex's (amendments applied); for a rate printed only in section II, its
 * target to the end of the period holds for every year of the period. A count printed only in
 * section II ("about 15 houses" over the period) has no annual target.
 */
export function annualTarget(
  plan: PlanState,
  indicator: PlanIndicator,
  year: number,
  periodEnd: string,
): PrintedFigure | null {
  const target = targetOn(plan, indicator.code, year, periodEnd);
  if (target) return target;
  const period = plan.plan?.period;
  const inPeriod = period !== undefined && year >= period.fromYear && year <= period.toYear;
  if (indicator.kind === 'stock' && indicator.sectionTarget && inPeriod)
    return figureOf(indicator.sectionTarget);
  return null;
}

export type RowBase = Pick<IndicatorRow, 'code' | 'name' | 'unit' | 'kind' | 'comparator' | 'target'>;

/** The row's identity and its target for the year (the target as it stood at the period's end). */
export function rowBase(plan: PlanState, indicator: PlanIndicator, year: number, periodEnd: string): RowBase {
  return {
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    kind: indicator.kind,
    comparator: indicator.comparator,
    target: annualTarget(plan, indicator, year, periodEnd),
  };
}

/** What the forecasts and statuses of a report's rows depend on besides the figures. */
export interface RowOptions {
  /** 1–12 (12: the year is closed). */
  month: number;
  fullPreviousYear: boolean;
  tolerance: number;
}

/** A count's figures in the scope, however they were computed (events or read models). */
export interface FlowFigures {
  month: number;
  yearToDate: number;
  /** Counts of last year, asked only with a full previous year before December. */
  lastYear: () => { toSameMonth: number; whole: number };
  bySubUnit: IndicatorRow['bySubUnit'];
  /** B1 only. */
  byChannel?: Record<NewJobChannel, number>;
}

/** A count's row (B1, B2): month, year-to-date, forecast (last year's profile, else linear), status. */
export function flowRowFrom(base: RowBase, figures: FlowFigures, options: RowOptions): IndicatorRow {
  const ytd = figures.yearToDate;
  let forecast: IndicatorRow['forecast'] = { value: (ytd * 12) / options.month, method: 'linear' };
  if (options.month === 12) forecast = { value: ytd, method: 'linear' };
  else if (options.fullPreviousYear) {
    const { toSameMonth, whole } = figures.lastYear();
    if (toSameMonth > 0 && whole > 0) {
      forecast = { value: ytd / (toSameMonth / whole), method: 'last_year_profile' };
    }
  }
  return {
    ...base,
    source: 'computed',
    month: figures.month,
    yearToDate: ytd,
    percentOfTarget: percentOf(ytd, base.target),
    forecast,
    status: statusOf({
      kind: 'flow',
      target: base.target,
      value: ytd,
      forecast: forecast.value,
      yearClosed: options.month === 12,
      tolerance: options.tolerance,
    }),
    bySubUnit: figures.bySubUnit,
    ...(figures.byChannel ? { byChannel: figures.byChannel } : {}),
  };
}

/** A rate's figures in the scope: its value at the period's end, and earlier values when asked. */
export interface StockFigures {
  now: RatioWithBreakdown;
  /** The rate's percent at last year's same month-end or at last year's end (asked lazily). */
  earlier: (when: 'lastYearSameMonth' | 'lastYearEnd') => number | null;
}

/** A rate's row: the value at the month's end, the forecast (last year's change, else linear), status. */
export function stockRowFrom(base: RowBase, figures: StockFigures, options: RowOptions): IndicatorRow {
  const { now } = figures;
  const value = now.percent;
  let forecast: IndicatorRow['forecast'] = { value, method: value === null ? 'none' : 'current_value' };
  if (value !== null && options.month < 12) {
    const lastYearSameMonth = options.fullPreviousYear ? figures.earlier('lastYearSameMonth') : null;
    const lastYearEnd = figures.earlier('lastYearEnd');
    if (lastYearSameMonth !== null && lastYearEnd !== null) {
      forecast = {
        value: clampPercent(value + (lastYearEnd - lastYearSameMonth)),
        method: 'last_year_profile',
      };
    } else if (lastYearEnd !== null) {
      forecast = {
        value: clampPercent(value + ((value - lastYearEnd) * (12 - options.month)) / options.month),
        method: 'linear',
      };
    }
  }
  const bySubUnit: IndicatorRow['bySubUnit'] = {};
  for (const [unit, r] of Object.entries(now.bySubUnit))
    bySubUnit[unit] = { month: r.percent, yearToDate: r.percent };
  return {
    ...base,
    source: 'computed',
    month: value,
    yearToDate: value,
    percentOfTarget: value === null ? null : percentOf(value, base.target),
    forecast,
    status: statusOf({
      kind: 'stock',
      target: base.target,
      value,
      forecast: forecast.value,
      yearClosed: options.month === 12,
      tolerance: options.tolerance,
    }),
    bySubUnit,
    fraction: { numerator: now.numerator, denominator: now.denominator },
  };
}

/** An indicator the tracker cannot observe: the latest value reported for the unit by the period's end. */
export function reportedRowFrom(
  base: RowBase,
  plan: PlanState,
  unitCode: string,
  periodEnd: string,
  options: RowOptions,
): IndicatorRow {
  const reported = plan.reportedValues
    .filter((r) => r.indicatorCode === base.code && r.unitCode === unitCode && r.asOf <= periodEnd)
    .reduce<PlanState['reportedValues'][number] | null>(
      (latest, r) => (latest === null || r.asOf >= latest.asOf ? r : latest),
      null,
    );
  const target = base.target;
  const value = reported?.value ?? null;
  return {
    ...base,
    source: reported ? 'reported' : 'not_available',
    month: value,
    yearToDate: value,
    percentOfTarget: value === null ? null : percentOf(value, target),
    forecast: { value, method: 'none' },
    status: statusOf({
      kind: base.kind,
      target,
      value,
      forecast: value,
      yearClosed: options.month === 12,
      tolerance: options.tolerance,
    }),
    bySubUnit: {},
    ...(reported
      ? {
          reported: {
            value: reported.value,
            asOf: reported.asOf,
            source: reported.source,
            reportedOn: reported.reportedOn,
          },
        }
      : {}),
  };
}

function rowFor(indicator: PlanIndicator, ctx: RowContext): IndicatorRow {
  const base = rowBase(ctx.plan, indicator, ctx.year, ctx.period.to);
  const measure = ctx.measures[indicator.code];
  if (!indicator.observed || !measure) {
    return reportedRowFrom(base, ctx.plan, ctx.scope.unitCode, ctx.period.to, ctx);
  }
  if (measure.kind === 'new_jobs' || measure.kind === 'labour_export') {
    return flowRow(base, measure.kind, ctx);
  }
  return stockRowFrom(
    base,
    {
      now: stockAt(measure, ctx, ctx.period.to),
      earlier: (when) =>
        stockAt(
          measure,
          ctx,
          when === 'lastYearEnd' ? `${ctx.year - 1}-12-31` : monthRange(ctx.year - 1, ctx.month).to,
        ).percent,
    },
    ctx,
  );
}

function flowRow(base: RowBase, kind: 'new_jobs' | 'labour_export', ctx: RowContext): IndicatorRow {
  const starts =
    kind === 'new_jobs'
      ? (ctx.starts ??= firstJobStartsPerPersonYear(ctx.events))
      : (ctx.departures ??= firstDeparturesPerPersonYear(ctx.events));
  const month = countStarts(starts, ctx.period, ctx.scope);
  const ytd = countStarts(starts, ctx.yearToDate, ctx.scope);
  const units = new Set([...Object.keys(month.bySubUnit), ...Object.keys(ytd.bySubUnit)]);
  const bySubUnit: IndicatorRow['bySubUnit'] = {};
  for (const unit of [...units].sort()) {
    bySubUnit[unit] = { month: month.bySubUnit[unit] ?? 0, yearToDate: ytd.bySubUnit[unit] ?? 0 };
  }
  const lastYear = (to: string) =>
    countStarts(starts, { from: `${ctx.year - 1}-01-01`, to }, ctx.scope).total;
  return flowRowFrom(
    base,
    {
      month: month.total,
      yearToDate: ytd.total,
      lastYear: () => ({
        toSameMonth: lastYear(monthRange(ctx.year - 1, ctx.month).to),
        whole: lastYear(`${ctx.year - 1}-12-31`),
      }),
      bySubUnit,
      ...(kind === 'new_jobs' ? { byChannel: ytd.byChannel } : {}),
    },
    ctx,
  );
}

function stockAt(measure: Measure, ctx: RowContext, date: string): RatioWithBreakdown {
  switch (measure.kind) {
    case 'unemployment':
      return unemploymentRate(ctx.events, date, ctx.scope, ctx.labourForce);
    case 'trained':
      return trainedWorkerRates(ctx.events, date, ctx.scope, ctx.labourForce).trained;
    case 'certified':
      return trainedWorkerRates(ctx.events, date, ctx.scope, ctx.labourForce).certified;
    case 'poor_households':
      return poorHouseholdRate(ctx.events, date, ctx.scope);
    case 'not_deprived':
      return notDeprivedShare(ctx.events, date, ctx.scope, measure.deprivation);
    default:
      throw new RangeError(`Not a rate: ${measure.kind}`);
  }
}

const figureOf = (f: PrintedFigure): PrintedFigure => ({
  printed: f.printed,
  comparator: f.comparator,
  value: f.value,
});

export interface StatusInput {
  kind: IndicatorKind;
  target: PrintedFigure | null;
  /** Counts: year-to-date. Rates: the value at the date. */
  value: number | null;
  forecast: number | null;
  /** True for December (or an annual report): the year's figure is final. */
  yearClosed: boolean;
  tolerance: number;
}

export function statusOf({
  kind,
  target,
  value,
  forecast,
  yearClosed,
  tolerance,
}: StatusInput): IndicatorStatus {
  if (target === null) return 'no_target';
  if (value === null) return 'no_data';
  const moreIsBetter = target.comparator === '>' || target.comparator === '≥';
  if ((kind === 'flow' && moreIsBetter) || yearClosed) {
    if (meets(value, target)) return 'achieved';
    if (yearClosed) return 'off_track';
  }
  const expected = forecast ?? value;
  if (meets(expected, target)) return 'on_track';
  const slack = Math.abs(target.value) * tolerance;
  const nearly =
    target.comparator === '='
      ? Math.abs(expected - target.value) <= slack
      : moreIsBetter
        ? expected >= target.value - slack
        : expected <= target.value + slack;
  return nearly ? 'at_risk' : 'off_track';
}

function percentOf(value: number, target: PrintedFigure | null): number | null {
  if (target === null || target.value === 0) return null;
  return (value / target.value) * 100;
}

const clampPercent = (value: number): number => Math.min(100, Math.max(0, value));

function hasFullYear(
  events: readonly RecordedEvent[],
  year: number,
  recordsSince: string | undefined,
): boolean {
  let earliest = recordsSince;
  if (earliest === undefined) {
    for (const e of events)
      if (earliest === undefined || e.metadata.occurredOn < earliest) earliest = e.metadata.occurredOn;
  }
  return earliest !== undefined && earliest <= `${year}-01-31`;
}
