/**
 * The read-model path (projection tables → SQL figures → report) agrees with the domain's
 * `buildIndicatorReport` over the same events, for live reports and reports as known on earlier
 * points, on SQLite and PostgreSQL; and a rebuild from the log equals the tables built live.
 */
import BetterSqlite3 from 'better-sqlite3';
import { createDatabase, type Database } from '@vieclam/platform/database';
import { InMemoryEventStore, newEventId, type RecordedEvent } from '@vieclam/platform/event-store';
import { migrateProjection, rebuildProjection } from '@vieclam/platform/projections';
import { createTestDatabase } from '@vieclam/platform/testing';
import { SEED_PLAN_58_2022, SEED_PLAN_MEASURES } from '../config/seed-plan-58-2022';
import { buildIndicatorReport } from '../domain/indicators/indicator-report';
import { knownCutoff } from '../domain/indicators/two-clocks';
import { commune, village } from '../domain/indicators/recorded-events.fixture';
import { indicatorFactsProjection } from '../projections/indicator-facts/indicator-facts.projection';
import { readReportFigures } from './report-figures.sql';
import { reportFromFigures } from './report-from-figures';

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draft {
  stream: string;
  type: string;
  data: Record<string, unknown>;
  on: string;
  unit: string;
  recordedAt: string;
}

const day = (rand: () => number, year: number) => {
  const d = new Date(Date.UTC(year, 0, 1) + Math.floor(rand() * 365) * 86_400_000);
  return d.toISOString().slice(0, 10);
};
const lateBy = (on: string, rand: () => number) =>
  new Date(
    Date.parse(`${on}T03:00:00Z`) + Math.floor(rand() < 0.2 ? rand() * 60 : rand() * 3) * 86_400_000,
  ).toISOString();

function syntheticCommune(seed: number): Draft[] {
  const rand = random(seed);
  const drafts: Draft[] = [];
  const add = (stream: string, type: string, data: Record<string, unknown>, on: string, unit: string) =>
    drafts.push({ stream, type, data, on, unit, recordedAt: lateBy(on, rand) });
  for (let i = 0; i < 80; i += 1) {
    const person = `P${i}`;
    const unit = i % 3 === 0 ? 'V2' : 'V1';
    const stream = `JobSeeker-${person}`;
    for (const year of [2024, 2025]) {
      const statuses = ['employed', 'unemployed', 'not_in_labour_force'] as const;
      add(
        stream,
        'LabourStatusRecorded',
        { jobSeekerId: person, status: statuses[Math.floor(rand() * 3)], asOf: '' },
        day(rand, year),
        unit,
      );
      if (rand() < 0.4)
        add(
          stream,
          'JobStarted',
          {
            jobSeekerId: person,
            channel: ['placement', 'self_employment', 'loan_financed', 'other'][Math.floor(rand() * 4)],
            domestic: true,
          },
          day(rand, year),
          unit,
        );
      if (rand() < 0.2) add(stream, 'ConsultationLogged', { jobSeekerId: person }, day(rand, year), unit);
      if (rand() < 0.1) {
        const placement = `OverseasPlacement-${person}-${year}`;
        const departs = day(rand, year);
        if (rand() < 0.3) add(placement, 'Withdrawn', {}, departs, unit);
        else add(placement, 'Departed', { jobSeekerId: person }, departs, unit);
      }
      if (rand() < 0.25)
        add(
          `Training-${person}`,
          rand() < 0.5 ? 'TraineeCompleted' : 'CertificateIssued',
          { personId: person, level: ['under_3_months', 'so_cap', 'trung_cap'][Math.floor(rand() * 3)] },
          day(rand, year),
          unit,
        );
    }
  }
  for (let h = 0; h < 30; h += 1) {
    const unit = h % 2 === 0 ? 'V1' : 'V2';
    for (const year of [2024, 2025]) {
      const cls = ['poor', 'near_poor', 'average', 'other'][Math.floor(rand() * 4)];
      const deprivations = ['health_insurance', 'latrine', 'telecom'].filter(() => rand() < 0.4);
      add(
        `Household-H${h}`,
        'PovertyReviewed',
        { householdId: `H${h}`, class: cls, deprivations },
        `${year}-0${1 + Math.floor(rand() * 3)}-15`,
        unit,
      );
    }
  }
  for (let l = 0; l < 25; l += 1) {
    const unit = l % 2 === 0 ? 'V1' : 'V2';
    const stream = `PolicyLoan-L${l}`;
    const loanId = `L${l}`;
    const disbursedOn = day(rand, 2024 + (l % 2));
    const amount = (10 + Math.floor(rand() * 40)) * 1_000_000;
    add(stream, 'LoanDisbursed', { loanId, amount }, disbursedOn, unit);
    let version = 1;
    for (let k = 1; k <= 6; k += 1) {
      const on = new Date(Date.parse(disbursedOn) + k * 45 * 86_400_000).toISOString().slice(0, 10);
      const r = rand();
      if (r < 0.35)
        add(
          stream,
          'InstalmentOverdue',
          { loanId, scheduleVersion: version, unpaidPrincipal: amount / 10 },
          on,
          unit,
        );
      else if (r < 0.8) add(stream, 'RepaymentRecorded', { loanId, principal: amount / 8 }, on, unit);
      else if (r < 0.9) {
        version += 1;
        add(stream, 'LoanRescheduled', { loanId }, on, unit);
      } else {
        add(stream, 'LoanWrittenOff', { loanId, principalWrittenOff: amount / 2 }, on, unit);
        break;
      }
    }
  }
  // Log order is recording order, as in a real store.
  return drafts.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1));
}

function toRecorded(drafts: readonly Draft[]): RecordedEvent[] {
  return drafts.map((d, i) => ({
    eventId: newEventId(),
    type: d.type,
    schemaVersion: 1,
    data: d.data,
    metadata: {
      occurredOn: d.on,
      recordedAt: d.recordedAt,
      actor: 't',
      orgUnit: d.unit,
      correlationId: 'c',
      causationId: null,
    },
    streamId: d.stream,
    streamRevision: 0,
    position: String(i + 1),
  }));
}

const planEvents: RecordedEvent[] = [
  {
    eventId: 'plan-1',
    type: 'PlanAdopted',
    schemaVersion: 1,
    data: SEED_PLAN_58_2022,
    metadata: {
      occurredOn: '2022-09-22',
      recordedAt: '2022-09-22T03:00:00.000Z',
      actor: 't',
      orgUnit: 'XMT',
      correlationId: 'c',
      causationId: null,
    },
    streamId: 'Plan-x',
    streamRevision: 0,
    position: '0',
  },
];

const UNITS = new Map([
  ['V1', 'V1'],
  ['V2', 'V2'],
  ['XMT', 'XMT'],
]);

async function tableRows(database: Database, table: string, order: string[]): Promise<unknown[]> {
  const rows = await database.db
    .selectFrom(table)
    .selectAll()
    .orderBy(order[0]!)
    .orderBy(order[1]!)
    .orderBy(order[2] ?? order[0]!)
    .execute();
  return rows.map((r: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => k !== 'seq')
        .map(([k, v]) => [
          k,
          typeof v === 'string' && /^\d+$/.test(v) && k.startsWith('known') ? Number(v) : v,
        ]),
    ),
  );
}

describe.each(['sqlite', 'postgres'] as const)('indicator read models on %s', (kind) => {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  const events = toRecorded(syntheticCommune(7));

  beforeAll(async () => {
    if (kind === 'sqlite')
      database = createDatabase({ kind: 'sqlite', sqlite: new BetterSqlite3(':memory:') });
    else {
      const test = await createTestDatabase('vieclam_reports_test');
      database = createDatabase({ kind: 'postgres', connectionString: test.url });
      drop = () => test.drop();
    }
    await migrateProjection(database, indicatorFactsProjection);
    // Live: small batches, as a runner would see them arrive.
    for (let i = 0; i < events.length; i += 7) {
      await database.db
        .transaction()
        .execute((trx) => indicatorFactsProjection.apply(trx, events.slice(i, i + 7)));
    }
  }, 60_000);

  afterAll(async () => {
    await database.close();
    await drop?.();
  });

  const points: Array<[number, number, string | null]> = [
    [2025, 3, null],
    [2025, 3, '2025-04-02'],
    [2025, 7, '2025-06-20'],
    [2025, 12, null],
    [2024, 11, '2024-12-01T00:00:00.000Z'],
    [2024, 1, null],
  ];

  it.each(points)('%i-%i as known on %s equals buildIndicatorReport', async (year, month, asKnownOn) => {
    const knownAt = asKnownOn === null ? Date.now() : knownCutoff(asKnownOn);
    const figures = await readReportFigures(database.db, { units: UNITS, year, month, knownAt });
    const fromReadModels = reportFromFigures({
      planEvents,
      unitCode: 'XMT',
      year,
      month,
      asKnownOn,
      measures: SEED_PLAN_MEASURES,
      figures,
    });
    const fromEvents = buildIndicatorReport({
      planEvents,
      events,
      year,
      month,
      scope: commune,
      asKnownOn,
      measures: SEED_PLAN_MEASURES,
    });
    expect(fromReadModels).toEqual(fromEvents);
    // Not trivially equal: the synthetic year has figures.
    expect(fromEvents.rows.find((r) => r.code === 'B1')?.yearToDate).toBeGreaterThan(0);
    if (year === 2025) {
      expect(fromEvents.loans.outstandingPrincipal).toBeGreaterThan(0);
      expect(fromEvents.loans.overduePrincipal).toBeGreaterThan(0);
      expect(fromEvents.loans.disbursed.yearToDate.count).toBeGreaterThan(0);
    }
  });

  it('a village report equals buildIndicatorReport for the village', async () => {
    const figures = await readReportFigures(database.db, {
      units: new Map([['V2', 'V2']]),
      year: 2025,
      month: 9,
      knownAt: Date.now(),
    });
    const fromReadModels = reportFromFigures({
      planEvents,
      unitCode: 'V2',
      year: 2025,
      month: 9,
      asKnownOn: null,
      measures: SEED_PLAN_MEASURES,
      figures,
    });
    const fromEvents = buildIndicatorReport({
      planEvents,
      events,
      year: 2025,
      month: 9,
      scope: village('V2'),
      asKnownOn: null,
      measures: SEED_PLAN_MEASURES,
    });
    expect(fromReadModels).toEqual(fromEvents);
  });

  it('a rebuild from the log equals the tables built live', async () => {
    const store = new InMemoryEventStore();
    for (const e of events) {
      await store.append(
        e.streamId,
        [{ eventId: e.eventId, type: e.type, schemaVersion: 1, data: e.data, metadata: { ...e.metadata } }],
        'any',
      );
    }
    const live = {
      starts: await tableRows(database, 'pr_counted_start', ['person_key', 'kind', 'year', 'known_from']),
      states: await tableRows(database, 'pr_person_state', ['person_key', 'valid_from', 'known_from']),
      households: await tableRows(database, 'pr_household_state', [
        'household_id',
        'valid_from',
        'known_from',
      ]),
      loans: await tableRows(database, 'pr_loan_state', ['loan_stream', 'valid_from', 'known_from']),
      disbursements: await tableRows(database, 'pr_loan_disbursement', ['event_id', 'occurred_on']),
    };
    const progress: number[] = [];
    await rebuildProjection(store, database, indicatorFactsProjection, {
      batchSize: 50,
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress.at(-1)).toBe(events.length);
    expect(
      await tableRows(database, 'pr_counted_start', ['person_key', 'kind', 'year', 'known_from']),
    ).toEqual(live.starts);
    expect(await tableRows(database, 'pr_person_state', ['person_key', 'valid_from', 'known_from'])).toEqual(
      live.states,
    );
    expect(
      await tableRows(database, 'pr_household_state', ['household_id', 'valid_from', 'known_from']),
    ).toEqual(live.households);
    expect(await tableRows(database, 'pr_loan_state', ['loan_stream', 'valid_from', 'known_from'])).toEqual(
      live.loans,
    );
    expect(await tableRows(database, 'pr_loan_disbursement', ['event_id', 'occurred_on'])).toEqual(
      live.disbursements,
    );
    expect(live.starts.length).toBeGreaterThan(0);
    expect(live.loans.length).toBeGreaterThan(0);
  });
});
