import BetterSqlite3 from 'better-sqlite3';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sql } from 'kysely';
import { createDatabase, type Database } from '@vieclam/platform/database';
import { createTestDatabase } from '@vieclam/platform/testing';
import { ERASED } from '../erased';
import { unwrapDataKey } from '../key-wrapping';
import { MasterKey } from '../master-key';
import { PersonalDataCipher } from '../personal-data-cipher';
import { KyselyPersonalDataKeyStore } from './kysely-personal-data-key-store';

/** One backend under test: opens connections ("processes") on one database and dumps every table as text. */
interface Backend {
  connect(): Database;
  dumpAllTables(db: Database): Promise<string>;
  /** SQLite only: the raw bytes of the database and WAL files. */
  rawFileBytes?(): Buffer;
  cleanUp(): Promise<void>;
}

async function sqliteBackend(): Promise<Backend> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vieclam-crypto-'));
  const file = path.join(directory, 'ledger.sqlite');
  const connections: BetterSqlite3.Database[] = [];
  return {
    connect() {
      const sqlite = new BetterSqlite3(file);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('busy_timeout = 5000');
      connections.push(sqlite);
      return createDatabase({ kind: 'sqlite', sqlite });
    },
    async dumpAllTables({ db }) {
      const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(
        db,
      );
      const dumps = await Promise.all(
        tables.rows.map(async ({ name }) => {
          const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(db);
          return `${name}: ${JSON.stringify(rows.rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value))}`;
        }),
      );
      expect(tables.rows.map((t) => t.name)).toEqual(
        expect.arrayContaining(['pii_data_keys', 'test_events']),
      );
      return dumps.join('\n');
    },
    rawFileBytes() {
      return Buffer.concat(
        [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
      );
    },
    async cleanUp() {
      for (const connection of connections) connection.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function postgresBackend(): Promise<Backend> {
  const database = await createTestDatabase('vieclam_crypto_test');
  const handles: Database[] = [];
  return {
    connect() {
      const handle = createDatabase({ kind: 'postgres', connectionString: database.url, maxConnections: 5 });
      handles.push(handle);
      return handle;
    },
    async dumpAllTables({ db }) {
      const tables = await sql<{ table_schema: string; table_name: string }>`
        SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`.execute(
        db,
      );
      const dumps = await Promise.all(
        tables.rows.map(async ({ table_schema, table_name }) => {
          const rows = await sql<{ row: string }>`
            SELECT row_to_json(t)::text AS row FROM ${sql.table(`${table_schema}.${table_name}`)} t`.execute(
            db,
          );
          return `${table_name}: ${rows.rows.map((r) => r.row).join('\n')}`;
        }),
      );
      expect(tables.rows.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['pii_data_keys', 'test_events']),
      );
      return dumps.join('\n');
    },
    async cleanUp() {
      for (const handle of handles) await handle.close();
      await database.drop();
    },
  };
}

const PERSONAL = ['fullName', 'citizenId', 'phone', 'birthDate'] as const;
const lan = {
  fullName: 'Nguyễn Thị Ngọc Lan',
  citizenId: '036190001234',
  phone: '0912345678',
  birthDate: '1990-05-17',
};
const minh = {
  fullName: 'Phạm Quang Minh',
  citizenId: '001089004321',
  phone: '0987654321',
  birthDate: '1989-02-03',
};

function keyMaterial(key: Buffer): string[] {
  return [key.toString('base64'), key.toString('base64url'), key.toString('hex')];
}

describe.each([
  ['SQLite', sqliteBackend],
  ['PostgreSQL', postgresBackend],
])('KyselyPersonalDataKeyStore on %s', (_name, openBackend) => {
  let backend: Backend;
  let database: Database;
  let keyStore: KyselyPersonalDataKeyStore;
  const masterKey = MasterKey.generate();

  beforeEach(async () => {
    backend = await openBackend();
    database = backend.connect();
    keyStore = await KyselyPersonalDataKeyStore.create(database.db);
  });
  afterEach(async () => backend.cleanUp());

  async function storedKey(subjectId: string): Promise<{ wrapped: string; raw: Buffer }> {
    const lookup = await keyStore.find(subjectId);
    if (lookup.status !== 'active') throw new Error(`no active key for ${subjectId}`);
    return {
      wrapped: lookup.key.wrappedKey,
      raw: unwrapDataKey(masterKey, subjectId, lookup.key.wrappedKey),
    };
  }

  it('stores data keys only wrapped, with the master key id, and migrates idempotently', async () => {
    const cipher = new PersonalDataCipher({ keyStore, masterKey });
    await cipher.encryptFields('person-lan', lan, PERSONAL);
    await KyselyPersonalDataKeyStore.create(database.db);

    const rows = await sql<Record<string, unknown>>`SELECT * FROM pii_data_keys`.execute(database.db);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({
      subject_id: 'person-lan',
      master_key_id: masterKey.id,
      erased_at: null,
    });
    const rawRow = JSON.stringify(rows.rows);
    const { raw } = await storedKey('person-lan');
    expect(raw).toHaveLength(32);
    for (const encoding of keyMaterial(raw)) expect(rawRow).not.toContain(encoding);
    expect(rawRow).not.toContain(masterKey.exportBase64());
  });

  it('creates exactly one key when two processes encrypt for a new subject at once', async () => {
    const other = backend.connect();
    const otherStore = await KyselyPersonalDataKeyStore.create(other.db);
    const ciphers = [
      ...[1, 2, 3].map(() => new PersonalDataCipher({ keyStore, masterKey })),
      ...[1, 2, 3].map(() => new PersonalDataCipher({ keyStore: otherStore, masterKey })),
    ];

    const encrypted = await Promise.all(
      ciphers.map((cipher, i) => cipher.encryptValue('person-new', `Người ${i}`)),
    );

    const rows = await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM pii_data_keys WHERE subject_id = 'person-new'`.execute(database.db);
    expect(Number(rows.rows[0]!.n)).toBe(1);
    const fresh = new PersonalDataCipher({ keyStore: otherStore, masterKey });
    for (const [i, value] of encrypted.entries())
      expect(await fresh.decryptValue('person-new', value)).toBe(`Người ${i}`);
  });

  it('crypto-shredding: after erasure no table holds the person’s data or key, counts stay right', async () => {
    await sql`CREATE TABLE test_events (position integer PRIMARY KEY, subject_id text NOT NULL, type text NOT NULL, data text NOT NULL)`.execute(
      database.db,
    );
    const cipher = new PersonalDataCipher({ keyStore, masterKey });
    const people = [
      ['person-lan', lan],
      ['person-minh', minh],
    ] as const;
    let position = 0;
    for (const [subjectId, person] of people) {
      for (const type of ['JobSeekerRegistered', 'ContactDetailsChanged']) {
        const data = await cipher.encryptFields(subjectId, { ...person, orgUnit: 'xa-dong-hung' }, PERSONAL);
        await sql`INSERT INTO test_events VALUES (${++position}, ${subjectId}, ${type}, ${JSON.stringify(data)})`.execute(
          database.db,
        );
      }
    }
    const lanKey = await storedKey('person-lan');
    const countRegistered = async () => {
      const events = await sql<{ subject_id: string; type: string; data: string }>`
        SELECT subject_id, type, data FROM test_events ORDER BY position`.execute(database.db);
      const reader = new PersonalDataCipher({ keyStore, masterKey });
      const registered = [];
      for (const event of events.rows.filter((e) => e.type === 'JobSeekerRegistered')) {
        registered.push(
          await reader.decryptFields<typeof lan>(event.subject_id, JSON.parse(event.data), PERSONAL),
        );
      }
      return registered;
    };
    const before = await countRegistered();
    const secrets = [lan.fullName, lan.citizenId, lan.phone, ...keyMaterial(lanKey.raw)];
    expect(await backend.dumpAllTables(database)).toContain(lanKey.wrapped); // the scan does see key rows
    if (backend.rawFileBytes) expect(backend.rawFileBytes().includes(Buffer.from(lanKey.wrapped))).toBe(true);

    await cipher.erase('person-lan');

    const dump = await backend.dumpAllTables(database);
    for (const secret of [...secrets, lanKey.wrapped]) expect(dump).not.toContain(secret);
    if (backend.rawFileBytes) {
      const bytes = backend.rawFileBytes();
      for (const secret of [...secrets, lanKey.wrapped])
        expect(bytes.includes(Buffer.from(secret))).toBe(false);
      expect(bytes.includes(Buffer.from(minh.citizenId))).toBe(false);
    }
    const after = await countRegistered();
    expect(after).toHaveLength(before.length);
    expect(after.find((p) => p.fullName === ERASED)).toEqual({
      ...lan,
      ...allErased(),
      orgUnit: 'xa-dong-hung',
    });
    expect(after.map((p) => p.fullName)).toContain(minh.fullName);
    expect(await new PersonalDataCipher({ keyStore, masterKey }).isSubjectErased('person-lan')).toBe(true);
  });
});

function allErased(): Record<(typeof PERSONAL)[number], typeof ERASED> {
  return Object.fromEntries(PERSONAL.map((field) => [field, ERASED])) as Record<
    (typeof PERSONAL)[number],
    typeof ERASED
  >;
}
