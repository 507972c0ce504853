import type { RecordedEvent } from '@vieclam/platform/event-store';
import { loanJobStartsProjection } from './loan-job-starts/loan-job-starts.projection';
import { evolveLoanListRow, loanStateOf } from './loan-list/loan-list.projection';
import { evolveSavingsGroupListRow } from './savings-group-list/savings-group-list.projection';

type Event = Pick<RecordedEvent, 'type' | 'data'>;
const fold = <Row>(evolve: (row: Row | undefined, event: Event) => Row | undefined, events: Event[]) =>
  events.reduce<Row | undefined>((row, event) => evolve(row, event), undefined);

describe('loan read models', () => {
  it('keeps the list columns and the folded loan in step', () => {
    const row = fold(evolveLoanListRow, [
      {
        type: 'LoanApplied',
        data: {
          loanId: 'l1',
          borrowerPersonId: 'p1',
          householdId: 'h1',
          householdPovertyClass: null,
          programmeCode: 'job_creation',
          amount: 30_000_000,
          termMonths: 12,
          purpose: 'x',
          savingsGroupId: 'g1',
          villageCode: 'v1',
          appliedOn: '2024-03-01',
          jobsPromised: { count: 2, workerPersonIds: [] },
          overseasContract: null,
        },
      },
      {
        type: 'GroupVoted',
        data: { loanId: 'l1', votedOn: '2024-03-02', votesFor: 3, votesAgainst: 0, approved: true, note: '' },
      },
      {
        type: 'LoanApproved',
        data: {
          loanId: 'l1',
          approvedOn: '2024-03-03',
          amount: 30_000_000,
          termMonths: 12,
          annualRateBasisPoints: 792,
          programmeVersionFrom: '2022-01-01',
        },
      },
      {
        type: 'LoanDisbursed',
        data: { loanId: 'l1', disbursementId: 'd1', date: '2024-03-15', amount: 20_000_000 },
      },
      {
        type: 'RepaymentRecorded',
        data: { loanId: 'l1', repaymentId: 'r1', date: '2024-04-15', principal: 5_000_000, interest: 1 },
      },
    ])!;
    expect(row).toMatchObject({
      id: 'l1',
      village_code: 'v1',
      status: 'disbursed',
      disbursed_principal: 20_000_000,
      outstanding_principal: 15_000_000,
    });
    expect(loanStateOf(row)).toMatchObject({ principalRepaid: 5_000_000, jobsPromised: { count: 2 } });
  });

  it('ignores events of a loan whose application it never saw', () => {
    expect(
      evolveLoanListRow(undefined, { type: 'LoanSettled', data: { loanId: 'x', settledOn: '2024-01-01' } }),
    ).toBeUndefined();
  });

  it('counts group members as they join and leave', () => {
    const row = fold(evolveSavingsGroupListRow, [
      {
        type: 'SavingsGroupFormed',
        data: { groupId: 'g1', name: 'Tổ 1', villageCode: 'v1', formedOn: '2022-01-01' },
      },
      {
        type: 'SavingsGroupMemberJoined',
        data: { groupId: 'g1', personId: 'p1', householdId: 'h1', joinedOn: '2022-01-01' },
      },
      {
        type: 'SavingsGroupMemberJoined',
        data: { groupId: 'g1', personId: 'p2', householdId: 'h2', joinedOn: '2022-01-01' },
      },
      { type: 'SavingsGroupLeaderSet', data: { groupId: 'g1', personId: 'p1', since: '2022-01-01' } },
      {
        type: 'SavingsGroupMemberLeft',
        data: { groupId: 'g1', personId: 'p2', leftOn: '2023-01-01', reason: '' },
      },
    ]);
    expect(row).toMatchObject({ member_count: 1, leader_person_id: 'p1', village_code: 'v1' });
  });

  it('keeps only loan-financed job starts that name a loan', () => {
    const start = (channel: string, loanId: string | null) =>
      ({
        type: 'JobStarted',
        data: { jobSeekerId: 'js1', jobId: 'j1', date: '2024-04-01', channel, loanId },
      }) as RecordedEvent;
    expect(loanJobStartsProjection.keyOf(start('loan_financed', 'l1'))).toBe('js1/j1');
    expect(loanJobStartsProjection.keyOf(start('placement', null))).toBeUndefined();
    expect(loanJobStartsProjection.keyOf(start('loan_financed', null))).toBeUndefined();
    expect(loanJobStartsProjection.evolve(undefined, start('loan_financed', 'l1'))).toEqual({
      id: 'js1/j1',
      loan_id: 'l1',
      job_seeker_id: 'js1',
      job_id: 'j1',
      date: '2024-04-01',
    });
  });
});
