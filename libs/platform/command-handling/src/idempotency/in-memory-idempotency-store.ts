import {
  DEFAULT_IDEMPOTENCY_LEASE_MS,
  DEFAULT_IDEMPOTENCY_TTL_MS,
  type IdempotencyClaim,
  type IdempotencyStore,
  type IdempotencyTimings,
  type IdempotentRequest,
  type StoredResponse,
} from './idempotency-store';

interface Entry {
  requestHash: string;
  response?: StoredResponse;
  lockedUntil: number;
  expiresAt: number;
}

/** {@link IdempotencyStore} in a Map: for unit tests and single-process demos. */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly leaseMs: number;
  private readonly now: () => Date;

  constructor(timings: IdempotencyTimings = {}) {
    this.ttlMs = timings.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
    this.leaseMs = timings.leaseMs ?? DEFAULT_IDEMPOTENCY_LEASE_MS;
    this.now = timings.now ?? (() => new Date());
  }

  async claim(request: IdempotentRequest): Promise<IdempotencyClaim> {
    const now = this.now().getTime();
    const id = idOf(request);
    const entry = this.entries.get(id);
    if (entry && entry.expiresAt > now && (entry.response || entry.lockedUntil > now)) {
      if (entry.requestHash !== request.requestHash) return { outcome: 'payload_mismatch' };
      return entry.response ? { outcome: 'replay', response: entry.response } : { outcome: 'in_progress' };
    }
    this.entries.set(id, {
      requestHash: request.requestHash,
      lockedUntil: now + this.leaseMs,
      expiresAt: now + this.ttlMs,
    });
    return { outcome: 'claimed' };
  }

  async complete(request: IdempotentRequest, response: StoredResponse): Promise<void> {
    const entry = this.entries.get(idOf(request));
    if (entry?.requestHash === request.requestHash) entry.response = structuredClone(response);
  }

  async release(request: IdempotentRequest): Promise<void> {
    const id = idOf(request);
    const entry = this.entries.get(id);
    if (entry && !entry.response && entry.requestHash === request.requestHash) this.entries.delete(id);
  }

  async purgeExpired(): Promise<number> {
    const now = this.now().getTime();
    let purged = 0;
    for (const [id, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(id);
        purged += 1;
      }
    }
    return purged;
  }
}

function idOf(request: IdempotentRequest): string {
  return JSON.stringify([request.key, request.userId, request.method, request.path]);
}
