import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MasterKey } from './master-key';

const WRAPPED_KEY_PREFIX = 'wk:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

/**
 * The wrapped key is bound to its subject and master key id (AAD): a wrapped key copied onto
 * another person's row, or relabelled with another master key id, fails to unwrap.
 */
function additionalData(masterKeyId: string, subjectId: string): Buffer {
  return Buffer.from(`vieclam:pii-data-key:v1:${masterKeyId}:${subjectId}`, 'utf8');
}

/** AES-256-GCM under the master key; returns `wk:v1:<base64url iv>.<base64url ciphertext+tag>`. */
export function wrapDataKey(masterKey: MasterKey, subjectId: string, dataKey: Buffer): string {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error(`A data key must be ${DATA_KEY_BYTES} bytes`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', masterKey.secret, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(masterKey.id, subjectId));
  const sealed = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return `${WRAPPED_KEY_PREFIX}${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** Reverses `wrapDataKey`; throws `DataKeyUnwrapFailed` on a wrong master key or altered row. */
export function unwrapDataKey(masterKey: MasterKey, subjectId: string, wrappedKey: string): Buffer {
  const [ivText, sealedText, extra] = wrappedKey.startsWith(WRAPPED_KEY_PREFIX)
    ? wrappedKey.slice(WRAPPED_KEY_PREFIX.length).split('.')
    : [];
  if (ivText === undefined || sealedText === undefined || extra !== undefined) {
    throw new DataKeyUnwrapFailed(subjectId, masterKey.id, 'định dạng sai / malformed');
  }
  const iv = Buffer.from(ivText, 'base64url');
  const sealed = Buffer.from(sealedText, 'base64url');
  if (iv.length !== IV_BYTES || sealed.length !== DATA_KEY_BYTES + TAG_BYTES) {
    throw new DataKeyUnwrapFailed(subjectId, masterKey.id, 'định dạng sai / malformed');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', masterKey.secret, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(masterKey.id, subjectId));
    decipher.setAuthTag(sealed.subarray(DATA_KEY_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, DATA_KEY_BYTES)), decipher.final()]);
  } catch {
    throw new DataKeyUnwrapFailed(
      subjectId,
      masterKey.id,
      'sai khoá chính hoặc dữ liệu bị sửa / wrong master key or altered data',
    );
  }
}

export class DataKeyUnwrapFailed extends Error {
  override readonly name = 'DataKeyUnwrapFailed';
  constructor(
    readonly subjectId: string,
    readonly masterKeyId: string,
    reason: string,
  ) {
    super(
      `Không giải mã được khoá dữ liệu của ${subjectId} bằng khoá chính ${masterKeyId} / ` +
        `Cannot unwrap the data key of ${subjectId} with master key ${masterKeyId}: ${reason}`,
    );
  }
}

/** The master key that wrapped a subject's data key is not configured (e.g. after a botched rotation). */
export class MasterKeyNotAvailable extends Error {
  override readonly name = 'MasterKeyNotAvailable';
  constructor(
    readonly subjectId: string,
    readonly masterKeyId: string,
    availableIds: readonly string[],
  ) {
    super(
      `Khoá dữ liệu của ${subjectId} được bọc bằng khoá chính ${masterKeyId}, không có trong cấu hình / ` +
        `The data key of ${subjectId} was wrapped by master key ${masterKeyId}, which is not configured ` +
        `(configured: ${availableIds.join(', ')})`,
    );
  }
}
