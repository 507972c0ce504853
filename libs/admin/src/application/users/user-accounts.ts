import { todayInVietnam } from '@vieclam/platform/domain';
/**
 * Reads a user straight from its stream, so a disabled account or a revoked role takes effect on
 * the next request rather than when a read model catches up. A username is claimed by its own
 * stream (`Username-<name>`, appended with `no_stream`), which makes usernames unique without a
 * read model.
 */
import {
  WrongExpectedRevision,
  newEventId,
  streamName,
  type EventStore,
} from '@vieclam/platform/event-store';
import { DomainError } from '@vieclam/platform/command-handling';
import { AdminRuleViolated } from '../../domain/admin-error';
import {
  initialUserState,
  userDecider,
  type UserEvent,
  type UserState,
} from '../../domain/user/user.decider';
import { orgUnitDecider, type OrgUnitEvent } from '../../domain/org-unit/org-unit.decider';

export const USER_CATEGORY = 'User';
export const USERNAME_CATEGORY = 'Username';
export const ORG_UNIT_CATEGORY = 'OrgUnit';

export const userStream = (userId: string) => streamName(USER_CATEGORY, userId);
export const usernameStream = (username: string) => streamName(USERNAME_CATEGORY, username);
export const orgUnitStream = (code: string) => streamName(ORG_UNIT_CATEGORY, code);

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function loadUser(store: EventStore, userId: string): Promise<UserState | undefined> {
  const events = await store.readStream(userStream(userId));
  if (events.length === 0) return undefined;
  return events.reduce(
    (state, e) => userDecider.evolve(state, { type: e.type, data: e.data } as UserEvent),
    initialUserState(),
  );
}

export async function findUserIdByUsername(store: EventStore, username: string): Promise<string | undefined> {
  const [claim] = await store.readStream(usernameStream(normaliseUsername(username)), { maxCount: 1 });
  return claim ? (claim.data as { userId: string }).userId : undefined;
}

/** Claims `username` for `userId`; a taken name is a 409. */
export async function claimUsername(
  store: EventStore,
  username: string,
  userId: string,
  metadata: { actor: string; orgUnit: string; occurredOn: string; correlationId?: string },
): Promise<void> {
  const name = normaliseUsername(username);
  try {
    await store.append(
      usernameStream(name),
      [
        {
          eventId: newEventId(),
          type: 'UsernameClaimed',
          schemaVersion: 1,
          data: { username: name, userId },
          metadata: {
            occurredOn: metadata.occurredOn,
            actor: metadata.actor,
            orgUnit: metadata.orgUnit,
            correlationId: metadata.correlationId ?? newEventId(),
            causationId: null,
          },
        },
      ],
      'no_stream',
    );
  } catch (error) {
    if (error instanceof WrongExpectedRevision) {
      throw DomainError.conflict(
        'username_taken',
        { vi: 'Tên đăng nhập đã được sử dụng.', en: 'The username is already taken.' },
        { field: 'username' },
      );
    }
    throw error;
  }
}

export async function unitExists(store: EventStore, code: string): Promise<boolean> {
  const events = await store.readStream(orgUnitStream(code), { maxCount: 1 });
  return events.length > 0;
}

export async function loadOrgUnit(store: EventStore, code: string) {
  const events = await store.readStream(orgUnitStream(code));
  return events.reduce(
    (state, e) => orgUnitDecider.evolve(state, { type: e.type, data: e.data } as OrgUnitEvent),
    orgUnitDecider.initialState(),
  );
}

/** The HTTP layer knows DomainError; the admin domain throws its own bilingual error. */
export function asDomainError(error: unknown): unknown {
  if (!(error instanceof AdminRuleViolated)) return error;
  const message = { vi: error.vi, en: error.en };
  const extra = error.field ? { field: error.field } : {};
  const code = error.code.replace(/\./g, '_');
  if (error.kind === 'conflict') return DomainError.conflict(code, message, extra);
  if (error.kind === 'not_found') return DomainError.notFound(code, message, extra);
  return DomainError.invalid(code, message, extra);
}

export { todayInVietnam };
