/**
 * A savings-and-loan group (Tổ tiết kiệm và vay vốn) of one village: its members and its leader.
 * Loans name the group that votes on them; the group's village is the loan's village.
 */
import { DomainError, type Decider } from '@vieclam/platform/domain';
import { isIsoDate } from '../calendar/iso-date';
import type { SavingsGroupEvent } from './savings-group.events';

export type SavingsGroupCommand =
  | {
      type: 'FormSavingsGroup';
      data: { groupId: string; name: string; villageCode: string; formedOn: string };
    }
  | { type: 'JoinSavingsGroup'; data: { personId: string; householdId: string; joinedOn: string } }
  | { type: 'LeaveSavingsGroup'; data: { personId: string; leftOn: string; reason: string } }
  | { type: 'SetSavingsGroupLeader'; data: { personId: string; since: string } };

export interface SavingsGroupMember {
  personId: string;
  householdId: string;
  joinedOn: string;
}

export interface SavingsGroupState {
  groupId: string | null;
  name: string | null;
  villageCode: string | null;
  formedOn: string | null;
  /** Current members by person id. */
  members: Record<string, SavingsGroupMember>;
  leaderPersonId: string | null;
}

export const initialSavingsGroupState = (): SavingsGroupState => ({
  groupId: null,
  name: null,
  villageCode: null,
  formedOn: null,
  members: {},
  leaderPersonId: null,
});

export function evolveSavingsGroup(state: SavingsGroupState, event: SavingsGroupEvent): SavingsGroupState {
  switch (event.type) {
    case 'SavingsGroupFormed':
      return {
        ...initialSavingsGroupState(),
        groupId: event.data.groupId,
        name: event.data.name,
        villageCode: event.data.villageCode,
        formedOn: event.data.formedOn,
      };
    case 'SavingsGroupMemberJoined': {
      const { personId, householdId, joinedOn } = event.data;
      return { ...state, members: { ...state.members, [personId]: { personId, householdId, joinedOn } } };
    }
    case 'SavingsGroupMemberLeft': {
      const members = { ...state.members };
      delete members[event.data.personId];
      return { ...state, members };
    }
    case 'SavingsGroupLeaderSet':
      return { ...state, leaderPersonId: event.data.personId };
  }
}

const notFound = () =>
  DomainError.notFound('savings_group_not_found', {
    vi: 'Không tìm thấy Tổ tiết kiệm và vay vốn',
    en: 'Savings-and-loan group not found',
  });

function requireText(value: string, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw DomainError.invalid(
      'required',
      { vi: `Chưa nhập ${field}`, en: `${field} is required` },
      { field },
    );
  }
}

function requireDate(value: string, field: string, notBefore: string | null): void {
  if (!isIsoDate(value)) {
    throw DomainError.invalid(
      'invalid_date',
      { vi: `Ngày không hợp lệ: ${field}`, en: `Invalid date: ${field}` },
      { field },
    );
  }
  if (notBefore !== null && value < notBefore) {
    throw DomainError.invalid(
      'date_too_early',
      {
        vi: `Ngày không được trước ngày thành lập tổ (${notBefore})`,
        en: `The date cannot be before the group was formed (${notBefore})`,
      },
      { field },
    );
  }
}

function decide(command: SavingsGroupCommand, state: SavingsGroupState): SavingsGroupEvent[] {
  if (command.type === 'FormSavingsGroup') {
    if (state.groupId !== null) {
      throw DomainError.conflict('savings_group_exists', {
        vi: 'Tổ tiết kiệm và vay vốn đã tồn tại',
        en: 'The savings-and-loan group already exists',
      });
    }
    const { groupId, name, villageCode, formedOn } = command.data;
    requireText(groupId, 'groupId');
    requireText(name, 'name');
    requireText(villageCode, 'villageCode');
    requireDate(formedOn, 'formedOn', null);
    return [{ type: 'SavingsGroupFormed', data: { groupId, name: name.trim(), villageCode, formedOn } }];
  }
  if (state.groupId === null) throw notFound();
  const groupId = state.groupId;
  switch (command.type) {
    case 'JoinSavingsGroup': {
      const { personId, householdId, joinedOn } = command.data;
      requireText(personId, 'personId');
      requireText(householdId, 'householdId');
      requireDate(joinedOn, 'joinedOn', state.formedOn);
      // A repeated join (a retried request) changes nothing.
      if (state.members[personId]) return [];
      return [{ type: 'SavingsGroupMemberJoined', data: { groupId, personId, householdId, joinedOn } }];
    }
    case 'LeaveSavingsGroup': {
      const { personId, leftOn, reason } = command.data;
      requireDate(leftOn, 'leftOn', state.formedOn);
      if (!state.members[personId]) {
        throw DomainError.unprocessable(
          'not_a_member',
          { vi: 'Người này không phải thành viên của tổ', en: 'This person is not a member of the group' },
          { field: 'personId' },
        );
      }
      if (state.leaderPersonId === personId) {
        throw DomainError.conflict('leader_cannot_leave', {
          vi: 'Tổ trưởng không thể rời tổ; hãy chọn tổ trưởng khác trước',
          en: 'The group leader cannot leave; set another leader first',
        });
      }
      return [{ type: 'SavingsGroupMemberLeft', data: { groupId, personId, leftOn, reason } }];
    }
    case 'SetSavingsGroupLeader': {
      const { personId, since } = command.data;
      requireDate(since, 'since', state.formedOn);
      if (!state.members[personId]) {
        throw DomainError.unprocessable(
          'leader_not_a_member',
          { vi: 'Tổ trưởng phải là thành viên của tổ', en: 'The leader must be a member of the group' },
          { field: 'personId' },
        );
      }
      if (state.leaderPersonId === personId) return [];
      return [{ type: 'SavingsGroupLeaderSet', data: { groupId, personId, since } }];
    }
  }
}

export const savingsGroupDecider: Decider<SavingsGroupCommand, SavingsGroupState, SavingsGroupEvent> = {
  decide,
  evolve: evolveSavingsGroup,
  initialState: initialSavingsGroupState,
};
