/**
 * Properties of the schedule and arrears maths over random loans: random equal-principal schedules
 * (any amount, term, frequency, start) driven through the PolicyLoan decider with random
 * repayment sequences, checked at random dates.
 */
import fc from 'fast-check';
import { foldEvents } from '@vieclam/platform/domain';
import { addDays } from '../calendar/iso-date';
import { sumVnd } from '../money/vnd';
import {
  createPolicyLoanDecider,
  outstandingPrincipal,
  type PolicyLoanCommand,
} from '../loan/policy-loan.decider';
import type { PolicyLoanEvent } from '../loan/policy-loan.events';
import type { LoanProgrammeVersion } from '../programme/loan-programme';
import {
  ARREARS_BUCKETS,
  allocateRepayments,
  arrearsAt,
  arrearsBucketFor,
  buildEqualPrincipalSchedule,
  overdueTransitions,
  type PrincipalRepayment,
  type ScheduledInstalment,
} from './repayment-schedule';

const programme: LoanProgrammeVersion = {
  code: 'job_creation',
  name: { vi: 'Thử', en: 'Test' },
  eligibility: { householdClasses: null, overseasContract: false },
  createsJobs: true,
  maxAmount: 2_000_000_000,
  maxTermMonths: 120,
  annualRateBasisPoints: 792,
  validFrom: '2000-01-01',
  validTo: null,
  legalBasis: 'test catalogue',
  toVerify: [],
};
const decider = createPolicyLoanDecider([programme]);

const startDates = fc
  .date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const loans = fc.record({
  disbursedOn: startDates,
  amount: fc.integer({ min: 1_000, max: 2_000_000_000 }),
  termMonths: fc.integer({ min: 1, max: 120 }),
  frequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
  firstDueAfterDays: fc.integer({ min: 1, max: 120 }),
  // Each repayment: days after the previous one, and the share (per 10,000) of what is outstanding to repay.
  repayments: fc.array(
    fc.record({
      afterDays: fc.integer({ min: 0, max: 200 }),
      share: fc.integer({ min: 0, max: 10_000 }),
      interest: fc.integer({ min: 0, max: 5_000_000 }),
    }),
    { maxLength: 30 },
  ),
  checkAfterDays: fc.integer({ min: 0, max: 4_500 }),
});

type RandomLoan = typeof loans extends fc.Arbitrary<infer T> ? T : never;

interface Scenario {
  events: PolicyLoanEvent[];
  instalments: ScheduledInstalment[];
  repayments: PrincipalRepayment[];
  disbursed: number;
  asOf: string;
}

/** Runs a random loan through the decider, as the application would, and returns what happened. */
function play(loan: RandomLoan): Scenario {
  const events: PolicyLoanEvent[] = [];
  const run = (command: PolicyLoanCommand) => {
    events.push(...decider.decide(command, foldEvents(decider, events)));
  };
  const { disbursedOn, amount, termMonths, frequency } = loan;
  run({
    type: 'ApplyForLoan',
    data: {
      loanId: 'l',
      borrowerPersonId: 'p',
      householdId: 'h',
      householdPovertyClass: null,
      programmeCode: 'job_creation',
      amount,
      termMonths,
      purpose: 'test',
      savingsGroupId: 'g',
      villageCode: 'v',
      appliedOn: disbursedOn,
      jobsPromised: { count: 1, workerPersonIds: [] },
      overseasContract: null,
    },
  });
  run({ type: 'RecordGroupVote', data: { votedOn: disbursedOn, votesFor: 1, votesAgainst: 0, note: '' } });
  run({ type: 'ApproveLoan', data: { approvedOn: disbursedOn, amount, termMonths } });
  run({ type: 'DisburseLoan', data: { disbursementId: 'd', date: disbursedOn, amount } });
  const instalments = buildEqualPrincipalSchedule({
    principal: amount,
    termMonths,
    frequency,
    firstDueDate: addDays(disbursedOn, loan.firstDueAfterDays),
    interestFrom: disbursedOn,
    annualRateBasisPoints: programme.annualRateBasisPoints,
  });
  events.push({
    type: 'RepaymentScheduleSet',
    data: { loanId: 'l', setOn: disbursedOn, frequency, instalments },
  });

  let date = disbursedOn;
  for (const [index, repayment] of loan.repayments.entries()) {
    date = addDays(date, repayment.afterDays);
    const state = foldEvents(decider, events);
    if (state.status !== 'disbursed') break;
    const principal = Number((BigInt(outstandingPrincipal(state)) * BigInt(repayment.share)) / 10_000n);
    if (principal + repayment.interest === 0) continue;
    run({
      type: 'RecordRepayment',
      data: { repaymentId: `r${index}`, date, principal, interest: repayment.interest },
    });
  }
  const repayments = events.flatMap((event) =>
    event.type === 'RepaymentRecorded' ? [{ date: event.data.date, principal: event.data.principal }] : [],
  );
  return {
    events,
    instalments,
    repayments,
    disbursed: amount,
    asOf: addDays(disbursedOn, loan.checkAfterDays),
  };
}

describe('schedule and arrears properties', () => {
  it('outstanding = disbursed − principal repaid, never negative, whatever the repayments', () => {
    fc.assert(
      fc.property(loans, (loan) => {
        const { events, repayments, disbursed } = play(loan);
        const state = foldEvents(decider, events);
        const repaid = sumVnd(repayments.map((r) => r.principal));
        expect(outstandingPrincipal(state)).toBe(disbursed - repaid);
        expect(outstandingPrincipal(state)).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(outstandingPrincipal(state))).toBe(true);
        if (outstandingPrincipal(state) === 0) expect(state.status).toBe('settled');
      }),
      { numRuns: 300 },
    );
  });

  it('a repayment above the outstanding principal is always rejected', () => {
    fc.assert(
      fc.property(loans, fc.integer({ min: 1, max: 1_000_000 }), (loan, excess) => {
        const { events } = play(loan);
        const state = foldEvents(decider, events);
        fc.pre(state.status === 'disbursed');
        const last = state.repayments.at(-1)?.date ?? state.disbursements[0]!.date;
        expect(() =>
          decider.decide(
            {
              type: 'RecordRepayment',
              data: {
                repaymentId: 'over',
                date: last,
                principal: outstandingPrincipal(state) + excess,
                interest: 0,
              },
            },
            state,
          ),
        ).toThrow(expect.objectContaining({ code: 'repayment_above_outstanding' }));
      }),
      { numRuns: 100 },
    );
  });

  it('the arrears buckets partition the overdue principal: each overdue instalment in exactly one bucket', () => {
    fc.assert(
      fc.property(loans, (loan) => {
        const { instalments, repayments, asOf } = play(loan);
        const arrears = arrearsAt(instalments, repayments, asOf);
        expect(sumVnd(ARREARS_BUCKETS.map((bucket) => arrears.byBucket[bucket]))).toBe(
          arrears.overduePrincipal,
        );
        expect(sumVnd(arrears.instalments.map((i) => i.unpaidPrincipal))).toBe(arrears.overduePrincipal);
        for (const bucket of ARREARS_BUCKETS) {
          const inBucket = arrears.instalments.filter((i) => arrearsBucketFor(i.daysPastDue) === bucket);
          expect(sumVnd(inBucket.map((i) => i.unpaidPrincipal))).toBe(arrears.byBucket[bucket]);
        }
        for (const instalment of arrears.instalments) {
          const bucketsHolding = ARREARS_BUCKETS.filter((bucket) => bucket === instalment.bucket);
          expect(bucketsHolding).toHaveLength(1);
          expect(instalment.daysPastDue).toBeGreaterThanOrEqual(1);
          expect(instalment.dueDate < asOf).toBe(true);
        }
        const numbers = arrears.instalments.map((i) => i.number);
        expect(new Set(numbers).size).toBe(numbers.length);
      }),
      { numRuns: 300 },
    );
  });

  it('overdue principal never exceeds what is outstanding on that date', () => {
    fc.assert(
      fc.property(loans, (loan) => {
        const { instalments, repayments, disbursed, asOf } = play(loan);
        const repaidByThen = sumVnd(repayments.filter((r) => r.date <= asOf).map((r) => r.principal));
        const { overduePrincipal } = arrearsAt(instalments, repayments, asOf);
        expect(overduePrincipal).toBeLessThanOrEqual(disbursed - repaidByThen);
        const positions = allocateRepayments(instalments, repayments, asOf);
        expect(sumVnd(positions.map((p) => p.paid))).toBe(repaidByThen);
      }),
      { numRuns: 200 },
    );
  });

  it('every instalment overdue on a date was reported as a transition on the day after its due date', () => {
    fc.assert(
      fc.property(loans, (loan) => {
        const { instalments, repayments, disbursed, asOf } = play(loan);
        const transitions = overdueTransitions(instalments, repayments, addDays(asOf, -4_600), asOf);
        const reported = new Map(transitions.map((t) => [t.number, t.overdueSince]));
        for (const overdue of arrearsAt(instalments, repayments, asOf).instalments) {
          expect(reported.get(overdue.number)).toBe(overdue.overdueSince);
        }
        expect(disbursed).toBe(sumVnd(instalments.map((i) => i.principal)));
      }),
      { numRuns: 200 },
    );
  });
});
