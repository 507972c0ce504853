import { ERASED, ERASED_LABEL, isErased } from './erased';
import { InMemoryPersonalDataKeyStore } from './in-memory/in-memory-personal-data-key-store';
import { DataKeyUnwrapFailed, MasterKeyNotAvailable, unwrapDataKey } from './key-wrapping';
import { MasterKey } from './master-key';
import {
  PersonalDataCipher,
  PersonalDataDecryptionFailed,
  PersonalDataErased,
  isPersonalDataEncrypted,
} from './personal-data-cipher';

interface Registration {
  fullName: string;
  citizenId: string;
  birthDate: string;
  phone?: string;
  address: { village: string; street: string };
  monthlyIncome: number;
  orgUnit: string;
}

const PERSONAL = ['fullName', 'citizenId', 'birthDate', 'phone', 'address', 'monthlyIncome'] as const;

const lan: Registration = {
  fullName: 'Nguyễn Thị Ngọc Lan',
  citizenId: '036190001234',
  birthDate: '1990-05-17',
  phone: '0912345678',
  address: { village: 'Thôn Đông Hưng', street: 'Số 12, ngõ Đình' },
  monthlyIncome: 1_450_000,
  orgUnit: 'xa-dong-hung',
};

function setUp(options: { keyCacheSize?: number; keyCacheTtlMs?: number; now?: () => Date } = {}) {
  const keyStore = new InMemoryPersonalDataKeyStore();
  const masterKey = MasterKey.generate();
  const cipher = new PersonalDataCipher({ keyStore, masterKey, ...options });
  return { keyStore, masterKey, cipher };
}

async function storedKeyBytes(
  keyStore: InMemoryPersonalDataKeyStore,
  masterKey: MasterKey,
  subjectId: string,
) {
  const lookup = await keyStore.find(subjectId);
  if (lookup.status !== 'active') throw new Error(`no active key for ${subjectId}`);
  return unwrapDataKey(masterKey, subjectId, lookup.key.wrappedKey);
}

describe('PersonalDataCipher', () => {
  it('round-trips Vietnamese text, numbers and objects, leaving other fields in the clear', async () => {
    const { cipher } = setUp();
    const encrypted = await cipher.encryptFields('person-lan', lan, PERSONAL);

    for (const field of PERSONAL) {
      expect(isPersonalDataEncrypted(encrypted[field])).toBe(true);
      expect(encrypted[field]).toMatch(/^pii:v1:[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    }
    expect(encrypted.orgUnit).toBe(lan.orgUnit);
    expect(JSON.stringify(encrypted)).not.toContain('Ngọc Lan');
    expect(JSON.stringify(encrypted)).not.toContain(lan.citizenId);

    const decrypted = await cipher.decryptFields<Registration>('person-lan', encrypted, PERSONAL);
    expect(decrypted).toEqual(lan);
  });

  it('leaves absent and null fields alone and returns plaintext of older events unchanged', async () => {
    const { cipher, keyStore } = setUp();
    const withoutPhone: Partial<Registration> & { note: null } = { fullName: 'Trần Văn Đức', note: null };
    const encrypted = await cipher.encryptFields('person-duc', withoutPhone, ['fullName', 'phone', 'note']);
    expect(encrypted).not.toHaveProperty('phone');
    expect(encrypted.note).toBeNull();

    const legacy = { fullName: 'Lê Thị Hoa (chưa mã hoá)' };
    const readsBefore = keyStore.calls.find;
    expect(await cipher.decryptFields('person-hoa', legacy, ['fullName'])).toEqual(legacy);
    expect(keyStore.calls.find).toBe(readsBefore);
  });

  it('gives each subject its own key, and the same plaintext a different ciphertext each time', async () => {
    const { cipher, keyStore, masterKey } = setUp();
    const first = await cipher.encryptValue('person-a', lan.fullName);
    const second = await cipher.encryptValue('person-a', lan.fullName);
    const other = await cipher.encryptValue('person-b', lan.fullName);

    expect(new Set([first, second, other]).size).toBe(3);
    const keyA = await storedKeyBytes(keyStore, masterKey, 'person-a');
    const keyB = await storedKeyBytes(keyStore, masterKey, 'person-b');
    expect(keyA.length).toBe(32);
    expect(keyA.equals(keyB)).toBe(false);
    expect(await cipher.decryptValue('person-a', first)).toBe(lan.fullName);
    expect(await cipher.decryptValue('person-a', second)).toBe(lan.fullName);
  });

  it('refuses a tampered ciphertext with a clear error instead of returning garbage', async () => {
    const { cipher } = setUp();
    const encrypted = await cipher.encryptFields('person-lan', lan, ['citizenId']);
    const [prefix, body] = encrypted.citizenId.split('.') as [string, string];
    const flipped = body.startsWith('A') ? `B${body.slice(1)}` : `A${body.slice(1)}`;

    for (const altered of [`${prefix}.${flipped}`, `${prefix}.${body.slice(0, -4)}`, 'pii:v1:not-valid']) {
      const attempt = cipher.decryptFields<Registration, 'citizenId'>(
        'person-lan',
        { ...encrypted, citizenId: altered },
        ['citizenId'],
      );
      await expect(attempt).rejects.toThrow(PersonalDataDecryptionFailed);
      await expect(attempt).rejects.toThrow(/Không giải mã được.*\(citizenId\).*Cannot decrypt/);
    }
  });

  it("refuses a value moved onto another person's record", async () => {
    const { cipher } = setUp();
    const lansName = await cipher.encryptValue('person-lan', lan.fullName);
    await cipher.encryptValue('person-minh', 'Phạm Quang Minh');

    await expect(cipher.decryptValue('person-minh', lansName)).rejects.toThrow(PersonalDataDecryptionFailed);
  });

  it('reads every encrypted field of an erased subject as ERASED, other subjects unaffected', async () => {
    const { cipher, keyStore } = setUp();
    const lanEvent = await cipher.encryptFields('person-lan', lan, PERSONAL);
    const minhEvent = await cipher.encryptFields(
      'person-minh',
      { ...lan, fullName: 'Phạm Quang Minh' },
      PERSONAL,
    );

    await cipher.erase('person-lan');

    expect(await keyStore.find('person-lan')).toMatchObject({ status: 'erased' });
    const erased = await cipher.decryptFields<Registration>('person-lan', lanEvent, PERSONAL);
    for (const field of PERSONAL) expect(erased[field]).toBe(ERASED);
    expect(erased.orgUnit).toBe(lan.orgUnit);
    expect(isErased(erased.fullName)).toBe(true);
    expect(isErased(lan.fullName)).toBe(false);
    expect(await cipher.isSubjectErased('person-lan')).toBe(true);
    expect((await cipher.decryptFields<Registration>('person-minh', minhEvent, PERSONAL)).fullName).toBe(
      'Phạm Quang Minh',
    );
    // A fresh process (empty cache) sees the erasure from the key table.
    const restarted = new PersonalDataCipher({ keyStore, masterKey: MasterKey.generate() });
    expect((await restarted.decryptFields<Registration>('person-lan', lanEvent, PERSONAL)).citizenId).toBe(
      ERASED,
    );
  });

  it('refuses new personal data for an erased subject instead of creating a new key', async () => {
    const { cipher, keyStore } = setUp();
    await cipher.encryptValue('person-lan', lan.fullName);
    await cipher.erase('person-lan');

    await expect(cipher.encryptValue('person-lan', 'again')).rejects.toThrow(PersonalDataErased);
    const restarted = new PersonalDataCipher({ keyStore, masterKey: MasterKey.generate() });
    await expect(restarted.encryptFields('person-lan', lan, PERSONAL)).rejects.toThrow(
      /đã bị xoá.*was erased/,
    );
  });

  it('treats encrypted data whose key row is missing as erased', async () => {
    const { cipher } = setUp();
    const encrypted = await cipher.encryptValue('person-lan', lan.fullName);
    const elsewhere = setUp().cipher;

    expect(await elsewhere.decryptValue('person-lan', encrypted)).toBe(ERASED);
  });

  it('keeps unwrapped keys in its cache so repeated decryption does not read the key table', async () => {
    const { cipher, keyStore } = setUp();
    const encrypted = await cipher.encryptFields('person-lan', lan, PERSONAL);
    const readsAfterFirstUse = keyStore.calls.find;

    for (let i = 0; i < 20; i++) await cipher.decryptFields<Registration>('person-lan', encrypted, PERSONAL);
    await cipher.encryptFields('person-lan', lan, PERSONAL);

    expect(keyStore.calls.find).toBe(readsAfterFirstUse);
    expect(keyStore.calls.insertIfAbsent).toBe(1);
  });

  it('caches erased subjects too, and erase() overrides a cached key', async () => {
    const { cipher, keyStore } = setUp();
    const encrypted = await cipher.encryptValue('person-lan', lan.fullName);
    expect(await cipher.decryptValue('person-lan', encrypted)).toBe(lan.fullName);

    await cipher.erase('person-lan');
    const readsAfterErase = keyStore.calls.find;
    for (let i = 0; i < 5; i++) expect(await cipher.decryptValue('person-lan', encrypted)).toBe(ERASED);
    expect(keyStore.calls.find).toBe(readsAfterErase);
  });

  it('evicts the least recently used keys beyond its size bound', async () => {
    const { cipher, keyStore } = setUp({ keyCacheSize: 2 });
    const values = new Map<string, string>();
    for (const subject of ['s1', 's2', 's3'])
      values.set(subject, await cipher.encryptValue(subject, subject));

    let reads = keyStore.calls.find;
    await cipher.decryptValue('s3', values.get('s3')!);
    await cipher.decryptValue('s2', values.get('s2')!);
    expect(keyStore.calls.find).toBe(reads);

    await cipher.decryptValue('s1', values.get('s1')!);
    expect(keyStore.calls.find).toBe(reads + 1);
    reads = keyStore.calls.find;
    await cipher.decryptValue('s3', values.get('s3')!); // evicted by s1, s2 was used more recently
    expect(keyStore.calls.find).toBe(reads + 1);
  });

  it('asks the key table again once a cached key is older than its time to live', async () => {
    let clock = Date.parse('2026-11-28T08:00:00Z');
    const { cipher, keyStore } = setUp({ keyCacheTtlMs: 60_000, now: () => new Date(clock) });
    const encrypted = await cipher.encryptValue('person-lan', lan.fullName);
    const reads = keyStore.calls.find;

    clock += 30_000;
    await cipher.decryptValue('person-lan', encrypted);
    expect(keyStore.calls.find).toBe(reads);
    clock += 60_000;
    await cipher.decryptValue('person-lan', encrypted);
    expect(keyStore.calls.find).toBe(reads + 1);
  });

  it('creates one key when the first encryptions of a subject run concurrently', async () => {
    const keyStore = new InMemoryPersonalDataKeyStore();
    const masterKey = MasterKey.generate();
    const processes = [1, 2, 3].map(() => new PersonalDataCipher({ keyStore, masterKey }));

    const encrypted = await Promise.all(
      processes.map((cipher, i) => cipher.encryptValue('person-new', `giá trị ${i}`)),
    );

    expect(keyStore.calls.insertIfAbsent).toBe(processes.length); // each raced to create a key; one won

    for (const [i, value] of encrypted.entries()) {
      for (const cipher of processes)
        expect(await cipher.decryptValue('person-new', value)).toBe(`giá trị ${i}`);
    }
  });

  it('cannot unwrap data keys with a wrong master key', async () => {
    const { cipher, keyStore } = setUp();
    const encrypted = await cipher.encryptValue('person-lan', lan.fullName);
    const lookup = await keyStore.find('person-lan');
    if (lookup.status !== 'active') throw new Error('expected an active key');

    const stranger = new PersonalDataCipher({ keyStore, masterKey: MasterKey.generate() });
    await expect(stranger.decryptValue('person-lan', encrypted)).rejects.toThrow(MasterKeyNotAvailable);
    expect(() => unwrapDataKey(MasterKey.generate(), 'person-lan', lookup.key.wrappedKey)).toThrow(
      DataKeyUnwrapFailed,
    );
  });

  it('offers a bilingual label for erased data, Vietnamese first', () => {
    expect(ERASED_LABEL.display).toBe(`${ERASED_LABEL.vi} / ${ERASED_LABEL.en}`);
    expect(ERASED_LABEL.vi).toBe('Đã xoá dữ liệu cá nhân');
    expect(Object.isFrozen(ERASED)).toBe(true);
  });
});
