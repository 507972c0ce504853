/** A person's data key as stored: wrapped (encrypted) by a master key, never in the clear. */
export interface StoredDataKey {
  /** The person (or household member) the key belongs to; a pseudonymous id, not personal data. */
  readonly subjectId: string;
  /** `wk:v1:<iv>.<ciphertext+tag>` — see key-wrapping.ts. */
  readonly wrappedKey: string;
  /** Which master key wrapped it (`MasterKey.id`). */
  readonly masterKeyId: string;
  /** ISO 8601 instant. */
  readonly createdAt: string;
}

/** What the key table knows about a subject. `erased` is final: a key is never created again. */
export type DataKeyLookup =
  | { readonly status: 'active'; readonly key: StoredDataKey }
  | { readonly status: 'erased'; readonly erasedAt: string }
  | { readonly status: 'absent' };

/**
 * Port for the table of per-person data keys (`pii_data_keys`). Adapters: in-memory (unit tests)
 * and Kysely (SQLite, PostgreSQL).
 */
export interface PersonalDataKeyStore {
  find(subjectId: string): Promise<DataKeyLookup>;
  /**
   * Stores the key unless the subject already has a row (active or erased); never overwrites.
   * Two racing first encryptions both call this and then `find`, so both use the one key that won.
   */
  insertIfAbsent(key: StoredDataKey): Promise<void>;
  /**
   * Crypto-shredding: deletes the subject's wrapped key, leaving only a tombstone (subject id and
   * time of erasure) so no key is ever created for the subject again. Idempotent.
   */
  erase(subjectId: string, erasedAt: string): Promise<void>;
  /** Active keys wrapped by `masterKeyId`, ordered by subject id, after `afterSubjectId`. */
  listWrappedBy(
    masterKeyId: string,
    page: { afterSubjectId?: string; limit: number },
  ): Promise<StoredDataKey[]>;
  /**
   * Replaces a wrapped key after a master key rotation, only if it still is `expectedWrappedKey`
   * (not erased or rewrapped meanwhile). Returns whether it replaced.
   */
  replaceWrappedKey(
    subjectId: string,
    expectedWrappedKey: string,
    replacement: { wrappedKey: string; masterKeyId: string },
  ): Promise<boolean>;
}
