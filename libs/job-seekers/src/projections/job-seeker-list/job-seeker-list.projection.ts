/**
 * One row per job seeker for lists, filters and the work list. The name is kept only as the
 * ciphertext from the event (decrypted on read with the key cache): after an erasure the row still
 * counts, and no plaintext of the person is left in it.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';

export const JOB_SEEKER_LIST_TABLE = 'job_seeker_list';

export interface JobSeekerListRow extends ReadModelRow {
  id: string;
  village_code: string;
  sex: string;
  /** `employed`, `unemployed`, `not_in_labour_force` or `unknown` (never recorded). */
  labour_status: string;
  labour_status_as_of: string | null;
  /** `|7212|8322|`: a `like '%|72%'` finds every code under 72. */
  occupation_codes: string;
  /** Follow-up agreed at the latest consultation (null when none is due). */
  follow_up_on: string | null;
  last_consultation_on: string | null;
  last_counsellor_id: string | null;
  consultations: number;
  referrals: number;
  jobs_started: number;
  /** 1 when the case is closed. */
  closed: number;
  registered_on: string;
  /** Ciphertext of the full name under the person's data key. */
  full_name_sealed: string;
}

type Json = Record<string, unknown>;

export const occupationColumn = (codes: readonly string[]) => (codes.length ? `|${codes.join('|')}|` : '');

/** Pure: the next row of a job seeker given one of its events. */
export function evolveJobSeekerListRow(
  current: JobSeekerListRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): JobSeekerListRow | undefined {
  const data = event.data as Json;
  if (event.type === 'JobSeekerRegistered') {
    return {
      id: String(data.jobSeekerId),
      village_code: String(data.villageCode),
      sex: String(data.sex),
      labour_status: 'unknown',
      labour_status_as_of: null,
      occupation_codes: occupationColumn((data.occupationCodes as string[] | undefined) ?? []),
      follow_up_on: null,
      last_consultation_on: null,
      last_counsellor_id: null,
      consultations: 0,
      referrals: 0,
      jobs_started: 0,
      closed: 0,
      registered_on: String(data.registeredOn),
      full_name_sealed: String(data.fullName),
    };
  }
  if (!current) return undefined;
  const row: JobSeekerListRow = {
    ...current,
    consultations: Number(current.consultations),
    referrals: Number(current.referrals),
    jobs_started: Number(current.jobs_started),
    closed: Number(current.closed),
  };
  switch (event.type) {
    case 'JobSeekerProfileUpdated': {
      const changes = data.changes as Json;
      if (typeof changes.villageCode === 'string') row.village_code = changes.villageCode;
      if (typeof changes.sex === 'string') row.sex = changes.sex;
      if (Array.isArray(changes.occupationCodes))
        row.occupation_codes = occupationColumn(changes.occupationCodes as string[]);
      if (typeof changes.fullName === 'string') row.full_name_sealed = changes.fullName;
      return row;
    }
    case 'LabourStatusRecorded':
      return laterStatus(row, String(data.status), String(data.asOf));
    case 'JobStarted':
      return laterStatus({ ...row, jobs_started: row.jobs_started + 1 }, 'employed', String(data.date));
    case 'JobSeekerCaseClosed':
      return { ...row, closed: 1 };
    case 'JobSeekerCaseReopened':
      return { ...row, closed: 0 };
    case 'ConsultationLogged': {
      const date = String(data.date);
      row.consultations += 1;
      // An older consultation entered late does not replace the follow-up agreed at a newer one.
      if (row.last_consultation_on !== null && date < row.last_consultation_on) return row;
      return {
        ...row,
        last_consultation_on: date,
        last_counsellor_id: String(data.counsellorId),
        follow_up_on: (data.followUpOn as string | null) ?? null,
      };
    }
    case 'JobSeekerReferred':
      return { ...row, referrals: row.referrals + 1 };
    default:
      return row;
  }
}

function laterStatus(row: JobSeekerListRow, status: string, asOf: string): JobSeekerListRow {
  if (row.labour_status_as_of !== null && asOf < row.labour_status_as_of) return row;
  return { ...row, labour_status: status, labour_status_as_of: asOf };
}

export const jobSeekerListProjection = rowProjection<JobSeekerListRow>({
  name: 'job_seeker_list',
  version: 1,
  filter: { categories: ['JobSeeker'] },
  table: JOB_SEEKER_LIST_TABLE,
  migrations: {
    '001_create_job_seeker_list': {
      up: async (db) => {
        await db.schema
          .createTable(JOB_SEEKER_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('village_code', 'text', (c) => c.notNull())
          .addColumn('sex', 'text', (c) => c.notNull())
          .addColumn('labour_status', 'text', (c) => c.notNull())
          .addColumn('labour_status_as_of', 'text')
          .addColumn('occupation_codes', 'text', (c) => c.notNull())
          .addColumn('follow_up_on', 'text')
          .addColumn('last_consultation_on', 'text')
          .addColumn('last_counsellor_id', 'text')
          .addColumn('consultations', 'integer', (c) => c.notNull())
          .addColumn('referrals', 'integer', (c) => c.notNull())
          .addColumn('jobs_started', 'integer', (c) => c.notNull())
          .addColumn('closed', 'integer', (c) => c.notNull())
          .addColumn('registered_on', 'text', (c) => c.notNull())
          .addColumn('full_name_sealed', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('job_seeker_list_village')
          .on(JOB_SEEKER_LIST_TABLE)
          .columns(['village_code', 'registered_on'])
          .execute();
        await db.schema
          .createIndex('job_seeker_list_follow_up')
          .on(JOB_SEEKER_LIST_TABLE)
          .columns(['follow_up_on'])
          .execute();
      },
    },
  },
  keyOf: (event) => (event.data as { jobSeekerId?: string }).jobSeekerId,
  evolve: evolveJobSeekerListRow,
});
