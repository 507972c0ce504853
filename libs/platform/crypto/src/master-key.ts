import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inspect } from 'node:util';

const MASTER_KEY_BYTES = 32;

/**
 * The key that wraps (encrypts) every person's data key. Its bytes never leave this object in
 * printable form: `console.log`, `JSON.stringify` and error messages only show its id.
 */
export class MasterKey {
  /**
   * A fingerprint of the key (not the key): stored next to every wrapped data key so a rotation
   * knows which master key wrapped what, and a wrong key is reported as such.
   */
  readonly id: string;
  readonly #secret: KeyObject;

  private constructor(bytes: Buffer) {
    if (bytes.length !== MASTER_KEY_BYTES) {
      throw new InvalidMasterKey(
        `khoá phải dài ${MASTER_KEY_BYTES} byte / must be ${MASTER_KEY_BYTES} bytes`,
      );
    }
    this.#secret = createSecretKey(bytes);
    this.id = `mk-${createHmac('sha256', bytes).update('vieclam:master-key-id:v1').digest('hex').slice(0, 16)}`;
  }

  /** A master key from its base64 (or base64url) form, e.g. the `MASTER_KEY` environment variable. */
  static fromBase64(encoded: string): MasterKey {
    const trimmed = encoded.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
      throw new InvalidMasterKey('không phải base64 / not base64');
    }
    return new MasterKey(Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  static generate(): MasterKey {
    return new MasterKey(randomBytes(MASTER_KEY_BYTES));
  }

  /** The key for node:crypto. Kept package-internal in spirit; callers wrap and unwrap through this library. */
  get secret(): KeyObject {
    return this.#secret;
  }

  /** Base64 form, for writing the embedded-mode key file and for tests. Never log it. */
  exportBase64(): string {
    return this.#secret.export().toString('base64');
  }

  toJSON(): { id: string } {
    return { id: this.id };
  }

  toString(): string {
    return `MasterKey(${this.id})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

export class InvalidMasterKey extends Error {
  override readonly name = 'InvalidMasterKey';
  constructor(reason: string) {
    super(`Khoá chính (MASTER_KEY) không hợp lệ: ${reason} / Invalid master key (MASTER_KEY): ${reason}`);
  }
}

/**
 * Embedded mode: reads the master key file, or creates it (random key, mode 0600) on first start.
 * Creation is atomic — written to a temporary file, then hard-linked into place — so two processes
 * starting together end up with the same key and nobody ever reads a half-written file.
 */
export function loadOrCreateMasterKeyFile(filePath: string): MasterKey {
  const existing = readMasterKeyFile(filePath);
  if (existing) return existing;

  fs.mkdirSync(path.dirname(filePath), { recursive: true, mode: 0o700 });
  const temporary = `${filePath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${MasterKey.generate().exportBase64()}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temporary, filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  const created = readMasterKeyFile(filePath);
  if (!created)
    throw new InvalidMasterKey(`không tạo được tệp khoá / could not create the key file ${filePath}`);
  return created;
}

function readMasterKeyFile(filePath: string): MasterKey | undefined {
  let content: string;
  try {
    content = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return MasterKey.fromBase64(content);
}

/**
 * `MASTER_KEY` (base64, 32 bytes) when set — server and cluster modes; otherwise the embedded-mode
 * key file, created on first start.
 */
export function resolveMasterKey(
  env: Readonly<Record<string, string | undefined>>,
  embeddedKeyFile: string,
): MasterKey {
  const configured = env.MASTER_KEY?.trim();
  return configured ? MasterKey.fromBase64(configured) : loadOrCreateMasterKeyFile(embeddedKeyFile);
}
