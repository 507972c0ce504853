/** What identifies one logical request: the client's key, scoped to user, method and path. */
export interface IdempotentRequest {
  key: string;
  /** Empty string when the request is anonymous. */
  userId: string;
  method: string;
  path: string;
  /** Hash of the request payload: a reused key with another payload is refused. */
  requestHash: string;
}

/** The first answer to a request, replayed to its retries. */
export interface StoredResponse {
  statusCode: number;
  /** The JSON body (`null` when the handler returned nothing). */
  body: unknown;
}

export type IdempotencyClaim =
  /** First time: the caller runs the request, then calls `complete` (or `release` on failure). */
  | { outcome: 'claimed' }
  /** Already answered: send this response again. */
  | { outcome: 'replay'; response: StoredResponse }
  /** The first request with this key is still running. */
  | { outcome: 'in_progress' }
  /** The key was used for a different payload. */
  | { outcome: 'payload_mismatch' };

/**
 * Remembers the first response per idempotency key for a while (24 h by default), so a client can
 * safely retry a POST/PUT/PATCH after a lost connection.
 */
export interface IdempotencyStore {
  /** Atomically claims the key, or tells what to do instead. */
  claim(request: IdempotentRequest): Promise<IdempotencyClaim>;
  /** Stores the response of a claimed request. */
  complete(request: IdempotentRequest, response: StoredResponse): Promise<void>;
  /** Forgets a claimed request that failed, so a retry runs it again. */
  release(request: IdempotentRequest): Promise<void>;
  /** Deletes expired keys; returns how many. */
  purgeExpired(): Promise<number>;
}

export interface IdempotencyTimings {
  /** How long a response is replayed. Default 24 h. */
  ttlMs?: number;
  /**
   * How long a claim may stay unanswered before another request may take it over (the first
   * process crashed mid-request). Default 5 min.
   */
  leaseMs?: number;
  now?: () => Date;
}

export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_IDEMPOTENCY_LEASE_MS = 5 * 60 * 1000;
