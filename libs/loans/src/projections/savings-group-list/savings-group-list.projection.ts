/** One row per savings-and-loan group: village, name, leader and current members (JSON). */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import {
  evolveSavingsGroup,
  initialSavingsGroupState,
  type SavingsGroupState,
} from '../../domain/savings-group/savings-group.decider';
import type { SavingsGroupEvent } from '../../domain/savings-group/savings-group.events';

export const SAVINGS_GROUP_LIST_TABLE = 'loan_savings_group_list';
export const SAVINGS_GROUP_CATEGORY = 'SavingsGroup';

export interface SavingsGroupListRow extends ReadModelRow {
  id: string;
  village_code: string;
  name: string;
  formed_on: string;
  leader_person_id: string | null;
  member_count: number;
  /** `SavingsGroupState` as JSON (person and household ids only). */
  state: string;
}

export function evolveSavingsGroupListRow(
  current: SavingsGroupListRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): SavingsGroupListRow | undefined {
  if (!current && event.type !== 'SavingsGroupFormed') return undefined;
  const previous = current ? (JSON.parse(current.state) as SavingsGroupState) : initialSavingsGroupState();
  const state = evolveSavingsGroup(previous, { type: event.type, data: event.data } as SavingsGroupEvent);
  return {
    id: state.groupId!,
    village_code: state.villageCode!,
    name: state.name!,
    formed_on: state.formedOn!,
    leader_person_id: state.leaderPersonId,
    member_count: Object.keys(state.members).length,
    state: JSON.stringify(state),
  };
}

export const savingsGroupListProjection = rowProjection<SavingsGroupListRow>({
  name: 'loan_savings_group_list',
  version: 1,
  filter: { categories: [SAVINGS_GROUP_CATEGORY] },
  table: SAVINGS_GROUP_LIST_TABLE,
  migrations: {
    '001_create_loan_savings_group_list': {
      up: async (db) => {
        await db.schema
          .createTable(SAVINGS_GROUP_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('village_code', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('formed_on', 'text', (c) => c.notNull())
          .addColumn('leader_person_id', 'text')
          .addColumn('member_count', 'integer', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .execute();
      },
    },
  },
  keyOf: (event) => (event.data as { groupId?: string }).groupId,
  evolve: evolveSavingsGroupListRow,
});
