/**
 * Issue 3 acceptance, on the real app: after a person's data is erased (their key deleted), the
 * plan reports still count them. A new person's job start raises B1 by one; erasing the person
 * leaves B1 where it was, while their profile shows as erased.
 */
import { ERASED_LABEL } from '@vieclam/platform/crypto';
import { startRealApp, type RealApp } from './real-app';

interface ReportRow {
  code: string;
  month: number | null;
  yearToDate: number | null;
}

// A distinctive person: born in Nam Định (036), so no demo CCCD (province 033) can collide.
const person = {
  fullName: 'Lương Thị Xoá Thử',
  citizenId: '036188123457',
  dateOfBirth: '07/05/1988',
  sex: 'female',
  villageCode: 'XMT-03',
  phone: '0977000111',
  address: 'Thôn Nam (thử nghiệm)',
  educationLevel: 'upper_secondary',
  occupationCodes: ['7212'],
  skills: ['hàn điện'],
  desiredWage: 7_000_000,
  willingToWorkAway: false,
  willingToGoAbroad: false,
};

/** A past month of the current year in Vietnam, so the report's year-to-date covers it. */
function pastMonth(): { year: number; month: number; day: string } {
  const today = new Date(Date.now() + 7 * 3600_000);
  const year = today.getUTCFullYear();
  const month = Math.max(1, today.getUTCMonth()); // the previous month (January stays January)
  return { year, month, day: `${String(month).padStart(2, '0')}/${year}` };
}

describe('erasure keeps the person in the plan reports (real app, embedded)', () => {
  let t: RealApp;
  let counsellor: string;
  let admin: string;
  let leader: string;
  const { year, month, day } = pastMonth();
  const b1 = async (): Promise<ReportRow> => {
    const response = await t
      .http()
      .get(`/api/reports/monthly?unit=XMT&year=${year}&month=${month}`)
      .set('Authorization', `Bearer ${leader}`);
    expect(response.status).toBe(200);
    return (response.body as { rows: ReportRow[] }).rows.find((row) => row.code === 'B1')!;
  };
  /** The read models catch up asynchronously; poll until the figure settles on the expectation. */
  const eventuallyB1 = async (expected: number): Promise<ReportRow> => {
    const started = Date.now();
    for (;;) {
      const row = await b1();
      if (row.yearToDate === expected || Date.now() - started > 20_000) return row;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    t = await startRealApp();
    [counsellor, admin, leader] = await Promise.all([
      t.tokenOf('demo.tuvan'),
      t.tokenOf('demo.admin'),
      t.tokenOf('demo.lanhdao'),
    ]);
    // The demo adopts the seed plan in the background once the rest of the demo has loaded.
    const started = Date.now();
    while (Date.now() - started < 90_000) {
      const report = await t
        .http()
        .get(`/api/reports/monthly?unit=XMT&year=${year}&month=${month}`)
        .set('Authorization', `Bearer ${leader}`);
      if (report.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 150_000);

  afterAll(async () => {
    await t?.close();
  });

  it('counts a job start once, and still counts it after the person is erased', async () => {
    const before = await b1();
    const beforeYtd = before.yearToDate ?? 0;

    const registered = await t
      .http()
      .post('/api/job-seekers')
      .set('Authorization', `Bearer ${counsellor}`)
      .send(person);
    expect(registered.status).toBe(201);
    const id = registered.body.jobSeekerId as string;
    const started = await t
      .http()
      .post(`/api/job-seekers/${id}/job-starts`)
      .set('Authorization', `Bearer ${counsellor}`)
      .send({ date: `15/${day}`, channel: 'self_employment', domestic: true, occupationCode: '7212' });
    expect(started.status).toBe(201);

    const counted = await eventuallyB1(beforeYtd + 1);
    expect(counted.yearToDate).toBe(beforeYtd + 1);

    const erased = await t
      .http()
      .post(`/api/personal-data/${id}/erase`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ reason: 'subject_request', subjectStream: `JobSeeker-${id}` });
    expect(erased.status).toBe(200);

    const profile = await t.http().get(`/api/job-seekers/${id}`).set('Authorization', `Bearer ${counsellor}`);
    expect(profile.status).toBe(200);
    expect(JSON.stringify(profile.body)).not.toContain(person.fullName);
    expect(JSON.stringify(profile.body)).toContain(ERASED_LABEL.vi);

    // Give the projections time to see the erasure, then the figure must not have moved.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await b1();
    expect(after.yearToDate).toBe(beforeYtd + 1);
    expect(after.month).toBe(counted.month);
  }, 120_000);
});
