import { Module } from '@nestjs/common';
import { LoanCommands } from './application/loan-commands';
import { LoanRecords } from './application/loan-records';
import {
  LoanPortfolioController,
  LoansController,
  SavingsGroupsController,
} from './application/loans.controller';
import { MarkOverdueJob } from './jobs/mark-overdue.job';
import { LoanQueries } from './queries/loan-queries';

/**
 * Savings-and-loan groups, policy loans, the portfolio and the work list over HTTP, and the daily
 * `loans:mark-overdue` job. Needs the runtime (event store, read-model database, `JOB_QUEUE`),
 * command handling and AdminModule; its read models (`LOAN_PROJECTIONS`) must be in the app's
 * projection list.
 */
@Module({
  controllers: [SavingsGroupsController, LoansController, LoanPortfolioController],
  providers: [LoanRecords, LoanCommands, LoanQueries, MarkOverdueJob],
  exports: [LoanRecords, LoanQueries, MarkOverdueJob],
})
export class LoansModule {}
