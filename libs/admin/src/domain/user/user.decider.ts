/**
 * The User stream (`User-<id>`). Passwords arrive already hashed (argon2 runs in the application
 * layer); the domain only decides. Staff names are not beneficiaries' personal data and stay plain.
 */
import { AdminRuleViolated } from '../admin-error';
import { ROLES, type Role, type RoleGrant } from '../access/roles';

export type UserEvent =
  | {
      type: 'UserCreated';
      data: {
        userId: string;
        username: string;
        displayName: string;
        passwordHash: string;
        mustChangePassword: boolean;
      };
    }
  | {
      type: 'UserPasswordChanged';
      data: { userId: string; passwordHash: string; mustChangePassword: boolean };
    }
  | { type: 'RoleGranted'; data: { userId: string; role: Role; unitCode: string } }
  | { type: 'RoleRevoked'; data: { userId: string; role: Role; unitCode: string } }
  | { type: 'UserDisabled'; data: { userId: string; reason: string } }
  | { type: 'UserEnabled'; data: { userId: string } };

export type UserCommand =
  | {
      type: 'CreateUser';
      data: {
        userId: string;
        username: string;
        displayName: string;
        passwordHash: string;
        mustChangePassword: boolean;
      };
    }
  | { type: 'ChangePassword'; data: { passwordHash: string; mustChangePassword: boolean } }
  | { type: 'GrantRole'; data: { role: string; unitCode: string; unitExists: boolean } }
  | { type: 'RevokeRole'; data: { role: string; unitCode: string } }
  | { type: 'DisableUser'; data: { reason: string } }
  | { type: 'EnableUser' };

export interface UserState {
  userId: string | null;
  username: string | null;
  displayName: string | null;
  passwordHash: string | null;
  mustChangePassword: boolean;
  grants: RoleGrant[];
  disabled: boolean;
}

export const initialUserState = (): UserState => ({
  userId: null,
  username: null,
  displayName: null,
  passwordHash: null,
  mustChangePassword: false,
  grants: [],
  disabled: false,
});

const USERNAME = /^[a-z0-9._-]{3,40}$/;
const sameGrant = (a: RoleGrant, b: RoleGrant) => a.role === b.role && a.unitCode === b.unitCode;

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserCreated':
      return { ...initialUserState(), ...event.data };
    case 'UserPasswordChanged':
      return {
        ...state,
        passwordHash: event.data.passwordHash,
        mustChangePassword: event.data.mustChangePassword,
      };
    case 'RoleGranted':
      return {
        ...state,
        grants: [...state.grants, { role: event.data.role, unitCode: event.data.unitCode }],
      };
    case 'RoleRevoked':
      return { ...state, grants: state.grants.filter((g) => !sameGrant(g, event.data)) };
    case 'UserDisabled':
      return { ...state, disabled: true };
    case 'UserEnabled':
      return { ...state, disabled: false };
  }
}

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  if (command.type === 'CreateUser') {
    if (state.userId)
      throw new AdminRuleViolated(
        'user.exists',
        'Người dùng đã tồn tại',
        'The user already exists',
        'conflict',
      );
    const username = command.data.username.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw new AdminRuleViolated(
        'user.username',
        'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang',
        'The username must be 3–40 characters: lowercase letters without accents, digits, dot, underscore, hyphen',
        'invalid',
        'username',
      );
    }
    if (!command.data.displayName.trim()) {
      throw new AdminRuleViolated(
        'user.displayName',
        'Họ tên không được để trống',
        'The display name is required',
        'invalid',
        'displayName',
      );
    }
    return [
      {
        type: 'UserCreated',
        data: { ...command.data, username, displayName: command.data.displayName.trim() },
      },
    ];
  }
  const userId = state.userId;
  if (!userId)
    throw new AdminRuleViolated('user.missing', 'Không tìm thấy người dùng', 'User not found', 'not_found');
  switch (command.type) {
    case 'ChangePassword':
      return [{ type: 'UserPasswordChanged', data: { userId, ...command.data } }];
    case 'GrantRole': {
      const role = command.data.role as Role;
      if (!ROLES.includes(role))
        throw new AdminRuleViolated(
          'role.unknown',
          'Vai trò không hợp lệ',
          'Unknown role',
          'invalid',
          'role',
        );
      if (!command.data.unitExists) {
        throw new AdminRuleViolated(
          'role.unit',
          'Đơn vị hành chính không tồn tại',
          'The administrative unit does not exist',
          'invalid',
          'unitCode',
        );
      }
      const grant = { role, unitCode: command.data.unitCode };
      if (state.grants.some((g) => sameGrant(g, grant))) return [];
      return [{ type: 'RoleGranted', data: { userId, ...grant } }];
    }
    case 'RevokeRole': {
      const grant = state.grants.find(
        (g) => g.role === command.data.role && g.unitCode === command.data.unitCode,
      );
      return grant ? [{ type: 'RoleRevoked', data: { userId, ...grant } }] : [];
    }
    case 'DisableUser':
      return state.disabled ? [] : [{ type: 'UserDisabled', data: { userId, reason: command.data.reason } }];
    case 'EnableUser':
      return state.disabled ? [{ type: 'UserEnabled', data: { userId } }] : [];
  }
}

export const userDecider = { decide: decideUser, evolve: evolveUser, initialState: initialUserState };
