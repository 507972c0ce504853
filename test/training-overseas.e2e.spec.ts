/**
 * Issue 5 acceptance through the HTTP API, on SQLite (embedded mode) and PostgreSQL (server mode):
 * a course opens, 3 people enrol, 2 complete and 1 gets a sơ cấp certificate, 1 drops out; one
 * person goes through the overseas pipeline to departure and early return; the timelines, the course
 * and pipeline views show exactly that; the rejections (full course, fee above the cap, departure
 * without a visa, withdrawal after departure) come back over HTTP; a village head of another
 * village sees none of it.
 */
import { addDays, todayInVietnam } from '../libs/job-seekers/src/application/calendar-dates';
import { eventually } from '../libs/job-seekers/src/application/testing/job-seekers-test-app';
import {
  startTrainingOverseasTestApp,
  type TrainingOverseasTestApp,
} from '../libs/overseas/src/application/testing/training-overseas-test-app';

const today = todayInVietnam();
const daysAgo = (n: number) => addDays(today, -n);

const person = (fullName: string, citizenId: string, dateOfBirth: string, sex: 'male' | 'female') => ({
  fullName,
  citizenId,
  dateOfBirth,
  sex,
  villageCode: 'XMT-01',
  phone: null,
  address: 'Thôn Đông',
  educationLevel: 'upper_secondary',
  occupationCodes: ['7212'],
  skills: ['hàn điện'],
  desiredWage: 8_000_000,
  willingToWorkAway: true,
  willingToGoAbroad: true,
});
const people = {
  an: person('Nguyễn Văn An', '033095001234', '1995-04-12', 'male'),
  binh: person('Trần Thị Bình', '034198003456', '1998-09-30', 'female'),
  cuong: person('Lê Văn Cường', '033201004567', '2001-01-15', 'male'),
  duc: person('Phạm Minh Đức', '033092007777', '1992-06-01', 'male'),
};

type Json = Record<string, any>;

function acceptance(kind: 'sqlite' | 'postgres') {
  let t: TrainingOverseasTestApp;
  let counsellor: string;
  let villageHead: string;
  let otherVillageHead: string;
  const ids: Record<string, string> = {};
  let courseId: string;
  let placementId: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const post = (path: string, body: object) => t.http().post(path).set(as(counsellor)).send(body);
  const get = (path: string, token = counsellor) => t.http().get(path).set(as(token));

  const course = {
    occupationCode: '7212',
    title: 'Hàn điện cơ bản',
    level: 'so_cap',
    provider: 'Trung tâm GDNN-GDTX huyện Phù Cừ',
    venue: 'Nhà văn hoá thôn Đông',
    unitCode: 'XMT-01',
    startDate: daysAgo(200),
    endDate: daysAgo(100),
    places: 3,
    funding: { source: 'rural_worker_support', note: 'Hỗ trợ đào tạo nghề cho lao động nông thôn' },
    costPerTrainee: 3_500_000,
  };

  beforeAll(async () => {
    t = await startTrainingOverseasTestApp(kind);
    counsellor = await t.tokenOf('demo.tuvan');
    villageHead = await t.tokenOf('demo.thon1');
    otherVillageHead = await t.tokenOf('demo.thon2');
    for (const [key, body] of Object.entries(people)) {
      const response = await post('/api/job-seekers', body);
      expect(response.status).toBe(201);
      ids[key] = response.body.jobSeekerId;
    }
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('opens a course of 3 places, enrols 3 people and refuses a 4th with the places named', async () => {
    const opened = await post('/api/courses', course);
    expect(opened.status).toBe(201);
    courseId = opened.body.courseId;
    for (const key of ['an', 'binh', 'cuong']) {
      const enrolled = await post(`/api/courses/${courseId}/enrolments`, {
        jobSeekerId: ids[key],
        enrolledOn: daysAgo(200),
      });
      expect(enrolled.status).toBe(201);
    }
    const full = await post(`/api/courses/${courseId}/enrolments`, {
      jobSeekerId: ids.duc,
      enrolledOn: daysAgo(199),
    });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('course_full');
    expect(full.body.message).toContain(`${course.places} chỗ`);
    expect(full.body.message).toContain(`all ${course.places} places are taken`);
  });

  it('records attendance, 2 completions, 1 sơ cấp certificate and 1 dropout', async () => {
    const steps: [string, object, number][] = [
      [
        'attendance',
        { jobSeekerId: ids.an, milestone: 'mid_course', date: daysAgo(150), attendancePercent: 95 },
        201,
      ],
      ['dropouts', { jobSeekerId: ids.cuong, on: daysAgo(160), reason: 'Đi làm xa' }, 200],
      ['completions', { jobSeekerId: ids.an, completedOn: daysAgo(100) }, 200],
      ['completions', { jobSeekerId: ids.binh, completedOn: daysAgo(100) }, 200],
      [
        'certificates',
        { jobSeekerId: ids.an, certificateNumber: 'SC-0117', level: 'so_cap', issuedOn: daysAgo(90) },
        201,
      ],
    ];
    for (const [path, body, status] of steps) {
      const response = await post(`/api/courses/${courseId}/${path}`, body);
      expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status });
    }
    const notCompleted = await post(`/api/courses/${courseId}/certificates`, {
      jobSeekerId: ids.cuong,
      certificateNumber: 'SC-0118',
      level: 'so_cap',
      issuedOn: daysAgo(90),
    });
    expect(notCompleted.status).toBe(409);
    expect(notCompleted.body.code).toBe('certificate_requires_completion');
  });

  it('shows the course with exactly those trainees and rates', async () => {
    const details = await get(`/api/courses/${courseId}`);
    expect(details.status).toBe(200);
    const statusOf = Object.fromEntries(
      (details.body.trainees as Json[]).map((trainee) => [trainee.jobSeekerId, trainee.status]),
    );
    expect(statusOf).toEqual({
      [ids.an!]: 'completed',
      [ids.binh!]: 'completed',
      [ids.cuong!]: 'dropped_out',
    });
    const an = (details.body.trainees as Json[]).find((trainee) => trainee.jobSeekerId === ids.an)!;
    expect(an.certificate).toEqual({ certificateNumber: 'SC-0117', level: 'so_cap', issuedOn: daysAgo(90) });

    const list = await eventually(async () => {
      const response = await get('/api/courses');
      expect(response.body).toHaveLength(1);
      expect(response.body[0].completed).toBe(2);
      expect(response.body[0].certified).toBe(1);
      return response.body[0] as Json;
    });
    expect(list).toMatchObject({
      courseId,
      places: 3,
      enrolled: 3,
      completed: 2,
      droppedOut: 1,
      certified: 1,
      fillRate: { part: 3, whole: 3, basisPoints: 10_000 },
      completionRate: { part: 2, whole: 3, basisPoints: 6_667 },
      certificateRate: { part: 1, whole: 2, basisPoints: 5_000 },
      employmentRate: { part: 0, whole: 0, basisPoints: null },
      awaitingFollowUp: 2,
    });
  });

  it('lists both completers for the 3-month follow-up, and drops one once its outcome is recorded', async () => {
    const due = await get('/api/training-follow-ups');
    expect(due.status).toBe(200);
    const dueFor = (body: Json[]) => body.map((d) => `${d.jobSeekerId}:${d.checkpoint}`).sort();
    expect(dueFor(due.body)).toEqual([`${ids.an}:after_3_months`, `${ids.binh}:after_3_months`].sort());

    const outcome = await post(`/api/courses/${courseId}/outcomes`, {
      jobSeekerId: ids.an,
      checkpoint: 'after_3_months',
      date: daysAgo(5),
      employed: true,
      inTrainedOccupation: true,
      note: 'Thợ hàn tại xưởng cơ khí',
    });
    expect(outcome.status).toBe(201);
    await eventually(async () => {
      expect(dueFor((await get('/api/training-follow-ups')).body)).toEqual([`${ids.binh}:after_3_months`]);
      expect((await get('/api/courses')).body[0].employmentRate).toEqual({
        part: 1,
        whole: 1,
        basisPoints: 10_000,
      });
    });
  });

  it('gives each person’s training record: trained, with a certificate, since when', async () => {
    // Read models: wait until each record has caught up with the whole course, not just the enrolment.
    await eventually(async () => {
      const response = await get(`/api/job-seekers/${ids.an}/training`);
      expect(response.body.courses).toHaveLength(1);
      expect(response.body).toMatchObject({
        trained: true,
        trainedSince: daysAgo(100),
        trainedWithCertificate: true,
        certifiedSince: daysAgo(90),
      });
    });
    await eventually(async () => {
      const binh = (await get(`/api/job-seekers/${ids.binh}/training`)).body;
      expect(binh).toMatchObject({ trained: true, trainedWithCertificate: false, certifiedSince: null });
    });
    const cuong = await eventually(async () => {
      const body = (await get(`/api/job-seekers/${ids.cuong}/training`)).body;
      expect(body.courses[0]).toMatchObject({ status: 'dropped_out' });
      return body;
    });
    expect(cuong).toMatchObject({ trained: false, trainedWithCertificate: false });
    expect(cuong.courses[0]).toMatchObject({ status: 'dropped_out', droppedOut: { reason: 'Đi làm xa' } });

    const recognised = await post(`/api/job-seekers/${ids.duc}/experience-recognitions`, {
      occupationCode: '7115',
      years: 2,
      evidence: 'Xác nhận của chủ xưởng mộc',
      recognisedOn: daysAgo(30),
    });
    expect(recognised.status).toBe(400);
    expect(recognised.body.code).toBe('experience_too_short');
  });

  it('takes one person through the overseas pipeline to departure and early return, refusing what the law forbids', async () => {
    const agency = await post('/api/employers', {
      name: 'Công ty CP Nhân lực Quốc tế',
      address: 'Hà Nội',
      unitCode: 'XMT',
      contact: { person: 'Vũ Minh', phone: '0243123456', email: 'xkld@example.vn' },
      overseasLicence: { licenceNo: '123/LĐTBXH-GP', issuedOn: '15/06/2021' },
    });
    expect(agency.status).toBe(201);
    ids.agency = agency.body.employerId;
    const order = await post('/api/vacancies', {
      employerId: ids.agency,
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
        licensedEnterpriseId: ids.agency,
        expectedDepartureDate: daysAgo(50),
      },
    });
    expect(order.status).toBe(201);

    const registered = await post('/api/overseas/placements', {
      jobSeekerId: ids.duc,
      orderId: order.body.vacancyId,
      on: daysAgo(150),
    });
    expect(registered.status).toBe(201);
    placementId = registered.body.placementId;
    const at = (path: string, body: object) => post(`/api/overseas/placements/${placementId}/${path}`, body);

    // The order's limits apply: without the language result the candidate is not eligible yet.
    const notYet = await at('eligibility-checks', { on: daysAgo(145), healthCheck: 'fit' });
    expect(notYet.status).toBe(201);
    expect(notYet.body.stage).toBe('registered');
    const eligible = await at('eligibility-checks', {
      on: daysAgo(140),
      healthCheck: 'fit',
      languageResult: { test: 'EPS-TOPIK', level: 120 },
    });
    expect(eligible.body.stage).toBe('eligible');
    expect(
      (await at('pre-departure-training/start', { on: daysAgo(130), provider: 'Trung tâm của doanh nghiệp' }))
        .status,
    ).toBe(200);
    expect(
      (await at('pre-departure-training/complete', { on: daysAgo(100), certificateNumber: 'BD-17' })).status,
    ).toBe(200);

    const contract = { on: daysAgo(90), termMonths: 36, currency: 'KRW', monthlyWage: 2_000_000, deposit: 0 };
    const aboveCap = await at('contract', { ...contract, serviceFee: 6_000_001 });
    expect(aboveCap.status).toBe(422);
    expect(aboveCap.body.code).toBe('service_fee_above_cap');
    expect(aboveCap.body.message).toContain('6000000 KRW');
    expect(aboveCap.body.details).toMatchObject({ serviceFeeCap: 6_000_000 });
    expect((await at('contract', { ...contract, serviceFee: 5_000_000 })).status).toBe(200);

    const noVisa = await at('departure', { on: daysAgo(80) });
    expect(noVisa.status).toBe(409);
    expect(noVisa.body.code).toBe('departure_without_visa');

    expect((await at('visa', { on: daysAgo(60), validUntil: addDays(today, 900) })).status).toBe(200);
    const departed = await at('departure', { on: daysAgo(50) });
    expect(departed.body.stage).toBe('departed');

    const withdraw = await at('withdrawal', { on: daysAgo(40), reason: 'Muốn về' });
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.code).toBe('withdraw_after_departure');

    const early = await at('return', { on: daysAgo(10), kind: 'early', reason: 'Ốm, về điều trị' });
    expect(early.status).toBe(200);
    expect(early.body.stage).toBe('returned');

    const details = await get(`/api/overseas/placements/${placementId}`);
    expect(details.body).toMatchObject({
      stage: 'returned',
      country: 'Hàn Quốc',
      villageCode: 'XMT-01',
      departedOn: daysAgo(50),
      returned: { on: daysAgo(10), kind: 'early', reason: 'Ốm, về điều trị' },
      contract: { serviceFee: 5_000_000, termMonths: 36 },
      stuck: false,
    });
  });

  it('shows the pipeline with exactly that placement, per stage, village and country', async () => {
    const pipeline = await eventually(async () => {
      const response = await get('/api/overseas/pipeline');
      expect(response.body.counts.returned).toBe(1);
      return response.body as Json;
    });
    expect(pipeline.total).toBe(1);
    expect(Object.entries(pipeline.counts).filter(([, n]) => n !== 0)).toEqual([['returned', 1]]);
    expect(pipeline.byStage.returned.map((p: Json) => p.jobSeekerId)).toEqual([ids.duc]);
    expect(pipeline.byVillage['XMT-01'].placementIds).toEqual([placementId]);
    expect(pipeline.byCountry['Hàn Quốc'].counts.returned).toBe(1);
    expect(pipeline.stuck).toEqual([]);
  });

  it('flags a case with no event for 60 days as stuck, and filters by country and village', async () => {
    const waiting = await post('/api/overseas/placements', {
      jobSeekerId: ids.binh,
      country: 'Nhật Bản',
      programme: 'japan_technical_intern',
      licensedEnterpriseId: ids.agency,
      on: daysAgo(75),
    });
    expect(waiting.status).toBe(201);
    const pipeline = await eventually(async () => {
      const response = await get('/api/overseas/pipeline');
      expect(response.body.total).toBe(2);
      return response.body as Json;
    });
    expect(pipeline.stuck.map((p: Json) => [p.placementId, p.daysSinceLastEvent])).toEqual([
      [waiting.body.placementId, 75],
    ]);
    const korea = (await get(`/api/overseas/pipeline?country=${encodeURIComponent('Hàn Quốc')}`)).body;
    expect(korea.total).toBe(1);
    expect((await get('/api/overseas/pipeline?village=XMT-02')).body.total).toBe(0);
  });

  it('puts the training and overseas facts on each person’s timeline', async () => {
    const factsOf = async (key: string) => {
      const response = await get(`/api/job-seekers/${ids[key]}/timeline`);
      expect(response.status).toBe(200);
      return (response.body.entries as Json[])
        .filter((entry) => entry.source !== 'job-seekers')
        .map((entry) => `${entry.source}:${entry.type}`)
        .reverse();
    };
    expect(await factsOf('an')).toEqual([
      'training:TraineeEnrolled',
      'training:AttendanceMilestoneRecorded',
      'training:TraineeCompleted',
      'training:CertificateIssued',
      'training:TrainingOutcomeRecorded',
    ]);
    expect(await factsOf('cuong')).toEqual(['training:TraineeEnrolled', 'training:TraineeDroppedOut']);
    expect(await factsOf('duc')).toEqual([
      'overseas:CandidateRegistered',
      'overseas:EligibilityChecked',
      'overseas:EligibilityChecked',
      'overseas:PreDepartureTrainingStarted',
      'overseas:PreDepartureTrainingCompleted',
      'overseas:ContractSigned',
      'overseas:VisaGranted',
      'overseas:Departed',
      'overseas:Returned',
    ]);
    const timeline = (await get(`/api/job-seekers/${ids.duc}/timeline`)).body.entries as Json[];
    // Newest business date first: registered today, with the overseas history dated before it.
    expect(timeline[0]).toMatchObject({ source: 'job-seekers', type: 'JobSeekerRegistered' });
    expect(timeline.at(-1)).toMatchObject({ source: 'overseas', type: 'CandidateRegistered' });
    const dates = timeline.map((entry) => entry.occurredOn as string);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lets the village head of the village read it, and shows a village head of another village none of it', async () => {
    expect((await get('/api/courses', villageHead)).body).toHaveLength(1);
    expect((await get('/api/overseas/pipeline', villageHead)).body.total).toBe(2);
    expect((await get('/api/courses', otherVillageHead)).body).toEqual([]);
    expect((await get('/api/training-follow-ups', otherVillageHead)).body).toEqual([]);
    const pipeline = (await get('/api/overseas/pipeline', otherVillageHead)).body;
    expect(pipeline.total).toBe(0);
    expect(pipeline.byVillage).toEqual({});
    for (const path of [
      `/api/courses/${courseId}`,
      `/api/job-seekers/${ids.an}/training`,
      `/api/job-seekers/${ids.an}/timeline`,
      `/api/overseas/placements/${placementId}`,
    ]) {
      expect({ path, status: (await get(path, otherVillageHead)).status }).toEqual({ path, status: 403 });
    }
    const write = await t
      .http()
      .post(`/api/courses/${courseId}/enrolments`)
      .set(as(villageHead))
      .send({ jobSeekerId: ids.duc, enrolledOn: daysAgo(1) });
    expect(write.status).toBe(403);
  });
}

describe('Training and overseas acceptance on SQLite (embedded)', () => acceptance('sqlite'));
describe('Training and overseas acceptance on PostgreSQL (server)', () => acceptance('postgres'));
