/**
 * Arrears as the read model knows them: only instalments the daily job marked overdue
 * (`InstalmentOverdue`, dated the day they became overdue) count, so a figure never depends on
 * whether the job has run by the wall clock, only on the events it appended. Days past due and the
 * bucket are judged on the given `asOf`, the unpaid principal from the repayments dated by then.
 */
import { sumVnd } from '../domain/money/vnd';
import type { PolicyLoanState } from '../domain/loan/policy-loan.decider';
import type { LoanArrears, PortfolioArrears } from '../domain/portfolio/loan-portfolio';
import { outstandingPrincipalOn } from '../domain/portfolio/loan-portfolio';
import {
  emptyArrearsBuckets,
  overdueInstalments,
  overdueRatioBasisPoints,
  type OverdueInstalment,
} from '../domain/schedule/repayment-schedule';

/** The loan's instalments overdue on `asOf` that an `InstalmentOverdue` event has marked by then. */
export function recordedOverdueInstalments(loan: PolicyLoanState, asOf: string): OverdueInstalment[] {
  const schedule = loan.schedule;
  if (!schedule) return [];
  const repaying = loan.status === 'disbursed' || (loan.closedOn !== null && loan.closedOn > asOf);
  if (!repaying) return [];
  const marked = new Set(
    loan.overdueHistory
      .filter((mark) => mark.scheduleVersion === schedule.version && mark.overdueSince <= asOf)
      .map((mark) => mark.instalmentNumber),
  );
  return overdueInstalments(schedule.instalments, schedule.repayments, asOf).filter((instalment) =>
    marked.has(instalment.number),
  );
}

export function recordedPortfolioArrears(loans: readonly PolicyLoanState[], asOf: string): PortfolioArrears {
  const byBucket = emptyArrearsBuckets();
  const overdueLoans: LoanArrears[] = [];
  for (const loan of loans) {
    const overdue = recordedOverdueInstalments(loan, asOf);
    if (overdue.length === 0) continue;
    for (const instalment of overdue) byBucket[instalment.bucket] += instalment.unpaidPrincipal;
    const oldest = overdue.reduce((a, b) => (a.daysPastDue >= b.daysPastDue ? a : b));
    overdueLoans.push({
      loanId: loan.loanId!,
      savingsGroupId: loan.savingsGroupId,
      villageCode: loan.villageCode,
      overduePrincipal: sumVnd(overdue.map((instalment) => instalment.unpaidPrincipal)),
      daysPastDue: oldest.daysPastDue,
      bucket: oldest.bucket,
    });
  }
  const outstanding = sumVnd(loans.map((loan) => outstandingPrincipalOn(loan, asOf)));
  const overdue = sumVnd(overdueLoans.map((loan) => loan.overduePrincipal));
  return {
    outstandingPrincipal: outstanding,
    overduePrincipal: overdue,
    overdueRatioBasisPoints: overdueRatioBasisPoints(overdue, outstanding),
    byBucket,
    loans: overdueLoans,
  };
}
