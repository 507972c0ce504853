/**
 * A small commune portfolio driven through the decider, checked against figures worked out by hand
 * (see the comments). The job-creation loan is the example: two repayments, one instalment
 * paid late that sits in the 31–90 days bucket on the right dates.
 */
import { foldEvents } from '@vieclam/platform/domain';
import { programmeInForce } from '../../config/loan-programmes';
import { policyLoanDecider, type PolicyLoanCommand, type PolicyLoanState } from '../loan/policy-loan.decider';
import type { PolicyLoanEvent } from '../loan/policy-loan.events';
import { arrearsAt, buildEqualPrincipalSchedule, overdueTransitions } from '../schedule/repayment-schedule';
import {
  borrowerLoanHistory,
  disbursedThisMonth,
  disbursedThisYear,
  jobsPromisedVsCreated,
  outstandingBy,
  portfolioArrears,
  workListByGroup,
  type LoanFinancedJobStart,
} from './loan-portfolio';

class LoanStream {
  readonly events: PolicyLoanEvent[] = [];
  run(...commands: PolicyLoanCommand[]): PolicyLoanEvent[] {
    const decided: PolicyLoanEvent[] = [];
    for (const command of commands) {
      const events = policyLoanDecider.decide(command, this.state);
      this.events.push(...events);
      decided.push(...events);
    }
    return decided;
  }
  get state(): PolicyLoanState {
    return foldEvents(policyLoanDecider, this.events);
  }
}

function openLoan(
  loanId: string,
  programmeCode: string,
  options: {
    borrower: string;
    group: string;
    village: string;
    amount: number;
    termMonths: number;
    appliedOn: string;
    disbursedOn: string;
    firstDueDate: string;
    jobs?: number;
  },
): LoanStream {
  const stream = new LoanStream();
  const programme = programmeInForce(programmeCode, options.appliedOn)!;
  stream.run(
    {
      type: 'ApplyForLoan',
      data: {
        loanId,
        borrowerPersonId: options.borrower,
        householdId: `household-of-${options.borrower}`,
        householdPovertyClass: programmeCode === 'poor_households' ? 'poor' : 'near_poor',
        programmeCode,
        amount: options.amount,
        termMonths: options.termMonths,
        purpose: 'Demo',
        savingsGroupId: options.group,
        villageCode: options.village,
        appliedOn: options.appliedOn,
        jobsPromised: options.jobs ? { count: options.jobs, workerPersonIds: [] } : null,
        overseasContract: null,
      },
    },
    {
      type: 'RecordGroupVote',
      data: { votedOn: options.appliedOn, votesFor: 12, votesAgainst: 0, note: '' },
    },
    {
      type: 'ApproveLoan',
      data: { approvedOn: options.appliedOn, amount: options.amount, termMonths: options.termMonths },
    },
    {
      type: 'DisburseLoan',
      data: { disbursementId: `${loanId}-d1`, date: options.disbursedOn, amount: options.amount },
    },
    {
      type: 'SetRepaymentSchedule',
      data: {
        setOn: options.disbursedOn,
        frequency: 'quarterly',
        instalments: buildEqualPrincipalSchedule({
          principal: options.amount,
          termMonths: options.termMonths,
          frequency: 'quarterly',
          firstDueDate: options.firstDueDate,
          interestFrom: options.disbursedOn,
          annualRateBasisPoints: programme.annualRateBasisPoints,
        }),
      },
    },
  );
  return stream;
}

const repay = (
  repaymentId: string,
  date: string,
  principal: number,
  interest: number,
): PolicyLoanCommand => ({
  type: 'RecordRepayment',
  data: { repaymentId, date, principal, interest },
});

// Job creation (7.92 %): 30,000,000 đ over 12 months, quarterly: 4 × 7,500,000 due 15 Jun, 15 Sep, 15 Dec 2024,
// 15 Mar 2025. First-quarter interest: 30,000,000 × 792 × 92 days ÷ 3,650,000 = 598,882.19 → 598,882 đ.
const jobLoan = openLoan('loan-jc', 'job_creation', {
  borrower: 'p-an',
  group: 'to-dong-1',
  village: 'thon-dong',
  amount: 30_000_000,
  termMonths: 12,
  appliedOn: '2024-03-01',
  disbursedOn: '2024-03-15',
  firstDueDate: '2024-06-15',
  jobs: 3,
});
// Poor household (6.6 %): 40,000,000 đ disbursed 5 Oct 2024, 8 quarterly instalments of 5,000,000 from 5 Jan 2025.
const poorLoan = openLoan('loan-poor', 'poor_households', {
  borrower: 'p-binh',
  group: 'to-tay-1',
  village: 'thon-tay',
  amount: 40_000_000,
  termMonths: 24,
  appliedOn: '2024-09-20',
  disbursedOn: '2024-10-05',
  firstDueDate: '2025-01-05',
});
// Clean water (9 %), the job-creation borrower's earlier loan: 10,000,000 đ, repaid in full on 1 Aug 2024.
const waterLoan = openLoan('loan-water', 'clean_water_sanitation', {
  borrower: 'p-an',
  group: 'to-dong-1',
  village: 'thon-dong',
  amount: 10_000_000,
  termMonths: 12,
  appliedOn: '2024-01-20',
  disbursedOn: '2024-02-01',
  firstDueDate: '2024-05-01',
});
waterLoan.run(repay('w1', '2024-08-01', 10_000_000, 450_000));

describe('the job-creation loan of the issue, day by day', () => {
  const [, second] = jobLoan.state.schedule!.instalments;

  it('charges the hand-computed first-quarter interest', () => {
    expect(jobLoan.state.schedule!.instalments[0]!.interest).toBe(598_882);
  });

  it('takes the first repayment on time, and the daily job marks the second instalment overdue on 16 Sep', () => {
    jobLoan.run(repay('r1', '2024-06-15', 7_500_000, 598_882));
    const { instalments, repayments } = jobLoan.state.schedule!;
    expect(overdueTransitions(instalments, repayments, '2024-06-16', '2024-09-15')).toEqual([]);
    const due = overdueTransitions(instalments, repayments, '2024-09-16', '2024-09-16');
    expect(due).toEqual([
      { number: 2, dueDate: '2024-09-15', overdueSince: '2024-09-16', unpaidPrincipal: 7_500_000 },
    ]);
    const marked = jobLoan.run({
      type: 'MarkInstalmentOverdue',
      data: { scheduleVersion: 1, instalmentNumber: 2, overdueSince: '2024-09-16' },
    });
    expect(marked.map((event) => event.type)).toEqual(['InstalmentOverdue']);
  });

  it('is in the 1–30 bucket through 15 Oct and in the 31–90 bucket from 16 Oct', () => {
    const { instalments, repayments } = jobLoan.state.schedule!;
    expect(arrearsAt(instalments, repayments, '2024-09-15').overduePrincipal).toBe(0);
    // 15 Sep → 15 Oct is 30 days past due; 16 Oct is 31.
    expect(arrearsAt(instalments, repayments, '2024-10-15')).toMatchObject({
      daysPastDue: 30,
      byBucket: { days_1_30: 7_500_000, days_31_90: 0 },
    });
    expect(arrearsAt(instalments, repayments, '2024-10-16')).toMatchObject({
      daysPastDue: 31,
      byBucket: { days_1_30: 0, days_31_90: 7_500_000 },
    });
  });

  it('is cured by the second, late repayment on 20 Nov', () => {
    // Interest 15 Jun → 20 Nov (158 days) on 22,500,000: 22,500,000 × 792 × 158 ÷ 3,650,000 = 771,386.30 → 771,386.
    jobLoan.run(repay('r2', '2024-11-20', 7_500_000, 771_386));
    const { instalments, repayments } = jobLoan.state.schedule!;
    expect(arrearsAt(instalments, repayments, '2024-11-19')).toMatchObject({
      daysPastDue: 65,
      overduePrincipal: 7_500_000,
    });
    expect(arrearsAt(instalments, repayments, '2024-11-20').overduePrincipal).toBe(0);
    expect(second!.dueDate).toBe('2024-09-15');
    expect(jobLoan.state.principalRepaid).toBe(15_000_000);
    expect(jobLoan.state.interestPaid).toBe(598_882 + 771_386);
  });
});

describe('portfolio figures (hand-computed table)', () => {
  const loans = () => [jobLoan.state, poorLoan.state, waterLoan.state];

  beforeAll(() => {
    // The repayments of the story above (repeating a repayment id changes nothing), so this block also runs alone.
    jobLoan.run(repay('r1', '2024-06-15', 7_500_000, 598_882), repay('r2', '2024-11-20', 7_500_000, 771_386));
  });

  //  on 19 Nov 2024     | programme            | village   | group    | outstanding | overdue   | bucket
  //  loan-jc            | job_creation         | thon-dong | to-dong-1| 22,500,000  | 7,500,000 | 31–90 (65 days)
  //  loan-poor          | poor_households      | thon-tay  | to-tay-1 | 40,000,000  | 0         |
  //  loan-water         | clean_water (settled)| thon-dong | to-dong-1| 0           | 0         |
  //  total                                                            | 62,500,000  | 7,500,000 → 1,200 bp
  it('gives outstanding principal by programme, village and group on a date', () => {
    expect(outstandingBy(loans(), 'programme', '2024-11-19')).toEqual({
      job_creation: 22_500_000,
      poor_households: 40_000_000,
    });
    expect(outstandingBy(loans(), 'village', '2024-11-19')).toEqual({
      'thon-dong': 22_500_000,
      'thon-tay': 40_000_000,
    });
    expect(outstandingBy(loans(), 'savingsGroup', '2024-11-20')).toEqual({
      'to-dong-1': 15_000_000,
      'to-tay-1': 40_000_000,
    });
    // On 1 Jul 2024 the water loan was still owed and the poor-household loan not yet disbursed.
    expect(outstandingBy(loans(), 'village', '2024-07-01')).toEqual({ 'thon-dong': 22_500_000 + 10_000_000 });
  });

  it('gives the overdue ratio and buckets on a date', () => {
    expect(portfolioArrears(loans(), '2024-11-19')).toEqual({
      outstandingPrincipal: 62_500_000,
      overduePrincipal: 7_500_000,
      overdueRatioBasisPoints: 1_200,
      byBucket: { days_1_30: 0, days_31_90: 7_500_000, days_91_180: 0, days_over_180: 0 },
      loans: [
        {
          loanId: 'loan-jc',
          savingsGroupId: 'to-dong-1',
          villageCode: 'thon-dong',
          overduePrincipal: 7_500_000,
          daysPastDue: 65,
          bucket: 'days_31_90',
        },
      ],
    });
    expect(portfolioArrears(loans(), '2024-11-20').overdueRatioBasisPoints).toBe(0);
  });

  it('gives the principal disbursed this month and this year', () => {
    expect(disbursedThisMonth(loans(), '2024-10-31')).toBe(40_000_000);
    expect(disbursedThisMonth(loans(), '2024-11-19')).toBe(0);
    expect(disbursedThisYear(loans(), '2024-11-19')).toBe(10_000_000 + 30_000_000 + 40_000_000);
    expect(disbursedThisYear(loans(), '2024-03-14')).toBe(10_000_000);
  });

  it('lists the instalments due in the next 30 days per group', () => {
    const workList = workListByGroup(loans(), '2024-12-10');
    expect(workList).toEqual({
      'to-dong-1': [
        expect.objectContaining({
          loanId: 'loan-jc',
          instalmentNumber: 3,
          dueDate: '2024-12-15',
          unpaidPrincipal: 7_500_000,
        }),
      ],
      'to-tay-1': [
        expect.objectContaining({
          loanId: 'loan-poor',
          instalmentNumber: 1,
          dueDate: '2025-01-05',
          unpaidPrincipal: 5_000_000,
        }),
      ],
    });
  });

  it('counts jobs created per job-creation loan against jobs promised', () => {
    const jobStarts: LoanFinancedJobStart[] = [
      {
        jobSeekerId: 'p-cuong',
        jobId: 'j1',
        date: '2024-04-01',
        channel: 'loan_financed',
        loanId: 'loan-jc',
      },
      { jobSeekerId: 'p-dung', jobId: 'j2', date: '2024-05-01', channel: 'loan_financed', loanId: 'loan-jc' },
      // The same worker's second job is not a second job created.
      {
        jobSeekerId: 'p-cuong',
        jobId: 'j3',
        date: '2024-08-01',
        channel: 'loan_financed',
        loanId: 'loan-jc',
      },
      { jobSeekerId: 'p-em', jobId: 'j4', date: '2024-05-01', channel: 'placement', loanId: null },
      {
        jobSeekerId: 'p-giang',
        jobId: 'j5',
        date: '2025-01-01',
        channel: 'loan_financed',
        loanId: 'loan-jc',
      },
    ];
    expect(jobsPromisedVsCreated(loans(), jobStarts, '2024-11-19')).toEqual([
      { loanId: 'loan-jc', promised: 3, created: 2, workerPersonIds: ['p-cuong', 'p-dung'] },
    ]);
  });

  it("gives a borrower's loan history, oldest first", () => {
    expect(borrowerLoanHistory(loans(), 'p-an').map((loan) => [loan.loanId, loan.status])).toEqual([
      ['loan-water', 'settled'],
      ['loan-jc', 'disbursed'],
    ]);
  });
});
