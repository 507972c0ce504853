/**
 * The job seekers and plan & reports APIs as the real app composes them (see
 * `@vieclam/testing`). `tokenOf('demo.admin')` logs in.
 */
import { JOB_SEEKER_PROJECTIONS, JobSeekersModule } from '@vieclam/job-seekers';
import { contextTestAppStarter, type ContextTestApp } from '@vieclam/testing';
import { PlanReportsModule } from '../../plan-reports.module';
import { PLAN_REPORTS_PROJECTIONS } from '../../projections/plan-reports.projections';

export type PlanReportsTestApp = ContextTestApp;

export const startPlanReportsTestApp = contextTestAppStarter({
  defaultDatabaseName: 'vieclam_reports_test',
  tempDirPrefix: 'reports',
  modules: [JobSeekersModule, PlanReportsModule],
  projections: [...JOB_SEEKER_PROJECTIONS, ...PLAN_REPORTS_PROJECTIONS],
});
