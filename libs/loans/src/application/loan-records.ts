/**
 * Reads a loan or a savings-and-loan group straight from its stream: for authorisation (its village)
 * and for decisions that must not trust a lagging read model.
 */
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@vieclam/platform/command-handling';
import { streamName, type EventStore, type RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { policyLoanDecider, type PolicyLoanState } from '../domain/loan/policy-loan.decider';
import type { PolicyLoanEvent } from '../domain/loan/policy-loan.events';
import { savingsGroupDecider, type SavingsGroupState } from '../domain/savings-group/savings-group.decider';
import type { SavingsGroupEvent } from '../domain/savings-group/savings-group.events';

export const POLICY_LOAN_STREAM_CATEGORY = 'PolicyLoan';
export const SAVINGS_GROUP_STREAM_CATEGORY = 'SavingsGroup';
export const policyLoanStream = (loanId: string) => streamName(POLICY_LOAN_STREAM_CATEGORY, loanId);
export const savingsGroupStream = (groupId: string) => streamName(SAVINGS_GROUP_STREAM_CATEGORY, groupId);

export const loanNotFound = () =>
  DomainError.notFound('loan_not_found', { vi: 'Không tìm thấy khoản vay', en: 'Loan not found' });

export const savingsGroupNotFound = () =>
  DomainError.notFound('savings_group_not_found', {
    vi: 'Không tìm thấy Tổ tiết kiệm và vay vốn',
    en: 'Savings-and-loan group not found',
  });

const asDomain = <E>(event: RecordedEvent) => ({ type: event.type, data: event.data }) as E;

export interface LoanRecord {
  state: PolicyLoanState & { loanId: string; villageCode: string };
  revision: number;
}

export interface SavingsGroupRecord {
  state: SavingsGroupState & { groupId: string; villageCode: string };
  revision: number;
}

@Injectable()
export class LoanRecords {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The loan as its stream says; 404 when there is none. */
  async loan(loanId: string): Promise<LoanRecord> {
    const events = await this.store.readStream(policyLoanStream(loanId));
    const state = events.reduce(
      (current, event) => policyLoanDecider.evolve(current, asDomain<PolicyLoanEvent>(event)),
      policyLoanDecider.initialState(),
    );
    if (!state.loanId || !state.villageCode) throw loanNotFound();
    return {
      state: { ...state, loanId: state.loanId, villageCode: state.villageCode },
      revision: events[events.length - 1]!.streamRevision,
    };
  }

  async loanVillage(loanId: string): Promise<string> {
    return (await this.loan(loanId)).state.villageCode;
  }

  /** The group as its stream says; 404 when there is none. */
  async group(groupId: string): Promise<SavingsGroupRecord> {
    const events = await this.store.readStream(savingsGroupStream(groupId));
    const state = events.reduce(
      (current, event) => savingsGroupDecider.evolve(current, asDomain<SavingsGroupEvent>(event)),
      savingsGroupDecider.initialState(),
    );
    if (!state.groupId || !state.villageCode) throw savingsGroupNotFound();
    return {
      state: { ...state, groupId: state.groupId, villageCode: state.villageCode },
      revision: events[events.length - 1]!.streamRevision,
    };
  }

  async groupVillage(groupId: string): Promise<string> {
    return (await this.group(groupId)).state.villageCode;
  }
}
