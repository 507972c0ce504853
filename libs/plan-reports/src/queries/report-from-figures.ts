/**
 * Pure: an `IndicatorReport` from the figures the read models give (counts per sub-unit), with
 * the same targets, forecasts and statuses as `buildIndicatorReport` computes from events. The
 * read-model path must agree with that function: `indicator-report.query.int.spec.ts` checks it.
 */
import { foldEvents } from '@vieclam/platform/domain';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import {
  ACTIVITIES,
  ratio,
  type Activity,
  type ActivityCounts,
  type NewJobChannel,
  type Ratio,
} from '../domain/indicators/indicators';
import {
  statusOf,
  type IndicatorReport,
  type IndicatorRow,
  type Measure,
} from '../domain/indicators/indicator-report';
import { loanFiguresFromTallies, type LoanTally } from '../domain/indicators/loan-portfolio';
import { knownAsOf, monthRange, type DateRange } from '../domain/indicators/two-clocks';
import { checkPlan } from '../domain/plan/check-plan';
import { planDecider, targetOn, type PlanState } from '../domain/plan/plan.decider';
import type { PlanEvent, PlanIndicator, PrintedFigure } from '../domain/plan/plan.events';

export interface FlowCountRow {
  kind: 'B1' | 'B2';
  year: number;
  month: number;
  channel: NewJobChannel;
  subUnit: string;
  count: number;
}

/** Labour-force tallies of one sub-unit at one date. */
export interface PersonTally {
  employed: number;
  unemployed: number;
  trainedEmployed: number;
  certifiedEmployed: number;
}

/** Households with a review in force, by class and deprivations, of one sub-unit at one date. */
export interface HouseholdTally {
  households: number;
  poor: number;
  /** Poor or near-poor households, by their sorted deprivations joined with commas. */
  poorOrNearPoorByDeprivations: Record<string, number>;
}

export type DateKey = 'now' | 'lastYearSameMonth' | 'lastYearEnd';

export interface ReportFigures {
  flows: FlowCountRow[];
  persons: Record<DateKey, Record<string, PersonTally>>;
  households: Record<DateKey, Record<string, HouseholdTally>>;
  activities: { month: ActivityCounts; yearToDate: ActivityCounts };
  /** Loan sums by sub-unit: disbursements in the month and the year, balances at the month's end. */
  loans: Record<string, LoanTally>;
  /** The earliest business date known at the point (decides whether last year is complete). */
  recordsSince: string | null;
}

export interface ReportFromFiguresInput {
  planEvents: readonly RecordedEvent[];
  unitCode: string;
  year: number;
  month: number;
  asKnownOn: string | null;
  measures: Readonly<Record<string, Measure>>;
  figures: ReportFigures;
  tolerance?: number;
}

interface Context extends ReportFromFiguresInput {
  plan: PlanState;
  period: DateRange;
  fullPreviousYear: boolean;
  tolerance: number;
}

export function reportFromFigures(input: ReportFromFiguresInput): IndicatorReport {
  const planEvents = knownAsOf(input.planEvents, input.asKnownOn);
  const plan = foldEvents(
    planDecider,
    planEvents.map((e) => ({ type: e.type, data: e.data }) as PlanEvent),
  );
  if (!plan.plan) throw new RangeError('No plan is known at that point');
  const period = monthRange(input.year, input.month);
  const since = input.figures.recordsSince;
  const ctx: Context = {
    ...input,
    plan,
    period,
    fullPreviousYear: since !== null && since <= `${input.year - 1}-01-31`,
    tolerance: input.tolerance ?? 0.1,
  };
  return {
    planId: plan.plan.planId,
    planNumber: plan.plan.number,
    planAdoptedOn: plan.plan.adoptedOn,
    unitCode: input.unitCode,
    year: input.year,
    month: input.month,
    period,
    asKnownOn: input.asKnownOn,
    rows: plan.plan.indicators.map((indicator) => rowFor(indicator, ctx)),
    activities: input.figures.activities,
    loans: loanFiguresFromTallies(input.figures.loans),
    planFindings: checkPlan(plan.plan),
  };
}

function annualTarget(indicator: PlanIndicator, ctx: Context): PrintedFigure | null {
  const target = targetOn(ctx.plan, indicator.code, ctx.year, ctx.period.to);
  if (target) return target;
  const period = ctx.plan.plan?.period;
  const inPeriod = period !== undefined && ctx.year >= period.fromYear && ctx.year <= period.toYear;
  if (indicator.kind === 'stock' && indicator.sectionTarget && inPeriod) {
    const { printed, comparator, value } = indicator.sectionTarget;
    return { printed, comparator, value };
  }
  return null;
}

type RowBase = Pick<IndicatorRow, 'code' | 'name' | 'unit' | 'kind' | 'comparator' | 'target'>;

function rowFor(indicator: PlanIndicator, ctx: Context): IndicatorRow {
  const base: RowBase = {
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    kind: indicator.kind,
    comparator: indicator.comparator,
    target: annualTarget(indicator, ctx),
  };
  const measure = ctx.measures[indicator.code];
  if (!indicator.observed || !measure) return reportedRow(base, indicator, ctx);
  if (measure.kind === 'new_jobs') return flowRow(base, 'B1', ctx);
  if (measure.kind === 'labour_export') return flowRow(base, 'B2', ctx);
  return stockRow(base, measure, ctx);
}

function flowRow(base: RowBase, kind: 'B1' | 'B2', ctx: Context): IndicatorRow {
  const rows = ctx.figures.flows.filter((r) => r.kind === kind);
  const sum = (keep: (r: FlowCountRow) => boolean) => rows.filter(keep).reduce((n, r) => n + r.count, 0);
  const inMonth = (r: FlowCountRow) => r.year === ctx.year && r.month === ctx.month;
  const inYtd = (r: FlowCountRow) => r.year === ctx.year && r.month <= ctx.month;
  const month = sum(inMonth);
  const ytd = sum(inYtd);
  let forecast: IndicatorRow['forecast'] = { value: (ytd * 12) / ctx.month, method: 'linear' };
  if (ctx.month === 12) forecast = { value: ytd, method: 'linear' };
  else if (ctx.fullPreviousYear) {
    const before = sum((r) => r.year === ctx.year - 1 && r.month <= ctx.month);
    const whole = sum((r) => r.year === ctx.year - 1);
    if (before > 0 && whole > 0) forecast = { value: ytd / (before / whole), method: 'last_year_profile' };
  }
  const bySubUnit: IndicatorRow['bySubUnit'] = {};
  const units = [...new Set(rows.filter(inYtd).map((r) => r.subUnit))].sort();
  for (const unit of units) {
    bySubUnit[unit] = {
      month: sum((r) => inMonth(r) && r.subUnit === unit),
      yearToDate: sum((r) => inYtd(r) && r.subUnit === unit),
    };
  }
  const byChannel: Record<NewJobChannel, number> = {
    placement: 0,
    self_employment: 0,
    loan_financed: 0,
    overseas: 0,
  };
  for (const r of rows) if (inYtd(r)) byChannel[r.channel] += r.count;
  return {
    ...base,
    source: 'computed',
    month,
    yearToDate: ytd,
    percentOfTarget: percentOf(ytd, base.target),
    forecast,
    status: statusOf({
      kind: 'flow',
      target: base.target,
      value: ytd,
      forecast: forecast.value,
      yearClosed: ctx.month === 12,
      tolerance: ctx.tolerance,
    }),
    bySubUnit,
    ...(kind === 'B1' ? { byChannel } : {}),
  };
}

interface RatioWithUnits extends Ratio {
  bySubUnit: Record<string, Ratio>;
}

function stockAt(measure: Measure, ctx: Context, key: DateKey): RatioWithUnits {
  const parts: Array<[string, number, number]> = [];
  if (measure.kind === 'poor_households' || measure.kind === 'not_deprived') {
    for (const [unit, t] of Object.entries(ctx.figures.households[key])) {
      if (measure.kind === 'poor_households') {
        parts.push([unit, t.poor, t.households]);
        continue;
      }
      let all = 0;
      let notDeprived = 0;
      for (const [deprivations, n] of Object.entries(t.poorOrNearPoorByDeprivations)) {
        all += n;
        if (!deprivations.split(',').includes(measure.deprivation)) notDeprived += n;
      }
      parts.push([unit, notDeprived, all]);
    }
  } else {
    for (const [unit, t] of Object.entries(ctx.figures.persons[key])) {
      if (measure.kind === 'unemployment') parts.push([unit, t.unemployed, t.employed + t.unemployed]);
      else if (measure.kind === 'trained') parts.push([unit, t.trainedEmployed, t.employed]);
      else if (measure.kind === 'certified') parts.push([unit, t.certifiedEmployed, t.employed]);
    }
  }
  let numerator = 0;
  let denominator = 0;
  const bySubUnit: Record<string, Ratio> = {};
  for (const [unit, n, d] of parts.sort(([a], [b]) => a.localeCompare(b))) {
    if (d === 0) continue;
    numerator += n;
    denominator += d;
    bySubUnit[unit] = ratio(n, d);
  }
  return { ...ratio(numerator, denominator), bySubUnit };
}

const clampPercent = (value: number): number => Math.min(100, Math.max(0, value));

function stockRow(base: RowBase, measure: Measure, ctx: Context): IndicatorRow {
  const now = stockAt(measure, ctx, 'now');
  const value = now.percent;
  let forecast: IndicatorRow['forecast'] = { value, method: value === null ? 'none' : 'current_value' };
  if (value !== null && ctx.month < 12) {
    const lastYearSameMonth = ctx.fullPreviousYear
      ? stockAt(measure, ctx, 'lastYearSameMonth').percent
      : null;
    const lastYearEnd = stockAt(measure, ctx, 'lastYearEnd').percent;
    if (lastYearSameMonth !== null && lastYearEnd !== null) {
      forecast = {
        value: clampPercent(value + (lastYearEnd - lastYearSameMonth)),
        method: 'last_year_profile',
      };
    } else if (lastYearEnd !== null) {
      forecast = {
        value: clampPercent(value + ((value - lastYearEnd) * (12 - ctx.month)) / ctx.month),
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
      yearClosed: ctx.month === 12,
      tolerance: ctx.tolerance,
    }),
    bySubUnit,
    fraction: { numerator: now.numerator, denominator: now.denominator },
  };
}

function reportedRow(base: RowBase, indicator: PlanIndicator, ctx: Context): IndicatorRow {
  const reported = ctx.plan.reportedValues
    .filter(
      (r) => r.indicatorCode === indicator.code && r.unitCode === ctx.unitCode && r.asOf <= ctx.period.to,
    )
    .reduce<PlanState['reportedValues'][number] | null>(
      (latest, r) => (latest === null || r.asOf >= latest.asOf ? r : latest),
      null,
    );
  const value = reported?.value ?? null;
  return {
    ...base,
    source: reported ? 'reported' : 'not_available',
    month: value,
    yearToDate: value,
    percentOfTarget: value === null ? null : percentOf(value, base.target),
    forecast: { value, method: 'none' },
    status: statusOf({
      kind: indicator.kind,
      target: base.target,
      value,
      forecast: value,
      yearClosed: ctx.month === 12,
      tolerance: ctx.tolerance,
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

function percentOf(value: number, target: PrintedFigure | null): number | null {
  if (target === null || target.value === 0) return null;
  return (value / target.value) * 100;
}

export const zeroActivities = (): Record<Activity, number> =>
  Object.fromEntries(Object.keys(ACTIVITIES).map((k) => [k, 0])) as Record<Activity, number>;
