import { DEFAULT_LOGIN_THROTTLE, loginGate, recordFailure, type LoginAttempts } from './login-throttle';

const policy = { maxFailures: 5, windowMs: 60_000, lockoutMs: 300_000 };

function failTimes(times: number[], from?: LoginAttempts): LoginAttempts | undefined {
  return times.reduce<LoginAttempts | undefined>((a, t) => recordFailure(a, t, policy), from);
}

describe('login throttle', () => {
  it('leaves a fresh account open', () => {
    expect(loginGate(undefined, 0)).toEqual({ open: true });
  });

  it('stays open after maxFailures - 1 wrong passwords within the window', () => {
    const attempts = failTimes([0, 1000, 2000, 3000]);
    expect(attempts?.failures).toBe(policy.maxFailures - 1);
    expect(loginGate(attempts, 4000)).toEqual({ open: true });
  });

  it('refuses the attempt after maxFailures wrong passwords within a minute, until the lockout ends', () => {
    const attempts = failTimes([0, 1000, 2000, 3000, 4000]);
    expect(loginGate(attempts, 5000)).toEqual({ open: false, retryAfterMs: policy.lockoutMs - 1000 });
    expect(loginGate(attempts, 4000 + policy.lockoutMs - 1).open).toBe(false);
    expect(loginGate(attempts, 4000 + policy.lockoutMs)).toEqual({ open: true });
  });

  it('counts failures spread over more than the window as a new window', () => {
    const attempts = failTimes([0, 10_000, 20_000, 30_000, policy.windowMs + 1]);
    expect(attempts).toEqual({ windowStart: policy.windowMs + 1, failures: 1, lockedUntil: null });
    expect(loginGate(attempts, policy.windowMs + 2)).toEqual({ open: true });
  });

  it('starts counting afresh once a lockout has ended', () => {
    const locked = failTimes([0, 1, 2, 3, 4]);
    const after = recordFailure(locked, 4 + policy.lockoutMs, policy);
    expect(after).toEqual({ windowStart: 4 + policy.lockoutMs, failures: 1, lockedUntil: null });
  });

  it('defaults to five failures a minute and a five minute lock', () => {
    expect(DEFAULT_LOGIN_THROTTLE).toEqual(policy);
  });
});
