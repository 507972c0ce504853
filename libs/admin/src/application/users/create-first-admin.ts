import { DomainError } from '@vieclam/platform/command-handling';
import type { EventStore } from '@vieclam/platform/event-store';
import type { OrgUnitLevel } from '../../domain/org-unit/org-unit';
import { createOrgUnit } from './org-unit-commands';
import { unitExists } from './user-accounts';
import { createUserAccount, type CreatedUser } from './user-commands';

export interface FirstAdmin {
  eventStore: EventStore;
  username: string;
  displayName: string;
  /** Generated when absent (then it must be changed at first login). */
  password?: string;
  /** The unit the admin role covers (with its subtree). */
  unitCode: string;
  /** Creates the unit when it does not exist yet (a fresh server has no units). */
  createUnit?: { name: string; level: OrgUnitLevel; parentCode?: string | null; validFrom?: string };
}

/**
 * Bootstraps an administrator (the CLI's `admin:create`). Works on any mode's event store; the
 * printed password is the only copy.
 */
export async function createFirstAdmin(input: FirstAdmin): Promise<CreatedUser> {
  const store = input.eventStore;
  const actor = { actor: 'system' };
  if (!(await unitExists(store, input.unitCode))) {
    if (!input.createUnit) {
      throw DomainError.invalid(
        'unit_not_found',
        {
          vi: `Đơn vị hành chính "${input.unitCode}" không tồn tại; hãy nhập danh sách đơn vị hoặc tạo đơn vị trước.`,
          en: `The administrative unit "${input.unitCode}" does not exist; import the unit list or create it first.`,
        },
        { field: 'unitCode' },
      );
    }
    await createOrgUnit(store, {
      code: input.unitCode,
      name: input.createUnit.name,
      level: input.createUnit.level,
      parentCode: input.createUnit.parentCode ?? null,
      validFrom: input.createUnit.validFrom ?? '1997-01-01',
      official: false,
    });
  }
  return createUserAccount(
    store,
    {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      mustChangePassword: input.password === undefined,
      grants: [{ role: 'admin', unitCode: input.unitCode }],
    },
    actor,
  );
}
