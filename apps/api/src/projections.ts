import { ADMIN_PROJECTIONS } from '@vieclam/admin';
import { JOB_SEEKER_PROJECTIONS } from '@vieclam/job-seekers';
import { LOAN_PROJECTIONS } from '@vieclam/loans';
import { OVERSEAS_PROJECTIONS } from '@vieclam/overseas';
import type { Projection } from '@vieclam/platform/projections';
import { TRAINING_PROJECTIONS } from '@vieclam/training';
import { VACANCY_PROJECTIONS } from '@vieclam/vacancies';
import { PLAN_REPORTS_PROJECTIONS } from '@vieclam/plan-reports';

/**
 * Every read model of the application, in one list shared by the API (embedded mode runs them),
 * the worker (server and cluster modes) and the CLI (`projections:list`, `projections:rebuild`).
 * Each context adds the projections its `index.ts` exports.
 */
export const ALL_PROJECTIONS: readonly Projection[] = [
  ...ADMIN_PROJECTIONS,
  ...JOB_SEEKER_PROJECTIONS,
  ...VACANCY_PROJECTIONS,
  ...LOAN_PROJECTIONS,
  ...TRAINING_PROJECTIONS,
  ...OVERSEAS_PROJECTIONS,
  ...PLAN_REPORTS_PROJECTIONS,
];
