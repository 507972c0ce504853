/**
 * Pure: the read-model rows of one person (or one household) for every point of the recording
 * clock. A report "as known on" T sees only facts recorded by T, so each row carries the span of
 * recording time in which it is true (`knownFrom` ≤ T < `knownTo`). The rows come from the domain's
 * own indicator functions run over the facts known at each recording time, which keeps the fast
 * SQL path and `buildIndicatorReport` in agreement by construction.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import type { CertificateLevel, HouseholdClass, LabourStatus } from '../../domain/consumed-events';
import {
  firstDeparturesPerPersonYear,
  firstJobStartsPerPersonYear,
} from '../../domain/indicators/indicators';
import { loanBalancesAt } from '../../domain/indicators/loan-portfolio';

/** Open end of a span: business dates and recording times that have not ended. */
export const OPEN_DATE = '9999-12-31';
export const OPEN_TIME = 8_640_000_000_000_000;

/** A consumed fact as stored: the envelope fields the indicators read and the event's data. */
export interface StoredFact {
  eventId: string;
  type: string;
  streamId: string;
  orgUnit: string;
  occurredOn: string;
  /** Epoch milliseconds of `metadata.recordedAt`. */
  recordedMs: number;
  /** Arrival order in the log (ties on the same business day keep the later one). */
  seq: number;
  data: Record<string, unknown>;
}

export interface CountedStartRow {
  kind: 'B1' | 'B2';
  year: number;
  month: number;
  occurredOn: string;
  channel: string;
  orgUnit: string;
}

export interface PersonStateRow {
  validFrom: string;
  validTo: string;
  status: LabourStatus;
  trained: boolean;
  certified: boolean;
  orgUnit: string;
}

export interface HouseholdStateRow {
  validFrom: string;
  validTo: string;
  class: HouseholdClass;
  deprivations: string;
  orgUnit: string;
}

export type Versioned<R> = R & { knownFrom: number; knownTo: number };

const DIPLOMA_LEVELS: ReadonlySet<string> = new Set(['so_cap', 'trung_cap', 'cao_dang']);

export function asRecordedEvent(fact: StoredFact): RecordedEvent {
  return {
    eventId: fact.eventId,
    type: fact.type,
    schemaVersion: 1,
    data: fact.data,
    metadata: {
      occurredOn: fact.occurredOn,
      recordedAt: new Date(fact.recordedMs).toISOString(),
      actor: '',
      orgUnit: fact.orgUnit,
      correlationId: '',
      causationId: null,
    },
    streamId: fact.streamId,
    streamRevision: 0,
    position: String(fact.seq),
  };
}

/**
 * Runs `rowsOf` over the facts known at each distinct recording time and merges identical rows of
 * consecutive versions into one span of recording time.
 */
export function versionRows<R>(
  facts: readonly StoredFact[],
  rowsOf: (known: StoredFact[]) => R[],
): Versioned<R>[] {
  const inLogOrder = [...facts].sort((a, b) => a.seq - b.seq);
  const times = [...new Set(facts.map((f) => f.recordedMs))].sort((a, b) => a - b);
  const open = new Map<string, Versioned<R>>();
  const closed: Versioned<R>[] = [];
  for (const time of times) {
    const known = inLogOrder.filter((f) => f.recordedMs <= time);
    const rows = new Map(rowsOf(known).map((row) => [JSON.stringify(row), row]));
    for (const [key, row] of open) {
      if (rows.has(key)) continue;
      closed.push({ ...row, knownTo: time });
      open.delete(key);
    }
    for (const [key, row] of rows) {
      if (!open.has(key)) open.set(key, { ...row, knownFrom: time, knownTo: OPEN_TIME });
    }
  }
  return [...closed, ...open.values()];
}

/** B1 and B2: the person's first qualifying start and first standing departure of each year. */
export function countedStarts(known: StoredFact[]): CountedStartRow[] {
  const events = known.map(asRecordedEvent);
  const rows = (kind: 'B1' | 'B2', starts: ReturnType<typeof firstJobStartsPerPersonYear>) =>
    starts.map((s) => ({
      kind,
      year: s.year,
      month: Number(s.date.slice(5, 7)),
      occurredOn: s.date,
      channel: s.channel,
      orgUnit: s.orgUnit,
    }));
  return [
    ...rows('B1', firstJobStartsPerPersonYear(events)),
    ...rows('B2', firstDeparturesPerPersonYear(events)),
  ];
}

/**
 * B3, A1, A2: the person's labour status (the latest with a business date on or before each day,
 * later in the log on the same day), and whether any training or a diploma was known by then,
 * as spans of business dates from the first status on.
 */
export function personStates(known: StoredFact[]): PersonStateRow[] {
  const statuses = known
    .filter((f) => f.type === 'LabourStatusRecorded')
    .sort((a, b) => (a.occurredOn === b.occurredOn ? a.seq - b.seq : a.occurredOn < b.occurredOn ? -1 : 1));
  if (statuses.length === 0) return [];
  let trainedOn = OPEN_DATE;
  let certifiedOn = OPEN_DATE;
  for (const f of known) {
    const training = f.type === 'TraineeCompleted';
    const certificate = f.type === 'CertificateIssued' || f.type === 'ExperienceRecognised';
    if (!training && !certificate) continue;
    if (f.occurredOn < trainedOn) trainedOn = f.occurredOn;
    const level = (f.data as { level?: CertificateLevel | null }).level ?? null;
    if (certificate && level !== null && DIPLOMA_LEVELS.has(level) && f.occurredOn < certifiedOn) {
      certifiedOn = f.occurredOn;
    }
  }
  const changes = [
    ...new Set([...statuses.map((s) => s.occurredOn), trainedOn, certifiedOn].filter((d) => d !== OPEN_DATE)),
  ]
    .filter((d) => d >= statuses[0]!.occurredOn)
    .sort();
  const rows: PersonStateRow[] = [];
  changes.forEach((validFrom, i) => {
    let latest = statuses[0]!;
    for (const s of statuses) if (s.occurredOn <= validFrom) latest = s;
    rows.push({
      validFrom,
      validTo: changes[i + 1] ?? OPEN_DATE,
      status: (latest.data as { status: LabourStatus }).status,
      trained: trainedOn <= validFrom,
      certified: certifiedOn <= validFrom,
      orgUnit: latest.orgUnit,
    });
  });
  return rows;
}

/** C1 and the deprivation shares: the household's review in force, as spans of business dates. */
export function householdStates(known: StoredFact[]): HouseholdStateRow[] {
  const reviews = known
    .filter((f) => f.type === 'PovertyReviewed')
    .sort((a, b) => (a.occurredOn === b.occurredOn ? a.seq - b.seq : a.occurredOn < b.occurredOn ? -1 : 1));
  const dates = [...new Set(reviews.map((r) => r.occurredOn))];
  return dates.map((validFrom, i) => {
    let latest = reviews[0]!;
    for (const r of reviews) if (r.occurredOn <= validFrom) latest = r;
    const data = latest.data as { class: HouseholdClass; deprivations: string[] };
    return {
      validFrom,
      validTo: dates[i + 1] ?? OPEN_DATE,
      class: data.class,
      deprivations: [...data.deprivations].sort().join(','),
      orgUnit: latest.orgUnit,
    };
  });
}

export interface LoanStateRow {
  validFrom: string;
  validTo: string;
  outstandingPrincipal: number;
  overduePrincipal: number;
  orgUnit: string;
  disbursedOn: string;
}

/**
 * Loans outstanding and overdue: one loan's balance (the domain's `loanBalancesAt`) from each
 * business date on which its events change it, as spans of business dates.
 */
export function loanStates(known: StoredFact[]): LoanStateRow[] {
  const events = known.map(asRecordedEvent);
  const dates = [...new Set(known.map((f) => f.occurredOn))].sort();
  const rows: LoanStateRow[] = [];
  dates.forEach((validFrom, i) => {
    for (const balance of loanBalancesAt(events, validFrom).values()) {
      rows.push({
        validFrom,
        validTo: dates[i + 1] ?? OPEN_DATE,
        outstandingPrincipal: balance.outstandingPrincipal,
        overduePrincipal: balance.overduePrincipal,
        orgUnit: balance.orgUnit,
        disbursedOn: balance.disbursedOn,
      });
    }
  });
  return rows;
}
