/**
 * The figures of one report from the indicator read models: a handful of GROUP BY queries over
 * the rows true at the "as known on" point, grouped by unit; the mapping of units to the scope's
 * sub-units (villages of a commune) happens afterwards in code.
 */
import { sql } from 'kysely';
import type { ReadModelDb } from '@vieclam/platform/database';
import {
  ACTIVITIES,
  type Activity,
  type ActivityCounts,
  type NewJobChannel,
} from '../domain/indicators/indicators';
import { emptyLoanTally, type LoanTally } from '../domain/indicators/loan-portfolio';
import { monthRange } from '../domain/indicators/two-clocks';
import {
  COUNTED_START_TABLE,
  FACT_TABLE,
  HOUSEHOLD_STATE_TABLE,
  LOAN_DISBURSEMENT_TABLE,
  LOAN_STATE_TABLE,
  PERSON_STATE_TABLE,
} from '../projections/indicator-facts/indicator-facts.projection';
import {
  zeroActivities,
  type DateKey,
  type FlowCountRow,
  type HouseholdTally,
  type PersonTally,
  type ReportFigures,
} from './report-from-figures';

export interface FiguresRequest {
  /** Every unit code in the scope, mapped to the scope's direct sub-unit (or the scope itself). */
  units: ReadonlyMap<string, string>;
  year: number;
  month: number;
  /** Epoch ms: rows known at this instant. */
  knownAt: number;
}

const n = (value: unknown): number => Number(value ?? 0);

export async function readReportFigures(db: ReadModelDb, request: FiguresRequest): Promise<ReportFigures> {
  const { year, month, knownAt } = request;
  const units = [...request.units.keys()];
  const subUnitOf = (unit: unknown) => request.units.get(String(unit)) ?? String(unit);
  const dates: Record<DateKey, string> = {
    now: monthRange(year, month).to,
    lastYearSameMonth: monthRange(year - 1, month).to,
    lastYearEnd: `${year - 1}-12-31`,
  };
  const empty = {
    flows: [] as FlowCountRow[],
    persons: { now: {}, lastYearSameMonth: {}, lastYearEnd: {} },
    households: { now: {}, lastYearSameMonth: {}, lastYearEnd: {} },
  };
  const figures: ReportFigures = {
    ...empty,
    activities: {
      month: { ...zeroActivities(), bySubUnit: {} },
      yearToDate: { ...zeroActivities(), bySubUnit: {} },
    },
    loans: {},
    recordsSince: null,
  };
  const sincePromise = db
    .selectFrom(FACT_TABLE)
    .select(sql<string | null>`min(occurred_on)`.as('since'))
    .where('recorded_ms', '<=', knownAt)
    .executeTakeFirst();
  if (units.length === 0) {
    figures.recordsSince = (await sincePromise)?.since ?? null;
    return figures;
  }

  const flowPromise = db
    .selectFrom(COUNTED_START_TABLE)
    .select(['kind', 'year', 'month', 'channel', 'org_unit', sql<number>`count(*)`.as('count')])
    .where('year', 'in', [year - 1, year])
    .where('org_unit', 'in', units)
    .where('known_from', '<=', knownAt)
    .where('known_to', '>', knownAt)
    .groupBy(['kind', 'year', 'month', 'channel', 'org_unit'])
    .execute();
  const at = (key: DateKey, condition: string) =>
    sql<number>`sum(case when valid_from <= ${dates[key]} and valid_to > ${dates[key]}${sql.raw(condition)} then 1 else 0 end)`;
  const personPromise = db
    .selectFrom(PERSON_STATE_TABLE)
    .select(['org_unit', 'status', 'trained', 'certified'])
    .select((_) => (Object.keys(dates) as DateKey[]).map((key) => at(key, '').as(key)))
    .where('org_unit', 'in', units)
    .where('valid_from', '<=', dates.now)
    .where('valid_to', '>', dates.lastYearSameMonth)
    .where('known_from', '<=', knownAt)
    .where('known_to', '>', knownAt)
    .where('status', '!=', 'not_in_labour_force')
    .groupBy(['org_unit', 'status', 'trained', 'certified'])
    .execute();
  const householdPromise = db
    .selectFrom(HOUSEHOLD_STATE_TABLE)
    .select(['org_unit', 'class', 'deprivations'])
    .select((_) => (Object.keys(dates) as DateKey[]).map((key) => at(key, '').as(key)))
    .where('org_unit', 'in', units)
    .where('valid_from', '<=', dates.now)
    .where('valid_to', '>', dates.lastYearSameMonth)
    .where('known_from', '<=', knownAt)
    .where('known_to', '>', knownAt)
    .groupBy(['org_unit', 'class', 'deprivations'])
    .execute();
  const activityOf = new Map<string, Activity>(
    (Object.entries(ACTIVITIES) as Array<[Activity, string]>).map(([activity, type]) => [type, activity]),
  );
  const monthFrom = monthRange(year, month).from;
  const activityPromise = db
    .selectFrom(FACT_TABLE)
    .select([
      'type',
      'org_unit',
      sql<number>`sum(case when occurred_on >= ${monthFrom} then 1 else 0 end)`.as('in_month'),
      sql<number>`count(*)`.as('in_year'),
    ])
    .where('occurred_on', '>=', `${year}-01-01`)
    .where('occurred_on', '<=', dates.now)
    .where('type', 'in', [...activityOf.keys()])
    .where('org_unit', 'in', units)
    .where('recorded_ms', '<=', knownAt)
    .groupBy(['type', 'org_unit'])
    .execute();
  const disbursementPromise = db
    .selectFrom(LOAN_DISBURSEMENT_TABLE)
    .select([
      'org_unit',
      sql<number>`sum(case when occurred_on >= ${monthFrom} then 1 else 0 end)`.as('in_month'),
      sql<number>`sum(case when occurred_on >= ${monthFrom} then amount else 0 end)`.as('amount_in_month'),
      sql<number>`count(*)`.as('in_year'),
      sql<number>`sum(amount)`.as('amount_in_year'),
    ])
    .where('occurred_on', '>=', `${year}-01-01`)
    .where('occurred_on', '<=', dates.now)
    .where('org_unit', 'in', units)
    .where('recorded_ms', '<=', knownAt)
    .groupBy('org_unit')
    .execute();
  const loanStatePromise = db
    .selectFrom(LOAN_STATE_TABLE)
    .select([
      'org_unit',
      sql<number>`sum(outstanding_principal)`.as('outstanding'),
      sql<number>`sum(overdue_principal)`.as('overdue'),
    ])
    .where('org_unit', 'in', units)
    .where('valid_from', '<=', dates.now)
    .where('valid_to', '>', dates.now)
    .where('known_from', '<=', knownAt)
    .where('known_to', '>', knownAt)
    .groupBy('org_unit')
    .execute();
  const [since, flowRows, personRows, householdRows, activityRows, disbursementRows, loanStateRows] =
    await Promise.all([
      sincePromise,
      flowPromise,
      personPromise,
      householdPromise,
      activityPromise,
      disbursementPromise,
      loanStatePromise,
    ]);
  figures.recordsSince = since?.since ?? null;
  const flows = new Map<string, FlowCountRow>();
  for (const r of flowRows) {
    const row = {
      kind: r.kind as 'B1' | 'B2',
      year: n(r.year),
      month: n(r.month),
      channel: r.channel as NewJobChannel,
      subUnit: subUnitOf(r.org_unit),
    };
    const key = JSON.stringify(row);
    const held = flows.get(key);
    if (held) held.count += n(r.count);
    else flows.set(key, { ...row, count: n(r.count) });
  }
  figures.flows = [...flows.values()];

  for (const r of personRows as Array<Record<string, unknown>>) {
    for (const key of Object.keys(dates) as DateKey[]) {
      const count = n(r[key]);
      if (count === 0) continue;
      const tally: PersonTally = (figures.persons[key][subUnitOf(r.org_unit)] ??= {
        employed: 0,
        unemployed: 0,
        trainedEmployed: 0,
        certifiedEmployed: 0,
      });
      if (r.status === 'unemployed') tally.unemployed += count;
      else {
        tally.employed += count;
        if (n(r.trained) === 1) tally.trainedEmployed += count;
        if (n(r.certified) === 1) tally.certifiedEmployed += count;
      }
    }
  }

  for (const r of householdRows as Array<Record<string, unknown>>) {
    for (const key of Object.keys(dates) as DateKey[]) {
      const count = n(r[key]);
      if (count === 0) continue;
      const tally: HouseholdTally = (figures.households[key][subUnitOf(r.org_unit)] ??= {
        households: 0,
        poor: 0,
        poorOrNearPoorByDeprivations: {},
      });
      tally.households += count;
      if (r.class === 'poor') tally.poor += count;
      if (r.class === 'poor' || r.class === 'near_poor') {
        const deprivations = String(r.deprivations);
        tally.poorOrNearPoorByDeprivations[deprivations] =
          (tally.poorOrNearPoorByDeprivations[deprivations] ?? 0) + count;
      }
    }
  }

  for (const r of activityRows) {
    const activity = activityOf.get(String(r.type));
    if (!activity) continue;
    const unit = subUnitOf(r.org_unit);
    add(figures.activities.month, activity, unit, n(r.in_month));
    add(figures.activities.yearToDate, activity, unit, n(r.in_year));
  }

  const loanTally = (unit: unknown): LoanTally => (figures.loans[subUnitOf(unit)] ??= emptyLoanTally());
  for (const r of disbursementRows) {
    const tally = loanTally(r.org_unit);
    tally.disbursedInMonth += n(r.in_month);
    tally.amountInMonth += n(r.amount_in_month);
    tally.disbursedInYear += n(r.in_year);
    tally.amountInYear += n(r.amount_in_year);
  }
  for (const r of loanStateRows) {
    const tally = loanTally(r.org_unit);
    tally.outstandingPrincipal += n(r.outstanding);
    tally.overduePrincipal += n(r.overdue);
  }
  return figures;
}

function add(counts: ActivityCounts, activity: Activity, unit: string, count: number): void {
  if (count === 0) return;
  counts[activity] += count;
  const perUnit = (counts.bySubUnit[unit] ??= zeroActivities());
  perUnit[activity] += count;
}
