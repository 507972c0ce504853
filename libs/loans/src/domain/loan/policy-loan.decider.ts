/**
 * A Social Policy Bank loan from application to settlement or write-off. Pure: dates come in the
 * commands, the programme terms from the catalogue the decider is built with.
 */
import { DomainError, type BilingualMessage, type Decider } from '@vieclam/platform/domain';
import { LOAN_PROGRAMMES } from '../../config/loan-programmes';
import { addMonths, isIsoDate } from '../calendar/iso-date';
import { isPositiveVnd, isVnd } from '../money/vnd';
import {
  findProgrammeInForce,
  type HouseholdPovertyClass,
  type LoanProgrammeCode,
  type LoanProgrammeVersion,
} from '../programme/loan-programme';
import {
  overdueTransitions,
  scheduleProblems,
  type PrincipalRepayment,
  type RepaymentFrequency,
  type ScheduledInstalment,
} from '../schedule/repayment-schedule';
import type { JobsPromised, OverseasContractReference, PolicyLoanEvent } from './policy-loan.events';

export type PolicyLoanCommand =
  | {
      type: 'ApplyForLoan';
      data: {
        loanId: string;
        borrowerPersonId: string;
        householdId: string;
        /** From the household's latest poverty review in force on `appliedOn`; `null` when unknown. */
        householdPovertyClass: HouseholdPovertyClass | null;
        programmeCode: string;
        amount: number;
        termMonths: number;
        purpose: string;
        savingsGroupId: string;
        villageCode: string;
        appliedOn: string;
        jobsPromised: JobsPromised | null;
        overseasContract: OverseasContractReference | null;
      };
    }
  | {
      type: 'RecordGroupVote';
      data: { votedOn: string; votesFor: number; votesAgainst: number; note: string };
    }
  | { type: 'ApproveLoan'; data: { approvedOn: string; amount: number; termMonths: number } }
  | { type: 'RejectLoan'; data: { rejectedOn: string; reason: string } }
  | { type: 'DisburseLoan'; data: { disbursementId: string; date: string; amount: number } }
  | {
      type: 'SetRepaymentSchedule';
      data: { setOn: string; frequency: RepaymentFrequency; instalments: ScheduledInstalment[] };
    }
  | {
      type: 'RecordRepayment';
      data: { repaymentId: string; date: string; principal: number; interest: number };
    }
  | {
      type: 'MarkInstalmentOverdue';
      data: { scheduleVersion: number; instalmentNumber: number; overdueSince: string };
    }
  | {
      type: 'RescheduleLoan' | 'ExtendLoan';
      data: { on: string; reason: string; frequency: RepaymentFrequency; instalments: ScheduledInstalment[] };
    }
  | { type: 'SettleLoan'; data: { settledOn: string } }
  | { type: 'WriteOffLoan'; data: { on: string; reason: string; decisionReference: string } };

export type PolicyLoanStatus =
  | 'not_applied'
  | 'applied'
  | 'group_approved'
  | 'group_declined'
  | 'approved'
  | 'rejected'
  | 'disbursed'
  | 'settled'
  | 'written_off';

export interface PolicyLoanSchedule {
  /** 1 for the first schedule, +1 per reschedule or extension. */
  version: number;
  setOn: string;
  frequency: RepaymentFrequency;
  instalments: ScheduledInstalment[];
  /** Principal repaid since this schedule was set: what its instalments are paid from. */
  repayments: PrincipalRepayment[];
  /** Instalment numbers already marked overdue. */
  markedOverdue: number[];
}

export interface PolicyLoanState {
  status: PolicyLoanStatus;
  loanId: string | null;
  borrowerPersonId: string | null;
  householdId: string | null;
  programmeCode: LoanProgrammeCode | null;
  savingsGroupId: string | null;
  villageCode: string | null;
  purpose: string | null;
  appliedOn: string | null;
  requestedAmount: number;
  requestedTermMonths: number;
  jobsPromised: JobsPromised | null;
  approval: { approvedOn: string; amount: number; termMonths: number; annualRateBasisPoints: number } | null;
  disbursements: { disbursementId: string; date: string; amount: number }[];
  disbursedPrincipal: number;
  repayments: { repaymentId: string; date: string; principal: number; interest: number }[];
  principalRepaid: number;
  interestPaid: number;
  schedule: PolicyLoanSchedule | null;
  /** Every overdue mark ever appended, including those of replaced schedules. */
  overdueHistory: { scheduleVersion: number; instalmentNumber: number; overdueSince: string }[];
  closedOn: string | null;
  principalWrittenOff: number;
}

export const initialPolicyLoanState = (): PolicyLoanState => ({
  status: 'not_applied',
  loanId: null,
  borrowerPersonId: null,
  householdId: null,
  programmeCode: null,
  savingsGroupId: null,
  villageCode: null,
  purpose: null,
  appliedOn: null,
  requestedAmount: 0,
  requestedTermMonths: 0,
  jobsPromised: null,
  approval: null,
  disbursements: [],
  disbursedPrincipal: 0,
  repayments: [],
  principalRepaid: 0,
  interestPaid: 0,
  schedule: null,
  overdueHistory: [],
  closedOn: null,
  principalWrittenOff: 0,
});

/**
 * Principal the borrower still owes: disbursed − principal repaid. A written-off loan owes nothing
 * more (the written-off sum stays on `principalWrittenOff`).
 */
export function outstandingPrincipal(state: PolicyLoanState): number {
  if (state.status === 'written_off') return 0;
  return state.disbursedPrincipal - state.principalRepaid;
}

export function evolvePolicyLoan(state: PolicyLoanState, event: PolicyLoanEvent): PolicyLoanState {
  switch (event.type) {
    case 'LoanApplied': {
      const data = event.data;
      return {
        ...initialPolicyLoanState(),
        status: 'applied',
        loanId: data.loanId,
        borrowerPersonId: data.borrowerPersonId,
        householdId: data.householdId,
        programmeCode: data.programmeCode,
        savingsGroupId: data.savingsGroupId,
        villageCode: data.villageCode,
        purpose: data.purpose,
        appliedOn: data.appliedOn,
        requestedAmount: data.amount,
        requestedTermMonths: data.termMonths,
        jobsPromised: data.jobsPromised,
      };
    }
    case 'GroupVoted':
      return { ...state, status: event.data.approved ? 'group_approved' : 'group_declined' };
    case 'LoanApproved':
      return {
        ...state,
        status: 'approved',
        approval: {
          approvedOn: event.data.approvedOn,
          amount: event.data.amount,
          termMonths: event.data.termMonths,
          annualRateBasisPoints: event.data.annualRateBasisPoints,
        },
      };
    case 'LoanRejected':
      return { ...state, status: 'rejected', closedOn: event.data.rejectedOn };
    case 'LoanDisbursed':
      return {
        ...state,
        status: 'disbursed',
        disbursements: [
          ...state.disbursements,
          { disbursementId: event.data.disbursementId, date: event.data.date, amount: event.data.amount },
        ],
        disbursedPrincipal: state.disbursedPrincipal + event.data.amount,
      };
    case 'RepaymentScheduleSet':
    case 'LoanRescheduled':
    case 'LoanExtended':
      return {
        ...state,
        schedule: {
          version: (state.schedule?.version ?? 0) + 1,
          setOn: event.type === 'RepaymentScheduleSet' ? event.data.setOn : event.data.on,
          frequency: event.data.frequency,
          instalments: event.data.instalments,
          repayments: [],
          markedOverdue: [],
        },
      };
    case 'RepaymentRecorded': {
      const { repaymentId, date, principal, interest } = event.data;
      return {
        ...state,
        repayments: [...state.repayments, { repaymentId, date, principal, interest }],
        principalRepaid: state.principalRepaid + principal,
        interestPaid: state.interestPaid + interest,
        schedule: state.schedule && {
          ...state.schedule,
          repayments: [...state.schedule.repayments, { date, principal }],
        },
      };
    }
    case 'InstalmentOverdue': {
      const { scheduleVersion, instalmentNumber, overdueSince } = event.data;
      const schedule =
        state.schedule && state.schedule.version === scheduleVersion
          ? { ...state.schedule, markedOverdue: [...state.schedule.markedOverdue, instalmentNumber] }
          : state.schedule;
      return {
        ...state,
        schedule,
        overdueHistory: [...state.overdueHistory, { scheduleVersion, instalmentNumber, overdueSince }],
      };
    }
    case 'LoanSettled':
      return { ...state, status: 'settled', closedOn: event.data.settledOn };
    case 'LoanWrittenOff':
      return {
        ...state,
        status: 'written_off',
        closedOn: event.data.on,
        principalWrittenOff: event.data.principalWrittenOff,
      };
  }
}

const invalid = (code: string, message: BilingualMessage, field?: string): DomainError =>
  DomainError.invalid(code, message, field === undefined ? {} : { field });
const conflict = (code: string, message: BilingualMessage, details?: Record<string, unknown>): DomainError =>
  DomainError.conflict(code, message, details === undefined ? {} : { details });
const unprocessable = (code: string, message: BilingualMessage, field?: string): DomainError =>
  DomainError.unprocessable(code, message, field === undefined ? {} : { field });

function requireDate(value: string, field: string): void {
  if (!isIsoDate(value)) {
    throw invalid('invalid_date', { vi: `Ngày không hợp lệ: ${field}`, en: `Invalid date: ${field}` }, field);
  }
}

function requireText(value: string, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid('required', { vi: `Chưa nhập ${field}`, en: `${field} is required` }, field);
  }
}

function requirePositiveAmount(value: number, field: string): void {
  if (!isPositiveVnd(value)) {
    throw invalid(
      'invalid_amount',
      {
        vi: 'Số tiền phải là số đồng nguyên dương',
        en: 'The amount must be a whole positive number of đồng',
      },
      field,
    );
  }
}

function requireTerm(value: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw invalid('invalid_term', { vi: 'Thời hạn vay không hợp lệ', en: 'Invalid loan term' }, 'termMonths');
  }
  if (value > max) {
    throw unprocessable(
      'term_above_programme_maximum',
      {
        vi: `Thời hạn vay vượt quá mức tối đa của chương trình (${max} tháng)`,
        en: `The term is longer than the programme's maximum (${max} months)`,
      },
      'termMonths',
    );
  }
}

function requireAmountWithinProgramme(amount: number, programme: LoanProgrammeVersion): void {
  if (amount > programme.maxAmount) {
    throw unprocessable(
      'amount_above_programme_maximum',
      {
        vi: `Số tiền vay vượt quá mức tối đa của chương trình (${programme.maxAmount} đồng)`,
        en: `The amount is above the programme's maximum (${programme.maxAmount} VND)`,
      },
      'amount',
    );
  }
}

function requireProgramme(
  catalogue: readonly LoanProgrammeVersion[],
  code: string,
  date: string,
): LoanProgrammeVersion {
  const programme = findProgrammeInForce(catalogue, code, date);
  if (!programme) {
    throw unprocessable(
      'programme_not_in_force',
      {
        vi: `Chương trình cho vay "${code}" không áp dụng vào ngày ${date}`,
        en: `Loan programme "${code}" is not in force on ${date}`,
      },
      'programmeCode',
    );
  }
  return programme;
}

function requireApplied(state: PolicyLoanState): void {
  if (state.status === 'not_applied') {
    throw DomainError.notFound('loan_not_found', { vi: 'Không tìm thấy khoản vay', en: 'Loan not found' });
  }
}

function requireRunning(state: PolicyLoanState): void {
  requireApplied(state);
  if (state.status === 'settled') {
    throw conflict('loan_settled', { vi: 'Khoản vay đã tất toán', en: 'The loan is settled' });
  }
  if (state.status === 'written_off') {
    throw conflict('loan_written_off', {
      vi: 'Khoản vay đã được xoá nợ',
      en: 'The loan has been written off',
    });
  }
  if (state.status !== 'disbursed') {
    throw conflict('loan_not_disbursed', {
      vi: 'Khoản vay chưa được giải ngân',
      en: 'The loan has not been disbursed',
    });
  }
}

function requireNotBefore(
  date: string,
  earliest: string | null,
  field: string,
  what: BilingualMessage,
): void {
  if (earliest !== null && date < earliest) {
    throw invalid(
      'date_too_early',
      {
        vi: `Ngày không được trước ${what.vi} (${earliest})`,
        en: `The date cannot be before ${what.en} (${earliest})`,
      },
      field,
    );
  }
}

function requireSchedule(instalments: ScheduledInstalment[], state: PolicyLoanState): void {
  const outstanding = outstandingPrincipal(state);
  const problems = scheduleProblems(instalments, outstanding);
  if (problems.length > 0) {
    throw invalid(
      'invalid_schedule',
      {
        vi: `Lịch trả nợ không hợp lệ (tổng nợ gốc phải bằng dư nợ ${outstanding} đồng): ${problems.join('; ')}`,
        en: `Invalid repayment schedule (principal must add up to the outstanding ${outstanding} VND): ${problems.join('; ')}`,
      },
      'instalments',
    );
  }
  const firstDisbursement = state.disbursements[0]?.date ?? null;
  if (firstDisbursement !== null && (instalments[0]?.dueDate ?? '') <= firstDisbursement) {
    throw invalid(
      'invalid_schedule',
      {
        vi: 'Kỳ trả nợ đầu tiên phải sau ngày giải ngân',
        en: 'The first instalment must fall after the disbursement',
      },
      'instalments',
    );
  }
}

const lastDueDate = (instalments: readonly ScheduledInstalment[]): string =>
  instalments[instalments.length - 1]?.dueDate ?? '';

export function createPolicyLoanDecider(
  catalogue: readonly LoanProgrammeVersion[],
): Decider<PolicyLoanCommand, PolicyLoanState, PolicyLoanEvent> {
  function decide(command: PolicyLoanCommand, state: PolicyLoanState): PolicyLoanEvent[] {
    switch (command.type) {
      case 'ApplyForLoan': {
        const data = command.data;
        if (state.status !== 'not_applied') {
          throw conflict('loan_exists', {
            vi: 'Hồ sơ vay đã tồn tại',
            en: 'The loan application already exists',
          });
        }
        for (const field of [
          'loanId',
          'borrowerPersonId',
          'householdId',
          'purpose',
          'savingsGroupId',
          'villageCode',
        ] as const) {
          requireText(data[field], field);
        }
        requireDate(data.appliedOn, 'appliedOn');
        requirePositiveAmount(data.amount, 'amount');
        const programme = requireProgramme(catalogue, data.programmeCode, data.appliedOn);
        requireAmountWithinProgramme(data.amount, programme);
        requireTerm(data.termMonths, programme.maxTermMonths);
        const classes = programme.eligibility.householdClasses;
        if (
          classes !== null &&
          data.householdPovertyClass !== null &&
          !classes.includes(data.householdPovertyClass)
        ) {
          throw unprocessable(
            'household_not_eligible',
            {
              vi: `Hộ gia đình thuộc diện "${data.householdPovertyClass}" không thuộc đối tượng của chương trình "${programme.name.vi}"`,
              en: `A household classed "${data.householdPovertyClass}" does not qualify for "${programme.name.en}"`,
            },
            'programmeCode',
          );
        }
        if (programme.eligibility.overseasContract) {
          const contract = data.overseasContract;
          if (!contract || !isIsoDate(contract.validUntil) || contract.validUntil < data.appliedOn) {
            throw unprocessable(
              'overseas_contract_required',
              {
                vi: 'Cần hợp đồng đi làm việc ở nước ngoài còn hiệu lực',
                en: 'A valid overseas employment contract is required',
              },
              'overseasContract',
            );
          }
        }
        const jobs = data.jobsPromised;
        if (programme.createsJobs) {
          if (
            !jobs ||
            !Number.isSafeInteger(jobs.count) ||
            jobs.count < 1 ||
            jobs.workerPersonIds.length > jobs.count
          ) {
            throw invalid(
              'jobs_promised_required',
              {
                vi: 'Khoản vay giải quyết việc làm phải nêu số lao động được tạo việc làm (ít nhất 1) và người lao động',
                en: 'A job-creation loan must state the jobs it creates (at least 1) and who fills them',
              },
              'jobsPromised',
            );
          }
        }
        return [
          {
            type: 'LoanApplied',
            data: {
              loanId: data.loanId,
              borrowerPersonId: data.borrowerPersonId,
              householdId: data.householdId,
              householdPovertyClass: data.householdPovertyClass,
              programmeCode: programme.code,
              amount: data.amount,
              termMonths: data.termMonths,
              purpose: data.purpose,
              savingsGroupId: data.savingsGroupId,
              villageCode: data.villageCode,
              appliedOn: data.appliedOn,
              jobsPromised: programme.createsJobs ? jobs : null,
              overseasContract: programme.eligibility.overseasContract ? data.overseasContract : null,
            },
          },
        ];
      }

      case 'RecordGroupVote': {
        requireApplied(state);
        if (state.status !== 'applied') {
          throw conflict('group_vote_not_expected', {
            vi: 'Tổ tiết kiệm và vay vốn đã bình xét hồ sơ này',
            en: 'The savings-and-loan group has already voted on this application',
          });
        }
        const { votedOn, votesFor, votesAgainst, note } = command.data;
        requireDate(votedOn, 'votedOn');
        requireNotBefore(votedOn, state.appliedOn, 'votedOn', {
          vi: 'ngày nộp hồ sơ',
          en: 'the application date',
        });
        if (
          ![votesFor, votesAgainst].every((n) => Number.isSafeInteger(n) && n >= 0) ||
          votesFor + votesAgainst === 0
        ) {
          throw invalid(
            'invalid_votes',
            { vi: 'Số phiếu không hợp lệ', en: 'Invalid vote counts' },
            'votesFor',
          );
        }
        return [
          {
            type: 'GroupVoted',
            data: {
              loanId: state.loanId!,
              votedOn,
              votesFor,
              votesAgainst,
              approved: votesFor > votesAgainst,
              note,
            },
          },
        ];
      }

      case 'ApproveLoan': {
        requireApplied(state);
        if (state.status !== 'group_approved') {
          throw conflict('approval_not_possible', {
            vi: 'Chỉ phê duyệt hồ sơ đã được Tổ tiết kiệm và vay vốn bình xét đồng ý',
            en: 'Only an application the savings-and-loan group voted for can be approved',
          });
        }
        const { approvedOn, amount, termMonths } = command.data;
        requireDate(approvedOn, 'approvedOn');
        requireNotBefore(approvedOn, state.appliedOn, 'approvedOn', {
          vi: 'ngày nộp hồ sơ',
          en: 'the application date',
        });
        requirePositiveAmount(amount, 'amount');
        // The terms are the ones in force on the approval day and stay with the loan for its life.
        const programme = requireProgramme(catalogue, state.programmeCode!, approvedOn);
        requireAmountWithinProgramme(amount, programme);
        requireTerm(termMonths, programme.maxTermMonths);
        if (amount > state.requestedAmount) {
          throw unprocessable(
            'amount_above_requested',
            {
              vi: 'Số tiền phê duyệt vượt quá số tiền đề nghị vay',
              en: 'The approved amount is above the amount applied for',
            },
            'amount',
          );
        }
        return [
          {
            type: 'LoanApproved',
            data: {
              loanId: state.loanId!,
              approvedOn,
              amount,
              termMonths,
              annualRateBasisPoints: programme.annualRateBasisPoints,
              programmeVersionFrom: programme.validFrom,
            },
          },
        ];
      }

      case 'RejectLoan': {
        requireApplied(state);
        if (!['applied', 'group_approved', 'group_declined'].includes(state.status)) {
          throw conflict('rejection_not_possible', {
            vi: 'Chỉ từ chối được hồ sơ chưa phê duyệt',
            en: 'Only an application not yet decided can be rejected',
          });
        }
        const { rejectedOn, reason } = command.data;
        requireDate(rejectedOn, 'rejectedOn');
        requireText(reason, 'reason');
        return [{ type: 'LoanRejected', data: { loanId: state.loanId!, rejectedOn, reason } }];
      }

      case 'DisburseLoan': {
        requireApplied(state);
        if (state.status !== 'approved' && state.status !== 'disbursed') {
          if (state.status === 'settled' || state.status === 'written_off') requireRunning(state);
          throw conflict('loan_not_approved', {
            vi: 'Khoản vay chưa được phê duyệt',
            en: 'The loan is not approved',
          });
        }
        const { disbursementId, date, amount } = command.data;
        requireText(disbursementId, 'disbursementId');
        if (state.disbursements.some((d) => d.disbursementId === disbursementId)) return [];
        requireDate(date, 'date');
        requireNotBefore(date, state.approval!.approvedOn, 'date', {
          vi: 'ngày phê duyệt',
          en: 'the approval date',
        });
        requirePositiveAmount(amount, 'amount');
        const remaining = state.approval!.amount - state.disbursedPrincipal;
        if (amount > remaining) {
          throw unprocessable(
            'disbursement_above_approved',
            {
              vi: `Số tiền giải ngân vượt quá số tiền được phê duyệt còn lại (${remaining} đồng)`,
              en: `The disbursement is above what remains of the approved amount (${remaining} VND)`,
            },
            'amount',
          );
        }
        return [{ type: 'LoanDisbursed', data: { loanId: state.loanId!, disbursementId, date, amount } }];
      }

      case 'SetRepaymentSchedule': {
        requireRunning(state);
        if (state.schedule) {
          throw conflict('schedule_already_set', {
            vi: 'Lịch trả nợ đã được lập; hãy điều chỉnh kỳ hạn hoặc gia hạn nợ',
            en: 'The schedule is already set; reschedule or extend instead',
          });
        }
        const { setOn, frequency, instalments } = command.data;
        requireDate(setOn, 'setOn');
        requireSchedule(instalments, state);
        const maturity = addMonths(state.disbursements[0]!.date, state.approval!.termMonths);
        if (lastDueDate(instalments) > maturity) {
          throw unprocessable(
            'schedule_beyond_term',
            {
              vi: `Kỳ trả nợ cuối cùng vượt quá thời hạn vay (${maturity})`,
              en: `The last instalment falls after the end of the term (${maturity})`,
            },
            'instalments',
          );
        }
        return [
          { type: 'RepaymentScheduleSet', data: { loanId: state.loanId!, setOn, frequency, instalments } },
        ];
      }

      case 'RecordRepayment': {
        requireRunning(state);
        const { repaymentId, date, principal, interest } = command.data;
        requireText(repaymentId, 'repaymentId');
        if (state.repayments.some((r) => r.repaymentId === repaymentId)) return [];
        requireDate(date, 'date');
        requireNotBefore(date, state.disbursements[0]!.date, 'date', {
          vi: 'ngày giải ngân',
          en: 'the disbursement date',
        });
        if (!isVnd(principal) || !isVnd(interest) || principal + interest === 0) {
          throw invalid(
            'invalid_amount',
            {
              vi: 'Số tiền trả gốc và lãi phải là số đồng nguyên, không âm, và không cùng bằng 0',
              en: 'Principal and interest must be whole non-negative đồng, not both zero',
            },
            'principal',
          );
        }
        const outstanding = outstandingPrincipal(state);
        if (principal > outstanding) {
          throw unprocessable(
            'repayment_above_outstanding',
            {
              vi: `Số tiền trả gốc vượt quá dư nợ (${outstanding} đồng)`,
              en: `The principal repaid is above the outstanding principal (${outstanding} VND)`,
            },
            'principal',
          );
        }
        const events: PolicyLoanEvent[] = [
          {
            type: 'RepaymentRecorded',
            data: { loanId: state.loanId!, repaymentId, date, principal, interest },
          },
        ];
        // Fully disbursed and fully repaid: nothing more can happen on the loan, so it settles.
        if (principal === outstanding && state.disbursedPrincipal === state.approval!.amount) {
          events.push({ type: 'LoanSettled', data: { loanId: state.loanId!, settledOn: date } });
        }
        return events;
      }

      case 'MarkInstalmentOverdue': {
        requireRunning(state);
        const { scheduleVersion, instalmentNumber, overdueSince } = command.data;
        requireDate(overdueSince, 'overdueSince');
        const schedule = state.schedule;
        if (!schedule || schedule.version !== scheduleVersion) {
          throw conflict('schedule_replaced', {
            vi: 'Lịch trả nợ đã thay đổi; kỳ này không còn áp dụng',
            en: 'The schedule has been replaced; the instalment no longer applies',
          });
        }
        if (schedule.markedOverdue.includes(instalmentNumber)) return [];
        const transition = overdueTransitions(
          schedule.instalments,
          schedule.repayments,
          overdueSince,
          overdueSince,
        ).find((candidate) => candidate.number === instalmentNumber);
        if (!transition) {
          throw unprocessable(
            'instalment_not_overdue',
            {
              vi: `Kỳ ${instalmentNumber} không chuyển quá hạn vào ngày ${overdueSince}`,
              en: `Instalment ${instalmentNumber} did not become overdue on ${overdueSince}`,
            },
            'instalmentNumber',
          );
        }
        return [
          {
            type: 'InstalmentOverdue',
            data: {
              loanId: state.loanId!,
              scheduleVersion,
              instalmentNumber,
              dueDate: transition.dueDate,
              overdueSince,
              unpaidPrincipal: transition.unpaidPrincipal,
            },
          },
        ];
      }

      case 'RescheduleLoan':
      case 'ExtendLoan': {
        requireRunning(state);
        if (!state.schedule) {
          throw conflict('schedule_not_set', {
            vi: 'Khoản vay chưa có lịch trả nợ',
            en: 'The loan has no repayment schedule yet',
          });
        }
        const { on, reason, frequency, instalments } = command.data;
        requireDate(on, 'on');
        requireText(reason, 'reason');
        requireSchedule(instalments, state);
        const currentMaturity = lastDueDate(state.schedule.instalments);
        const newMaturity = lastDueDate(instalments);
        if (command.type === 'RescheduleLoan' && newMaturity > currentMaturity) {
          throw unprocessable(
            'reschedule_beyond_maturity',
            {
              vi: `Điều chỉnh kỳ hạn không được kéo dài quá hạn trả nợ cuối cùng (${currentMaturity}); hãy gia hạn nợ`,
              en: `Rescheduling cannot move the final due date past ${currentMaturity}; extend the loan instead`,
            },
            'instalments',
          );
        }
        if (command.type === 'ExtendLoan' && newMaturity <= currentMaturity) {
          throw unprocessable(
            'extension_not_later',
            {
              vi: `Gia hạn nợ phải dời hạn trả nợ cuối cùng sau ${currentMaturity}`,
              en: `An extension must move the final due date past ${currentMaturity}`,
            },
            'instalments',
          );
        }
        const type = command.type === 'RescheduleLoan' ? 'LoanRescheduled' : 'LoanExtended';
        return [{ type, data: { loanId: state.loanId!, on, reason, frequency, instalments } }];
      }

      case 'SettleLoan': {
        requireRunning(state);
        const { settledOn } = command.data;
        requireDate(settledOn, 'settledOn');
        if (outstandingPrincipal(state) > 0) {
          throw unprocessable('outstanding_principal', {
            vi: 'Khoản vay còn dư nợ gốc, chưa thể tất toán',
            en: 'The loan still has principal outstanding and cannot be settled',
          });
        }
        return [{ type: 'LoanSettled', data: { loanId: state.loanId!, settledOn } }];
      }

      case 'WriteOffLoan': {
        requireRunning(state);
        const { on, reason, decisionReference } = command.data;
        requireDate(on, 'on');
        requireText(reason, 'reason');
        requireText(decisionReference, 'decisionReference');
        const outstanding = outstandingPrincipal(state);
        if (outstanding === 0) {
          throw unprocessable('nothing_to_write_off', {
            vi: 'Khoản vay không còn dư nợ để xoá',
            en: 'The loan has no outstanding principal to write off',
          });
        }
        return [
          {
            type: 'LoanWrittenOff',
            data: { loanId: state.loanId!, on, reason, decisionReference, principalWrittenOff: outstanding },
          },
        ];
      }
    }
  }

  return { decide, evolve: evolvePolicyLoan, initialState: initialPolicyLoanState };
}

/** The decider over the shipped programme catalogue. */
export const policyLoanDecider = createPolicyLoanDecider(LOAN_PROGRAMMES);
