/**
 * Jobs created by loans: the job seekers' `JobStarted` events with channel `loan_financed` and a loan
 * id, one row per (job seeker, job). Read from the store by category, so this context depends on the
 * published event only, not on the job-seekers library.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import type { LoanFinancedJobStart } from '../../domain/portfolio/loan-portfolio';

export const LOAN_JOB_STARTS_TABLE = 'loan_job_starts';
export const JOB_SEEKER_CATEGORY = 'JobSeeker';

export interface LoanJobStartRow extends ReadModelRow {
  id: string;
  loan_id: string;
  job_seeker_id: string;
  job_id: string;
  date: string;
}

const loanFinancedStart = (event: Pick<RecordedEvent, 'type' | 'data'>): LoanFinancedJobStart | null => {
  if (event.type !== 'JobStarted') return null;
  const data = event.data as Partial<LoanFinancedJobStart>;
  if (data.channel !== 'loan_financed' || !data.loanId || !data.jobSeekerId || !data.jobId || !data.date) {
    return null;
  }
  return {
    jobSeekerId: data.jobSeekerId,
    jobId: data.jobId,
    date: data.date,
    channel: data.channel,
    loanId: data.loanId,
  };
};

export const loanJobStartsProjection = rowProjection<LoanJobStartRow>({
  name: 'loan_job_starts',
  version: 1,
  filter: { categories: [JOB_SEEKER_CATEGORY] },
  table: LOAN_JOB_STARTS_TABLE,
  migrations: {
    '001_create_loan_job_starts': {
      up: async (db) => {
        await db.schema
          .createTable(LOAN_JOB_STARTS_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('loan_id', 'text', (c) => c.notNull())
          .addColumn('job_seeker_id', 'text', (c) => c.notNull())
          .addColumn('job_id', 'text', (c) => c.notNull())
          .addColumn('date', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('loan_job_starts_loan')
          .on(LOAN_JOB_STARTS_TABLE)
          .columns(['loan_id'])
          .execute();
      },
    },
  },
  keyOf: (event) => {
    const start = loanFinancedStart(event);
    return start ? `${start.jobSeekerId}/${start.jobId}` : undefined;
  },
  evolve: (_current, event) => {
    const start = loanFinancedStart(event)!;
    return {
      id: `${start.jobSeekerId}/${start.jobId}`,
      loan_id: start.loanId!,
      job_seeker_id: start.jobSeekerId,
      job_id: start.jobId,
      date: start.date,
    };
  },
});
