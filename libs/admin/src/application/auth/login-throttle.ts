/**
 * Account lockout after repeated wrong passwords, as a pure policy: the store only keeps one row
 * per username. Once locked, even the right password is refused until the lock ends, so a guesser
 * cannot tell a hit from a miss.
 */

export interface LoginThrottlePolicy {
  /** Wrong passwords tolerated within `windowMs`; the next attempt is refused (5 → the 6th gets 429). */
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  maxFailures: 5,
  windowMs: 60_000,
  lockoutMs: 5 * 60_000,
};

export interface LoginAttempts {
  /** Epoch ms of the first failure of the current window. */
  windowStart: number;
  failures: number;
  /** Epoch ms until which every attempt is refused; null when not locked. */
  lockedUntil: number | null;
}

export type LoginGate = { open: true } | { open: false; retryAfterMs: number };

/** May the account try a password now? */
export function loginGate(attempts: LoginAttempts | undefined, now: number): LoginGate {
  if (attempts?.lockedUntil != null && now < attempts.lockedUntil) {
    return { open: false, retryAfterMs: attempts.lockedUntil - now };
  }
  return { open: true };
}

/** The attempts after one more wrong password at `now`. */
export function recordFailure(
  attempts: LoginAttempts | undefined,
  now: number,
  policy: LoginThrottlePolicy,
): LoginAttempts {
  const lockExpired = attempts?.lockedUntil != null && now >= attempts.lockedUntil;
  const inWindow = attempts !== undefined && !lockExpired && now - attempts.windowStart < policy.windowMs;
  const windowStart = inWindow ? attempts.windowStart : now;
  const failures = inWindow ? attempts.failures + 1 : 1;
  const lockedUntil = failures >= policy.maxFailures ? now + policy.lockoutMs : null;
  return { windowStart, failures, lockedUntil };
}
