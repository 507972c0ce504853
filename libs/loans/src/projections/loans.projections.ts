import type { Projection } from '@vieclam/platform/projections';
import { loanJobStartsProjection } from './loan-job-starts/loan-job-starts.projection';
import { loanListProjection } from './loan-list/loan-list.projection';
import { savingsGroupListProjection } from './savings-group-list/savings-group-list.projection';

/** The read models of this context, for the app's projection runner. */
export const LOAN_PROJECTIONS: readonly Projection[] = [
  loanListProjection,
  savingsGroupListProjection,
  loanJobStartsProjection,
];
