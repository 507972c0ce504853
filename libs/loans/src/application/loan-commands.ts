/**
 * The loan and savings-and-loan group use cases: each builds the domain command with the facts it
 * looks up (the group's village and members, the approved terms) and runs it through the command
 * executor, so every change is authorised by the route and audited as an event.
 */
import { Injectable } from '@nestjs/common';
import { CommandExecutor, DomainError } from '@vieclam/platform/command-handling';
import { newEventId } from '@vieclam/platform/event-store';
import { addMonths } from '../domain/calendar/iso-date';
import { policyLoanDecider, type PolicyLoanCommand } from '../domain/loan/policy-loan.decider';
import type { JobsPromised, OverseasContractReference } from '../domain/loan/policy-loan.events';
import type { HouseholdPovertyClass } from '../domain/programme/loan-programme';
import {
  buildEqualPrincipalSchedule,
  type RepaymentFrequency,
  type ScheduledInstalment,
} from '../domain/schedule/repayment-schedule';
import { savingsGroupDecider, type SavingsGroupCommand } from '../domain/savings-group/savings-group.decider';
import { todayInVietnam } from '@vieclam/platform/domain';
import { LoanRecords, policyLoanStream, savingsGroupStream } from './loan-records';

export interface Actor {
  userId: string;
}

export interface ApplyForLoanInput {
  borrowerPersonId: string;
  householdId: string;
  householdPovertyClass: HouseholdPovertyClass | null;
  programmeCode: string;
  amount: number;
  termMonths: number;
  purpose: string;
  savingsGroupId: string;
  appliedOn: string;
  jobsPromised: JobsPromised | null;
  overseasContract: OverseasContractReference | null;
}

export interface SetScheduleInput {
  setOn: string;
  frequency: RepaymentFrequency;
  /** The bank's schedule; when absent, equal principal instalments over the approved term. */
  instalments: ScheduledInstalment[] | null;
  /** First due date of a built schedule; default one period after the first disbursement. */
  firstDueDate: string | null;
}

@Injectable()
export class LoanCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: LoanRecords,
  ) {}

  async formGroup(
    input: { name: string; villageCode: string; formedOn: string },
    actor: Actor,
  ): Promise<{ groupId: string }> {
    const groupId = newEventId();
    await this.executor.execute({
      streamId: savingsGroupStream(groupId),
      decider: savingsGroupDecider,
      command: { type: 'FormSavingsGroup', data: { ...input, groupId } },
      metadata: { actor: actor.userId, orgUnit: input.villageCode, occurredOn: input.formedOn },
      expectedRevision: 'no_stream',
    });
    return { groupId };
  }

  async runGroup(groupId: string, command: SavingsGroupCommand, actor: Actor, occurredOn: string) {
    const { state } = await this.records.group(groupId);
    const result = await this.executor.execute({
      streamId: savingsGroupStream(groupId),
      decider: savingsGroupDecider,
      command,
      metadata: { actor: actor.userId, orgUnit: state.villageCode, occurredOn },
    });
    return {
      groupId,
      revision: result.nextExpectedRevision,
      leaderPersonId: result.state.leaderPersonId,
      memberCount: Object.keys(result.state.members).length,
    };
  }

  /** The application is filed in the borrower's savings-and-loan group, in the group's village. */
  async apply(input: ApplyForLoanInput, actor: Actor): Promise<{ loanId: string; villageCode: string }> {
    const { state: group } = await this.records.group(input.savingsGroupId);
    if (!group.members[input.borrowerPersonId]) {
      throw DomainError.unprocessable(
        'borrower_not_in_group',
        {
          vi: 'Người vay chưa là thành viên của Tổ tiết kiệm và vay vốn',
          en: 'The borrower is not a member of the savings-and-loan group',
        },
        { field: 'borrowerPersonId' },
      );
    }
    const loanId = newEventId();
    await this.executor.execute({
      streamId: policyLoanStream(loanId),
      decider: policyLoanDecider,
      command: { type: 'ApplyForLoan', data: { ...input, loanId, villageCode: group.villageCode } },
      metadata: { actor: actor.userId, orgUnit: group.villageCode, occurredOn: input.appliedOn },
      expectedRevision: 'no_stream',
    });
    return { loanId, villageCode: group.villageCode };
  }

  async setSchedule(loanId: string, input: SetScheduleInput, actor: Actor) {
    let instalments = input.instalments;
    if (!instalments) {
      const { state } = await this.records.loan(loanId);
      const firstDisbursement = state.disbursements[0];
      if (!state.approval || !firstDisbursement) {
        throw DomainError.conflict('loan_not_disbursed', {
          vi: 'Khoản vay chưa được giải ngân',
          en: 'The loan has not been disbursed',
        });
      }
      const step = input.frequency === 'monthly' ? 1 : 3;
      const firstDueDate = input.firstDueDate ?? addMonths(firstDisbursement.date, step);
      try {
        instalments = buildEqualPrincipalSchedule({
          principal: state.disbursedPrincipal - state.principalRepaid,
          termMonths: state.approval.termMonths,
          frequency: input.frequency,
          firstDueDate,
          interestFrom: firstDisbursement.date,
          annualRateBasisPoints: state.approval.annualRateBasisPoints,
        });
      } catch (error) {
        throw DomainError.invalid(
          'invalid_schedule',
          {
            vi: `Không lập được lịch trả nợ: ${(error as Error).message}`,
            en: `Cannot build the schedule: ${(error as Error).message}`,
          },
          { field: 'firstDueDate' },
        );
      }
    }
    return this.run(
      loanId,
      { type: 'SetRepaymentSchedule', data: { setOn: input.setOn, frequency: input.frequency, instalments } },
      actor,
      input.setOn,
    );
  }

  /** A new schedule: a rescheduling when the final due date does not move later, else an extension. */
  async reschedule(
    loanId: string,
    input: { on: string; reason: string; frequency: RepaymentFrequency; instalments: ScheduledInstalment[] },
    actor: Actor,
  ) {
    const { state } = await this.records.loan(loanId);
    const current = state.schedule?.instalments ?? [];
    const currentMaturity = current[current.length - 1]?.dueDate ?? '';
    const newMaturity = input.instalments[input.instalments.length - 1]?.dueDate ?? '';
    const type = state.schedule && newMaturity > currentMaturity ? 'ExtendLoan' : 'RescheduleLoan';
    return this.run(loanId, { type, data: input }, actor, input.on);
  }

  async run(loanId: string, command: PolicyLoanCommand, actor: Actor, occurredOn: string = todayInVietnam()) {
    const { state } = await this.records.loan(loanId);
    const result = await this.executor.execute({
      streamId: policyLoanStream(loanId),
      decider: policyLoanDecider,
      command,
      metadata: { actor: actor.userId, orgUnit: state.villageCode, occurredOn },
    });
    return {
      loanId,
      revision: result.nextExpectedRevision,
      status: result.state.status,
      events: result.events.map((event) => event.type),
    };
  }
}
