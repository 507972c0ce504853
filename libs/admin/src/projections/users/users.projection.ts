/**
 * The users list (admin screens): one row per user with its grants. Password hashes stay out of
 * the read model; login reads the user's stream.
 */
import type { Migration } from 'kysely';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import type { RoleGrant } from '../../domain/access/roles';
import type { UserEvent } from '../../domain/user/user.decider';

export interface UserRow extends ReadModelRow {
  id: string;
  username: string;
  display_name: string;
  disabled: number;
  must_change_password: number;
  /** JSON array of {role, unitCode}. */
  grants: string;
}

export interface UserListItem {
  userId: string;
  username: string;
  displayName: string;
  disabled: boolean;
  mustChangePassword: boolean;
  grants: RoleGrant[];
}

export function toUserListItem(row: Record<string, unknown>): UserListItem {
  return {
    userId: String(row.id),
    username: String(row.username),
    displayName: String(row.display_name),
    disabled: Number(row.disabled) === 1,
    mustChangePassword: Number(row.must_change_password) === 1,
    grants: JSON.parse(String(row.grants)) as RoleGrant[],
  };
}

const migrations: Record<string, Migration> = {
  '001_admin_users': {
    async up(db) {
      await db.schema
        .createTable('admin_users')
        .ifNotExists()
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('username', 'varchar(64)', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull())
        .addColumn('must_change_password', 'integer', (c) => c.notNull())
        .addColumn('grants', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

/** Pure: the next row of a user. */
export function evolveUserRow(current: UserRow | undefined, recorded: RecordedEvent): UserRow | undefined {
  const event = { type: recorded.type, data: recorded.data } as UserEvent;
  if (event.type === 'UserCreated') {
    return {
      id: event.data.userId,
      username: event.data.username,
      display_name: event.data.displayName,
      disabled: 0,
      must_change_password: event.data.mustChangePassword ? 1 : 0,
      grants: '[]',
    };
  }
  if (!current) return current;
  const grants = JSON.parse(current.grants) as RoleGrant[];
  switch (event.type) {
    case 'UserPasswordChanged':
      return { ...current, must_change_password: event.data.mustChangePassword ? 1 : 0 };
    case 'RoleGranted':
      return {
        ...current,
        grants: JSON.stringify([...grants, { role: event.data.role, unitCode: event.data.unitCode }]),
      };
    case 'RoleRevoked':
      return {
        ...current,
        grants: JSON.stringify(
          grants.filter((g) => !(g.role === event.data.role && g.unitCode === event.data.unitCode)),
        ),
      };
    case 'UserDisabled':
      return { ...current, disabled: 1 };
    case 'UserEnabled':
      return { ...current, disabled: 0 };
    default:
      return current;
  }
}

export const usersProjection = rowProjection<UserRow>({
  name: 'admin_users',
  version: 1,
  filter: { categories: ['User'] },
  table: 'admin_users',
  migrations,
  keyOf: (event) => (event.data as { userId?: string }).userId,
  evolve: evolveUserRow,
});
