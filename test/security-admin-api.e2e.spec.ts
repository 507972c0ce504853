/**
 * The units API, the audit view, the personal-data read log and erasure, over HTTP, with the scoping
 * rules: a user outside the target's unit gets 403, never the data.
 */
import { sql } from 'kysely';
import { PersonalDataCipher, isErased } from '@vieclam/platform/crypto';
import type { Database } from '@vieclam/platform/database';
import { newEventId } from '@vieclam/platform/event-store';
import { DATABASE } from '@vieclam/platform/runtime';
import { PersonalDataAccessLog } from '@vieclam/admin';
import { startSecurityTestApp, type SecurityTestApp, type TestUser } from './security-test-app';

let t: SecurityTestApp;
let admin: TestUser; // admin of province 33 (covers XMT and its villages)
let villageAdmin: TestUser; // admin of village XMT-01 only
let villageHead: TestUser; // village head of XMT-01
let communeLeader: TestUser; // leader of commune XMT (audit:read on the commune)
let villageLeader: TestUser; // leader of XMT-01 only

const bearer = (u: TestUser) => ({ Authorization: `Bearer ${u.token}` });

const PERSON = { fullName: 'Phạm Thị Xuân Mai', citizenId: '034190012345', phone: '0912345678' };

beforeAll(async () => {
  t = await startSecurityTestApp();
  admin = await t.user('admin33', 'Quản trị tỉnh', [{ role: 'admin', unitCode: '33' }]);
  villageAdmin = await t.user('admin-xmt01', 'Quản trị thôn Đông', [{ role: 'admin', unitCode: 'XMT-01' }]);
  villageHead = await t.user('head-xmt01', 'Trưởng thôn Đông', [
    { role: 'village_head', unitCode: 'XMT-01' },
  ]);
  communeLeader = await t.user('leader-xmt', 'Chủ tịch xã', [{ role: 'leader', unitCode: 'XMT' }]);
  villageLeader = await t.user('leader-xmt01', 'Bí thư chi bộ thôn Đông', [
    { role: 'leader', unitCode: 'XMT-01' },
  ]);
});

afterAll(async () => {
  await t?.close();
});

function expectBilingual(body: { messages?: { vi?: string; en?: string } }) {
  expect(body.messages?.vi).toEqual(expect.any(String));
  expect(body.messages?.en).toEqual(expect.any(String));
  expect(body.messages?.vi).not.toEqual(body.messages?.en);
}

describe('GET /api/units', () => {
  it('returns the tree valid today to any logged-in user, with level labels', async () => {
    const res = await t.http.get('/api/units').set(bearer(villageHead)).expect(200);
    const province = res.body.units.find((u: { code: string }) => u.code === '33');
    expect(province.levelLabel).toEqual({ vi: 'Tỉnh / thành phố', en: 'Province' });
    const commune = province.children.find((u: { code: string }) => u.code === 'XMT');
    expect(commune.parentCode).toBe('33');
    expect(commune.children.map((u: { code: string }) => u.code).sort()).toEqual([
      'XMT-01',
      'XMT-02',
      'XMT-03',
      'XMT-04',
      'XMT-05',
    ]);
    expect(res.body.units.map((u: { code: string }) => u.code)).not.toContain('34');
  });

  it('returns the tree of an earlier date: before the reform the commune sits under its district', async () => {
    const res = await t.http.get('/api/units?asOf=2025-06-30').set(bearer(villageHead)).expect(200);
    const province = res.body.units.find((u: { code: string }) => u.code === '33');
    const district = province.children.find((u: { code: string }) => u.code === '333');
    expect(district.levelLabel.en).toBe('District');
    expect(district.children.map((u: { code: string }) => u.code)).toEqual(['XMT']);
    expect(res.body.units.map((u: { code: string }) => u.code)).toContain('34');
  });

  it('refuses anonymous callers and bad dates', async () => {
    await t.http.get('/api/units').expect(401);
    const bad = await t.http.get('/api/units?asOf=30/06/2025').set(bearer(villageHead)).expect(400);
    expectBilingual(bad.body);
  });

  it('shows one unit’s dated versions and lineage', async () => {
    const res = await t.http.get('/api/units/XMT?asOf=2024-01-01').set(bearer(villageHead)).expect(200);
    expect(res.body.versions.map((v: { parentCode: string }) => v.parentCode)).toEqual(['333', '33']);
    expect(res.body.lineage.map((u: { code: string }) => u.code)).toEqual(['XMT', '333', '33']);
    await t.http.get('/api/units/NOPE').set(bearer(villageHead)).expect(404);
  });
});

describe('unit commands', () => {
  it('creates a unit under a parent the user administers, and refuses outsiders', async () => {
    const body = {
      code: 'XMT-06',
      name: 'Thôn Mới',
      level: 'village',
      parentCode: 'XMT',
      validFrom: '2026-01-01',
    };
    await t.http.post('/api/units').set(bearer(villageAdmin)).send(body).expect(403);
    await t.http.post('/api/units').set(bearer(villageHead)).send(body).expect(403);
    const res = await t.http.post('/api/units').set(bearer(admin)).send(body).expect(201);
    expect(res.body.versions).toHaveLength(1);
    const tree = await t.http.get('/api/units?asOf=2026-02-01').set(bearer(villageHead)).expect(200);
    expect(JSON.stringify(tree.body)).toContain('"XMT-06"');
    const again = await t.http.post('/api/units').set(bearer(admin)).send(body).expect(409);
    expectBilingual(again.body);
  });

  it('refuses a parent that is not in force on the date, bilingually', async () => {
    const res = await t.http
      .post('/api/units')
      .set(bearer(admin))
      .send({ code: 'OLD-1', name: 'Thôn Cũ', level: 'village', parentCode: 'XMT', validFrom: '1990-01-01' })
      .expect(400);
    expect(res.body.field).toBe('parentCode');
    expectBilingual(res.body);
  });

  it('renames, reparents and ends with dates; a village admin gets 403 on another village', async () => {
    await t.http
      .post('/api/units/XMT-02/rename')
      .set(bearer(villageAdmin))
      .send({ name: 'X', from: '2026-03-01' })
      .expect(403);
    await t.http
      .post('/api/units/XMT-01/reparent')
      .set(bearer(villageAdmin))
      .send({ parentCode: 'XMT-02', from: '2026-03-01' })
      .expect(403);
    await t.http
      .post('/api/units/XMT-02/end')
      .set(bearer(villageAdmin))
      .send({ validTo: '2026-03-01', reason: 'Sáp nhập' })
      .expect(403);

    const renamed = await t.http
      .post('/api/units/XMT-06/rename')
      .set(bearer(admin))
      .send({ name: 'Thôn Mới Hưng', from: '2026-03-01' })
      .expect(200);
    expect(renamed.body.versions.map((v: { name: string }) => v.name)).toEqual(['Thôn Mới', 'Thôn Mới Hưng']);
    const moved = await t.http
      .post('/api/units/XMT-06/reparent')
      .set(bearer(admin))
      .send({ parentCode: '33', from: '2026-04-01' })
      .expect(200);
    expect(moved.body.versions.at(-1).parentCode).toBe('33');
    const ended = await t.http
      .post('/api/units/XMT-06/end')
      .set(bearer(admin))
      .send({ validTo: '2026-06-30', successorCodes: ['XMT-01'], reason: 'Sáp nhập vào Thôn Đông' })
      .expect(200);
    expect(ended.body.versions.at(-1)).toMatchObject({ validTo: '2026-06-30', successorCodes: ['XMT-01'] });
  });

  it('rejects unknown properties with a bilingual 400', async () => {
    const res = await t.http
      .post('/api/units/XMT-01/rename')
      .set(bearer(admin))
      .send({ name: 'Thôn Đông', from: '2026-03-01', hack: true })
      .expect(400);
    expectBilingual(res.body);
  });
});

describe('POST /api/units/import', () => {
  const HEADER = 'code,name,level,parentCode,validFrom,validTo';
  const EXISTING = [
    '33,Tỉnh Hưng Yên,province,,01/01/1997,',
    '333,Huyện Phù Cừ,district,33,1997-01-01,2025-06-30',
    'XMT,Xã Minh Tiến,commune,333,1997-01-01,',
    'XMT,Xã Minh Tiến,commune,33,2025-07-01,',
  ];
  const FILE = [
    HEADER,
    ...EXISTING,
    'XMT-07,Thôn Cầu,village,XMT,2026-01-01,',
    'XMT-08,Thôn Đình,village,XMT,2026-01-01,',
  ].join('\n');

  it('reports every bad line with its number and field in Vietnamese and English, and imports nothing', async () => {
    const bad = [
      HEADER,
      ...EXISTING,
      'XMT-09,Thôn Chùa,village,XMT,2026-01-01,',
      'XMT 10,,thon,XMT,31/02/2026,',
      'XMT-11,Thôn Giếng,hamlet,XMT,2026-01-01,',
    ].join('\n');
    const res = await t.http.post('/api/units/import').set(bearer(admin)).send({ csv: bad }).expect(400);
    expectBilingual(res.body);
    const problems = res.body.details.problems as {
      line: number;
      field: string;
      messages: { vi: string; en: string };
    }[];
    expect(problems.map((p) => `${p.line}:${p.field}`)).toEqual([
      '7:code',
      '7:name',
      '7:validFrom',
      '8:level',
    ]);
    for (const p of problems) {
      expect(p.messages.vi).toEqual(expect.any(String));
      expect(p.messages.en).toEqual(expect.any(String));
    }
    await t.http.get('/api/units/XMT-09').set(bearer(admin)).expect(404);
  });

  it('imports a valid file sent as text/csv and reports counts; a re-import is a no-op', async () => {
    const first = await t.http
      .post('/api/units/import')
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send(FILE)
      .expect(200);
    expect(first.body).toEqual({ created: 2, changed: 0, unchanged: 3, events: 2 });
    const revision = async () => (await t.store.readStream('OrgUnit-XMT-07')).length;
    expect(await revision()).toBe(1);

    const again = await t.http.post('/api/units/import').set(bearer(admin)).send({ csv: FILE }).expect(200);
    expect(again.body).toEqual({ created: 0, changed: 0, unchanged: 5, events: 0 });
    expect(await revision()).toBe(1);
  });

  it('refuses a user without the right on the units the file would change', async () => {
    const file = [HEADER, ...EXISTING, 'XMT-12,Thôn Bến,village,XMT,2026-01-01,'].join('\n');
    await t.http.post('/api/units/import').set(bearer(villageAdmin)).send({ csv: file }).expect(403);
    await t.http.post('/api/units/import').set(bearer(villageHead)).send({ csv: file }).expect(403);
    await t.http.get('/api/units/XMT-12').set(bearer(admin)).expect(404);
  });

  it('rejects a JSON body without csv or with unknown properties', async () => {
    const res = await t.http.post('/api/units/import').set(bearer(admin)).send({ file: 'x' }).expect(400);
    expectBilingual(res.body);
  });
});

describe('audit view, personal-data read log and erasure', () => {
  const subjectId = newEventId();
  const subjectStream = `JobSeeker-${subjectId}`;
  let counsellor: TestUser;

  beforeAll(async () => {
    counsellor = await t.user('counsellor-xmt', 'Cán bộ LĐTBXH xã', [
      { role: 'counsellor', unitCode: 'XMT' },
    ]);
    const cipher = t.app.get(PersonalDataCipher);
    const data = await cipher.encryptFields(subjectId, { jobSeekerId: subjectId, ...PERSON }, [
      'fullName',
      'citizenId',
      'phone',
    ]);
    await t.store.append(
      subjectStream,
      [
        {
          eventId: newEventId(),
          type: 'JobSeekerRegistered',
          schemaVersion: 1,
          data,
          metadata: {
            occurredOn: '2026-01-05',
            actor: counsellor.userId,
            orgUnit: 'XMT-02',
            correlationId: newEventId(),
            causationId: null,
          },
        },
      ],
      'no_stream',
    );
    await t.app.get(PersonalDataAccessLog).recordView({
      actor: counsellor.userId,
      subjectId,
      subjectStream,
      orgUnit: 'XMT-02',
      purpose: 'profile',
    });
  });

  it('shows who did what to a record, with the actor’s name, never the personal data', async () => {
    const res = await t.http
      .get(`/api/audit/streams/${subjectStream}`)
      .set(bearer(communeLeader))
      .expect(200);
    expect(res.body.entries).toHaveLength(1);
    expect(res.body.entries[0]).toMatchObject({
      type: 'JobSeekerRegistered',
      occurredOn: '2026-01-05',
      orgUnit: 'XMT-02',
      actor: { userId: counsellor.userId, displayName: 'Cán bộ LĐTBXH xã' },
    });
    expect(res.body.entries[0].recordedAt).toEqual(expect.any(String));
    expect(res.body.entries[0].correlationId).toEqual(expect.any(String));
    const text = JSON.stringify(res.body);
    for (const value of Object.values(PERSON)) expect(text).not.toContain(value);
    expect(text).not.toContain('pii:v1:');
  });

  it('answers 403 outside the record’s unit and to roles without audit:read; 404 for a missing record', async () => {
    await t.http.get(`/api/audit/streams/${subjectStream}`).set(bearer(villageLeader)).expect(403);
    await t.http.get(`/api/audit/streams/${subjectStream}`).set(bearer(villageHead)).expect(403);
    await t.http.get('/api/audit/streams/JobSeeker-nobody').set(bearer(villageHead)).expect(403);
    await t.http.get('/api/audit/streams/JobSeeker-nobody').set(bearer(communeLeader)).expect(404);
    await t.http.get(`/api/audit/subjects/${subjectId}`).set(bearer(villageLeader)).expect(403);
  });

  it('shows the unit writes in the audit of OrgUnit streams', async () => {
    const res = await t.http.get('/api/audit/streams/OrgUnit-XMT-06').set(bearer(admin)).expect(200);
    expect(res.body.entries.map((e: { type: string }) => e.type)).toEqual([
      'OrgUnitCreated',
      'OrgUnitRenamed',
      'OrgUnitReparented',
      'OrgUnitEnded',
    ]);
    expect(res.body.entries[0].actor).toEqual({ userId: admin.userId, displayName: 'Quản trị tỉnh' });
  });

  it('erasure: 403 outside the unit, 400 for a record not the person’s', async () => {
    const body = { reason: 'subject_request', subjectStream };
    await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(villageAdmin))
      .send(body)
      .expect(403);
    await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(villageHead))
      .send(body)
      .expect(403);
    const mismatch = await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(villageAdmin))
      .send({ reason: 'subject_request', subjectStream: 'OrgUnit-XMT-01' })
      .expect(400);
    expect(mismatch.body.code).toBe('subject_stream_mismatch');
    const freeText = await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(admin))
      .send({ reason: 'Bà Mai yêu cầu', subjectStream })
      .expect(400);
    expectBilingual(freeText.body);
    expect(await t.app.get(PersonalDataCipher).isSubjectErased(subjectId)).toBe(false);
  });

  it('erasure deletes the key material, decryption yields the erased marker, and the audit shows it', async () => {
    const db = t.app.get<Database>(DATABASE).db;
    const before = await sql<{
      wrapped_key: string | null;
    }>`select wrapped_key from pii_data_keys where subject_id = ${subjectId}`.execute(db);
    expect(before.rows[0]?.wrapped_key).toEqual(expect.stringMatching(/^wk:v1:/));

    const res = await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(admin))
      .send({ reason: 'subject_request', subjectStream })
      .expect(200);
    expect(res.body).toMatchObject({ subjectId, erased: true, alreadyErased: false });

    const rows = await sql<
      Record<string, unknown>
    >`select * from pii_data_keys where subject_id = ${subjectId}`.execute(db);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ wrapped_key: null, master_key_id: null });
    expect(rows.rows[0]!.erased_at).toEqual(expect.any(String));
    expect(JSON.stringify(rows.rows)).not.toContain(before.rows[0]!.wrapped_key!);

    const [stored] = await t.store.readStream(subjectStream);
    const decrypted = await t.app
      .get(PersonalDataCipher)
      .decryptFields(subjectId, stored!.data as Record<string, string>, ['fullName', 'citizenId', 'phone']);
    expect(isErased(decrypted.fullName)).toBe(true);
    expect(isErased(decrypted.citizenId)).toBe(true);

    const again = await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(admin))
      .send({ reason: 'subject_request', subjectStream })
      .expect(200);
    expect(again.body.alreadyErased).toBe(true);

    const audit = await t.http.get(`/api/audit/subjects/${subjectId}`).set(bearer(communeLeader)).expect(200);
    expect(audit.body.subjectStreams).toEqual([subjectStream]);
    const types = audit.body.entries.map((e: { type: string }) => e.type);
    expect(types).toEqual(['JobSeekerRegistered', 'PersonalDataViewed', 'PersonalDataErased']);
    const viewed = audit.body.entries[1];
    expect(viewed).toMatchObject({
      purpose: 'profile',
      actor: { userId: counsellor.userId },
      orgUnit: 'XMT-02',
    });
    const erased = audit.body.entries[2];
    expect(erased).toMatchObject({
      reason: 'subject_request',
      actor: { userId: admin.userId, displayName: 'Quản trị tỉnh' },
    });
    const text = JSON.stringify(audit.body);
    for (const value of Object.values(PERSON)) expect(text).not.toContain(value);
  });

  it('refuses a free-text purpose in the read log', async () => {
    await expect(
      t.app.get(PersonalDataAccessLog).recordView({
        actor: counsellor.userId,
        subjectId,
        subjectStream,
        orgUnit: 'XMT-02',
        purpose: 'Xem hồ sơ Phạm Thị Xuân Mai',
      }),
    ).rejects.toThrow(/short code/);
  });
});
