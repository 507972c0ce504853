/**
 * Events of the `PolicyLoan-<loanId>` stream. Amounts are whole đồng; dates are ISO calendar dates.
 * The type strings are stored as they are written here.
 */
import type { DomainEvent } from '@vieclam/platform/domain';
import type { HouseholdPovertyClass, LoanProgrammeCode } from '../programme/loan-programme';
import type { RepaymentFrequency, ScheduledInstalment } from '../schedule/repayment-schedule';

export interface JobsPromised {
  /** How many jobs the loan will create. */
  count: number;
  /** The people who will fill them, as far as known (person ids; may be fewer than `count`). */
  workerPersonIds: string[];
}

export interface OverseasContractReference {
  placementId: string;
  contractSignedOn: string;
  /** Last day the contract runs. */
  validUntil: string;
}

export type PolicyLoanEvent =
  | DomainEvent<
      'LoanApplied',
      {
        loanId: string;
        borrowerPersonId: string;
        householdId: string;
        /** The household's class on the application date, when the poverty review gives one. */
        householdPovertyClass: HouseholdPovertyClass | null;
        programmeCode: LoanProgrammeCode;
        amount: number;
        termMonths: number;
        purpose: string;
        savingsGroupId: string;
        villageCode: string;
        appliedOn: string;
        /** Job-creation loans only; `null` otherwise. */
        jobsPromised: JobsPromised | null;
        /** Working-abroad loans only; `null` otherwise. */
        overseasContract: OverseasContractReference | null;
      }
    >
  | DomainEvent<
      'GroupVoted',
      {
        loanId: string;
        votedOn: string;
        votesFor: number;
        votesAgainst: number;
        approved: boolean;
        note: string;
      }
    >
  | DomainEvent<
      'LoanApproved',
      {
        loanId: string;
        approvedOn: string;
        amount: number;
        termMonths: number;
        /** Fixed for the life of the loan: later programme versions do not change it. */
        annualRateBasisPoints: number;
        /** `validFrom` of the programme version the terms were taken from. */
        programmeVersionFrom: string;
      }
    >
  | DomainEvent<'LoanRejected', { loanId: string; rejectedOn: string; reason: string }>
  | DomainEvent<'LoanDisbursed', { loanId: string; disbursementId: string; date: string; amount: number }>
  | DomainEvent<
      'RepaymentScheduleSet',
      { loanId: string; setOn: string; frequency: RepaymentFrequency; instalments: ScheduledInstalment[] }
    >
  | DomainEvent<
      'RepaymentRecorded',
      { loanId: string; repaymentId: string; date: string; principal: number; interest: number }
    >
  | DomainEvent<
      'InstalmentOverdue',
      {
        loanId: string;
        /** Which schedule (1 = the first, +1 per reschedule or extension) the instalment belongs to. */
        scheduleVersion: number;
        instalmentNumber: number;
        dueDate: string;
        overdueSince: string;
        unpaidPrincipal: number;
      }
    >
  | DomainEvent<
      'LoanRescheduled',
      {
        loanId: string;
        on: string;
        reason: string;
        frequency: RepaymentFrequency;
        instalments: ScheduledInstalment[];
      }
    >
  | DomainEvent<
      'LoanExtended',
      {
        loanId: string;
        on: string;
        reason: string;
        frequency: RepaymentFrequency;
        instalments: ScheduledInstalment[];
      }
    >
  | DomainEvent<'LoanSettled', { loanId: string; settledOn: string }>
  | DomainEvent<
      'LoanWrittenOff',
      { loanId: string; on: string; reason: string; decisionReference: string; principalWrittenOff: number }
    >;

export type PolicyLoanEventType = PolicyLoanEvent['type'];
