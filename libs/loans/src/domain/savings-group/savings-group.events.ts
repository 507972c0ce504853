/** Events of the `SavingsGroup-<groupId>` stream (Tổ tiết kiệm và vay vốn). Dates are ISO calendar dates. */
import type { DomainEvent } from '@vieclam/platform/domain';

export type SavingsGroupEvent =
  | DomainEvent<
      'SavingsGroupFormed',
      { groupId: string; name: string; villageCode: string; formedOn: string }
    >
  | DomainEvent<
      'SavingsGroupMemberJoined',
      { groupId: string; personId: string; householdId: string; joinedOn: string }
    >
  | DomainEvent<
      'SavingsGroupMemberLeft',
      { groupId: string; personId: string; leftOn: string; reason: string }
    >
  | DomainEvent<'SavingsGroupLeaderSet', { groupId: string; personId: string; since: string }>;
