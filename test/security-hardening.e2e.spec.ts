/**
 * Hardening of the HTTP surface (issue 3 §6), on the real AppModule in embedded mode: errors never
 * leak stack traces or SQL, bodies are size-limited, unknown properties are refused, helmet headers
 * are set, CORS is off, and no personal data reaches the logs.
 */
import { sql } from 'kysely';
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import type { Database } from '@vieclam/platform/database';
import { newEventId } from '@vieclam/platform/event-store';
import { DATABASE } from '@vieclam/platform/runtime';
import { startSecurityTestApp, type SecurityTestApp, type TestUser } from './security-test-app';

/** Strings that must never appear in a log: a person's names (as typed, and decomposed) and a CCCD. */
const STAFF_NAME = 'Nguyễn Thị Hoa';
const PERSON_NAME = 'Trần Văn Bình';
const CCCD = '034190012345';
const PHONE = '0987654321';
const SECRETS = [STAFF_NAME, PERSON_NAME, CCCD, PHONE];

let t: SecurityTestApp;
let admin: TestUser;
const bearer = (u: TestUser) => ({ Authorization: `Bearer ${u.token}` });

/** Things an error response must never carry. */
const LEAKS = [
  /\bat .+:\d+:\d+/,
  /node_modules/,
  /\.ts:\d+/,
  /SQLITE_/i,
  /no such table/i,
  /\bselect\b.+\bfrom\b/i,
  /\bstack\b/i,
];

function expectNoLeak(text: string) {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

beforeAll(async () => {
  t = await startSecurityTestApp();
  admin = await t.user('admin33', 'Quản trị tỉnh', [{ role: 'admin', unitCode: '33' }]);
});

afterAll(async () => {
  await t?.close();
});

describe('errors', () => {
  it('an unknown route is a bilingual 404 with no stack trace', async () => {
    const res = await t.http.get('/api/no-such-route').expect(404);
    expect(res.body.messages).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expectNoLeak(res.text);
  });

  it('a malformed JSON body is a 400 with no parser internals', async () => {
    const res = await t.http
      .post('/api/units')
      .set(bearer(admin))
      .set('Content-Type', 'application/json')
      .send('{"code": "X", ')
      .expect(400);
    expectNoLeak(res.text);
  });

  it('an unknown property is refused with a bilingual 400 naming the field', async () => {
    const res = await t.http
      .post('/api/units')
      .set(bearer(admin))
      .send({
        code: 'XMT-30',
        name: 'Thôn Ba Mươi',
        level: 'village',
        parentCode: 'XMT',
        validFrom: '2026-01-01',
        citizenId: CCCD,
      })
      .expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.messages.vi).not.toEqual(res.body.messages.en);
    expect(JSON.stringify(res.body.errors)).toContain('citizenId');
    expect(res.text).not.toContain(CCCD);
  });
});

describe('request size', () => {
  it('refuses a JSON body over 1 MB with 413', async () => {
    const res = await t.http
      .post('/api/units')
      .set(bearer(admin))
      .send({
        code: 'BIG',
        name: 'x'.repeat(1_100_000),
        level: 'village',
        parentCode: 'XMT',
        validFrom: '2026-01-01',
      })
      .expect(413);
    expect(res.body.messages).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expectNoLeak(res.text);
  });

  it('refuses a CSV body over 1 MB with 413', async () => {
    const res = await t.http
      .post('/api/units/import')
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send(`code,name,level,parentCode,validFrom\n${'A,Thôn A,village,XMT,2026-01-01\n'.repeat(40_000)}`)
      .expect(413);
    expectNoLeak(res.text);
  });
});

describe('headers', () => {
  it('sets the helmet headers and hides the framework', async () => {
    const res = await t.http.get('/api/units').set(bearer(admin)).expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends no CORS header by default, to requests or preflights from another origin', async () => {
    const simple = await t.http.get('/api/units').set(bearer(admin)).set('Origin', 'https://evil.example');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/api/units')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('no personal data in logs', () => {
  it('logs requests, errors and audit traffic without names, citizen ids or phones', async () => {
    // A staff account with a recognisable name.
    await t.http
      .post('/api/admin/users')
      .set(bearer(admin))
      .send({ username: 'hoa.nguyen', displayName: STAFF_NAME, role: 'counsellor', unitCode: 'XMT' })
      .expect(201);
    // Units created, renamed and imported with personal-looking text in the bodies.
    await t.http
      .post('/api/units')
      .set(bearer(admin))
      .send({
        code: 'XMT-31',
        name: `Thôn ${PERSON_NAME}`,
        level: 'village',
        parentCode: 'XMT',
        validFrom: '2026-01-01',
      })
      .expect(201);
    await t.http
      .post('/api/units/import')
      .set(bearer(admin))
      .send({ csv: `code,name,level,parentCode,validFrom\n${CCCD},${PERSON_NAME},${PHONE},XMT,2026-01-01` })
      .expect(400);
    // Search-like query strings and id-like path segments.
    await t.http
      .get(`/api/units?asOf=2026-01-01&q=${encodeURIComponent(PERSON_NAME)}&cccd=${CCCD}`)
      .set(bearer(admin))
      .expect(200);
    await t.http.get(`/api/audit/subjects/${CCCD}`).set(bearer(admin)).expect(404);
    // A failed login whose username is a citizen id and whose password is a name.
    await t.http.post('/api/auth/login').send({ username: CCCD, password: PERSON_NAME }).expect(401);

    // A person's record with encrypted data, read in the audit view, then erased (twice, and once
    // with a free-text reason naming the person).
    const subjectId = newEventId();
    const subjectStream = `JobSeeker-${subjectId}`;
    const data = await t.app
      .get(PersonalDataCipher)
      .encryptFields(
        subjectId,
        { jobSeekerId: subjectId, fullName: PERSON_NAME, citizenId: CCCD, phone: PHONE },
        ['fullName', 'citizenId', 'phone'],
      );
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
            actor: admin.userId,
            orgUnit: 'XMT-02',
            correlationId: newEventId(),
            causationId: null,
          },
        },
      ],
      'no_stream',
    );
    await t.http.get(`/api/audit/streams/${subjectStream}`).set(bearer(admin)).expect(200);
    await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(admin))
      .send({ reason: `${PERSON_NAME} yêu cầu xoá, CCCD ${CCCD}`, subjectStream })
      .expect(400);
    await t.http
      .post(`/api/personal-data/${subjectId}/erase`)
      .set(bearer(admin))
      .send({ reason: 'subject_request', subjectStream })
      .expect(200);
    await t.http.get(`/api/audit/subjects/${subjectId}`).set(bearer(admin)).expect(200);

    // A database failure on the erasure path: a 500 whose body quotes neither SQL nor a stack.
    const other = newEventId();
    await t.store.append(
      `JobSeeker-${other}`,
      [
        {
          eventId: newEventId(),
          type: 'JobSeekerRegistered',
          schemaVersion: 1,
          data: { jobSeekerId: other },
          metadata: {
            occurredOn: '2026-01-05',
            actor: admin.userId,
            orgUnit: 'XMT-02',
            correlationId: newEventId(),
            causationId: null,
          },
        },
      ],
      'no_stream',
    );
    await sql`drop table pii_data_keys`.execute(t.app.get<Database>(DATABASE).db);
    const failed = await t.http
      .post(`/api/personal-data/${other}/erase`)
      .set(bearer(admin))
      .send({ reason: 'subject_request', subjectStream: `JobSeeker-${other}` })
      .expect(500);
    expect(failed.body.errorId).toEqual(expect.any(String));
    expect(failed.body.messages).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expectNoLeak(failed.text);
    expect(failed.text).not.toContain('pii_data_keys');

    const logs = t.logs();
    // The capture works: request lines and the 500 (with its id) are there.
    expect(logs).toContain('/api/units/import');
    expect(logs).toContain(failed.body.errorId as string);
    for (const secret of SECRETS) {
      expect(logs).not.toContain(secret);
      expect(logs).not.toContain(secret.normalize('NFD'));
      expect(logs).not.toContain(encodeURIComponent(secret));
      expect(logs).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
  });
});
