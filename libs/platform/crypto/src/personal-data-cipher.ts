import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { ERASED, type Erased } from './erased';
import { DATA_KEY_BYTES, MasterKeyNotAvailable, unwrapDataKey, wrapDataKey } from './key-wrapping';
import { LruCache } from './lru-cache';
import type { MasterKey } from './master-key';
import type { PersonalDataKeyStore, StoredDataKey } from './personal-data-key-store.port';

const ENCRYPTED_PREFIX = 'pii:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** True for a value produced by `PersonalDataCipher` (`pii:v1:<iv>.<ciphertext+tag>`). */
export function isPersonalDataEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(ENCRYPTED_PREFIX);
}

/** `data` with the named fields replaced by their encrypted strings (absent/null ones stay as they are). */
export type WithEncryptedFields<T, K extends keyof T> = {
  [P in keyof T]: P extends K ? (T[P] extends null | undefined ? T[P] : string) : T[P];
};

/** `data` with the named fields decrypted, or `ERASED` when the person's key was erased. */
export type WithDecryptedFields<T, K extends keyof T> = {
  [P in keyof T]: P extends K ? T[P] | Erased : T[P];
};

export interface PersonalDataCipherOptions {
  readonly keyStore: PersonalDataKeyStore;
  /** Wraps new data keys. */
  readonly masterKey: MasterKey;
  /** Still accepted for unwrapping while a rotation (`rewrapAll`) is under way. */
  readonly previousMasterKeys?: readonly MasterKey[];
  /** Unwrapped keys kept in memory; default 10,000. */
  readonly keyCacheSize?: number;
  /**
   * How long an unwrapped key is trusted without asking the key table again; default 5 minutes.
   * It bounds how long another process that cached a key can still decrypt after an erasure.
   */
  readonly keyCacheTtlMs?: number;
  readonly now?: () => Date;
}

type CachedKey =
  { readonly kind: 'key'; readonly key: KeyObject; readonly expiresAt: number } | { readonly kind: 'erased' };

/**
 * Encrypts personal fields of event data with a per-person data key (AES-256-GCM, the subject id as
 * additional data) and decrypts them back; `erase` deletes the key (crypto-shredding), after which
 * every encrypted field of that person reads as `ERASED`.
 */
export class PersonalDataCipher {
  private readonly keyStore: PersonalDataKeyStore;
  private readonly masterKey: MasterKey;
  private readonly masterKeysById: ReadonlyMap<string, MasterKey>;
  private readonly cache: LruCache<string, CachedKey>;
  private readonly ttlMs: number;
  private readonly now: () => Date;
  private readonly loading = new Map<string, Promise<KeyObject | Erased | undefined>>();

  constructor(options: PersonalDataCipherOptions) {
    this.keyStore = options.keyStore;
    this.masterKey = options.masterKey;
    this.masterKeysById = new Map(
      [options.masterKey, ...(options.previousMasterKeys ?? [])].map((key) => [key.id, key] as const),
    );
    this.cache = new LruCache(options.keyCacheSize ?? 10_000);
    this.ttlMs = options.keyCacheTtlMs ?? 5 * 60_000;
    this.now = options.now ?? (() => new Date());
  }

  /** A copy of `data` whose named fields (strings, numbers, booleans, objects) are encrypted. */
  async encryptFields<T extends object, K extends keyof T & string>(
    subjectId: string,
    data: T,
    fieldNames: readonly K[],
  ): Promise<WithEncryptedFields<T, K>> {
    const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
    if (!fieldNames.some((field) => copy[field] !== undefined && copy[field] !== null)) {
      return copy as WithEncryptedFields<T, K>;
    }
    const key = await this.keyForEncryption(subjectId);
    for (const field of fieldNames) {
      const value = copy[field];
      if (value !== undefined && value !== null) copy[field] = sealValue(key, subjectId, field, value);
    }
    return copy as WithEncryptedFields<T, K>;
  }

  /**
   * A copy of `data` whose named fields are decrypted. Fields that are not encrypted (older events,
   * null) are returned as they are; when the subject's key was erased, encrypted fields become `ERASED`.
   * Throws `PersonalDataDecryptionFailed` when a value was altered or belongs to another subject.
   */
  async decryptFields<T extends object, K extends keyof T & string = keyof T & string>(
    subjectId: string,
    data: WithEncryptedFields<T, K>,
    fieldNames: readonly K[],
  ): Promise<WithDecryptedFields<T, K>> {
    const copy: Record<string, unknown> = { ...data };
    const encryptedFields = fieldNames.filter((field) => isPersonalDataEncrypted(copy[field]));
    if (encryptedFields.length === 0) return copy as WithDecryptedFields<T, K>;
    const key = await this.keyForDecryption(subjectId);
    for (const field of encryptedFields) {
      copy[field] =
        key === ERASED ? ERASED : openValue(key as KeyObject, subjectId, field, copy[field] as string);
    }
    return copy as WithDecryptedFields<T, K>;
  }

  /** Encrypts one value (see `encryptFields`). */
  async encryptValue(subjectId: string, value: unknown): Promise<string> {
    return sealValue(await this.keyForEncryption(subjectId), subjectId, undefined, value);
  }

  /** Decrypts one value produced by `encryptValue`, or returns `ERASED`. */
  async decryptValue(subjectId: string, encrypted: string): Promise<unknown> {
    const key = await this.keyForDecryption(subjectId);
    return key === ERASED ? ERASED : openValue(key as KeyObject, subjectId, undefined, encrypted);
  }

  /** Crypto-shredding: deletes the subject's data key for good. Idempotent. */
  async erase(subjectId: string): Promise<void> {
    this.cache.set(subjectId, { kind: 'erased' });
    this.loading.delete(subjectId);
    await this.keyStore.erase(subjectId, this.now().toISOString());
    this.cache.set(subjectId, { kind: 'erased' });
  }

  async isSubjectErased(subjectId: string): Promise<boolean> {
    return (await this.keyForDecryption(subjectId)) === ERASED;
  }

  private async keyForEncryption(subjectId: string): Promise<KeyObject> {
    const existing = await this.loadKey(subjectId);
    if (existing === ERASED) throw new PersonalDataErased(subjectId);
    if (existing) return existing as KeyObject;

    const dataKey = randomBytes(DATA_KEY_BYTES);
    await this.keyStore.insertIfAbsent({
      subjectId,
      wrappedKey: wrapDataKey(this.masterKey, subjectId, dataKey),
      masterKeyId: this.masterKey.id,
      createdAt: this.now().toISOString(),
    });
    dataKey.fill(0);
    // Re-read: a concurrent first encryption (here or in another process) may have won the insert.
    const winner = await this.loadKey(subjectId);
    if (winner === ERASED) throw new PersonalDataErased(subjectId);
    if (!winner) throw new Error(`The data key of ${subjectId} vanished right after it was stored`);
    return winner as KeyObject;
  }

  /** A subject with encrypted data but no key row at all has lost its key: treated as erased. */
  private async keyForDecryption(subjectId: string): Promise<KeyObject | Erased> {
    return (await this.loadKey(subjectId)) ?? ERASED;
  }

  /** The cached or stored key; `undefined` when the subject has no key yet (never cached). */
  private async loadKey(subjectId: string): Promise<KeyObject | Erased | undefined> {
    const cached = this.cache.get(subjectId);
    if (cached?.kind === 'erased') return ERASED;
    if (cached && cached.expiresAt > this.now().getTime()) return cached.key;

    const inFlight = this.loading.get(subjectId);
    if (inFlight) return inFlight;
    const loading = this.readKey(subjectId).finally(() => {
      if (this.loading.get(subjectId) === loading) this.loading.delete(subjectId);
    });
    this.loading.set(subjectId, loading);
    return loading;
  }

  private async readKey(subjectId: string): Promise<KeyObject | Erased | undefined> {
    const lookup = await this.keyStore.find(subjectId);
    if (lookup.status === 'absent') return undefined;
    if (lookup.status === 'erased' || this.cache.get(subjectId)?.kind === 'erased') {
      this.cache.set(subjectId, { kind: 'erased' });
      return ERASED;
    }
    const key = this.unwrap(lookup.key);
    // Erasure is final: an erase that ran while we were reading wins over the key we read.
    if (this.cache.get(subjectId)?.kind === 'erased') return ERASED;
    this.cache.set(subjectId, { kind: 'key', key, expiresAt: this.now().getTime() + this.ttlMs });
    return key;
  }

  private unwrap(stored: StoredDataKey): KeyObject {
    const masterKey = this.masterKeysById.get(stored.masterKeyId);
    if (!masterKey) {
      throw new MasterKeyNotAvailable(stored.subjectId, stored.masterKeyId, [...this.masterKeysById.keys()]);
    }
    const bytes = unwrapDataKey(masterKey, stored.subjectId, stored.wrappedKey);
    const key = createSecretKey(bytes);
    bytes.fill(0);
    return key;
  }
}

function additionalData(subjectId: string): Buffer {
  return Buffer.from(`${ENCRYPTED_PREFIX}${subjectId}`, 'utf8');
}

function sealValue(key: KeyObject, subjectId: string, field: string | undefined, value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) {
    throw new TypeError(
      `Field ${field ?? '(value)'} of ${subjectId} cannot be encrypted: not JSON-serialisable`,
    );
  }
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(subjectId));
  const sealed = Buffer.concat([cipher.update(json, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${ENCRYPTED_PREFIX}${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

function openValue(key: KeyObject, subjectId: string, field: string | undefined, encrypted: string): unknown {
  const [ivText, sealedText, extra] = encrypted.slice(ENCRYPTED_PREFIX.length).split('.');
  if (
    !isPersonalDataEncrypted(encrypted) ||
    ivText === undefined ||
    sealedText === undefined ||
    extra !== undefined
  ) {
    throw new PersonalDataDecryptionFailed(subjectId, field);
  }
  const iv = Buffer.from(ivText, 'base64url');
  const sealed = Buffer.from(sealedText, 'base64url');
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES)
    throw new PersonalDataDecryptionFailed(subjectId, field);
  let json: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(subjectId));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    json = Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new PersonalDataDecryptionFailed(subjectId, field);
  }
  return JSON.parse(json);
}

/** The value was altered, truncated, or encrypted for another subject. Never returns garbage instead. */
export class PersonalDataDecryptionFailed extends Error {
  override readonly name = 'PersonalDataDecryptionFailed';
  constructor(
    readonly subjectId: string,
    readonly field: string | undefined,
  ) {
    const where = field ? ` (${field})` : '';
    super(
      `Không giải mã được dữ liệu cá nhân của ${subjectId}${where}: dữ liệu bị sửa hoặc không thuộc người này / ` +
        `Cannot decrypt personal data of ${subjectId}${where}: altered, or not this person's data`,
    );
  }
}

/** New personal data for a person whose data was erased is refused rather than given a fresh key. */
export class PersonalDataErased extends Error {
  override readonly name = 'PersonalDataErased';
  constructor(readonly subjectId: string) {
    super(
      `Dữ liệu cá nhân của ${subjectId} đã bị xoá, không thể ghi thêm / ` +
        `Personal data of ${subjectId} was erased; no new personal data can be recorded`,
    );
  }
}
