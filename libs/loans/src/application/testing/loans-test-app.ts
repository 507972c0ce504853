/**
 * The loans API as the real app composes it (see `@vieclam/testing`; no personal-data module),
 * with the job queue of the mode. `tokenOf('demo.nhcsxh')` logs the loan liaison in.
 */
import { contextTestAppStarter, type ContextTestApp } from '@vieclam/testing';
import { LoansModule } from '../../loans.module';
import { LOAN_PROJECTIONS } from '../../projections/loans.projections';

export { eventually } from '@vieclam/testing';

export type LoansTestApp = ContextTestApp;

export const startLoansTestApp = contextTestAppStarter({
  defaultDatabaseName: 'vieclam_loans_test',
  tempDirPrefix: 'loans',
  modules: [LoansModule],
  projections: LOAN_PROJECTIONS,
  personalData: false,
});
