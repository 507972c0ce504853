import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from './login-throttle';

/** Tunables of login and tokens; tests shorten the lockout. */
export interface AuthOptions {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  lockout: LoginThrottlePolicy;
  /** Per-IP limit on the auth routes (@nestjs/throttler), on top of the per-account lockout. */
  perIpLimit: { limit: number; ttlMs: number };
  /** Minimum length of a new password. */
  minPasswordLength: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 14 * 24 * 3600,
  lockout: DEFAULT_LOGIN_THROTTLE,
  perIpLimit: { limit: 30, ttlMs: 60_000 },
  minPasswordLength: 10,
};

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

/** Name of the httpOnly refresh cookie; its path is limited to the auth routes. */
export const REFRESH_COOKIE = 'vieclam_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
