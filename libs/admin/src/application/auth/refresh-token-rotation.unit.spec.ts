import {
  decideRefresh,
  hashRefreshSecret,
  newRefreshToken,
  parseRefreshToken,
  type StoredRefreshToken,
} from './refresh-token-rotation';

function stored(secret: string, change: Partial<StoredRefreshToken> = {}): StoredRefreshToken {
  return {
    id: 'token-1',
    familyId: 'family-1',
    userId: 'user-1',
    tokenHash: hashRefreshSecret(secret),
    expiresAt: 10_000,
    rotatedAt: null,
    revokedAt: null,
    ...change,
  };
}

describe('refresh token rotation', () => {
  const { secret, token, id } = newRefreshToken();

  it('round-trips a token through parse', () => {
    expect(parseRefreshToken(token)).toEqual({ id, secret });
    expect(parseRefreshToken('no-dot')).toBeUndefined();
    expect(parseRefreshToken('.secret-only')).toBeUndefined();
  });

  it('stores only a hash of the secret', () => {
    expect(hashRefreshSecret(secret)).not.toContain(secret);
    expect(hashRefreshSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rotates a live token', () => {
    const row = stored(secret);
    expect(decideRefresh(row, secret, 5000)).toEqual({ outcome: 'rotate', token: row });
  });

  it('rejects an unknown token or a wrong secret', () => {
    expect(decideRefresh(undefined, secret, 0)).toEqual({ outcome: 'rejected', reason: 'unknown' });
    expect(decideRefresh(stored(secret), `${secret}x`, 0)).toEqual({
      outcome: 'rejected',
      reason: 'unknown',
    });
  });

  it('rejects an expired token', () => {
    expect(decideRefresh(stored(secret), secret, 10_000)).toEqual({ outcome: 'rejected', reason: 'expired' });
  });

  it('treats a second use of a rotated token as theft of the family', () => {
    expect(decideRefresh(stored(secret, { rotatedAt: 4000 }), secret, 5000)).toEqual({
      outcome: 'reuse_detected',
      familyId: 'family-1',
    });
  });

  it('rejects a revoked token without revoking again', () => {
    expect(decideRefresh(stored(secret, { rotatedAt: 1, revokedAt: 2 }), secret, 3)).toEqual({
      outcome: 'rejected',
      reason: 'revoked',
    });
  });
});
