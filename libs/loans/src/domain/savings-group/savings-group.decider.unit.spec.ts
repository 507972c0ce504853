import { DomainError } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import { savingsGroupDecider, type SavingsGroupCommand } from './savings-group.decider';
import type { SavingsGroupEvent } from './savings-group.events';

const spec = DeciderSpecification.for(savingsGroupDecider);
const groupId = 'group-dong-1';

const formed: SavingsGroupEvent = {
  type: 'SavingsGroupFormed',
  data: { groupId, name: 'Tổ TK&VV thôn Đông số 1', villageCode: 'XMT-01', formedOn: '2022-02-10' },
};
const joined = (personId: string, joinedOn = '2022-02-10'): SavingsGroupEvent => ({
  type: 'SavingsGroupMemberJoined',
  data: { groupId, personId, householdId: `household-of-${personId}`, joinedOn },
});
const join = (personId: string, joinedOn = '2022-02-10'): SavingsGroupCommand => ({
  type: 'JoinSavingsGroup',
  data: { personId, householdId: `household-of-${personId}`, joinedOn },
});
const leaderSet = (personId: string): SavingsGroupEvent => ({
  type: 'SavingsGroupLeaderSet',
  data: { groupId, personId, since: '2022-02-10' },
});

const rejectedWith =
  (code: string, kind?: string) =>
  (error: unknown): boolean =>
    error instanceof DomainError && error.code === code && (kind === undefined || error.kind === kind);

describe('SavingsGroup decider', () => {
  it('forms a group in a village, once', () => {
    const form: SavingsGroupCommand = { type: 'FormSavingsGroup', data: { ...formed.data } };
    spec.given([]).when(form).then([formed]);
    spec.given([formed]).when(form).thenThrows(rejectedWith('savings_group_exists', 'conflict'));
    spec
      .given([])
      .when({ type: 'FormSavingsGroup', data: { ...formed.data, villageCode: ' ' } })
      .thenThrows(rejectedWith('required', 'invalid'));
  });

  it('refuses commands on a group that was never formed', () => {
    spec.given([]).when(join('p1')).thenThrows(rejectedWith('savings_group_not_found', 'not_found'));
  });

  it('adds members; a repeated join changes nothing; no join before the group was formed', () => {
    spec
      .given([formed])
      .when(join('p1'))
      .then([joined('p1')]);
    spec
      .given([formed, joined('p1')])
      .when(join('p1'))
      .then([]);
    spec.given([formed]).when(join('p1', '2022-01-01')).thenThrows(rejectedWith('date_too_early'));
  });

  it('sets a leader only among the members', () => {
    const setLeader = (personId: string): SavingsGroupCommand => ({
      type: 'SetSavingsGroupLeader',
      data: { personId, since: '2022-02-10' },
    });
    spec
      .given([formed, joined('p1')])
      .when(setLeader('p1'))
      .then([leaderSet('p1')]);
    spec
      .given([formed, joined('p1'), leaderSet('p1')])
      .when(setLeader('p1'))
      .then([]);
    spec
      .given([formed])
      .when(setLeader('p9'))
      .thenThrows(rejectedWith('leader_not_a_member', 'unprocessable'));
  });

  it('lets a member leave, but not the leader nor a non-member', () => {
    const leave = (personId: string): SavingsGroupCommand => ({
      type: 'LeaveSavingsGroup',
      data: { personId, leftOn: '2023-05-01', reason: 'chuyển đi nơi khác' },
    });
    spec
      .given([formed, joined('p1'), joined('p2')])
      .when(leave('p2'))
      .then([
        {
          type: 'SavingsGroupMemberLeft',
          data: { groupId, personId: 'p2', leftOn: '2023-05-01', reason: 'chuyển đi nơi khác' },
        },
      ]);
    spec
      .given([formed, joined('p1'), leaderSet('p1')])
      .when(leave('p1'))
      .thenThrows(rejectedWith('leader_cannot_leave', 'conflict'));
    spec.given([formed]).when(leave('p3')).thenThrows(rejectedWith('not_a_member', 'unprocessable'));
  });

  it('folds members and leader', () => {
    const left: SavingsGroupEvent = {
      type: 'SavingsGroupMemberLeft',
      data: { groupId, personId: 'p2', leftOn: '2023-05-01', reason: '' },
    };
    const state = [formed, joined('p1'), joined('p2'), leaderSet('p1'), left].reduce(
      savingsGroupDecider.evolve,
      savingsGroupDecider.initialState(),
    );
    expect(Object.keys(state.members)).toEqual(['p1']);
    expect(state.leaderPersonId).toBe('p1');
    expect(state.villageCode).toBe('XMT-01');
  });
});
