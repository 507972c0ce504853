/**
 * A counsellor's day through the HTTP API, on SQLite (embedded mode) and PostgreSQL (server mode):
 * register, duplicates, consultations, search, labour status, an employer and a vacancy, matching
 * with reasons, referral (refused on a closed vacancy), hire, job start, timeline, and what a
 * village head of another village may (not) see.
 */
import { jobSeekerStream } from '@vieclam/job-seekers';
import { vacancyStream } from '@vieclam/vacancies';
import { eventually } from '../libs/job-seekers/src/application/testing/job-seekers-test-app';
import {
  startVacanciesTestApp,
  type VacanciesTestApp,
} from '../libs/vacancies/src/application/testing/vacancies-test-app';
import { addDays, todayInVietnam } from '../libs/job-seekers/src/application/calendar-dates';

const today = todayInVietnam();
const daysAgo = (n: number) => addDays(today, -n);
/** dd/mm/yyyy, as the commune's forms write dates. */
const vietnamese = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const an = {
  fullName: 'Nguyễn Văn An',
  citizenId: '033095001234',
  dateOfBirth: '12/04/1995',
  sex: 'male',
  villageCode: 'XMT-01',
  phone: '0912345678',
  address: 'Xóm 2, thôn Đông',
  educationLevel: 'upper_secondary',
  occupationCodes: ['7212'],
  skills: ['hàn điện'],
  desiredWage: 8_000_000,
  willingToWorkAway: true,
  willingToGoAbroad: false,
};
const dao = {
  ...an,
  fullName: 'Trần Thị Đào',
  citizenId: '034198003456',
  dateOfBirth: '1998-09-30',
  sex: 'female',
  phone: '0987654321',
  occupationCodes: ['5131'],
  skills: ['phục vụ bàn'],
};
const dung = {
  ...an,
  fullName: 'Lê Văn Dũng',
  citizenId: '033201004567',
  dateOfBirth: '2001-01-15',
  villageCode: 'XMT-02',
  phone: null,
  address: null,
  occupationCodes: ['8322'],
};

function counsellorDay(kind: 'sqlite' | 'postgres') {
  let t: VacanciesTestApp;
  let counsellor: string;
  let counsellorId: string;
  let otherVillageHead: string;
  const ids: Record<string, string> = {};
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startVacanciesTestApp(kind);
    counsellor = await t.tokenOf('demo.tuvan');
    otherVillageHead = await t.tokenOf('demo.thon2');
    counsellorId = (await t.http().get('/api/auth/me').set(as(counsellor))).body.user.userId;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('registers three people, storing their personal data encrypted in the events', async () => {
    for (const [key, person] of Object.entries({ an, dao, dung })) {
      const response = await t.http().post('/api/job-seekers').set(as(counsellor)).send(person);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ revision: 0, duplicateOverride: false });
      ids[key] = response.body.jobSeekerId;
    }
    const [registered] = await t.store.readStream(jobSeekerStream(ids.an!));
    expect(registered!.type).toBe('JobSeekerRegistered');
    expect(registered!.metadata).toMatchObject({ actor: counsellorId, orgUnit: 'XMT-01', occurredOn: today });
    const raw = JSON.stringify(registered!.data);
    for (const secret of [an.fullName, an.citizenId, an.phone, '1995-04-12'])
      expect(raw).not.toContain(secret);
  });

  it('refuses a CCCD whose birth year disagrees, naming dateOfBirth', async () => {
    const response = await t
      .http()
      .post('/api/job-seekers')
      .set(as(counsellor))
      .send({ ...an, fullName: 'Phạm Văn Bình', dateOfBirth: '12/04/1996' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'citizen_id_birthYear', field: 'dateOfBirth' });
    expect(response.body.message).toContain(' / ');
  });

  it('flags a possible duplicate (same name and birth date) with 409, then registers it with an audited override', async () => {
    // Same name and birth date as An; seeks a neighbouring occupation (7213, same minor group 721).
    const twin = {
      ...an,
      fullName: '  nguyễn  văn an ',
      citizenId: '033095009999',
      phone: '0900000001',
      occupationCodes: ['7213'],
      skills: [],
    };
    const flagged = await t.http().post('/api/job-seekers').set(as(counsellor)).send(twin);
    expect(flagged.status).toBe(409);
    expect(flagged.body.code).toBe('possible_duplicate');
    expect(flagged.body.details.duplicates).toEqual([
      { jobSeekerId: ids.an, reason: 'same_name_and_birth_date' },
    ]);
    const sameCccd = await t
      .http()
      .post('/api/job-seekers')
      .set(as(counsellor))
      .send({ ...dung, fullName: 'Người Khác', citizenId: dung.citizenId });
    expect(sameCccd.status).toBe(409);
    expect(sameCccd.body.details.duplicates).toEqual([{ jobSeekerId: ids.dung, reason: 'same_citizen_id' }]);

    const reason = 'Đã đối chiếu hộ khẩu: hai người khác nhau';
    const overridden = await t
      .http()
      .post('/api/job-seekers')
      .set(as(counsellor))
      .send({ ...twin, duplicateOverrideReason: reason });
    expect(overridden.status).toBe(201);
    expect(overridden.body.duplicateOverride).toBe(true);
    ids.twin = overridden.body.jobSeekerId;
    const profile = await t.http().get(`/api/job-seekers/${ids.twin}`).set(as(counsellor));
    expect(profile.body.duplicateOverride).toEqual({ reason, duplicateOf: [ids.an] });
  });

  it('logs consultations and shows the overdue follow-up in the work list', async () => {
    const first = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/consultations`)
      .set(as(counsellor))
      .send({
        date: vietnamese(daysAgo(10)),
        topics: ['career_orientation', 'job_search_support'],
        notes: 'Muốn làm thợ hàn gần nhà',
        nextSteps: 'Tìm việc hàn ở khu công nghiệp',
        followUpOn: vietnamese(daysAgo(3)),
      });
    expect(first.status).toBe(201);
    expect(first.body.consultationId).toEqual(expect.any(String));
    const second = await t
      .http()
      .post(`/api/job-seekers/${ids.dao}/consultations`)
      .set(as(counsellor))
      .send({ date: daysAgo(1), topics: ['training_referral'], followUpOn: addDays(today, 30) });
    expect(second.status).toBe(201);
    const badTopic = await t
      .http()
      .post(`/api/job-seekers/${ids.dao}/consultations`)
      .set(as(counsellor))
      .send({ date: daysAgo(1), topics: ['astrology'] });
    expect(badTopic.status).toBe(400);

    const workList = await eventually(async () => {
      const response = await t.http().get('/api/work-list').set(as(counsellor));
      expect(response.status).toBe(200);
      expect(response.body.items).toHaveLength(1);
      return response.body;
    });
    expect(workList.items[0]).toMatchObject({
      jobSeekerId: ids.an,
      fullName: an.fullName,
      followUpOn: daysAgo(3),
      overdue: true,
      daysOverdue: 3,
      lastCounsellorId: counsellorId,
    });
    expect(workList.overdue).toBe(1);
  });

  it('lists and searches names without accents (Nguyen Van An, d finds đ), within filters', async () => {
    const list = async (query: string) => {
      const response = await t.http().get(`/api/job-seekers?${query}`).set(as(counsellor));
      expect(response.status).toBe(200);
      return response.body as { total: number; items: { jobSeekerId: string; fullName: string }[] };
    };
    await eventually(async () => expect((await list('')).total).toBe(4));
    const found = await list(`q=${encodeURIComponent('Nguyen Van An')}`);
    expect(found.items.map((i) => i.jobSeekerId).sort()).toEqual([ids.an, ids.twin].sort());
    expect(found.items.map((i) => i.fullName)).toContain('Nguyễn Văn An');
    expect((await list('q=dao')).items.map((i) => i.fullName)).toEqual(['Trần Thị Đào']);
    expect((await list('q=dung')).items.map((i) => i.fullName)).toEqual(['Lê Văn Dũng']);
    expect((await list('village=XMT-02')).items.map((i) => i.jobSeekerId)).toEqual([ids.dung]);
    const byIds = await list(`ids=${ids.an},${ids.dao}&pageSize=200`);
    expect(byIds.items.map((i) => i.fullName).sort()).toEqual(['Nguyễn Văn An', 'Trần Thị Đào']);
    expect((await list('occupation=51')).items.map((i) => i.jobSeekerId)).toEqual([ids.dao]);
    expect((await list('followUpDue=true')).items.map((i) => i.jobSeekerId)).toEqual([ids.an]);
    const paged = await list('pageSize=3&page=2');
    expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(paged.items).toHaveLength(1);
  });

  it('records labour status, a referral, the hire and the job start, and shows them on the timeline', async () => {
    const status = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/labour-status`)
      .set(as(counsellor))
      .send({ status: 'unemployed', asOf: vietnamese(daysAgo(10)) });
    expect(status.status).toBe(200);
    await eventually(async () => {
      const response = await t.http().get('/api/job-seekers?status=unemployed').set(as(counsellor));
      expect(response.body.items.map((i: { jobSeekerId: string }) => i.jobSeekerId)).toEqual([ids.an]);
    });

    const employer = await t
      .http()
      .post('/api/employers')
      .set(as(counsellor))
      .send({
        name: 'Công ty TNHH Thép Phụng Hưng',
        taxCode: '0901234567',
        address: 'KCN Minh Đức, Hưng Yên',
        unitCode: 'XMT',
        contact: { person: 'Phạm Thị Hoa', phone: '02213123456' },
      });
    expect(employer.status).toBe(201);
    const employerId = employer.body.employerId as string;
    const welder = {
      employerId,
      occupationCode: '7212',
      title: 'Thợ hàn điện',
      count: 1,
      place: { villageCode: 'XMT-01' },
      wage: { min: 7_000_000, max: 10_000_000 },
      skills: ['hàn điện', 'đọc bản vẽ'],
      closingDate: vietnamese(addDays(today, 30)),
    };
    const opened = await t.http().post('/api/vacancies').set(as(counsellor)).send(welder);
    expect(opened.status).toBe(201);
    expect(opened.body.unitCode).toBe('XMT-01');
    const vacancyId = opened.body.vacancyId as string;
    ids.vacancy = vacancyId;
    ids.employer = employerId;
    const stored = await t.store.readStream(vacancyStream(vacancyId));
    expect(stored[0]!.data).toMatchObject({
      place: { kind: 'domestic', villageCode: 'XMT-01', communeCode: 'XMT', provinceCode: '33' },
      closingDate: addDays(today, 30),
    });

    const matched = await t.http().get(`/api/vacancies/${vacancyId}/candidates?limit=3`).set(as(counsellor));
    expect(matched.status).toBe(200);
    const ranking = matched.body;
    // Every open case in the counsellor's commune: An, the twin, Đào and Dũng.
    expect(ranking.considered).toBe(4);
    expect(ranking.results.map((r: { candidateId: string }) => r.candidateId).slice(0, 2)).toEqual([
      ids.an,
      ids.twin,
    ]);
    const [best, second] = ranking.results;
    expect(best.score).toBeGreaterThan(second.score);
    expect(best.components.occupation).toMatchObject({ fit: 1, weight: 30 });
    expect(best.components.occupation.reason.vi).toContain('7212');
    expect(best.components.place.reason).toEqual({
      vi: 'Cùng thôn với nơi làm việc',
      en: 'Lives in the village of the workplace',
    });
    expect(second.components.occupation.reason.en).toContain('7213');
    expect(best.skillGaps.map((g: { skill: string }) => g.skill)).toEqual(['đọc bản vẽ']);
    expect(Object.keys(ranking.excludedBy).sort()).toEqual(
      ['age', 'education', 'language_test', 'not_willing_abroad', 'sex'].sort(),
    );

    const closed = await t
      .http()
      .post('/api/vacancies')
      .set(as(counsellor))
      .send({ ...welder, title: 'Thợ hàn (đã đóng)' });
    const closing = await t
      .http()
      .post(`/api/vacancies/${closed.body.vacancyId}/close`)
      .set(as(counsellor))
      .send({ on: vietnamese(today), reason: 'Đã tuyển đủ qua kênh khác' });
    expect(closing.status).toBe(200);
    const refusedReferral = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/referrals`)
      .set(as(counsellor))
      .send({ vacancyId: closed.body.vacancyId, date: today });
    expect(refusedReferral.status).toBe(409);
    expect(refusedReferral.body.code).toBe('vacancy_not_open');
    const unknownVacancy = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/referrals`)
      .set(as(counsellor))
      .send({ vacancyId: 'no-such-vacancy', date: today });
    expect(unknownVacancy.status).toBe(404);

    const referral = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/referrals`)
      .set(as(counsellor))
      .send({ vacancyId, date: daysAgo(5) });
    expect(referral.status).toBe(201);
    const again = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/referrals`)
      .set(as(counsellor))
      .send({ vacancyId, date: daysAgo(5) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_referred');

    const outcome = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/referrals/${referral.body.referralId}/outcome`)
      .set(as(counsellor))
      .send({ outcome: 'hired', date: daysAgo(2), note: 'Đạt phỏng vấn' });
    expect(outcome.status).toBe(200);
    const vacancy = await t.http().get(`/api/vacancies/${vacancyId}`).set(as(counsellor));
    expect(vacancy.body).toMatchObject({
      status: 'filled',
      hired: 1,
      referrals: [{ referralId: referral.body.referralId, jobSeekerId: ids.an, outcome: 'hired' }],
    });
    expect((await t.store.readStream(vacancyStream(vacancyId))).map((e) => e.type)).toEqual([
      'VacancyOpened',
      'CandidateReferred',
      'CandidateHired',
      'VacancyFilled',
    ]);
    await eventually(async () => {
      const list = await t.http().get('/api/vacancies?occupation=72&status=filled').set(as(counsellor));
      expect(list.body.map((v: { vacancyId: string }) => v.vacancyId)).toEqual([vacancyId]);
      expect(list.body[0]).toMatchObject({
        employerName: 'Công ty TNHH Thép Phụng Hưng',
        referred: 1,
        hired: 1,
      });
    });

    const start = await t
      .http()
      .post(`/api/job-seekers/${ids.an}/job-starts`)
      .set(as(counsellor))
      .send({
        date: vietnamese(daysAgo(1)),
        employerId,
        channel: 'placement',
        domestic: true,
        vacancyId,
        occupationCode: '7212',
      });
    expect(start.status).toBe(201);

    const timeline = await t.http().get(`/api/job-seekers/${ids.an}/timeline`).set(as(counsellor));
    expect(timeline.status).toBe(200);
    expect(timeline.body.entries.map((e: { type: string }) => e.type)).toEqual([
      'JobStarted',
      'InterviewOutcomeRecorded',
      'JobSeekerReferred',
      'LabourStatusRecorded',
      'ConsultationLogged',
      'JobSeekerRegistered',
    ]);
    const [jobStarted] = timeline.body.entries;
    expect(jobStarted).toMatchObject({
      occurredOn: daysAgo(1),
      recordedBy: counsellorId,
      orgUnit: 'XMT-01',
      data: { jobId: start.body.jobId, channel: 'placement', employerId, vacancyId },
    });
    const consultation = timeline.body.entries.find((e: { type: string }) => e.type === 'ConsultationLogged');
    expect(consultation.data.notes).toBe('Muốn làm thợ hàn gần nhà');
    expect(timeline.body.entries.at(-1).data.fullName).toBe(an.fullName);

    const details = await t.http().get(`/api/job-seekers/${ids.an}`).set(as(counsellor));
    expect(details.body).toMatchObject({
      labourStatus: { status: 'employed', asOf: daysAgo(1) },
      profile: { fullName: an.fullName, citizenId: an.citizenId, dateOfBirth: '1995-04-12' },
      personalDataErased: false,
    });
    expect(details.body.referrals[0].outcome).toMatchObject({ outcome: 'hired' });
    await eventually(async () => {
      const response = await t.http().get('/api/job-seekers?status=employed').set(as(counsellor));
      expect(response.body.items.map((i: { jobSeekerId: string }) => i.jobSeekerId)).toEqual([ids.an]);
    });
  });

  it('opens an overseas order and ranks vacancies for a candidate, with the excluded ones and why', async () => {
    const agency = await t
      .http()
      .post('/api/employers')
      .set(as(counsellor))
      .send({
        name: 'Công ty CP Nhân lực Quốc tế',
        address: 'Hà Nội',
        unitCode: 'XMT',
        contact: { person: 'Vũ Minh', phone: '0243123456', email: 'xkld@example.vn' },
        overseasLicence: { licenceNo: '123/LĐTBXH-GP', issuedOn: '15/06/2021' },
      });
    expect(agency.status).toBe(201);
    const order = await t
      .http()
      .post('/api/vacancies')
      .set(as(counsellor))
      .send({
        employerId: agency.body.employerId,
        occupationCode: '7212',
        title: 'Thợ hàn (EPS Hàn Quốc)',
        count: 5,
        wage: { min: 40_000_000, max: null },
        skills: ['hàn điện'],
        closingDate: addDays(today, 60),
        overseas: {
          country: 'Hàn Quốc',
          programme: 'korea_eps',
          ageAtDeparture: { min: 18, max: 39 },
          languageTest: { test: 'EPS-TOPIK', minimumLevel: 80 },
          licensedEnterpriseId: agency.body.employerId,
        },
      });
    expect(order.status).toBe(201);
    const abroad = await eventually(async () => {
      const response = await t.http().get('/api/vacancies?abroad=true').set(as(counsellor));
      expect(response.body).toHaveLength(1);
      return response.body[0];
    });
    expect(abroad).toMatchObject({
      vacancyId: order.body.vacancyId,
      country: 'Hàn Quốc',
      programme: 'korea_eps',
    });

    const candidates = await t
      .http()
      .get(`/api/vacancies/${order.body.vacancyId}/candidates`)
      .set(as(counsellor));
    expect(candidates.body.eligible).toBe(0);
    expect(candidates.body.excludedBy).toMatchObject({ not_willing_abroad: 3, language_test: 3 });

    await eventually(async () => {
      const response = await t.http().get('/api/vacancies?status=open').set(as(counsellor));
      expect(response.body.map((v: { vacancyId: string }) => v.vacancyId)).toEqual([order.body.vacancyId]);
    });
    const forTwin = await t.http().get(`/api/job-seekers/${ids.twin}/vacancies`).set(as(counsellor));
    expect(forTwin.status).toBe(200);
    expect(forTwin.body.results).toEqual([]);
    expect(forTwin.body.excluded[0]).toMatchObject({ vacancyId: order.body.vacancyId, eligible: false });
    expect(forTwin.body.excluded[0].exclusions.map((e: { code: string }) => e.code)).toEqual([
      'not_willing_abroad',
      'language_test',
    ]);
  });

  it('records each read of decrypted personal data in the audit log', async () => {
    const views = await t.store.readStream(`DataAccess-${ids.an}`);
    expect(views.length).toBeGreaterThan(0);
    expect(views.every((v) => v.type === 'PersonalDataViewed')).toBe(true);
    expect(views.map((v) => (v.data as { purpose: string }).purpose)).toEqual(
      expect.arrayContaining(['job_seekers.profile', 'job_seekers.timeline', 'job_seekers.list']),
    );
  });

  it('updates the profile, closes and reopens the case', async () => {
    const moved = await t
      .http()
      .patch(`/api/job-seekers/${ids.dao}`)
      .set(as(counsellor))
      .set('If-Match', '1')
      .send({ phone: '0911111111', skills: ['pha chế'] });
    expect(moved.status).toBe(200);
    const stale = await t
      .http()
      .patch(`/api/job-seekers/${ids.dao}`)
      .set(as(counsellor))
      .set('If-Match', '1')
      .send({ phone: '0922222222' });
    expect(stale.status).toBe(409);
    const profile = (await t.http().get(`/api/job-seekers/${ids.dao}`).set(as(counsellor))).body.profile;
    expect(profile).toMatchObject({ phone: '0911111111', skills: ['pha chế'], fullName: dao.fullName });

    const closed = await t
      .http()
      .post(`/api/job-seekers/${ids.dao}/close`)
      .set(as(counsellor))
      .send({ on: today, reason: 'moved_away' });
    expect(closed.status).toBe(200);
    const refused = await t
      .http()
      .post(`/api/job-seekers/${ids.dao}/labour-status`)
      .set(as(counsellor))
      .send({ status: 'employed', asOf: today });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('job_seeker_case_closed');
    const reopened = await t
      .http()
      .post(`/api/job-seekers/${ids.dao}/reopen`)
      .set(as(counsellor))
      .send({ on: today });
    expect(reopened.status).toBe(200);
  });

  it('gives a village head of another village 403 on the person and an empty list', async () => {
    const person = await t.http().get(`/api/job-seekers/${ids.an}`).set(as(otherVillageHead));
    expect(person.status).toBe(403);
    const timeline = await t.http().get(`/api/job-seekers/${ids.an}/timeline`).set(as(otherVillageHead));
    expect(timeline.status).toBe(403);
    const search = await t
      .http()
      .get(`/api/job-seekers?q=${encodeURIComponent('Nguyen Van An')}`)
      .set(as(otherVillageHead));
    expect(search.status).toBe(200);
    expect(search.body).toMatchObject({ total: 0, items: [] });
    const village = await t.http().get('/api/job-seekers?village=XMT-01').set(as(otherVillageHead));
    expect(village.body).toMatchObject({ total: 0, items: [] });
    const own = await t.http().get('/api/job-seekers').set(as(otherVillageHead));
    expect(own.body.items.map((i: { jobSeekerId: string }) => i.jobSeekerId)).toEqual([ids.dung]);
    const write = await t
      .http()
      .post(`/api/job-seekers/${ids.dung}/consultations`)
      .set(as(otherVillageHead))
      .send({ date: today, topics: ['career_orientation'] });
    expect(write.status).toBe(403);
    const candidates = await t
      .http()
      .get(`/api/vacancies/${ids.vacancy}/candidates`)
      .set(as(otherVillageHead));
    expect(candidates.status).toBe(403);
    const vacancy = await t.http().get(`/api/vacancies/${ids.vacancy}`).set(as(otherVillageHead));
    expect(vacancy.status).toBe(403);
    const forAn = await t.http().get(`/api/job-seekers/${ids.an}/vacancies`).set(as(otherVillageHead));
    expect(forAn.status).toBe(403);
    const unknown = await t.http().get('/api/job-seekers/no-such-person').set(as(counsellor));
    expect(unknown.status).toBe(404);
  });
}

describe('a counsellor’s day over HTTP — SQLite (embedded)', () => counsellorDay('sqlite'));
describe('a counsellor’s day over HTTP — PostgreSQL (server)', () => counsellorDay('postgres'));
