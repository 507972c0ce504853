/**
 * Crypto-shredding of a job seeker (Decree 13/2023): after the erasure endpoint deletes the
 * person's key, no table of the database holds their name, CCCD or phone in any form we can find,
 * the list still counts them and every view shows "Đã xoá dữ liệu cá nhân / Personal data erased".
 */
import { readFileSync, existsSync } from 'node:fs';
import { sql } from 'kysely';
import { ERASED_LABEL } from '@vieclam/platform/crypto';
import { searchKey } from '@vieclam/platform/text';
import {
  eventually,
  startJobSeekersTestApp,
  type JobSeekersTestApp,
} from '../libs/job-seekers/src/application/testing/job-seekers-test-app';
import { addDays, todayInVietnam } from '../libs/job-seekers/src/application/calendar-dates';

const person = {
  fullName: 'Hoàng Thị Xuân Mai',
  citizenId: '001188012345',
  dateOfBirth: '1988-07-21',
  sex: 'female',
  villageCode: 'XMT-03',
  phone: '0977123456',
  address: 'Ngõ Hoa Sữa, thôn Nam',
  educationLevel: 'college',
  occupationCodes: ['2411'],
  skills: ['kế toán'],
  desiredWage: 9_000_000,
  willingToWorkAway: false,
  willingToGoAbroad: false,
};
const consultationNote = 'Chị Xuân Mai cần việc bán thời gian';
/** Every form of the person's data a careless read model might have kept. */
const SECRETS = [
  person.fullName,
  searchKey(person.fullName),
  person.fullName.normalize('NFD'),
  person.citizenId,
  person.phone,
  person.address,
  consultationNote,
];

/** Every user table's rows as text (SQLite through sqlite_master, PostgreSQL through row_to_json). */
async function dumpAllTables(t: JobSeekersTestApp): Promise<Map<string, string>> {
  const { db, kind } = t.runtime.database;
  const dump = new Map<string, string>();
  if (kind === 'sqlite') {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    for (const { name } of tables.rows) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
      dump.set(
        name,
        rows.rows
          .map((row) =>
            Object.values(row)
              .map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)))
              .join('\u0001'),
          )
          .join('\n'),
      );
    }
  } else {
    const tables = await sql<{ table_schema: string; table_name: string }>`
      select table_schema, table_name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(
      db,
    );
    for (const { table_schema, table_name } of tables.rows) {
      const rows = await sql<{ row: string }>`
        select row_to_json(t)::text as row from ${sql.table(`${table_schema}.${table_name}`)} t`.execute(db);
      dump.set(`${table_schema}.${table_name}`, rows.rows.map((r) => r.row).join('\n'));
    }
  }
  return dump;
}

function tablesContaining(dump: Map<string, string>, secret: string): string[] {
  // row_to_json escapes nothing but quotes and control characters, so plain search is enough.
  return [...dump].filter(([, text]) => text.includes(secret)).map(([table]) => table);
}

function cryptoShredding(kind: 'sqlite' | 'postgres') {
  let t: JobSeekersTestApp;
  let counsellor: string;
  let admin: string;
  let jobSeekerId: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startJobSeekersTestApp(kind, 'vieclam_js_shred_test');
    counsellor = await t.tokenOf('demo.tuvan');
    admin = await t.tokenOf('demo.admin');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('keeps the person in counts but leaves no plaintext of them in any table after erasure', async () => {
    const registered = await t.http().post('/api/job-seekers').set(as(counsellor)).send(person);
    expect(registered.status).toBe(201);
    jobSeekerId = registered.body.jobSeekerId;
    const today = todayInVietnam();
    const consultation = await t
      .http()
      .post(`/api/job-seekers/${jobSeekerId}/consultations`)
      .set(as(counsellor))
      .send({
        date: today,
        topics: ['job_search_support'],
        notes: consultationNote,
        followUpOn: addDays(today, 5),
      });
    expect(consultation.status).toBe(201);
    await eventually(async () => {
      const list = await t.http().get('/api/job-seekers?village=XMT-03').set(as(counsellor));
      expect(list.body.items).toEqual([
        expect.objectContaining({ jobSeekerId, fullName: person.fullName, consultations: 1 }),
      ]);
    });
    // The scan must be able to see the data while it is readable: the API shows it decrypted.
    const before = await t.http().get(`/api/job-seekers/${jobSeekerId}`).set(as(counsellor));
    expect(before.body.profile.citizenId).toBe(person.citizenId);

    const erased = await t
      .http()
      .post(`/api/personal-data/${jobSeekerId}/erase`)
      .set(as(admin))
      .send({ reason: 'subject_request', subjectStream: `JobSeeker-${jobSeekerId}` });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ erased: true, alreadyErased: false });

    const dump = await dumpAllTables(t);
    expect([...dump.keys()].length).toBeGreaterThan(5);
    expect([...dump.keys()].some((name) => name.endsWith('job_seeker_list'))).toBe(true);
    for (const secret of SECRETS)
      expect({ secret, tables: tablesContaining(dump, secret) }).toEqual({ secret, tables: [] });
    // Still there, encrypted: the person's event and list row exist.
    expect(tablesContaining(dump, jobSeekerId).length).toBeGreaterThan(1);

    if (kind === 'sqlite') {
      const file = `${t.runtime.config.dataDir}/vieclam.sqlite`;
      for (const path of [file, `${file}-wal`].filter((p) => existsSync(p))) {
        const bytes = readFileSync(path);
        for (const secret of [person.fullName, person.citizenId, person.phone]) {
          expect({ path, secret, found: bytes.includes(Buffer.from(secret, 'utf8')) }).toEqual({
            path,
            secret,
            found: false,
          });
        }
      }
    }
  });

  it('shows the erased person in the list, profile and timeline as erased, and still counts them', async () => {
    const list = await t.http().get('/api/job-seekers?village=XMT-03').set(as(counsellor));
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({
      jobSeekerId,
      fullName: ERASED_LABEL.display,
      personalDataErased: true,
      consultations: 1,
    });
    const search = await t.http().get('/api/job-seekers?q=mai').set(as(counsellor));
    expect(search.body.total).toBe(0);

    const profile = await t.http().get(`/api/job-seekers/${jobSeekerId}`).set(as(counsellor));
    expect(profile.status).toBe(200);
    expect(profile.body.personalDataErased).toBe(true);
    expect(profile.body.profile).toMatchObject({
      fullName: ERASED_LABEL.display,
      citizenId: ERASED_LABEL.display,
      phone: ERASED_LABEL.display,
      villageCode: 'XMT-03',
    });

    const timeline = await t.http().get(`/api/job-seekers/${jobSeekerId}/timeline`).set(as(counsellor));
    expect(timeline.body.personalDataErased).toBe(true);
    expect(timeline.body.entries.map((e: { type: string }) => e.type)).toEqual([
      'ConsultationLogged',
      'JobSeekerRegistered',
    ]);
    expect(timeline.body.entries[0].data.notes).toBe(ERASED_LABEL.display);
    expect(timeline.body.entries[1].data.fullName).toBe(ERASED_LABEL.display);
  });

  it('no longer flags the erased person as a duplicate, and refuses new personal data for them', async () => {
    const again = await t
      .http()
      .post('/api/job-seekers')
      .set(as(counsellor))
      .send({ ...person, phone: null, address: null });
    expect(again.status).toBe(201);
    expect(again.body.duplicateOverride).toBe(false);

    const note = await t
      .http()
      .post(`/api/job-seekers/${jobSeekerId}/consultations`)
      .set(as(counsellor))
      .send({ date: todayInVietnam(), topics: ['career_orientation'], notes: 'ghi chú mới' });
    expect(note.status).toBe(409);
    expect(note.body.code).toBe('personal_data_erased');
  });
}

describe('crypto-shredding of a job seeker — SQLite (embedded)', () => cryptoShredding('sqlite'));
describe('crypto-shredding of a job seeker — PostgreSQL (server)', () => cryptoShredding('postgres'));
