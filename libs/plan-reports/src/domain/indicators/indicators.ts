/**
 * The plan's indicators computed from recorded events (DESIGN §5), as pure functions. Every
 * function takes the events already cut to what is known (`knownAsOf`) and a scope: a unit code
 * and the unit tree's lineage function, so that roll-up through the dated tree stays outside.
 * Facts are placed by their event's `orgUnit` in the tree valid on their business date.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import {
  personOf,
  type CertificateLevel,
  type ConsumedEventData,
  type HouseholdClass,
  type JobChannel,
  type LabourStatus,
} from '../consumed-events';
import { inRange, yearOf, type DateRange } from './two-clocks';

/** Unit codes from the unit itself up to the root, valid on the date (e.g. village, commune, province). */
export type UnitLineage = (orgUnit: string, onDate: string) => readonly string[];

export interface Scope {
  /** The unit reported on: a village, a commune or a higher unit. */
  unitCode: string;
  lineage: UnitLineage;
}

/**
 * The direct sub-unit of the scope a fact belongs to (a village when the scope is a commune), the
 * scope itself for a fact recorded at the scope's own level, or null when outside the scope.
 */
export function subUnitOf(scope: Scope, orgUnit: string, onDate: string): string | null {
  const lineage = scope.lineage(orgUnit, onDate);
  const at = lineage.indexOf(scope.unitCode);
  if (at < 0) return null;
  return at === 0 ? scope.unitCode : (lineage[at - 1] ?? null);
}

type Typed<T extends keyof ConsumedEventData> = RecordedEvent<ConsumedEventData[T]>;

function ofType<T extends keyof ConsumedEventData>(events: readonly RecordedEvent[], type: T): Typed<T>[] {
  return events.filter((e): e is Typed<T> => e.type === type);
}

const byBusinessDate = (a: RecordedEvent, b: RecordedEvent): number =>
  a.metadata.occurredOn < b.metadata.occurredOn ? -1 : a.metadata.occurredOn > b.metadata.occurredOn ? 1 : 0;

// ---------------------------------------------------------------------------------------------
// B1 new jobs and B2 labour export: flows, each person once per calendar year

export type NewJobChannel = Exclude<JobChannel, 'other'>;
export const NEW_JOB_CHANNELS: readonly NewJobChannel[] = [
  'placement',
  'self_employment',
  'loan_financed',
  'overseas',
];

/** A person's first qualifying start of a calendar year: it alone decides the month, channel and unit. */
export interface CountedStart {
  personId: string;
  year: number;
  date: string;
  channel: NewJobChannel;
  orgUnit: string;
}

/**
 * Overseas departures that stand: one per placement stream, unless that placement has a
 * withdrawal dated on or before the departure (a withdrawal before departure counts nowhere).
 */
export function standingDepartures(events: readonly RecordedEvent[]): Typed<'Departed'>[] {
  const withdrawnOn = new Map<string, string>();
  for (const w of ofType(events, 'Withdrawn')) {
    const earlier = withdrawnOn.get(w.streamId);
    if (earlier === undefined || w.metadata.occurredOn < earlier)
      withdrawnOn.set(w.streamId, w.metadata.occurredOn);
  }
  const firstByPlacement = new Map<string, Typed<'Departed'>>();
  for (const d of ofType(events, 'Departed').sort(byBusinessDate)) {
    if (!firstByPlacement.has(d.streamId)) firstByPlacement.set(d.streamId, d);
  }
  return [...firstByPlacement.values()].filter((d) => {
    const withdrawal = withdrawnOn.get(d.streamId);
    return withdrawal === undefined || withdrawal > d.metadata.occurredOn;
  });
}

/**
 * B1: the first qualifying job start of each person in each year — a domestic placement,
 * self-employment, a loan-financed job, a recorded overseas start, or an overseas departure.
 * Ties on the same day keep the earlier event in the log.
 */
export function firstJobStartsPerPersonYear(events: readonly RecordedEvent[]): CountedStart[] {
  const candidates: CountedStart[] = [];
  for (const e of ofType(events, 'JobStarted')) {
    const personId = personOf(e.data);
    if (personId === null || e.data.channel === 'other') continue;
    candidates.push(start(personId, e, e.data.channel));
  }
  for (const d of standingDepartures(events)) {
    const personId = personOf(d.data);
    if (personId !== null) candidates.push(start(personId, d, 'overseas'));
  }
  return firstPerPersonYear(candidates);
}

/** B2: the first standing overseas departure of each person in each year. */
export function firstDeparturesPerPersonYear(events: readonly RecordedEvent[]): CountedStart[] {
  const candidates: CountedStart[] = [];
  for (const d of standingDepartures(events)) {
    const personId = personOf(d.data);
    if (personId !== null) candidates.push(start(personId, d, 'overseas'));
  }
  return firstPerPersonYear(candidates);
}

function start(personId: string, e: RecordedEvent, channel: NewJobChannel): CountedStart {
  const date = e.metadata.occurredOn;
  return { personId, year: yearOf(date), date, channel, orgUnit: e.metadata.orgUnit };
}

function firstPerPersonYear(candidates: readonly CountedStart[]): CountedStart[] {
  const first = new Map<string, CountedStart>();
  for (const c of candidates) {
    const key = `${c.year}|${c.personId}`;
    const held = first.get(key);
    if (held === undefined || c.date < held.date) first.set(key, c);
  }
  return [...first.values()];
}

export interface FlowCount {
  total: number;
  byChannel: Record<NewJobChannel, number>;
  /** Keyed by the scope's direct sub-unit (villages of a commune). */
  bySubUnit: Record<string, number>;
}

/** How many counted starts fall in the period and the scope. */
export function countStarts(starts: readonly CountedStart[], period: DateRange, scope: Scope): FlowCount {
  const count: FlowCount = {
    total: 0,
    byChannel: { placement: 0, self_employment: 0, loan_financed: 0, overseas: 0 },
    bySubUnit: {},
  };
  for (const s of starts) {
    if (!inRange(s.date, period)) continue;
    const unit = subUnitOf(scope, s.orgUnit, s.date);
    if (unit === null) continue;
    count.total += 1;
    count.byChannel[s.channel] += 1;
    count.bySubUnit[unit] = (count.bySubUnit[unit] ?? 0) + 1;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// B3 unemployment, A1/A2 trained workers: stocks at a date, from each person's latest status

export interface PersonStatus {
  personId: string;
  status: LabourStatus;
  orgUnit: string;
  asOf: string;
}

export interface LabourForceOptions {
  /**
   * The person's birth year when known in plain form. The job seeker's date of birth is encrypted
   * inside the events, so by default everyone with a recorded labour status is taken to be of
   * working age (15+): counsellors record a labour status for working-age people only.
   */
  birthYearOf?: (personId: string) => number | null;
}

/** Each person's latest labour status with a business date on or before `date` (log order breaks ties). */
export function latestLabourStatus(
  events: readonly RecordedEvent[],
  date: string,
): Map<string, PersonStatus> {
  const latest = new Map<string, PersonStatus>();
  for (const e of ofType(events, 'LabourStatusRecorded')) {
    const asOf = e.metadata.occurredOn;
    const personId = personOf(e.data);
    if (personId === null || asOf > date) continue;
    const held = latest.get(personId);
    if (held === undefined || asOf >= held.asOf) {
      latest.set(personId, { personId, status: e.data.status, orgUnit: e.metadata.orgUnit, asOf });
    }
  }
  return latest;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  /** Percent, or null when the denominator is zero. */
  percent: number | null;
}

export interface RatioWithBreakdown extends Ratio {
  bySubUnit: Record<string, Ratio>;
}

class RatioTally {
  private readonly overall = { numerator: 0, denominator: 0 };
  private readonly units = new Map<string, { numerator: number; denominator: number }>();

  add(unit: string, inNumerator: boolean): void {
    const tally = this.units.get(unit) ?? { numerator: 0, denominator: 0 };
    this.units.set(unit, tally);
    for (const t of [this.overall, tally]) {
      t.denominator += 1;
      if (inNumerator) t.numerator += 1;
    }
  }

  result(): RatioWithBreakdown {
    const bySubUnit: Record<string, Ratio> = {};
    for (const [unit, t] of [...this.units.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      bySubUnit[unit] = ratio(t.numerator, t.denominator);
    }
    return { ...ratio(this.overall.numerator, this.overall.denominator), bySubUnit };
  }
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, percent: denominator === 0 ? null : (numerator / denominator) * 100 };
}

function workingAge(options: LabourForceOptions, personId: string, date: string): boolean {
  const born = options.birthYearOf?.(personId) ?? null;
  return born === null || yearOf(date) - born >= 15;
}

/** B3: unemployed ÷ labour force (employed + unemployed), by each person's latest status at the date. */
export function unemploymentRate(
  events: readonly RecordedEvent[],
  date: string,
  scope: Scope,
  options: LabourForceOptions = {},
): RatioWithBreakdown {
  const tally = new RatioTally();
  for (const s of latestLabourStatus(events, date).values()) {
    if (s.status === 'not_in_labour_force' || !workingAge(options, s.personId, date)) continue;
    const unit = subUnitOf(scope, s.orgUnit, s.asOf);
    if (unit !== null) tally.add(unit, s.status === 'unemployed');
  }
  return tally.result();
}

const DIPLOMA_LEVELS: ReadonlySet<CertificateLevel> = new Set(['so_cap', 'trung_cap', 'cao_dang']);

/**
 * A1 (any training, including courses under 3 months and recognised experience) and A2 (a sơ cấp
 * or higher certificate, i.e. ≥ 3 months' training) among persons employed at the date.
 */
export function trainedWorkerRates(
  events: readonly RecordedEvent[],
  date: string,
  scope: Scope,
  options: LabourForceOptions = {},
): { trained: RatioWithBreakdown; certified: RatioWithBreakdown } {
  const trained = new Set<string>();
  const certified = new Set<string>();
  for (const e of events) {
    if (e.metadata.occurredOn > date) continue;
    const personId = personOf(e.data);
    if (personId === null) continue;
    if (e.type === 'TraineeCompleted') trained.add(personId);
    if (e.type === 'CertificateIssued' || e.type === 'ExperienceRecognised') {
      trained.add(personId);
      const level = (e.data as { level: CertificateLevel | null }).level;
      if (level !== null && DIPLOMA_LEVELS.has(level)) certified.add(personId);
    }
  }
  const trainedTally = new RatioTally();
  const certifiedTally = new RatioTally();
  for (const s of latestLabourStatus(events, date).values()) {
    if (s.status !== 'employed' || !workingAge(options, s.personId, date)) continue;
    const unit = subUnitOf(scope, s.orgUnit, s.asOf);
    if (unit === null) continue;
    trainedTally.add(unit, trained.has(s.personId));
    certifiedTally.add(unit, certified.has(s.personId));
  }
  return { trained: trainedTally.result(), certified: certifiedTally.result() };
}

// ---------------------------------------------------------------------------------------------
// C1 poor households and the deprivation shares, from the latest review in force at the date

export interface HouseholdReview {
  householdId: string;
  class: HouseholdClass;
  deprivations: readonly string[];
  orgUnit: string;
  inForceFrom: string;
}

export function reviewsInForce(events: readonly RecordedEvent[], date: string): Map<string, HouseholdReview> {
  const latest = new Map<string, HouseholdReview>();
  for (const e of ofType(events, 'PovertyReviewed')) {
    const from = e.metadata.occurredOn;
    if (from > date) continue;
    const held = latest.get(e.data.householdId);
    if (held === undefined || from >= held.inForceFrom) {
      latest.set(e.data.householdId, {
        householdId: e.data.householdId,
        class: e.data.class,
        deprivations: e.data.deprivations,
        orgUnit: e.metadata.orgUnit,
        inForceFrom: from,
      });
    }
  }
  return latest;
}

/**
 * C1: poor households ÷ resident households. The annual review classifies every resident
 * household, so the households with a review in force are the resident households; a household
 * never reviewed is not counted.
 */
export function poorHouseholdRate(
  events: readonly RecordedEvent[],
  date: string,
  scope: Scope,
): RatioWithBreakdown {
  const tally = new RatioTally();
  for (const r of reviewsInForce(events, date).values()) {
    const unit = subUnitOf(scope, r.orgUnit, r.inForceFrom);
    if (unit !== null) tally.add(unit, r.class === 'poor');
  }
  return tally.result();
}

/**
 * Share of poor and near-poor households NOT deprived in one dimension (the plan's targets say
 * "100% with health insurance", "75% with a hygienic latrine"…).
 */
export function notDeprivedShare(
  events: readonly RecordedEvent[],
  date: string,
  scope: Scope,
  deprivation: string,
): RatioWithBreakdown {
  const tally = new RatioTally();
  for (const r of reviewsInForce(events, date).values()) {
    if (r.class !== 'poor' && r.class !== 'near_poor') continue;
    const unit = subUnitOf(scope, r.orgUnit, r.inForceFrom);
    if (unit !== null) tally.add(unit, !r.deprivations.includes(deprivation));
  }
  return tally.result();
}

// ---------------------------------------------------------------------------------------------
// Activity counts: events in the period (not distinct persons)

export const ACTIVITIES = {
  consultations: 'ConsultationLogged',
  referrals: 'JobSeekerReferred',
  jobStarts: 'JobStarted',
  enrolments: 'TraineeEnrolled',
  completions: 'TraineeCompleted',
  certificates: 'CertificateIssued',
  loansDisbursed: 'LoanDisbursed',
  departures: 'Departed',
  withdrawals: 'Withdrawn',
  returns: 'Returned',
} as const satisfies Record<string, keyof ConsumedEventData>;

export type Activity = keyof typeof ACTIVITIES;
export type ActivityCounts = Record<Activity, number> & {
  bySubUnit: Record<string, Record<Activity, number>>;
};

const zeroActivities = (): Record<Activity, number> =>
  Object.fromEntries(Object.keys(ACTIVITIES).map((k) => [k, 0])) as Record<Activity, number>;

export function activityCounts(
  events: readonly RecordedEvent[],
  period: DateRange,
  scope: Scope,
): ActivityCounts {
  const activityOf = new Map<string, Activity>(
    (Object.entries(ACTIVITIES) as Array<[Activity, string]>).map(([activity, type]) => [type, activity]),
  );
  const totals = zeroActivities();
  const bySubUnit: Record<string, Record<Activity, number>> = {};
  for (const e of events) {
    const activity = activityOf.get(e.type);
    if (activity === undefined || !inRange(e.metadata.occurredOn, period)) continue;
    const unit = subUnitOf(scope, e.metadata.orgUnit, e.metadata.occurredOn);
    if (unit === null) continue;
    totals[activity] += 1;
    const perUnit = (bySubUnit[unit] ??= zeroActivities());
    perUnit[activity] += 1;
  }
  return { ...totals, bySubUnit };
}
