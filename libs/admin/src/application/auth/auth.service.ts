import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DomainError, handleCommand } from '@vieclam/platform/command-handling';
import type { Database } from '@vieclam/platform/database';
import type { EventStore } from '@vieclam/platform/event-store';
import { DATABASE, EVENT_STORE } from '@vieclam/platform/runtime';
import { userDecider, type UserState } from '../../domain/user/user.decider';
import {
  asDomainError,
  findUserIdByUsername,
  loadUser,
  normaliseUsername,
  todayInVietnam,
  userStream,
} from '../users/user-accounts';
import type { AccessTokenPayload } from './authorisation.guard';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options';
import { LoginAttemptsTable, RefreshTokenTable, migrateAuthTables } from './auth-tables';
import { loginGate, recordFailure } from './login-throttle';
import { hashPassword, verifyPassword } from './password-hashing';
import {
  decideRefresh,
  hashRefreshSecret,
  newRefreshToken,
  parseRefreshToken,
} from './refresh-token-rotation';

export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: number;
  mustChangePassword: boolean;
}

/** While an account is locked every password is refused: 429 with Retry-After. */
export function accountLocked(retryAfterMs: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return DomainError.tooManyRequests(
    'account_locked',
    {
      vi: `Tài khoản tạm khoá do đăng nhập sai nhiều lần; thử lại sau ${minutes} phút.`,
      en: `This account is locked after too many failed logins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    },
    retryAfterMs / 1000,
  );
}

const invalidCredentials = () =>
  DomainError.unauthenticated('invalid_credentials', {
    vi: 'Sai tên đăng nhập hoặc mật khẩu.',
    en: 'Wrong username or password.',
  });
const invalidRefresh = () =>
  DomainError.unauthenticated('session_ended', {
    vi: 'Phiên đăng nhập đã kết thúc; vui lòng đăng nhập lại.',
    en: 'The session has ended; please sign in again.',
  });

@Injectable()
export class AuthService implements OnModuleInit {
  private readonly refreshTokens: RefreshTokenTable;
  private readonly attempts: LoginAttemptsTable;
  /** Verified against when the username is unknown, so both cases take the same time. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly jwt: JwtService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {
    this.refreshTokens = new RefreshTokenTable(database.db);
    this.attempts = new LoginAttemptsTable(database.db);
  }

  async onModuleInit(): Promise<void> {
    await migrateAuthTables(this.database.db);
  }

  async login(username: string, password: string, now = Date.now()): Promise<IssuedTokens> {
    const name = normaliseUsername(username);
    const user = await this.checkPassword(name, password, now);
    return this.issue(user, undefined, now);
  }

  async refresh(token: string, now = Date.now()): Promise<IssuedTokens> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw invalidRefresh();
    const decision = decideRefresh(await this.refreshTokens.find(parsed.id), parsed.secret, now);
    if (decision.outcome === 'rejected') throw invalidRefresh();
    if (decision.outcome === 'reuse_detected') {
      await this.refreshTokens.revokeFamily(decision.familyId, now);
      throw invalidRefresh();
    }
    const { token: stored } = decision;
    // Of two refreshes racing with the same token, only one rotates it; the other is a reuse.
    if (!(await this.refreshTokens.markRotated(stored.id, now))) {
      await this.refreshTokens.revokeFamily(stored.familyId, now);
      throw invalidRefresh();
    }
    const user = await loadUser(this.store, stored.userId);
    if (!user?.userId || user.disabled) {
      await this.refreshTokens.revokeFamily(stored.familyId, now);
      throw invalidRefresh();
    }
    return this.issue(user, stored.familyId, now);
  }

  /** Ends the session the refresh token belongs to; an unknown token is not an error. */
  async logout(token: string | undefined, now = Date.now()): Promise<void> {
    const parsed = token ? parseRefreshToken(token) : undefined;
    if (!parsed) return;
    const stored = await this.refreshTokens.find(parsed.id);
    if (stored && stored.tokenHash === hashRefreshSecret(parsed.secret)) {
      await this.refreshTokens.revokeFamily(stored.familyId, now);
    }
  }

  /** Changes the password, ends every other session and returns a fresh one. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    now = Date.now(),
  ): Promise<IssuedTokens> {
    const known = await loadUser(this.store, userId);
    if (!known?.username) throw invalidCredentials();
    await this.checkPassword(known.username, currentPassword, now);
    if (newPassword.length < this.options.minPasswordLength) {
      throw DomainError.invalid(
        'password_too_short',
        {
          vi: `Mật khẩu mới phải có ít nhất ${this.options.minPasswordLength} ký tự.`,
          en: `The new password must be at least ${this.options.minPasswordLength} characters long.`,
        },
        { field: 'newPassword' },
      );
    }
    if (newPassword === currentPassword) {
      throw DomainError.invalid(
        'password_unchanged',
        { vi: 'Mật khẩu mới phải khác mật khẩu cũ.', en: 'The new password must differ from the old one.' },
        { field: 'newPassword' },
      );
    }
    const passwordHash = await hashPassword(newPassword);
    const result = await handleCommand({
      store: this.store,
      streamId: userStream(userId),
      decider: userDecider,
      command: { type: 'ChangePassword', data: { passwordHash, mustChangePassword: false } },
      metadata: {
        actor: userId,
        orgUnit: known.grants[0]?.unitCode ?? '-',
        occurredOn: todayInVietnam(new Date(now)),
      },
    }).catch((error: unknown) => {
      throw asDomainError(error);
    });
    await this.refreshTokens.revokeUser(userId, now);
    return this.issue(result.state, undefined, now);
  }

  private async checkPassword(name: string, password: string, now: number): Promise<UserState> {
    const gate = loginGate(await this.attempts.find(name), now);
    if (!gate.open) throw accountLocked(gate.retryAfterMs);
    const userId = await findUserIdByUsername(this.store, name);
    const user = userId ? await this.loadActive(userId) : undefined;
    this.dummyHash ??= hashPassword('not-a-password-of-anyone');
    const valid = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await this.dummyHash, password), false);
    if (!user || !valid) {
      await this.attempts.save(
        name,
        recordFailure(await this.attempts.find(name), now, this.options.lockout),
      );
      throw invalidCredentials();
    }
    await this.attempts.clear(name);
    return user;
  }

  private async loadActive(userId: string): Promise<UserState | undefined> {
    const user = await loadUser(this.store, userId);
    return user?.userId && !user.disabled ? user : undefined;
  }

  private async issue(user: UserState, familyId: string | undefined, now: number): Promise<IssuedTokens> {
    const userId = user.userId!;
    const payload: AccessTokenPayload = { sub: userId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.options.accessTokenTtlSeconds });
    const refresh = newRefreshToken();
    const refreshExpiresAt = now + this.options.refreshTokenTtlSeconds * 1000;
    await this.refreshTokens.insert(
      {
        id: refresh.id,
        familyId: familyId ?? refresh.id,
        userId,
        tokenHash: hashRefreshSecret(refresh.secret),
        expiresAt: refreshExpiresAt,
      },
      now,
    );
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.options.accessTokenTtlSeconds,
      refreshToken: refresh.token,
      refreshExpiresAt,
      mustChangePassword: user.mustChangePassword,
    };
  }
}
