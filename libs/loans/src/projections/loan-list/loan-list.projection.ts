/**
 * One row per loan: the columns lists filter on, and the loan folded by the domain's own `evolve`
 * as JSON, so the portfolio, the work list and the borrower history compute from this read model
 * with the domain functions. Overdue marks arrive only as `InstalmentOverdue` events (the daily job).
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import {
  evolvePolicyLoan,
  initialPolicyLoanState,
  outstandingPrincipal,
  type PolicyLoanState,
} from '../../domain/loan/policy-loan.decider';
import type { PolicyLoanEvent } from '../../domain/loan/policy-loan.events';

export const LOAN_LIST_TABLE = 'loan_list';
export const POLICY_LOAN_CATEGORY = 'PolicyLoan';

export interface LoanListRow extends ReadModelRow {
  id: string;
  village_code: string;
  programme_code: string;
  savings_group_id: string;
  borrower_person_id: string;
  household_id: string;
  status: string;
  applied_on: string;
  requested_amount: number;
  disbursed_principal: number;
  outstanding_principal: number;
  /** `PolicyLoanState` as JSON (ids and amounts, no personal data). */
  state: string;
}

export const loanStateOf = (row: Pick<LoanListRow, 'state'>): PolicyLoanState =>
  JSON.parse(row.state) as PolicyLoanState;

/** Pure: the next row of a loan given one of its events. */
export function evolveLoanListRow(
  current: LoanListRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): LoanListRow | undefined {
  if (!current && event.type !== 'LoanApplied') return undefined;
  const previous = current ? loanStateOf(current) : initialPolicyLoanState();
  const state = evolvePolicyLoan(previous, { type: event.type, data: event.data } as PolicyLoanEvent);
  return {
    id: state.loanId!,
    village_code: state.villageCode!,
    programme_code: state.programmeCode!,
    savings_group_id: state.savingsGroupId!,
    borrower_person_id: state.borrowerPersonId!,
    household_id: state.householdId!,
    status: state.status,
    applied_on: state.appliedOn!,
    requested_amount: state.requestedAmount,
    disbursed_principal: state.disbursedPrincipal,
    outstanding_principal: outstandingPrincipal(state),
    state: JSON.stringify(state),
  };
}

export const loanListProjection = rowProjection<LoanListRow>({
  name: 'loan_list',
  version: 1,
  filter: { categories: [POLICY_LOAN_CATEGORY] },
  table: LOAN_LIST_TABLE,
  migrations: {
    '001_create_loan_list': {
      up: async (db) => {
        await db.schema
          .createTable(LOAN_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('village_code', 'text', (c) => c.notNull())
          .addColumn('programme_code', 'text', (c) => c.notNull())
          .addColumn('savings_group_id', 'text', (c) => c.notNull())
          .addColumn('borrower_person_id', 'text', (c) => c.notNull())
          .addColumn('household_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('applied_on', 'text', (c) => c.notNull())
          .addColumn('requested_amount', 'bigint', (c) => c.notNull())
          .addColumn('disbursed_principal', 'bigint', (c) => c.notNull())
          .addColumn('outstanding_principal', 'bigint', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('loan_list_village_status')
          .on(LOAN_LIST_TABLE)
          .columns(['village_code', 'status'])
          .execute();
        await db.schema
          .createIndex('loan_list_borrower')
          .on(LOAN_LIST_TABLE)
          .columns(['borrower_person_id'])
          .execute();
      },
    },
  },
  keyOf: (event) => (event.data as { loanId?: string }).loanId,
  evolve: evolveLoanListRow,
});
