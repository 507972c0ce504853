/** One row per consultation: who counselled whom, when, on what, and the follow-up agreed. */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';

export const CONSULTATIONS_TABLE = 'job_seeker_consultations';

export interface ConsultationRow extends ReadModelRow {
  id: string;
  job_seeker_id: string;
  /** The village of the case when the consultation was recorded. */
  village_code: string;
  date: string;
  counsellor_id: string;
  /** `|career_orientation|loan_information|` */
  topics: string;
  follow_up_on: string | null;
}

/** Pure: notes and next steps stay in the (encrypted) event; the row has no personal data. */
export function evolveConsultationRow(
  current: ConsultationRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>,
): ConsultationRow | undefined {
  if (event.type !== 'ConsultationLogged') return current;
  const data = event.data as {
    consultationId: string;
    jobSeekerId: string;
    date: string;
    counsellorId: string;
    topics: string[];
    followUpOn: string | null;
  };
  return {
    id: data.consultationId,
    job_seeker_id: data.jobSeekerId,
    village_code: event.metadata.orgUnit,
    date: data.date,
    counsellor_id: data.counsellorId,
    topics: `|${data.topics.join('|')}|`,
    follow_up_on: data.followUpOn,
  };
}

export const consultationsProjection = rowProjection<ConsultationRow>({
  name: 'job_seeker_consultations',
  version: 1,
  filter: { categories: ['JobSeeker'], types: ['ConsultationLogged'] },
  table: CONSULTATIONS_TABLE,
  migrations: {
    '001_create_job_seeker_consultations': {
      up: async (db) => {
        await db.schema
          .createTable(CONSULTATIONS_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('job_seeker_id', 'text', (c) => c.notNull())
          .addColumn('village_code', 'text', (c) => c.notNull())
          .addColumn('date', 'text', (c) => c.notNull())
          .addColumn('counsellor_id', 'text', (c) => c.notNull())
          .addColumn('topics', 'text', (c) => c.notNull())
          .addColumn('follow_up_on', 'text')
          .execute();
        await db.schema
          .createIndex('job_seeker_consultations_person')
          .on(CONSULTATIONS_TABLE)
          .columns(['job_seeker_id', 'date'])
          .execute();
      },
    },
  },
  keyOf: (event) =>
    event.type === 'ConsultationLogged'
      ? (event.data as { consultationId: string }).consultationId
      : undefined,
  evolve: evolveConsultationRow,
});
