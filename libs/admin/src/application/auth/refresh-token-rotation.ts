/**
 * Refresh tokens rotate: each use returns a new token and retires the old one. A retired token
 * presented again means it was copied (the thief or the owner used it first), so the whole family
 * (every token descended from the same login) is revoked and both parties must log in again.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface StoredRefreshToken {
  id: string;
  familyId: string;
  userId: string;
  /** sha256 of the secret part, hex: the table never holds a usable token. */
  tokenHash: string;
  expiresAt: number;
  rotatedAt: number | null;
  revokedAt: number | null;
}

export type RefreshDecision =
  | { outcome: 'rotate'; token: StoredRefreshToken }
  | { outcome: 'reuse_detected'; familyId: string }
  | { outcome: 'rejected'; reason: 'unknown' | 'expired' | 'revoked' };

export function hashRefreshSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** `<id>.<secret>`: the id finds the row, the secret proves possession. */
export function newRefreshToken(): { id: string; secret: string; token: string } {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, token: `${id}.${secret}` };
}

export function parseRefreshToken(token: string): { id: string; secret: string } | undefined {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot === token.length - 1) return undefined;
  return { id: token.slice(0, dot), secret: token.slice(dot + 1) };
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What to do with a presented refresh token, given the row its id points to. */
export function decideRefresh(
  stored: StoredRefreshToken | undefined,
  presentedSecret: string,
  now: number,
): RefreshDecision {
  if (!stored || !sameHash(stored.tokenHash, hashRefreshSecret(presentedSecret))) {
    return { outcome: 'rejected', reason: 'unknown' };
  }
  if (stored.revokedAt !== null) return { outcome: 'rejected', reason: 'revoked' };
  if (stored.rotatedAt !== null) return { outcome: 'reuse_detected', familyId: stored.familyId };
  if (now >= stored.expiresAt) return { outcome: 'rejected', reason: 'expired' };
  return { outcome: 'rotate', token: stored };
}
