import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inspect } from 'node:util';
import { InMemoryPersonalDataKeyStore } from './in-memory/in-memory-personal-data-key-store';
import { rewrapAll } from './key-rotation';
import { DataKeyUnwrapFailed, unwrapDataKey, wrapDataKey } from './key-wrapping';
import { InvalidMasterKey, MasterKey, loadOrCreateMasterKeyFile, resolveMasterKey } from './master-key';
import { PersonalDataCipher } from './personal-data-cipher';

describe('MasterKey', () => {
  it('reads 32 bytes of base64 and derives a stable id that is not the key', () => {
    const bytes = randomBytes(32);
    const key = MasterKey.fromBase64(bytes.toString('base64'));

    expect(key.exportBase64()).toBe(bytes.toString('base64'));
    expect(MasterKey.fromBase64(bytes.toString('base64url')).id).toBe(key.id);
    expect(key.id).toMatch(/^mk-[0-9a-f]{16}$/);
    expect(bytes.toString('hex')).not.toContain(key.id.slice(3));
  });

  it('rejects keys of the wrong length or encoding without echoing them', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => MasterKey.fromBase64(short)).toThrow(InvalidMasterKey);
    expect(() => MasterKey.fromBase64('not base64 at all!')).toThrow(/không phải base64 \/ not base64/);
    try {
      MasterKey.fromBase64(short);
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
  });

  it('shows only its id when logged or serialised', () => {
    const key = MasterKey.generate();
    const secret = key.exportBase64();
    for (const printed of [inspect(key), JSON.stringify({ key }), `${String(key)}`]) {
      expect(printed).toContain(key.id);
      expect(printed).not.toContain(secret);
    }
  });
});

describe('loadOrCreateMasterKeyFile', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vieclam-master-key-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('creates a private random key file on first start and reads the same key after', () => {
    const file = path.join(directory, 'keys', 'master.key');
    const created = loadOrCreateMasterKeyFile(file);

    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(created.exportBase64());
    expect(loadOrCreateMasterKeyFile(file).id).toBe(created.id);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['master.key']);
  });

  it('prefers MASTER_KEY from the environment over the embedded key file', () => {
    const configured = MasterKey.generate();
    const file = path.join(directory, 'master.key');

    expect(resolveMasterKey({ MASTER_KEY: configured.exportBase64() }, file).id).toBe(configured.id);
    expect(fs.existsSync(file)).toBe(false);
    expect(resolveMasterKey({}, file).id).toBe(loadOrCreateMasterKeyFile(file).id);
  });
});

describe('key wrapping', () => {
  it('binds a wrapped key to its subject', () => {
    const masterKey = MasterKey.generate();
    const dataKey = randomBytes(32);
    const wrapped = wrapDataKey(masterKey, 'person-a', dataKey);

    expect(unwrapDataKey(masterKey, 'person-a', wrapped).equals(dataKey)).toBe(true);
    expect(wrapped).not.toContain(dataKey.toString('base64url'));
    expect(() => unwrapDataKey(masterKey, 'person-b', wrapped)).toThrow(DataKeyUnwrapFailed);
    expect(() => unwrapDataKey(MasterKey.generate(), 'person-a', wrapped)).toThrow(/wrong master key/);
  });
});

describe('rewrapAll', () => {
  it('moves every data key to the new master key; encrypted data still decrypts, erased stays erased', async () => {
    const keyStore = new InMemoryPersonalDataKeyStore();
    const oldKey = MasterKey.generate();
    const newKey = MasterKey.generate();
    const before = new PersonalDataCipher({ keyStore, masterKey: oldKey });
    const subjects = Array.from({ length: 7 }, (_, i) => `person-${i}`);
    const encrypted = await Promise.all(subjects.map((s) => before.encryptValue(s, `Họ tên ${s}`)));
    await before.erase('person-3');

    const during = new PersonalDataCipher({ keyStore, masterKey: newKey, previousMasterKeys: [oldKey] });
    const { rewrapped } = await rewrapAll(keyStore, oldKey, newKey, { batchSize: 3 });

    expect(rewrapped).toBe(subjects.length - 1);
    expect(await keyStore.listWrappedBy(oldKey.id, { limit: 100 })).toEqual([]);
    expect((await rewrapAll(keyStore, oldKey, newKey)).rewrapped).toBe(0);
    const after = new PersonalDataCipher({ keyStore, masterKey: newKey });
    for (const [i, subject] of subjects.entries()) {
      const expected = subject === 'person-3' ? { erased: true } : `Họ tên ${subject}`;
      expect(await after.decryptValue(subject, encrypted[i]!)).toEqual(expected);
      expect(await during.decryptValue(subject, encrypted[i]!)).toEqual(expected);
    }
  });
});
