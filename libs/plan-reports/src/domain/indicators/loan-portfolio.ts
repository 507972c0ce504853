/**
 * Policy-loan figures of a report (activity section): disbursements in the period (count and
 * amount), and at the period's end the outstanding principal, the overdue principal and the
 * overdue ratio (overdue ÷ outstanding), per sub-unit.
 *
 * Overdue comes only from the loans context's `InstalmentOverdue` marks (appended by its daily
 * job, dated the day the instalment became overdue), never from the wall clock or from due
 * dates. Repayments pay the oldest instalments first, so a repayment first reduces what is
 * overdue; an overpayment goes to instalments not yet due, whose later marks already carry
 * their reduced unpaid principal. A new schedule (rescheduling, extension) replaces the marks of
 * the old one. Marks are applied before repayments of the same day: a mark states the unpaid
 * principal at the end of the due date.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { subUnitOf, type Scope } from './indicators';
import { inRange, type DateRange } from './two-clocks';

export const LOAN_EVENT_TYPES = [
  'LoanDisbursed',
  'RepaymentRecorded',
  'InstalmentOverdue',
  'LoanRescheduled',
  'LoanExtended',
  'LoanSettled',
  'LoanWrittenOff',
] as const;

const RANK: Record<string, number> = {
  LoanDisbursed: 0,
  LoanRescheduled: 1,
  LoanExtended: 1,
  InstalmentOverdue: 2,
  RepaymentRecorded: 3,
  LoanSettled: 4,
  LoanWrittenOff: 4,
};

/** One loan at a business date. */
export interface LoanBalance {
  loanId: string;
  /** The village of the loan's first disbursement, and its date (the loan is placed by both). */
  orgUnit: string;
  disbursedOn: string;
  outstandingPrincipal: number;
  overduePrincipal: number;
}

const amountOf = (data: unknown, field: string): number => {
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : 0;
};

/**
 * Each disbursed loan's balance at the end of `date`, from the loan events (in log order) with a
 * business date on or before it.
 */
export function loanBalancesAt(events: readonly RecordedEvent[], date: string): Map<string, LoanBalance> {
  const loanEvents = events
    .map((event, order) => ({ event, order }))
    .filter(({ event }) => event.type in RANK && event.metadata.occurredOn <= date)
    .sort(
      (a, b) =>
        (a.event.metadata.occurredOn < b.event.metadata.occurredOn
          ? -1
          : a.event.metadata.occurredOn > b.event.metadata.occurredOn
            ? 1
            : 0) ||
        RANK[a.event.type]! - RANK[b.event.type]! ||
        a.order - b.order,
    );
  const loans = new Map<string, LoanBalance & { scheduleVersion: number }>();
  for (const { event } of loanEvents) {
    const loanId = (event.data as { loanId?: unknown }).loanId;
    if (typeof loanId !== 'string') continue;
    let loan = loans.get(loanId);
    if (event.type === 'LoanDisbursed') {
      loan ??= {
        loanId,
        orgUnit: event.metadata.orgUnit,
        disbursedOn: event.metadata.occurredOn,
        outstandingPrincipal: 0,
        overduePrincipal: 0,
        scheduleVersion: 1,
      };
      loans.set(loanId, loan);
      loan.outstandingPrincipal += amountOf(event.data, 'amount');
      continue;
    }
    if (!loan) continue;
    switch (event.type) {
      case 'LoanRescheduled':
      case 'LoanExtended':
        loan.scheduleVersion += 1;
        loan.overduePrincipal = 0;
        break;
      case 'InstalmentOverdue':
        if (amountOf(event.data, 'scheduleVersion') === loan.scheduleVersion)
          loan.overduePrincipal += amountOf(event.data, 'unpaidPrincipal');
        break;
      case 'RepaymentRecorded': {
        const principal = amountOf(event.data, 'principal');
        loan.outstandingPrincipal = Math.max(0, loan.outstandingPrincipal - principal);
        loan.overduePrincipal = Math.max(0, loan.overduePrincipal - principal);
        break;
      }
      default:
        // Settled or written off: nothing outstanding any more.
        loan.outstandingPrincipal = 0;
        loan.overduePrincipal = 0;
    }
  }
  const balances = new Map<string, LoanBalance>();
  for (const { scheduleVersion: _version, ...loan } of loans.values()) {
    balances.set(loan.loanId, {
      ...loan,
      overduePrincipal: Math.min(loan.overduePrincipal, loan.outstandingPrincipal),
    });
  }
  return balances;
}

/** The raw sums of one sub-unit: what both the event path and the read models produce. */
export interface LoanTally {
  disbursedInMonth: number;
  amountInMonth: number;
  disbursedInYear: number;
  amountInYear: number;
  outstandingPrincipal: number;
  overduePrincipal: number;
}

export interface LoanFigures {
  /** Disbursements (a loan disbursed in two tranches counts twice) and their amount, in đồng. */
  disbursed: { month: { count: number; amount: number }; yearToDate: { count: number; amount: number } };
  /** At the end of the period, in đồng. */
  outstandingPrincipal: number;
  overduePrincipal: number;
  /** Overdue ÷ outstanding principal, percent; null with nothing outstanding. */
  overduePercent: number | null;
}

export interface LoanPortfolioFigures extends LoanFigures {
  bySubUnit: Record<string, LoanFigures>;
}

export const emptyLoanTally = (): LoanTally => ({
  disbursedInMonth: 0,
  amountInMonth: 0,
  disbursedInYear: 0,
  amountInYear: 0,
  outstandingPrincipal: 0,
  overduePrincipal: 0,
});

function figuresOf(t: LoanTally): LoanFigures {
  return {
    disbursed: {
      month: { count: t.disbursedInMonth, amount: t.amountInMonth },
      yearToDate: { count: t.disbursedInYear, amount: t.amountInYear },
    },
    outstandingPrincipal: t.outstandingPrincipal,
    overduePrincipal: t.overduePrincipal,
    overduePercent: t.outstandingPrincipal === 0 ? null : (t.overduePrincipal / t.outstandingPrincipal) * 100,
  };
}

/** The report's loan figures from per-sub-unit tallies (sub-units with nothing to show are left out). */
export function loanFiguresFromTallies(tallies: Readonly<Record<string, LoanTally>>): LoanPortfolioFigures {
  const total = emptyLoanTally();
  const bySubUnit: Record<string, LoanFigures> = {};
  for (const [unit, t] of Object.entries(tallies).sort(([a], [b]) => a.localeCompare(b))) {
    if (Object.values(t).every((v) => v === 0)) continue;
    for (const key of Object.keys(total) as Array<keyof LoanTally>) total[key] += t[key];
    bySubUnit[unit] = figuresOf(t);
  }
  return { ...figuresOf(total), bySubUnit };
}

/** The loan figures of the scope: disbursements in the month and the year to date, balances at its end. */
export function loanPortfolio(
  events: readonly RecordedEvent[],
  period: DateRange,
  yearToDate: DateRange,
  scope: Scope,
): LoanPortfolioFigures {
  const tallies: Record<string, LoanTally> = {};
  const tallyOf = (unit: string) => (tallies[unit] ??= emptyLoanTally());
  for (const e of events) {
    if (e.type !== 'LoanDisbursed' || !inRange(e.metadata.occurredOn, yearToDate)) continue;
    const unit = subUnitOf(scope, e.metadata.orgUnit, e.metadata.occurredOn);
    if (unit === null) continue;
    const amount = amountOf(e.data, 'amount');
    const t = tallyOf(unit);
    t.disbursedInYear += 1;
    t.amountInYear += amount;
    if (inRange(e.metadata.occurredOn, period)) {
      t.disbursedInMonth += 1;
      t.amountInMonth += amount;
    }
  }
  for (const loan of loanBalancesAt(events, period.to).values()) {
    const unit = subUnitOf(scope, loan.orgUnit, loan.disbursedOn);
    if (unit === null) continue;
    const t = tallyOf(unit);
    t.outstandingPrincipal += loan.outstandingPrincipal;
    t.overduePrincipal += loan.overduePrincipal;
  }
  return loanFiguresFromTallies(tallies);
}
