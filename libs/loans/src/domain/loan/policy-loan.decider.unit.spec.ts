import { DomainError, foldEvents } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import { LOAN_PROGRAMMES, programmeInForce } from '../../config/loan-programmes';
import type { LoanProgrammeVersion } from '../programme/loan-programme';
import { buildEqualPrincipalSchedule } from '../schedule/repayment-schedule';
import {
  createPolicyLoanDecider,
  outstandingPrincipal,
  policyLoanDecider,
  type PolicyLoanCommand,
} from './policy-loan.decider';
import type { PolicyLoanEvent } from './policy-loan.events';

const spec = DeciderSpecification.for(policyLoanDecider);
const loanId = 'loan-1';
const jobCreation = programmeInForce('job_creation', '2024-03-01')!;

type ApplyData = Extract<PolicyLoanCommand, { type: 'ApplyForLoan' }>['data'];
const applyData: ApplyData = {
  loanId,
  borrowerPersonId: 'person-1',
  householdId: 'household-1',
  householdPovertyClass: 'near_poor',
  programmeCode: 'job_creation',
  amount: 60_000_000,
  termMonths: 36,
  purpose: 'Mở xưởng may gia công',
  savingsGroupId: 'group-dong-1',
  villageCode: 'thon-dong',
  appliedOn: '2024-03-01',
  jobsPromised: { count: 2, workerPersonIds: ['person-2'] },
  overseasContract: null,
};
const apply = (extra: Partial<ApplyData> = {}): PolicyLoanCommand => ({
  type: 'ApplyForLoan',
  data: { ...applyData, ...extra },
});

const applied: PolicyLoanEvent = {
  type: 'LoanApplied',
  data: { ...applyData, programmeCode: 'job_creation' },
};
const voted: PolicyLoanEvent = {
  type: 'GroupVoted',
  data: { loanId, votedOn: '2024-03-05', votesFor: 9, votesAgainst: 1, approved: true, note: '' },
};
const approved: PolicyLoanEvent = {
  type: 'LoanApproved',
  data: {
    loanId,
    approvedOn: '2024-03-10',
    amount: 60_000_000,
    termMonths: 36,
    annualRateBasisPoints: jobCreation.annualRateBasisPoints,
    programmeVersionFrom: jobCreation.validFrom,
  },
};
const disbursed = (amount: number, id = 'd1', date = '2024-03-15'): PolicyLoanEvent => ({
  type: 'LoanDisbursed',
  data: { loanId, disbursementId: id, date, amount },
});
const quarterly = (principal: number, firstDueDate = '2024-06-15', termMonths = 36) =>
  buildEqualPrincipalSchedule({
    principal,
    termMonths,
    frequency: 'quarterly',
    firstDueDate,
    interestFrom: '2024-03-15',
    annualRateBasisPoints: jobCreation.annualRateBasisPoints,
  });
const scheduleSet: PolicyLoanEvent = {
  type: 'RepaymentScheduleSet',
  data: { loanId, setOn: '2024-03-15', frequency: 'quarterly', instalments: quarterly(60_000_000) },
};
const repaid = (principal: number, date: string, id: string, interest = 0): PolicyLoanEvent => ({
  type: 'RepaymentRecorded',
  data: { loanId, repaymentId: id, date, principal, interest },
});
const running = [applied, voted, approved, disbursed(60_000_000), scheduleSet];

const rejectedWith =
  (code: string, kind?: DomainError['kind']) =>
  (error: unknown): boolean =>
    error instanceof DomainError &&
    error.code === code &&
    (kind === undefined || error.kind === kind) &&
    error.messages.vi.length > 0 &&
    error.messages.en.length > 0;

describe('PolicyLoan decider', () => {
  describe('ApplyForLoan', () => {
    it('records the application with the jobs it promises', () => {
      spec.given([]).when(apply()).then([applied]);
    });

    it('rejects an amount above the programme maximum', () => {
      spec
        .given([])
        .when(apply({ amount: jobCreation.maxAmount + 1 }))
        .thenThrows(rejectedWith('amount_above_programme_maximum', 'unprocessable'));
    });

    it('rejects a term above the programme maximum', () => {
      spec
        .given([])
        .when(apply({ termMonths: jobCreation.maxTermMonths + 1 }))
        .thenThrows(rejectedWith('term_above_programme_maximum'));
    });

    it('rejects a programme the household class does not qualify for, when the class is known', () => {
      spec
        .given([])
        .when(
          apply({ programmeCode: 'poor_households', householdPovertyClass: 'near_poor', jobsPromised: null }),
        )
        .thenThrows(rejectedWith('household_not_eligible', 'unprocessable'));
    });

    it('accepts the programme when the household class is not known yet (checked again by the group)', () => {
      spec
        .given([])
        .when(apply({ programmeCode: 'poor_households', householdPovertyClass: null }))
        .then([
          {
            type: 'LoanApplied',
            data: {
              ...applyData,
              programmeCode: 'poor_households',
              householdPovertyClass: null,
              jobsPromised: null,
            },
          },
        ]);
    });

    it('requires a valid overseas contract for working-abroad loans', () => {
      const abroad = { programmeCode: 'working_abroad', jobsPromised: null };
      spec.given([]).when(apply(abroad)).thenThrows(rejectedWith('overseas_contract_required'));
      const expired = { placementId: 'p1', contractSignedOn: '2021-01-01', validUntil: '2024-02-29' };
      spec
        .given([])
        .when(apply({ ...abroad, overseasContract: expired }))
        .thenThrows(rejectedWith('overseas_contract_required'));
    });

    it('requires job-creation loans to promise at least one job', () => {
      spec
        .given([])
        .when(apply({ jobsPromised: null }))
        .thenThrows(rejectedWith('jobs_promised_required'));
      spec
        .given([])
        .when(apply({ jobsPromised: { count: 1, workerPersonIds: ['a', 'b'] } }))
        .thenThrows(rejectedWith('jobs_promised_required'));
    });

    it('rejects amounts that are not whole đồng, and programmes not in force', () => {
      spec
        .given([])
        .when(apply({ amount: 1_000_000.5 }))
        .thenThrows(rejectedWith('invalid_amount', 'invalid'));
      spec
        .given([])
        .when(apply({ appliedOn: '2021-06-01' }))
        .thenThrows(rejectedWith('programme_not_in_force'));
      spec
        .given([])
        .when(apply({ appliedOn: '2024-02-30' }))
        .thenThrows(rejectedWith('invalid_date'));
    });

    it('rejects a second application on the same stream', () => {
      spec.given([applied]).when(apply()).thenThrows(rejectedWith('loan_exists', 'conflict'));
    });
  });

  describe('RecordGroupVote', () => {
    const vote = (votesFor: number, votesAgainst: number): PolicyLoanCommand => ({
      type: 'RecordGroupVote',
      data: { votedOn: '2024-03-05', votesFor, votesAgainst, note: '' },
    });

    it('records the savings-and-loan group vote; a majority approves', () => {
      spec.given([applied]).when(vote(9, 1)).then([voted]);
      spec
        .given([applied])
        .when(vote(3, 5))
        .then([
          { type: 'GroupVoted', data: { ...voted.data, votesFor: 3, votesAgainst: 5, approved: false } },
        ]);
    });

    it('rejects a vote on a missing loan or a second vote', () => {
      spec.given([]).when(vote(9, 1)).thenThrows(rejectedWith('loan_not_found', 'not_found'));
      spec.given([applied, voted]).when(vote(9, 1)).thenThrows(rejectedWith('group_vote_not_expected'));
    });
  });

  describe('ApproveLoan and RejectLoan', () => {
    const approve = (extra: Partial<{ approvedOn: string; amount: number; termMonths: number }> = {}) => ({
      type: 'ApproveLoan' as const,
      data: { approvedOn: '2024-03-10', amount: 60_000_000, termMonths: 36, ...extra },
    });

    it('approves after a favourable vote and fixes the rate in force on the approval date', () => {
      spec.given([applied, voted]).when(approve()).then([approved]);
    });

    it('rejects approval without a favourable group vote, or above the amount applied for', () => {
      spec.given([applied]).when(approve()).thenThrows(rejectedWith('approval_not_possible'));
      spec
        .given([applied, voted])
        .when(approve({ amount: 60_000_001 }))
        .thenThrows(rejectedWith('amount_above_requested'));
    });

    it('rejects an application with a reason, but not one already approved', () => {
      const reject: PolicyLoanCommand = {
        type: 'RejectLoan',
        data: { rejectedOn: '2024-03-10', reason: 'Hộ đã có khoản vay khác quá hạn' },
      };
      spec
        .given([applied, voted])
        .when(reject)
        .then([{ type: 'LoanRejected', data: { loanId, ...reject.data } }]);
      spec.given([applied, voted, approved]).when(reject).thenThrows(rejectedWith('rejection_not_possible'));
    });
  });

  describe('a later rate change does not alter older loans', () => {
    const raised: LoanProgrammeVersion[] = LOAN_PROGRAMMES.flatMap((version) =>
      version.code === 'job_creation'
        ? [
            { ...version, validTo: '2024-12-31' },
            { ...version, validFrom: '2025-01-01', annualRateBasisPoints: 900 },
          ]
        : [version],
    );
    const decider = createPolicyLoanDecider(raised);

    it('keeps the rate fixed at approval through repayments after the change', () => {
      const events: PolicyLoanEvent[] = [applied, voted];
      const decide = (command: PolicyLoanCommand) => {
        events.push(...decider.decide(command, foldEvents(decider, events)));
      };
      decide({ type: 'ApproveLoan', data: { approvedOn: '2024-03-10', amount: 60_000_000, termMonths: 36 } });
      decide({
        type: 'DisburseLoan',
        data: { disbursementId: 'd1', date: '2024-03-15', amount: 60_000_000 },
      });
      decide({
        type: 'RecordRepayment',
        data: { repaymentId: 'r1', date: '2025-03-15', principal: 5_000_000, interest: 0 },
      });
      expect(foldEvents(decider, events).approval?.annualRateBasisPoints).toBe(
        jobCreation.annualRateBasisPoints,
      );
    });

    it('gives a loan approved after the change the new rate', () => {
      const [event] = decider.decide(
        { type: 'ApproveLoan', data: { approvedOn: '2025-01-02', amount: 60_000_000, termMonths: 36 } },
        foldEvents(decider, [applied, voted]),
      );
      expect(event?.type === 'LoanApproved' && event.data.annualRateBasisPoints).toBe(900);
    });
  });

  describe('DisburseLoan', () => {
    const disburse = (amount: number, id = 'd2'): PolicyLoanCommand => ({
      type: 'DisburseLoan',
      data: { disbursementId: id, date: '2024-04-01', amount },
    });

    it('allows partial disbursements up to the approved amount', () => {
      spec
        .given([applied, voted, approved, disbursed(40_000_000)])
        .when(disburse(20_000_000))
        .then([disbursed(20_000_000, 'd2', '2024-04-01')]);
    });

    it('rejects disbursing more than approved', () => {
      spec
        .given([applied, voted, approved])
        .when(disburse(60_000_001))
        .thenThrows(rejectedWith('disbursement_above_approved', 'unprocessable'));
      spec
        .given([applied, voted, approved, disbursed(40_000_000)])
        .when(disburse(20_000_001))
        .thenThrows(rejectedWith('disbursement_above_approved'));
    });

    it('rejects disbursing a loan not approved; ignores a retried disbursement id', () => {
      spec.given([applied, voted]).when(disburse(1_000_000)).thenThrows(rejectedWith('loan_not_approved'));
      spec
        .given([applied, voted, approved, disbursed(40_000_000)])
        .when(disburse(40_000_000, 'd1'))
        .then([]);
    });
  });

  describe('SetRepaymentSchedule', () => {
    const set = (instalments = quarterly(60_000_000)): PolicyLoanCommand => ({
      type: 'SetRepaymentSchedule',
      data: { setOn: '2024-03-15', frequency: 'quarterly', instalments },
    });

    it('sets a schedule that adds up to the outstanding principal within the term', () => {
      spec
        .given([applied, voted, approved, disbursed(60_000_000)])
        .when(set())
        .then([scheduleSet]);
    });

    it('rejects a schedule that does not add up, runs past the term, or replaces one', () => {
      const base = [applied, voted, approved, disbursed(60_000_000)];
      spec
        .given(base)
        .when(set(quarterly(59_000_000)))
        .thenThrows(rejectedWith('invalid_schedule'));
      spec
        .given(base)
        .when(set(quarterly(60_000_000, '2024-06-15', 39)))
        .thenThrows(rejectedWith('schedule_beyond_term'));
      spec.given(running).when(set()).thenThrows(rejectedWith('schedule_already_set'));
      spec.given([applied, voted, approved]).when(set()).thenThrows(rejectedWith('loan_not_disbursed'));
    });
  });

  describe('RecordRepayment', () => {
    const repay = (principal: number, interest = 0, date = '2024-06-15', id = 'r9'): PolicyLoanCommand => ({
      type: 'RecordRepayment',
      data: { repaymentId: id, date, principal, interest },
    });

    it('records principal and interest', () => {
      spec
        .given(running)
        .when(repay(5_000_000, 1_182_000))
        .then([repaid(5_000_000, '2024-06-15', 'r9', 1_182_000)]);
    });

    it('settles a fully disbursed loan with its last principal', () => {
      spec
        .given([...running, repaid(50_000_000, '2025-01-01', 'r1')])
        .when(repay(10_000_000, 0, '2025-02-01'))
        .then([
          repaid(10_000_000, '2025-02-01', 'r9'),
          { type: 'LoanSettled', data: { loanId, settledOn: '2025-02-01' } },
        ]);
    });

    it('does not settle a partly disbursed loan repaid in full (more may still be disbursed)', () => {
      spec
        .given([applied, voted, approved, disbursed(30_000_000)])
        .when(repay(30_000_000))
        .then([repaid(30_000_000, '2024-06-15', 'r9')]);
    });

    it('rejects repaying more principal than outstanding', () => {
      spec
        .given([...running, repaid(50_000_000, '2025-01-01', 'r1')])
        .when(repay(10_000_001))
        .thenThrows(rejectedWith('repayment_above_outstanding', 'unprocessable'));
    });

    it('rejects repaying a settled loan', () => {
      const settled: PolicyLoanEvent = { type: 'LoanSettled', data: { loanId, settledOn: '2025-02-01' } };
      spec
        .given([...running, repaid(60_000_000, '2025-02-01', 'r1'), settled])
        .when(repay(0, 10_000))
        .thenThrows(rejectedWith('loan_settled', 'conflict'));
    });

    it('rejects negative, fractional or empty repayments, and ignores a retried id', () => {
      spec.given(running).when(repay(-1)).thenThrows(rejectedWith('invalid_amount'));
      spec.given(running).when(repay(100.5)).thenThrows(rejectedWith('invalid_amount'));
      spec.given(running).when(repay(0, 0)).thenThrows(rejectedWith('invalid_amount'));
      spec
        .given([...running, repaid(1_000, '2024-06-15', 'r9')])
        .when(repay(1_000))
        .then([]);
    });
  });

  describe('MarkInstalmentOverdue', () => {
    const mark = (
      instalmentNumber: number,
      overdueSince: string,
      scheduleVersion = 1,
    ): PolicyLoanCommand => ({
      type: 'MarkInstalmentOverdue',
      data: { scheduleVersion, instalmentNumber, overdueSince },
    });
    const [first] = quarterly(60_000_000);

    it('marks an unpaid instalment overdue the day after its due date', () => {
      spec
        .given(running)
        .when(mark(1, '2024-06-16'))
        .then([
          {
            type: 'InstalmentOverdue',
            data: {
              loanId,
              scheduleVersion: 1,
              instalmentNumber: 1,
              dueDate: first!.dueDate,
              overdueSince: '2024-06-16',
              unpaidPrincipal: first!.principal,
            },
          },
        ]);
    });

    it('is idempotent for the daily job and refuses instalments that were not overdue', () => {
      const marked = policyLoanDecider.decide(mark(1, '2024-06-16'), foldEvents(policyLoanDecider, running));
      spec
        .given([...running, ...marked])
        .when(mark(1, '2024-06-16'))
        .then([]);
      spec
        .given([...running, repaid(first!.principal, '2024-06-15', 'r1')])
        .when(mark(1, '2024-06-16'))
        .thenThrows(rejectedWith('instalment_not_overdue'));
      spec.given(running).when(mark(1, '2024-06-20')).thenThrows(rejectedWith('instalment_not_overdue'));
      spec
        .given(running)
        .when(mark(1, '2024-06-16', 2))
        .thenThrows(rejectedWith('schedule_replaced'));
    });
  });

  describe('RescheduleLoan and ExtendLoan', () => {
    const base = [...running, repaid(5_000_000, '2024-06-15', 'r1')];
    const remaining = 55_000_000;
    const change = (type: 'RescheduleLoan' | 'ExtendLoan', firstDueDate: string, termMonths: number) => ({
      type,
      data: {
        on: '2024-08-01',
        reason: 'Thiên tai làm thiệt hại sản xuất',
        frequency: 'quarterly' as const,
        instalments: quarterly(remaining, firstDueDate, termMonths),
      },
    });

    it('reschedules within the maturity and extends beyond it, starting a new schedule version', () => {
      const reschedule = change('RescheduleLoan', '2024-12-15', 30);
      spec
        .given(base)
        .when(reschedule)
        .then([{ type: 'LoanRescheduled', data: { loanId, ...reschedule.data } }]);
      const extend = change('ExtendLoan', '2024-12-15', 42);
      spec
        .given(base)
        .when(extend)
        .then([{ type: 'LoanExtended', data: { loanId, ...extend.data } }]);
      const state = foldEvents(policyLoanDecider, [
        ...base,
        { type: 'LoanExtended', data: { loanId, ...extend.data } },
      ]);
      expect(state.schedule?.version).toBe(2);
      expect(state.schedule?.repayments).toEqual([]);
    });

    it('refuses a reschedule past maturity, an extension that is not later, and a wrong total', () => {
      spec
        .given(base)
        .when(change('RescheduleLoan', '2024-12-15', 42))
        .thenThrows(rejectedWith('reschedule_beyond_maturity'));
      spec
        .given(base)
        .when(change('ExtendLoan', '2024-12-15', 30))
        .thenThrows(rejectedWith('extension_not_later'));
      const wrongTotal = change('ExtendLoan', '2024-12-15', 42);
      wrongTotal.data.instalments = quarterly(60_000_000, '2024-12-15', 42);
      spec.given(base).when(wrongTotal).thenThrows(rejectedWith('invalid_schedule'));
    });
  });

  describe('SettleLoan and WriteOffLoan', () => {
    it('settles a loan with nothing outstanding, and refuses one that owes principal', () => {
      const paidOff = [
        applied,
        voted,
        approved,
        disbursed(30_000_000),
        repaid(30_000_000, '2024-09-01', 'r1'),
      ];
      spec
        .given(paidOff)
        .when({ type: 'SettleLoan', data: { settledOn: '2024-09-02' } })
        .then([{ type: 'LoanSettled', data: { loanId, settledOn: '2024-09-02' } }]);
      spec
        .given(running)
        .when({ type: 'SettleLoan', data: { settledOn: '2024-09-02' } })
        .thenThrows(rejectedWith('outstanding_principal'));
    });

    it('writes off the outstanding principal; the loan then owes nothing and takes no repayment', () => {
      const writeOff: PolicyLoanCommand = {
        type: 'WriteOffLoan',
        data: {
          on: '2026-01-10',
          reason: 'Người vay chết, không có người thừa kế',
          decisionReference: 'QĐ 12/2026',
        },
      };
      const base = [...running, repaid(5_000_000, '2024-06-15', 'r1')];
      const writtenOff: PolicyLoanEvent = {
        type: 'LoanWrittenOff',
        data: { loanId, ...writeOff.data, principalWrittenOff: 55_000_000 },
      };
      spec.given(base).when(writeOff).then([writtenOff]);
      const state = foldEvents(policyLoanDecider, [...base, writtenOff]);
      expect(outstandingPrincipal(state)).toBe(0);
      expect(state.principalWrittenOff).toBe(state.disbursedPrincipal - state.principalRepaid);
      spec
        .given([...base, writtenOff])
        .when({
          type: 'RecordRepayment',
          data: { repaymentId: 'r2', date: '2026-02-01', principal: 1, interest: 0 },
        })
        .thenThrows(rejectedWith('loan_written_off'));
    });
  });
});
