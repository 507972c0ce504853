/**
 * Monthly and annual commune reports from the indicator read models (PostgreSQL), for a commune of
 * 10,000 people with five years of events (2021–2025), written straight into the read-model tables
 * by a small seeded generator (the rows are made by the projection's own pure functions). Printed
 * beside a plain SQL GROUP BY over the same fact rows (the month's / year's events by unit and
 * type) as the baseline, and one run of `buildIndicatorReport` over all the events for scale.
 * Targets: monthly p95 < 50 ms, annual p95 < 200 ms.
 */
import { sql } from 'kysely';
import { createDatabase, type Database } from '@vieclam/platform/database';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { migrateProjection } from '@vieclam/platform/projections';
import { createTestDatabase } from '@vieclam/platform/testing';
import { SEED_PLAN_58_2022, SEED_PLAN_MEASURES } from '../../libs/plan-reports/src/config/seed-plan-58-2022';
import { buildIndicatorReport } from '../../libs/plan-reports/src/domain/indicators/indicator-report';
import {
  asRecordedEvent,
  countedStarts,
  householdStates,
  personStates,
  versionRows,
  type StoredFact,
} from '../../libs/plan-reports/src/projections/indicator-facts/fact-versions';
import {
  COUNTED_START_TABLE,
  FACT_TABLE,
  HOUSEHOLD_STATE_TABLE,
  PERSON_STATE_TABLE,
  indicatorFactsProjection,
} from '../../libs/plan-reports/src/projections/indicator-facts/indicator-facts.projection';
import { readReportFigures } from '../../libs/plan-reports/src/queries/report-figures.sql';
import { reportFromFigures } from '../../libs/plan-reports/src/queries/report-from-figures';

const PEOPLE = 10_000;
const HOUSEHOLDS = 2_800;
const VILLAGES = Array.from({ length: 8 }, (_, i) => `XMT-0${i + 1}`);
const YEARS = [2021, 2022, 2023, 2024, 2025];
const ITERATIONS = 60;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  facts: StoredFact[];
  byPerson: Map<string, StoredFact[]>;
  byHousehold: Map<string, StoredFact[]>;
}

function generate(seed: number): Generated {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const day = (year: number) =>
    new Date(Date.UTC(year, 0, 1) + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
  let seq = 0;
  const facts: StoredFact[] = [];
  const byPerson = new Map<string, StoredFact[]>();
  const byHousehold = new Map<string, StoredFact[]>();
  const add = (
    type: string,
    key: string | null,
    unit: string,
    on: string,
    data: Record<string, unknown>,
    stream: string,
  ) => {
    seq += 1;
    // Most facts are entered within 3 days; one in seven weeks later.
    const lateDays = rand() < 0.15 ? 7 + rand() * 50 : rand() * 3;
    const fact: StoredFact = {
      eventId: `e${seq}`,
      type,
      streamId: stream,
      orgUnit: unit,
      occurredOn: on,
      recordedMs: Date.parse(`${on}T02:00:00Z`) + Math.floor(lateDays * 86_400_000),
      seq,
      data,
    };
    facts.push(fact);
    if (key !== null) {
      const map = type === 'PovertyReviewed' ? byHousehold : byPerson;
      const list = map.get(key) ?? [];
      list.push(fact);
      map.set(key, list);
    }
  };
  for (let p = 0; p < PEOPLE; p += 1) {
    const id = `P${p}`;
    const unit = pick(VILLAGES);
    const stream = `JobSeeker-${id}`;
    const workingAge = rand() < 0.65;
    if (!workingAge) continue;
    add('JobSeekerRegistered', id, unit, day(2021), { jobSeekerId: id }, stream);
    for (const year of YEARS) {
      const status = rand() < 0.9 ? 'employed' : rand() < 0.5 ? 'unemployed' : 'not_in_labour_force';
      add('LabourStatusRecorded', id, unit, day(year), { jobSeekerId: id, status, asOf: '' }, stream);
      if (rand() < 0.4) add('ConsultationLogged', id, unit, day(year), { jobSeekerId: id }, stream);
      if (rand() < 0.2) add('JobSeekerReferred', id, unit, day(year), { jobSeekerId: id }, stream);
      if (rand() < 0.15) {
        const channel = pick(['placement', 'self_employment', 'loan_financed', 'other']);
        add('JobStarted', id, unit, day(year), { jobSeekerId: id, channel, domestic: true }, stream);
      }
      if (rand() < 0.004) {
        const placement = `OverseasPlacement-${id}-${year}`;
        add('Departed', id, unit, day(year), { jobSeekerId: id }, placement);
        if (rand() < 0.5) add('Returned', id, unit, `${year + 3}-06-01`, { jobSeekerId: id }, placement);
      }
      if (rand() < 0.05) add('TraineeEnrolled', id, unit, day(year), { personId: id }, `Training-${id}`);
      if (rand() < 0.05) add('TraineeCompleted', id, unit, day(year), { personId: id }, `Training-${id}`);
      if (rand() < 0.03) {
        const level = pick(['under_3_months', 'so_cap', 'trung_cap']);
        add('CertificateIssued', id, unit, day(year), { personId: id, level }, `Training-${id}`);
      }
    }
  }
  for (let h = 0; h < HOUSEHOLDS; h += 1) {
    const id = `H${h}`;
    const unit = pick(VILLAGES);
    for (const year of YEARS) {
      const cls = rand() < 0.03 ? 'poor' : rand() < 0.05 ? 'near_poor' : 'average';
      const deprivations = ['health_insurance', 'latrine', 'telecom', 'domestic_water'].filter(
        () => rand() < 0.3,
      );
      add(
        'PovertyReviewed',
        id,
        unit,
        `${year}-0${1 + Math.floor(rand() * 2)}-15`,
        { householdId: id, class: cls, deprivations },
        `Household-${id}`,
      );
      if (cls !== 'average' && rand() < 0.2)
        add('LoanDisbursed', null, unit, day(year), { loanId: `L${h}-${year}` }, `PolicyLoan-${h}-${year}`);
    }
  }
  return { facts, byPerson, byHousehold };
}

async function insert(database: Database, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await database.db
      .insertInto(table)
      .values(rows.slice(i, i + 1000))
      .execute();
}

async function load(database: Database, data: Generated): Promise<Record<string, number>> {
  await insert(
    database,
    FACT_TABLE,
    data.facts.map((f) => ({
      event_id: f.eventId,
      type: f.type,
      person_key: (f.data.jobSeekerId ?? f.data.personId ?? f.data.householdId ?? null) as string | null,
      stream_id: f.streamId,
      org_unit: f.orgUnit,
      occurred_on: f.occurredOn,
      recorded_ms: f.recordedMs,
      seq: f.seq,
      data: JSON.stringify(f.data),
    })),
  );
  const starts: Record<string, unknown>[] = [];
  const states: Record<string, unknown>[] = [];
  for (const [person, own] of data.byPerson) {
    for (const r of versionRows(own, countedStarts))
      starts.push({
        person_key: person,
        kind: r.kind,
        year: r.year,
        month: r.month,
        occurred_on: r.occurredOn,
        channel: r.channel,
        org_unit: r.orgUnit,
        known_from: r.knownFrom,
        known_to: r.knownTo,
      });
    for (const r of versionRows(own, personStates))
      states.push({
        person_key: person,
        valid_from: r.validFrom,
        valid_to: r.validTo,
        status: r.status,
        trained: r.trained ? 1 : 0,
        certified: r.certified ? 1 : 0,
        org_unit: r.orgUnit,
        known_from: r.knownFrom,
        known_to: r.knownTo,
      });
  }
  const households: Record<string, unknown>[] = [];
  for (const [household, own] of data.byHousehold) {
    for (const r of versionRows(own, householdStates))
      households.push({
        household_id: household,
        valid_from: r.validFrom,
        valid_to: r.validTo,
        class: r.class,
        deprivations: r.deprivations,
        org_unit: r.orgUnit,
        known_from: r.knownFrom,
        known_to: r.knownTo,
      });
  }
  await insert(database, COUNTED_START_TABLE, starts);
  await insert(database, PERSON_STATE_TABLE, states);
  await insert(database, HOUSEHOLD_STATE_TABLE, households);
  await sql`ANALYZE`.execute(database.db);
  return {
    facts: data.facts.length,
    countedStarts: starts.length,
    personStates: states.length,
    householdStates: households.length,
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const describe = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;

export async function run(): Promise<void> {
  const test = await createTestDatabase('vieclam_reports_test');
  const database = createDatabase({ kind: 'postgres', connectionString: test.url });
  try {
    await migrateProjection(database, indicatorFactsProjection);
    const started = Date.now();
    const data = generate(2025);
    const counts = await load(database, data);
    console.log(
      `Generated and loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${PEOPLE} people, ${HOUSEHOLDS} households, ` +
        `${counts.facts} facts → ${counts.countedStarts} counted starts, ${counts.personStates} person states, ${counts.householdStates} household states`,
    );
    const units = new Map([...VILLAGES.map((v) => [v, v] as [string, string]), ['XMT', 'XMT']]);
    const planEvents: RecordedEvent[] = [
      {
        eventId: 'plan',
        type: 'PlanAdopted',
        schemaVersion: 1,
        data: SEED_PLAN_58_2022,
        metadata: {
          occurredOn: '2022-09-22',
          // Recorded before any report point of the bench, so every point knows the plan.
          recordedAt: '2020-01-01T00:00:00.000Z',
          actor: 'bench',
          orgUnit: 'XMT',
          correlationId: 'c',
          causationId: null,
        },
        streamId: `Plan-${SEED_PLAN_58_2022.planId}`,
        streamRevision: 0,
        position: '0',
      },
    ];
    const rand = random(7);
    const report = async (year: number, month: number, asKnownOn: string | null) => {
      const knownAt = asKnownOn === null ? Date.now() : Date.parse(asKnownOn);
      const figures = await readReportFigures(database.db, { units, year, month, knownAt });
      return reportFromFigures({
        planEvents,
        unitCode: 'XMT',
        year,
        month,
        asKnownOn,
        measures: SEED_PLAN_MEASURES,
        figures,
      });
    };
    const time = async (work: () => Promise<unknown>) => {
      const t0 = performance.now();
      await work();
      return performance.now() - t0;
    };
    for (let i = 0; i < 5; i += 1) await report(2024, 6, null); // warm-up
    const monthly: number[] = [];
    const monthlyKnown: number[] = [];
    const annual: number[] = [];
    const baselineMonth: number[] = [];
    const baselineYear: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const year = 2022 + Math.floor(rand() * 4);
      const month = 1 + Math.floor(rand() * 12);
      const mm = String(month).padStart(2, '0');
      monthly.push(await time(() => report(year, month, null)));
      monthlyKnown.push(await time(() => report(year, month, `${year}-${mm}-20T00:00:00.000Z`)));
      annual.push(await time(() => report(year, 12, null)));
      const groupBy = (from: string, to: string) =>
        database.db
          .selectFrom(FACT_TABLE)
          .select(['org_unit', 'type', sql<number>`count(*)`.as('n')])
          .where('occurred_on', '>=', from)
          .where('occurred_on', '<=', to)
          .groupBy(['org_unit', 'type'])
          .execute();
      baselineMonth.push(await time(() => groupBy(`${year}-${mm}-01`, `${year}-${mm}-31`)));
      baselineYear.push(await time(() => groupBy(`${year}-01-01`, `${year}-12-31`)));
    }
    console.log(`Monthly commune report (live)           ${describe(monthly)}   (target p95 < 50 ms)`);
    console.log(`Monthly commune report (as known on)    ${describe(monthlyKnown)}`);
    console.log(`Annual commune report (live)            ${describe(annual)}   (target p95 < 200 ms)`);
    console.log(`Baseline: plain GROUP BY, one month     ${describe(baselineMonth)}`);
    console.log(`Baseline: plain GROUP BY, one year      ${describe(baselineYear)}`);
    console.log(
      `Ratios (p95): monthly ÷ month GROUP BY = ${(percentile(monthly, 95) / percentile(baselineMonth, 95)).toFixed(1)}×, ` +
        `annual ÷ year GROUP BY = ${(percentile(annual, 95) / percentile(baselineYear, 95)).toFixed(1)}×`,
    );
    const events = data.facts.map(asRecordedEvent);
    const fromEvents = await time(async () =>
      buildIndicatorReport({
        planEvents,
        events,
        year: 2024,
        month: 6,
        scope: { unitCode: 'XMT', lineage: (u) => (u === 'XMT' ? ['XMT'] : [u, 'XMT']) },
        asKnownOn: null,
        measures: SEED_PLAN_MEASURES,
      }),
    );
    console.log(
      `For scale: buildIndicatorReport over all ${events.length} events in memory, one month: ${fromEvents.toFixed(0)} ms`,
    );
  } finally {
    await database.close();
    await test.drop();
  }
}
