/**
 * The indicator read models (DESIGN §5) for monthly and annual reports from SQL, with both clocks:
 * - `pr_fact`: every consumed fact (business date, recording time, unit) — activity counts and the
 *   raw input of the tables below;
 * - `pr_counted_start`: each person's first qualifying job start (B1) and first standing departure
 *   (B2) of each year;
 * - `pr_person_state`: each person's labour status and training (B3, A1, A2) as spans of business
 *   dates;
 * - `pr_household_state`: each household's review in force (C1, deprivation shares);
 * - `pr_loan_disbursement`: each policy-loan disbursement with its amount;
 * - `pr_loan_state`: each loan's outstanding and overdue principal as spans of business dates.
 * The counted starts and the person, household and loan states hold one row per version: a row is true for reports as known on T when
 * `known_from` ≤ T < `known_to` (epoch ms), so a late recording changes what later points see
 * and never what earlier points saw.
 */
import { sql } from 'kysely';
import type { ReadModelDb } from '@vieclam/platform/database';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import type { Projection } from '@vieclam/platform/projections';
import { CONSUMED_EVENT_TYPES, personOf } from '../../domain/consumed-events';
import { LOAN_EVENT_TYPES } from '../../domain/indicators/loan-portfolio';
import {
  countedStarts,
  householdStates,
  loanStates,
  personStates,
  versionRows,
  type StoredFact,
} from './fact-versions';

export const FACT_TABLE = 'pr_fact';
export const COUNTED_START_TABLE = 'pr_counted_start';
export const PERSON_STATE_TABLE = 'pr_person_state';
export const HOUSEHOLD_STATE_TABLE = 'pr_household_state';
export const LOAN_DISBURSEMENT_TABLE = 'pr_loan_disbursement';
export const LOAN_STATE_TABLE = 'pr_loan_state';
const LOAN_TYPES: ReadonlySet<string> = new Set(LOAN_EVENT_TYPES);

const PERSON_TYPES = new Set([
  'JobStarted',
  'Departed',
  'Withdrawn',
  'LabourStatusRecorded',
  'TraineeCompleted',
  'CertificateIssued',
  'ExperienceRecognised',
]);
const CHUNK = 400;

interface FactRow {
  event_id: string;
  type: string;
  person_key: string | null;
  stream_id: string;
  org_unit: string;
  occurred_on: string;
  recorded_ms: number | string;
  seq: number | string;
  data: string;
}

const toFact = (row: FactRow): StoredFact => ({
  eventId: row.event_id,
  type: row.type,
  streamId: row.stream_id,
  orgUnit: row.org_unit,
  occurredOn: row.occurred_on,
  recordedMs: Number(row.recorded_ms),
  seq: Number(row.seq),
  data: JSON.parse(row.data) as Record<string, unknown>,
});

function keyOf(event: RecordedEvent): string | null {
  if (event.type === 'PovertyReviewed') {
    const id = (event.data as { householdId?: unknown }).householdId;
    return typeof id === 'string' ? id : null;
  }
  return personOf(event.data);
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

async function insertChunked(
  trx: ReadModelDb,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  // 9 columns a row: stay well below SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 100)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + 100))
      .execute();
}

export const indicatorFactsProjection: Projection = {
  name: 'plan_reports_indicator_facts',
  // 2: policy loans (disbursements, outstanding and overdue principal).
  version: 2,
  filter: { types: [...CONSUMED_EVENT_TYPES] },
  tables: [
    FACT_TABLE,
    COUNTED_START_TABLE,
    PERSON_STATE_TABLE,
    HOUSEHOLD_STATE_TABLE,
    LOAN_DISBURSEMENT_TABLE,
    LOAN_STATE_TABLE,
  ],
  migrations: {
    '001_create_indicator_facts': {
      up: async (db) => {
        await db.schema
          .createTable(FACT_TABLE)
          .addColumn('event_id', 'text', (c) => c.primaryKey())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('person_key', 'text')
          .addColumn('stream_id', 'text', (c) => c.notNull())
          .addColumn('org_unit', 'text', (c) => c.notNull())
          .addColumn('occurred_on', 'text', (c) => c.notNull())
          .addColumn('recorded_ms', 'bigint', (c) => c.notNull())
          .addColumn('seq', 'bigint', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('pr_fact_occurred')
          .on(FACT_TABLE)
          .columns(['occurred_on', 'type'])
          .execute();
        await db.schema.createIndex('pr_fact_person').on(FACT_TABLE).column('person_key').execute();
        await db.schema.createIndex('pr_fact_stream').on(FACT_TABLE).column('stream_id').execute();
        await db.schema
          .createTable(COUNTED_START_TABLE)
          .addColumn('person_key', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('month', 'integer', (c) => c.notNull())
          .addColumn('occurred_on', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('org_unit', 'text', (c) => c.notNull())
          .addColumn('known_from', 'bigint', (c) => c.notNull())
          .addColumn('known_to', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('pr_counted_start_year')
          .on(COUNTED_START_TABLE)
          .columns(['year', 'org_unit'])
          .execute();
        await db.schema
          .createIndex('pr_counted_start_person')
          .on(COUNTED_START_TABLE)
          .column('person_key')
          .execute();
        await db.schema
          .createTable(PERSON_STATE_TABLE)
          .addColumn('person_key', 'text', (c) => c.notNull())
          .addColumn('valid_from', 'text', (c) => c.notNull())
          .addColumn('valid_to', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('trained', 'integer', (c) => c.notNull())
          .addColumn('certified', 'integer', (c) => c.notNull())
          .addColumn('org_unit', 'text', (c) => c.notNull())
          .addColumn('known_from', 'bigint', (c) => c.notNull())
          .addColumn('known_to', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('pr_person_state_unit')
          .on(PERSON_STATE_TABLE)
          .columns(['org_unit', 'valid_from'])
          .execute();
        await db.schema
          .createIndex('pr_person_state_person')
          .on(PERSON_STATE_TABLE)
          .column('person_key')
          .execute();
        await db.schema
          .createTable(HOUSEHOLD_STATE_TABLE)
          .addColumn('household_id', 'text', (c) => c.notNull())
          .addColumn('valid_from', 'text', (c) => c.notNull())
          .addColumn('valid_to', 'text', (c) => c.notNull())
          .addColumn('class', 'text', (c) => c.notNull())
          .addColumn('deprivations', 'text', (c) => c.notNull())
          .addColumn('org_unit', 'text', (c) => c.notNull())
          .addColumn('known_from', 'bigint', (c) => c.notNull())
          .addColumn('known_to', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('pr_household_state_unit')
          .on(HOUSEHOLD_STATE_TABLE)
          .columns(['org_unit', 'valid_from'])
          .execute();
        await db.schema
          .createIndex('pr_household_state_household')
          .on(HOUSEHOLD_STATE_TABLE)
          .column('household_id')
          .execute();
      },
    },
    '002_create_loan_tables': {
      up: async (db) => {
        await db.schema
          .createTable(LOAN_DISBURSEMENT_TABLE)
          .addColumn('event_id', 'text', (c) => c.primaryKey())
          .addColumn('loan_stream', 'text', (c) => c.notNull())
          .addColumn('occurred_on', 'text', (c) => c.notNull())
          .addColumn('org_unit', 'text', (c) => c.notNull())
          .addColumn('amount', 'bigint', (c) => c.notNull())
          .addColumn('recorded_ms', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('pr_loan_disbursement_unit')
          .on(LOAN_DISBURSEMENT_TABLE)
          .columns(['org_unit', 'occurred_on'])
          .execute();
        await db.schema
          .createTable(LOAN_STATE_TABLE)
          .addColumn('loan_stream', 'text', (c) => c.notNull())
          .addColumn('valid_from', 'text', (c) => c.notNull())
          .addColumn('valid_to', 'text', (c) => c.notNull())
          .addColumn('outstanding_principal', 'bigint', (c) => c.notNull())
          .addColumn('overdue_principal', 'bigint', (c) => c.notNull())
          .addColumn('org_unit', 'text', (c) => c.notNull())
          .addColumn('disbursed_on', 'text', (c) => c.notNull())
          .addColumn('known_from', 'bigint', (c) => c.notNull())
          .addColumn('known_to', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('pr_loan_state_unit')
          .on(LOAN_STATE_TABLE)
          .columns(['org_unit', 'valid_from'])
          .execute();
        await db.schema
          .createIndex('pr_loan_state_loan')
          .on(LOAN_STATE_TABLE)
          .column('loan_stream')
          .execute();
      },
    },
  },

  async apply(trx, events) {
    const last = await trx
      .selectFrom(FACT_TABLE)
      .select(sql<number | string | null>`max(seq)`.as('seq'))
      .executeTakeFirst();
    let seq = Number(last?.seq ?? 0);
    const rows: FactRow[] = [];
    const persons = new Set<string>();
    const households = new Set<string>();
    const withdrawnStreams = new Set<string>();
    const loanStreams = new Set<string>();
    const disbursements: Record<string, unknown>[] = [];
    for (const event of events) {
      const recordedMs = Date.parse(event.metadata.recordedAt);
      const key = keyOf(event);
      seq += 1;
      rows.push({
        event_id: event.eventId,
        type: event.type,
        person_key: key,
        stream_id: event.streamId,
        org_unit: event.metadata.orgUnit,
        occurred_on: event.metadata.occurredOn,
        recorded_ms: recordedMs,
        seq,
        data: JSON.stringify(event.data),
      });
      if (LOAN_TYPES.has(event.type)) {
        loanStreams.add(event.streamId);
        if (event.type === 'LoanDisbursed') {
          const amount = (event.data as { amount?: unknown }).amount;
          disbursements.push({
            event_id: event.eventId,
            loan_stream: event.streamId,
            occurred_on: event.metadata.occurredOn,
            org_unit: event.metadata.orgUnit,
            amount: typeof amount === 'number' ? amount : 0,
            recorded_ms: recordedMs,
          });
        }
      } else if (event.type === 'PovertyReviewed' && key) households.add(key);
      else if (event.type === 'Withdrawn') withdrawnStreams.add(event.streamId);
      else if (PERSON_TYPES.has(event.type) && key) persons.add(key);
    }
    await insertChunked(trx, FACT_TABLE, rows as unknown as Record<string, unknown>[]);
    // A withdrawal names the placement, not the person: the placement's departure does.
    for (const streams of chunks([...withdrawnStreams])) {
      const departures = await trx
        .selectFrom(FACT_TABLE)
        .select('person_key')
        .where('type', '=', 'Departed')
        .where('stream_id', 'in', streams)
        .execute();
      for (const d of departures as { person_key: string | null }[])
        if (d.person_key) persons.add(d.person_key);
    }
    await refreshPersons(trx, [...persons]);
    await refreshHouseholds(trx, [...households]);
    await insertChunked(trx, LOAN_DISBURSEMENT_TABLE, disbursements);
    await refreshLoans(trx, [...loanStreams]);
  },
};

async function refreshLoans(trx: ReadModelDb, streams: string[]): Promise<void> {
  for (const batch of chunks(streams)) {
    const factRows = (await trx
      .selectFrom(FACT_TABLE)
      .selectAll()
      .where('stream_id', 'in', batch)
      .where('type', 'in', [...LOAN_TYPES])
      .execute()) as FactRow[];
    const byLoan = new Map<string, StoredFact[]>(batch.map((s) => [s, []]));
    for (const row of factRows) byLoan.get(row.stream_id)?.push(toFact(row));
    await trx.deleteFrom(LOAN_STATE_TABLE).where('loan_stream', 'in', batch).execute();
    const rows: Record<string, unknown>[] = [];
    for (const [stream, own] of byLoan) {
      for (const r of versionRows(own, loanStates)) {
        rows.push({
          loan_stream: stream,
          valid_from: r.validFrom,
          valid_to: r.validTo,
          outstanding_principal: r.outstandingPrincipal,
          overdue_principal: r.overduePrincipal,
          org_unit: r.orgUnit,
          disbursed_on: r.disbursedOn,
          known_from: r.knownFrom,
          known_to: r.knownTo,
        });
      }
    }
    await insertChunked(trx, LOAN_STATE_TABLE, rows);
  }
}

async function refreshPersons(trx: ReadModelDb, persons: string[]): Promise<void> {
  for (const batch of chunks(persons)) {
    const departureStreams = trx
      .selectFrom(FACT_TABLE)
      .select('stream_id')
      .where('type', '=', 'Departed')
      .where('person_key', 'in', batch);
    const factRows = (await trx
      .selectFrom(FACT_TABLE)
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('person_key', 'in', batch),
          eb.and([eb('type', '=', 'Withdrawn'), eb('stream_id', 'in', departureStreams)]),
        ]),
      )
      .execute()) as FactRow[];
    const facts = factRows.map(toFact).filter((f) => PERSON_TYPES.has(f.type));
    const byPerson = new Map<string, StoredFact[]>(batch.map((p) => [p, []]));
    const personOfStream = new Map<string, string>();
    for (const f of facts)
      if (f.type === 'Departed') personOfStream.set(f.streamId, String(personOf(f.data)));
    for (const f of facts) {
      const person = f.type === 'Withdrawn' ? personOfStream.get(f.streamId) : personOf(f.data);
      if (person) byPerson.get(person)?.push(f);
    }
    await trx.deleteFrom(COUNTED_START_TABLE).where('person_key', 'in', batch).execute();
    await trx.deleteFrom(PERSON_STATE_TABLE).where('person_key', 'in', batch).execute();
    const starts: Record<string, unknown>[] = [];
    const states: Record<string, unknown>[] = [];
    for (const [person, own] of byPerson) {
      for (const r of versionRows(own, countedStarts)) {
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
      }
      for (const r of versionRows(own, personStates)) {
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
    }
    await insertChunked(trx, COUNTED_START_TABLE, starts);
    await insertChunked(trx, PERSON_STATE_TABLE, states);
  }
}

async function refreshHouseholds(trx: ReadModelDb, households: string[]): Promise<void> {
  for (const batch of chunks(households)) {
    const factRows = (await trx
      .selectFrom(FACT_TABLE)
      .selectAll()
      .where('type', '=', 'PovertyReviewed')
      .where('person_key', 'in', batch)
      .execute()) as FactRow[];
    const byHousehold = new Map<string, StoredFact[]>(batch.map((h) => [h, []]));
    for (const row of factRows) byHousehold.get(String(row.person_key))?.push(toFact(row));
    await trx.deleteFrom(HOUSEHOLD_STATE_TABLE).where('household_id', 'in', batch).execute();
    const rows: Record<string, unknown>[] = [];
    for (const [household, own] of byHousehold) {
      for (const r of versionRows(own, householdStates)) {
        rows.push({
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
    }
    await insertChunked(trx, HOUSEHOLD_STATE_TABLE, rows);
  }
}
