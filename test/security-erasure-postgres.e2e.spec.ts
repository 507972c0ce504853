/**
 * Erasure and the audit view in server mode (PostgreSQL event store, read models and key table):
 * after erasure the key table holds no key material for the person, the person's events decrypt to
 * the erased marker, and the audit shows who erased.
 */
import { sql } from 'kysely';
import { PersonalDataCipher, isErased } from '@vieclam/platform/crypto';
import type { Database } from '@vieclam/platform/database';
import { newEventId } from '@vieclam/platform/event-store';
import { DATABASE } from '@vieclam/platform/runtime';
import { createTestDatabase } from '@vieclam/platform/testing';
import { startSecurityTestApp, type SecurityTestApp, type TestUser } from './security-test-app';

let database: { url: string; drop: () => Promise<void> };
let t: SecurityTestApp;
let admin: TestUser;
let outsider: TestUser;

const PERSON = { fullName: 'Vũ Đức Thắng', citizenId: '034085001122' };

beforeAll(async () => {
  database = await createTestDatabase('vieclam_sec_test');
  t = await startSecurityTestApp({ databaseUrl: database.url });
  admin = await t.user('admin-xmt', 'Quản trị xã', [{ role: 'admin', unitCode: 'XMT' }]);
  outsider = await t.user('admin-xmt01', 'Quản trị thôn Đông', [{ role: 'admin', unitCode: 'XMT-01' }]);
});

afterAll(async () => {
  await t?.close();
  await database?.drop();
});

it('erases on PostgreSQL: no key material left, erased marker on decryption, erasure in the audit', async () => {
  const subjectId = newEventId();
  const subjectStream = `JobSeeker-${subjectId}`;
  const cipher = t.app.get(PersonalDataCipher);
  const data = await cipher.encryptFields(subjectId, { jobSeekerId: subjectId, ...PERSON }, [
    'fullName',
    'citizenId',
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
          actor: admin.userId,
          orgUnit: 'XMT-03',
          correlationId: newEventId(),
          causationId: null,
        },
      },
    ],
    'no_stream',
  );
  const db = t.app.get<Database>(DATABASE).db;
  const keyRow = () =>
    sql<Record<string, unknown>>`select * from pii_data_keys where subject_id = ${subjectId}`.execute(db);
  const wrapped = (await keyRow()).rows[0]!.wrapped_key as string;
  expect(wrapped).toMatch(/^wk:v1:/);

  const body = { reason: 'consent_withdrawn', subjectStream };
  await t.http
    .post(`/api/personal-data/${subjectId}/erase`)
    .set({ Authorization: `Bearer ${outsider.token}` })
    .send(body)
    .expect(403);
  await t.http
    .post(`/api/personal-data/${subjectId}/erase`)
    .set({ Authorization: `Bearer ${admin.token}` })
    .send(body)
    .expect(200);

  const rows = (await keyRow()).rows;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ wrapped_key: null, master_key_id: null });
  expect(JSON.stringify(rows)).not.toContain(wrapped);

  const [stored] = await t.store.readStream(subjectStream);
  const decrypted = await cipher.decryptFields(subjectId, stored!.data as Record<string, string>, [
    'fullName',
    'citizenId',
  ]);
  expect(isErased(decrypted.fullName)).toBe(true);

  const audit = await t.http
    .get(`/api/audit/subjects/${subjectId}`)
    .set({ Authorization: `Bearer ${admin.token}` })
    .expect(200);
  const erased = audit.body.entries.find((e: { type: string }) => e.type === 'PersonalDataErased');
  expect(erased).toMatchObject({
    reason: 'consent_withdrawn',
    actor: { userId: admin.userId, displayName: 'Quản trị xã' },
    orgUnit: 'XMT-03',
  });
  for (const value of Object.values(PERSON)) expect(JSON.stringify(audit.body)).not.toContain(value);
});
