import { foldEvents } from '@vieclam/platform/domain';
import { policyLoanDecider, type PolicyLoanCommand } from '../domain/loan/policy-loan.decider';
import type { PolicyLoanEvent } from '../domain/loan/policy-loan.events';
import { portfolioArrears } from '../domain/portfolio/loan-portfolio';
import { buildEqualPrincipalSchedule } from '../domain/schedule/repayment-schedule';
import { recordedPortfolioArrears } from './recorded-arrears';

function run(events: PolicyLoanEvent[], ...commands: PolicyLoanCommand[]): PolicyLoanEvent[] {
  for (const command of commands) {
    events.push(...policyLoanDecider.decide(command, foldEvents(policyLoanDecider, events)));
  }
  return events;
}

// 12,000,000 đ at 6.6 %, 4 quarterly instalments of 3,000,000 from 10 Apr 2025; nothing repaid.
const events = run(
  [],
  {
    type: 'ApplyForLoan',
    data: {
      loanId: 'l1',
      borrowerPersonId: 'p1',
      householdId: 'h1',
      householdPovertyClass: 'poor',
      programmeCode: 'poor_households',
      amount: 12_000_000,
      termMonths: 12,
      purpose: 'Nuôi bò',
      savingsGroupId: 'g1',
      villageCode: 'v1',
      appliedOn: '2025-01-02',
      jobsPromised: null,
      overseasContract: null,
    },
  },
  { type: 'RecordGroupVote', data: { votedOn: '2025-01-03', votesFor: 5, votesAgainst: 0, note: '' } },
  { type: 'ApproveLoan', data: { approvedOn: '2025-01-05', amount: 12_000_000, termMonths: 12 } },
  { type: 'DisburseLoan', data: { disbursementId: 'd1', date: '2025-01-10', amount: 12_000_000 } },
  {
    type: 'SetRepaymentSchedule',
    data: {
      setOn: '2025-01-10',
      frequency: 'quarterly',
      instalments: buildEqualPrincipalSchedule({
        principal: 12_000_000,
        termMonths: 12,
        frequency: 'quarterly',
        firstDueDate: '2025-04-10',
        interestFrom: '2025-01-10',
        annualRateBasisPoints: 660,
      }),
    },
  },
);

describe('arrears from the overdue marks', () => {
  it('counts nothing overdue until the daily job has marked it, whatever the date', () => {
    const loan = foldEvents(policyLoanDecider, events);
    expect(portfolioArrears([loan], '2025-06-01').overduePrincipal).toBe(3_000_000);
    expect(recordedPortfolioArrears([loan], '2025-06-01')).toMatchObject({
      overduePrincipal: 0,
      outstandingPrincipal: 12_000_000,
      overdueRatioBasisPoints: 0,
    });
  });

  it('agrees with the schedule once every transition is marked, and not before the mark’s date', () => {
    const marked = run([...events], {
      type: 'MarkInstalmentOverdue',
      data: { scheduleVersion: 1, instalmentNumber: 1, overdueSince: '2025-04-11' },
    });
    const loan = foldEvents(policyLoanDecider, marked);
    expect(recordedPortfolioArrears([loan], '2025-04-10').overduePrincipal).toBe(0);
    // 10 Apr → 1 Jun is 52 days: the 31–90 bucket; 3,000,000 ÷ 12,000,000 = 2,500 bp.
    expect(recordedPortfolioArrears([loan], '2025-06-01')).toEqual(portfolioArrears([loan], '2025-06-01'));
    expect(recordedPortfolioArrears([loan], '2025-06-01')).toMatchObject({
      byBucket: { days_31_90: 3_000_000 },
      overdueRatioBasisPoints: 2_500,
    });
    // The second instalment (due 10 Jul) is overdue by the schedule on 1 Aug but not yet marked.
    expect(portfolioArrears([loan], '2025-08-01').overduePrincipal).toBe(6_000_000);
    expect(recordedPortfolioArrears([loan], '2025-08-01').overduePrincipal).toBe(3_000_000);
  });
});
