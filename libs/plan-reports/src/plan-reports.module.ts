import { Module } from '@nestjs/common';
import { PlanCommands } from './application/plan-commands';
import { PlanRecords } from './application/plan-records';
import { PlansController } from './application/plans.controller';
import { ReportSubmissions } from './application/report-submissions';
import { ReportsController } from './application/reports.controller';
import { PlanReportsDemoLoader } from './demo/load-plan-reports-demo';
import { DraftMonthlyReportsJob } from './jobs/draft-monthly-reports.job';
import { IndicatorReportQuery } from './queries/indicator-report.query';

/**
 * The plan and its reports over HTTP, and the monthly `reports:draft-monthly` job. Needs the
 * runtime (event store, read-model database, `JOB_QUEUE`), command handling and AdminModule; its
 * read models (`PLAN_REPORTS_PROJECTIONS`) must be in the app's projection list.
 */
@Module({
  controllers: [PlansController, ReportsController],
  providers: [
    PlanRecords,
    PlanCommands,
    IndicatorReportQuery,
    ReportSubmissions,
    DraftMonthlyReportsJob,
    PlanReportsDemoLoader,
  ],
  exports: [PlanRecords, PlanCommands, IndicatorReportQuery, ReportSubmissions, DraftMonthlyReportsJob],
})
export class PlanReportsModule {}
