/**
 * The liaison's portfolio figures, computed from folded PolicyLoan states. Every figure is taken "as
 * of" a date the caller gives: disbursements and repayments dated later are left out, so a report
 * for a past day reads the same whenever it is produced.
 */
import { addDays } from '../calendar/iso-date';
import { sumVnd } from '../money/vnd';
import type { PolicyLoanState } from '../loan/policy-loan.decider';
import {
  arrearsAt,
  emptyArrearsBuckets,
  instalmentsDueWithin,
  overdueRatioBasisPoints,
  type ArrearsBucket,
  type ArrearsByBucket,
} from '../schedule/repayment-schedule';

/**
 * The loans context's reading of the job seekers' `JobStarted` event: only what it needs. A job start
 * with channel `loan_financed` and a loan id counts as a job created by that loan.
 */
export interface LoanFinancedJobStart {
  jobSeekerId: string;
  jobId: string;
  date: string;
  channel: string;
  loanId: string | null;
}

export type PortfolioDimension = 'programme' | 'village' | 'savingsGroup';

/** Principal owed on `asOf`: disbursed − principal repaid, both dated on or before it; 0 once written off. */
export function outstandingPrincipalOn(loan: PolicyLoanState, asOf: string): number {
  if (loan.status === 'written_off' && loan.closedOn !== null && loan.closedOn <= asOf) return 0;
  const disbursed = sumVnd(loan.disbursements.filter((d) => d.date <= asOf).map((d) => d.amount));
  const repaid = sumVnd(loan.repayments.filter((r) => r.date <= asOf).map((r) => r.principal));
  return disbursed - repaid;
}

function keyOf(loan: PolicyLoanState, dimension: PortfolioDimension): string {
  const key =
    dimension === 'programme'
      ? loan.programmeCode
      : dimension === 'village'
        ? loan.villageCode
        : loan.savingsGroupId;
  return key ?? 'unknown';
}

/** Outstanding principal on `asOf` per programme, village or savings-and-loan group (zero totals left out). */
export function outstandingBy(
  loans: readonly PolicyLoanState[],
  dimension: PortfolioDimension,
  asOf: string,
): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const loan of loans) {
    const outstanding = outstandingPrincipalOn(loan, asOf);
    if (outstanding === 0) continue;
    const key = keyOf(loan, dimension);
    totals[key] = (totals[key] ?? 0) + outstanding;
  }
  return totals;
}

/** Principal disbursed from `from` to `to`, both inclusive. */
export function disbursedBetween(loans: readonly PolicyLoanState[], from: string, to: string): number {
  return sumVnd(
    loans.flatMap((loan) =>
      loan.disbursements.filter((d) => d.date >= from && d.date <= to).map((d) => d.amount),
    ),
  );
}

/** Disbursed in the calendar month of `asOf`, up to `asOf`. */
export const disbursedThisMonth = (loans: readonly PolicyLoanState[], asOf: string): number =>
  disbursedBetween(loans, `${asOf.slice(0, 7)}-01`, asOf);

/** Disbursed in the calendar year of `asOf`, up to `asOf`. */
export const disbursedThisYear = (loans: readonly PolicyLoanState[], asOf: string): number =>
  disbursedBetween(loans, `${asOf.slice(0, 4)}-01-01`, asOf);

export interface LoanArrears {
  loanId: string;
  savingsGroupId: string | null;
  villageCode: string | null;
  overduePrincipal: number;
  daysPastDue: number;
  /** The bucket of the oldest overdue instalment. */
  bucket: ArrearsBucket;
}

export interface PortfolioArrears {
  outstandingPrincipal: number;
  overduePrincipal: number;
  /** Overdue ÷ outstanding in basis points (rounded half up). */
  overdueRatioBasisPoints: number;
  byBucket: ArrearsByBucket;
  loans: LoanArrears[];
}

/**
 * Loans being repaid on `asOf`: disbursed and not closed by then, with a schedule. A loan rescheduled
 * since is judged by its current schedule (the replaced ones are not kept in the state).
 */
function scheduledLoansOn(loans: readonly PolicyLoanState[], asOf: string): PolicyLoanState[] {
  return loans.filter(
    (loan) =>
      loan.schedule !== null &&
      (loan.status === 'disbursed' || (loan.closedOn !== null && loan.closedOn > asOf)),
  );
}

export function portfolioArrears(loans: readonly PolicyLoanState[], asOf: string): PortfolioArrears {
  const byBucket = emptyArrearsBuckets();
  const overdueLoans: LoanArrears[] = [];
  for (const loan of scheduledLoansOn(loans, asOf)) {
    const arrears = arrearsAt(loan.schedule!.instalments, loan.schedule!.repayments, asOf);
    if (arrears.overduePrincipal === 0) continue;
    for (const bucket of Object.keys(byBucket) as ArrearsBucket[])
      byBucket[bucket] += arrears.byBucket[bucket];
    const oldest = arrears.instalments.reduce((a, b) => (a.daysPastDue >= b.daysPastDue ? a : b));
    overdueLoans.push({
      loanId: loan.loanId!,
      savingsGroupId: loan.savingsGroupId,
      villageCode: loan.villageCode,
      overduePrincipal: arrears.overduePrincipal,
      daysPastDue: arrears.daysPastDue,
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

export interface WorkListItem {
  loanId: string;
  borrowerPersonId: string;
  villageCode: string;
  instalmentNumber: number;
  dueDate: string;
  unpaidPrincipal: number;
  interest: number;
}

/**
 * Unpaid instalments falling due from `today` to `today + days`, per savings-and-loan group, earliest
 * first: the liaison's work list for the group meetings.
 */
export function workListByGroup(
  loans: readonly PolicyLoanState[],
  today: string,
  days = 30,
): Record<string, WorkListItem[]> {
  const byGroup: Record<string, WorkListItem[]> = {};
  for (const loan of loans) {
    if (loan.status !== 'disbursed' || !loan.schedule) continue;
    for (const due of instalmentsDueWithin(
      loan.schedule.instalments,
      loan.schedule.repayments,
      today,
      days,
    )) {
      const group = loan.savingsGroupId ?? 'unknown';
      (byGroup[group] ??= []).push({
        loanId: loan.loanId!,
        borrowerPersonId: loan.borrowerPersonId!,
        villageCode: loan.villageCode!,
        instalmentNumber: due.number,
        dueDate: due.dueDate,
        unpaidPrincipal: due.unpaidPrincipal,
        interest: due.interest,
      });
    }
  }
  for (const items of Object.values(byGroup)) {
    items.sort((a, b) =>
      a.dueDate === b.dueDate ? a.loanId.localeCompare(b.loanId) : a.dueDate < b.dueDate ? -1 : 1,
    );
  }
  return byGroup;
}

/** The `until` date of the default work list, for display. */
export const workListUntil = (today: string, days = 30): string => addDays(today, days);

export interface JobsCreatedByLoan {
  loanId: string;
  promised: number;
  /** Distinct people whose loan-financed job start names this loan. */
  created: number;
  workerPersonIds: string[];
}

/** Jobs promised against jobs created, per job-creation loan (loans that promised jobs). */
export function jobsPromisedVsCreated(
  loans: readonly PolicyLoanState[],
  jobStarts: readonly LoanFinancedJobStart[],
  asOf: string,
): JobsCreatedByLoan[] {
  const workersByLoan = new Map<string, Set<string>>();
  for (const start of jobStarts) {
    if (start.channel !== 'loan_financed' || start.loanId === null || start.date > asOf) continue;
    const workers = workersByLoan.get(start.loanId) ?? new Set<string>();
    workers.add(start.jobSeekerId);
    workersByLoan.set(start.loanId, workers);
  }
  return loans
    .filter((loan) => loan.jobsPromised !== null && loan.loanId !== null)
    .map((loan) => {
      const workers = [...(workersByLoan.get(loan.loanId!) ?? [])].sort();
      return {
        loanId: loan.loanId!,
        promised: loan.jobsPromised!.count,
        created: workers.length,
        workerPersonIds: workers,
      };
    });
}

/** A borrower's loans, oldest application first. */
export function borrowerLoanHistory(
  loans: readonly PolicyLoanState[],
  borrowerPersonId: string,
): PolicyLoanState[] {
  return loans
    .filter((loan) => loan.borrowerPersonId === borrowerPersonId)
    .sort((a, b) => ((a.appliedOn ?? '') < (b.appliedOn ?? '') ? -1 : 1));
}
