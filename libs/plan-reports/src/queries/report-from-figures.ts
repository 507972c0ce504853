/**
 * Pure: an `IndicatorReport` from the figures the read models give (counts per sub-unit). Targets,
 * forecasts and statuses come from the same row functions `buildIndicatorReport` uses
 * (`rowBase`, `flowRowFrom`, `stockRowFrom`, `reportedRowFrom`); only the figures differ in origin. The
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
  type RatioWithBreakdown,
} from '../domain/indicators/indicators';
import {
  flowRowFrom,
  reportedRowFrom,
  rowBase,
  stockRowFrom,
  type IndicatorReport,
  type IndicatorRow,
  type Measure,
  type RowBase,
} from '../domain/indicators/indicator-report';
import { loanFiguresFromTallies, type LoanTally } from '../domain/indicators/loan-portfolio';
import { knownAsOf, monthRange, type DateRange } from '../domain/indicators/two-clocks';
import { checkPlan } from '../domain/plan/check-plan';
import { planDecider, type PlanState } from '../domain/plan/plan.decider';
import type { PlanEvent, PlanIndicator } from '../domain/plan/plan.events';

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

function rowFor(indicator: PlanIndicator, ctx: Context): IndicatorRow {
  const base = rowBase(ctx.plan, indicator, ctx.year, ctx.period.to);
  const measure = ctx.measures[indicator.code];
  if (!indicator.observed || !measure) {
    return reportedRowFrom(base, ctx.plan, ctx.unitCode, ctx.period.to, ctx);
  }
  if (measure.kind === 'new_jobs') return flowRow(base, 'B1', ctx);
  if (measure.kind === 'labour_export') return flowRow(base, 'B2', ctx);
  return stockRowFrom(
    base,
    { now: stockAt(measure, ctx, 'now'), earlier: (when) => stockAt(measure, ctx, when).percent },
    ctx,
  );
}

function flowRow(base: RowBase, kind: 'B1' | 'B2', ctx: Context): IndicatorRow {
  const rows = ctx.figures.flows.filter((r) => r.kind === kind);
  const sum = (keep: (r: FlowCountRow) => boolean) => rows.filter(keep).reduce((n, r) => n + r.count, 0);
  const inMonth = (r: FlowCountRow) => r.year === ctx.year && r.month === ctx.month;
  const inYtd = (r: FlowCountRow) => r.year === ctx.year && r.month <= ctx.month;
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
  return flowRowFrom(
    base,
    {
      month: sum(inMonth),
      yearToDate: sum(inYtd),
      lastYear: () => ({
        toSameMonth: sum((r) => r.year === ctx.year - 1 && r.month <= ctx.month),
        whole: sum((r) => r.year === ctx.year - 1),
      }),
      bySubUnit,
      ...(kind === 'B1' ? { byChannel } : {}),
    },
    ctx,
  );
}

function stockAt(measure: Measure, ctx: Context, key: DateKey): RatioWithBreakdown {
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

export const zeroActivities = (): Record<Activity, number> =>
  Object.fromEntries(Object.keys(ACTIVITIES).map((k) => [k, 0])) as Record<Activity, number>;
