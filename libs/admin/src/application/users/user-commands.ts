/**
 * User commands shared by the users API, the CLI's first admin and the demo seed. Each runs the
 * User decider through `handleCommand` on `User-<id>`.
 */
import { DomainError, handleCommand } from '@vieclam/platform/command-handling';
import { newEventId, type EventStore } from '@vieclam/platform/event-store';
import type { RoleGrant } from '../../domain/access/roles';
import { decideUser, initialUserState, userDecider, type UserCommand } from '../../domain/user/user.decider';
import { generatePassword, hashPassword } from '../auth/password-hashing';
import { asDomainError, claimUsername, todayInVietnam, unitExists, userStream } from './user-accounts';

export const MIN_PASSWORD_LENGTH = 10;

export interface NewUser {
  username: string;
  displayName: string;
  /** Generated when absent. */
  password?: string;
  /** Default: true when the password is generated or chosen by someone else. */
  mustChangePassword?: boolean;
  grants: readonly RoleGrant[];
}

export interface CreatedUser {
  userId: string;
  username: string;
  /** The initial password, to hand over once; never stored in clear. */
  password: string;
  generatedPassword: boolean;
}

export interface Actor {
  actor: string;
  correlationId?: string;
}

export async function runUserCommand(
  store: EventStore,
  userId: string,
  command: UserCommand,
  actor: Actor & { orgUnit: string },
) {
  try {
    return await handleCommand({
      store,
      streamId: userStream(userId),
      decider: userDecider,
      command,
      metadata: {
        actor: actor.actor,
        orgUnit: actor.orgUnit,
        correlationId: actor.correlationId,
        occurredOn: todayInVietnam(),
      },
    });
  } catch (error) {
    throw asDomainError(error);
  }
}

export async function createUserAccount(
  store: EventStore,
  input: NewUser,
  actor: Actor,
): Promise<CreatedUser> {
  const generatedPassword = input.password === undefined;
  const password = input.password ?? generatePassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw DomainError.invalid(
      'password_too_short',
      {
        vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
        en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
      },
      { field: 'password' },
    );
  }
  for (const grant of input.grants) {
    if (!(await unitExists(store, grant.unitCode))) {
      throw DomainError.invalid(
        'unit_not_found',
        { vi: 'Đơn vị hành chính không tồn tại.', en: 'The administrative unit does not exist.' },
        { field: 'unitCode' },
      );
    }
  }
  const userId = newEventId();
  const create: UserCommand = {
    type: 'CreateUser',
    data: {
      userId,
      username: input.username,
      displayName: input.displayName,
      passwordHash: '',
      mustChangePassword: input.mustChangePassword ?? true,
    },
  };
  // Validate before claiming the name, so a refused command does not leave the name taken.
  let username: string;
  try {
    const [created] = decideUser(create, initialUserState());
    username = created?.type === 'UserCreated' ? created.data.username : input.username;
  } catch (error) {
    throw asDomainError(error);
  }
  const orgUnit = input.grants[0]?.unitCode ?? '-';
  await claimUsername(store, username, userId, { ...actor, orgUnit, occurredOn: todayInVietnam() });
  const passwordHash = await hashPassword(password);
  await runUserCommand(
    store,
    userId,
    { ...create, data: { ...create.data, passwordHash } },
    { ...actor, orgUnit },
  );
  for (const grant of input.grants) {
    await runUserCommand(
      store,
      userId,
      { type: 'GrantRole', data: { role: grant.role, unitCode: grant.unitCode, unitExists: true } },
      { ...actor, orgUnit: grant.unitCode },
    );
  }
  return { userId, username, password, generatedPassword };
}

export async function grantRole(
  store: EventStore,
  userId: string,
  grant: { role: string; unitCode: string },
  actor: Actor,
) {
  const exists = await unitExists(store, grant.unitCode);
  return runUserCommand(
    store,
    userId,
    { type: 'GrantRole', data: { role: grant.role, unitCode: grant.unitCode, unitExists: exists } },
    { ...actor, orgUnit: grant.unitCode },
  );
}
