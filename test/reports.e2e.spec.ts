/**
 * A small demo year through the API: the seed plan 58/KH-UBND adopted as printed (its
 * inconsistencies reported), job seekers registered with labour statuses and job starts — one
 * started in March but recorded later — and the monthly report of March 2025 checked against a
 * hand-computed table, as JSON, XLSX (read back with exceljs) and PDF (text read back with
 * pdftotext); then submitted, reproduced at its point, and compared with a later regeneration.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { SEED_PLAN_58_2022 } from '@vieclam/plan-reports';
import { eventually } from '../libs/job-seekers/src/application/testing/job-seekers-test-app';
import {
  startPlanReportsTestApp,
  type PlanReportsTestApp,
} from '../libs/plan-reports/src/application/testing/plan-reports-test-app';

const person = (fullName: string, birthYear: number, villageCode: string, serial: string) => ({
  fullName,
  citizenId: `0330${String(birthYear).slice(2)}${serial}`,
  dateOfBirth: `${birthYear}-05-01`,
  sex: 'male',
  villageCode,
  phone: null,
  address: null,
  educationLevel: 'upper_secondary',
  occupationCodes: ['7212'],
  skills: ['hàn điện'],
  desiredWage: null,
  willingToWorkAway: true,
  willingToGoAbroad: false,
});

const PEOPLE = {
  an: person('Nguyễn Văn An', 1990, 'XMT-01', '000101'),
  binh: person('Trần Văn Bình', 1992, 'XMT-01', '000102'),
  cuong: person('Lê Văn Cường', 1994, 'XMT-02', '000103'),
  dung: person('Phạm Văn Dũng', 1996, 'XMT-02', '000104'),
  em: person('Hoàng Văn Em', 1998, 'XMT-02', '000105'),
};

/**
 * March 2025, commune XMT, by hand:
 * - B1 new jobs: Bình (self-employment 5/3; his second start 20/3 does not count again) and Em
 *   (placement 25/3, recorded late) in March; An (placement 15/2) before → month 2, year-to-date 3;
 *   Dũng's start has channel "other" and does not count. Known before Em's recording: 1 and 2.
 * - B3 unemployment at 31/3: An employed (15/2), Bình employed (5/3), Cường unemployed (20/1),
 *   Dũng employed (5/1) → 1 of 4 = 25 %.
 * - A1 trained workers: no training recorded → 0 of 3 employed = 0 %.
 * - Activity in March: job starts Bình ×2, Dũng, Em = 4.
 */
const EXPECTED = {
  B1: { month: 2, yearToDate: 3, target: 105, byVillage: { 'XMT-01': 2, 'XMT-02': 1 } },
  B1KnownBeforeLateRecording: { month: 1, yearToDate: 2 },
  B3: 25,
  A1: 0,
  jobStartsInMarch: 4,
};

interface Row {
  code: string;
  name: { vi: string };
  month: number | null;
  yearToDate: number | null;
  target: { value: number } | null;
  percentOfTarget: number | null;
  forecast: { value: number | null; method: string };
  status: string;
  bySubUnit: Record<string, { yearToDate: number | null }>;
  byChannel?: Record<string, number>;
}
const rowOf = (response: Response, code: string): Row =>
  (response.body as { rows: Row[] }).rows.find((r) => r.code === code)!;

describe('monthly report of a demo year (e2e, SQLite)', () => {
  let t: PlanReportsTestApp;
  let admin: string;
  let counsellor: string;
  const ids: Record<string, string> = {};
  let beforeLateRecording = '';
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const march = (extra = '') => `/api/reports/monthly?unit=XMT&year=2025&month=3${extra}`;

  beforeAll(async () => {
    t = await startPlanReportsTestApp('sqlite');
    admin = await t.tokenOf('demo.admin');
    counsellor = await t.tokenOf('demo.tuvan');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('adopts the seed plan exactly as printed and reports its inconsistencies', async () => {
    const refused = await t.http().post('/api/plans').set(as(counsellor)).send(SEED_PLAN_58_2022);
    expect(refused.status).toBe(403);
    const adopted = await t.http().post('/api/plans').set(as(admin)).send(SEED_PLAN_58_2022);
    expect(adopted.status).toBe(201);
    const plan = await t.http().get(`/api/plans/${SEED_PLAN_58_2022.planId}`).set(as(counsellor));
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ number: '58/KH-UBND', adoptedOn: '2022-09-22', unitCode: 'XMT' });
    const findings = plan.body.findings as Array<{
      kind: string;
      indicatorCode: string | null;
      figures: Record<string, unknown>;
    }>;
    // The three the issue names: 364 vs 450, section II vs the annex (500 vs 450; > 100 vs 92), mixed decimal marks.
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'period_total_differs_from_sum', indicatorCode: 'B1' }),
        expect.objectContaining({ indicatorCode: 'B1', kind: expect.stringMatching(/^section_target/) }),
        expect.objectContaining({ indicatorCode: 'B2', kind: expect.stringMatching(/^section_target/) }),
        expect.objectContaining({ kind: 'mixed_decimal_marks', indicatorCode: 'C1' }),
      ]),
    );
    expect(JSON.stringify(findings.find((f) => f.kind === 'period_total_differs_from_sum')!.figures)).toMatch(
      /364/,
    );
  });

  it('records the demo year through the job-seekers API, one job start recorded late', async () => {
    for (const [key, body] of Object.entries(PEOPLE)) {
      const response = await t.http().post('/api/job-seekers').set(as(counsellor)).send(body);
      expect(response.status).toBe(201);
      ids[key] = response.body.jobSeekerId as string;
    }
    const status = async (who: string, value: string, asOf: string) =>
      expect(
        (
          await t
            .http()
            .post(`/api/job-seekers/${ids[who]}/labour-status`)
            .set(as(counsellor))
            .send({ status: value, asOf })
        ).status,
      ).toBe(200);
    const start = async (who: string, channel: string, date: string) => {
      const response = await t
        .http()
        .post(`/api/job-seekers/${ids[who]}/job-starts`)
        .set(as(counsellor))
        .send({
          date,
          channel,
          domestic: true,
          employerId: channel === 'placement' ? 'employer-001' : null,
          vacancyId: null,
          loanId: null,
          occupationCode: null,
        });
      expect([response.status, response.body.code]).toEqual([201, undefined]);
    };
    await status('dung', 'employed', '2025-01-05');
    await status('an', 'unemployed', '2025-01-10');
    await status('cuong', 'unemployed', '2025-01-20');
    await start('an', 'placement', '2025-02-15');
    await status('an', 'employed', '2025-02-15');
    await start('binh', 'self_employment', '2025-03-05');
    await status('binh', 'employed', '2025-03-05');
    await start('binh', 'placement', '2025-03-20');
    await start('dung', 'other', '2025-03-10');
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeLateRecording = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await start('em', 'placement', '2025-03-25');
  });

  it('the March report matches the hand-computed table', async () => {
    const report = await eventually(async () => {
      const response = await t.http().get(march()).set(as(counsellor));
      expect(response.status).toBe(200);
      expect(rowOf(response, 'B1').yearToDate).toBe(EXPECTED.B1.yearToDate);
      return response;
    });
    const b1 = rowOf(report, 'B1');
    expect(b1).toMatchObject({ month: EXPECTED.B1.month, yearToDate: EXPECTED.B1.yearToDate });
    expect(b1.target?.value).toBe(EXPECTED.B1.target);
    expect(b1.percentOfTarget).toBeCloseTo((EXPECTED.B1.yearToDate / EXPECTED.B1.target) * 100, 6);
    expect(b1.forecast).toEqual({ value: (EXPECTED.B1.yearToDate * 12) / 3, method: 'linear' });
    expect(b1.byChannel).toEqual({ placement: 2, self_employment: 1, loan_financed: 0, overseas: 0 });
    expect(b1.bySubUnit['XMT-01']?.yearToDate).toBe(EXPECTED.B1.byVillage['XMT-01']);
    expect(b1.bySubUnit['XMT-02']?.yearToDate).toBe(EXPECTED.B1.byVillage['XMT-02']);
    expect(rowOf(report, 'B3').month).toBe(EXPECTED.B3);
    expect(rowOf(report, 'A1').month).toBe(EXPECTED.A1);
    expect(report.body.activities.month.jobStarts).toBe(EXPECTED.jobStartsInMarch);
    expect(report.body.planNumber).toBe('58/KH-UBND');
    expect(report.body.planFindings.length).toBeGreaterThanOrEqual(3);
  });

  it('a job started in March and recorded later counts only when known after its recording', async () => {
    const before = await t
      .http()
      .get(march(`&asKnownOn=${encodeURIComponent(beforeLateRecording)}`))
      .set(as(counsellor));
    expect(before.status).toBe(200);
    expect(rowOf(before, 'B1')).toMatchObject(EXPECTED.B1KnownBeforeLateRecording);
    const after = await t
      .http()
      .get(march(`&asKnownOn=${encodeURIComponent(new Date().toISOString())}`))
      .set(as(counsellor));
    expect(rowOf(after, 'B1')).toMatchObject({
      month: EXPECTED.B1.month,
      yearToDate: EXPECTED.B1.yearToDate,
    });
    // February knew nothing of March either way.
    const february = await t
      .http()
      .get('/api/reports/monthly?unit=XMT&year=2025&month=2')
      .set(as(counsellor));
    expect(rowOf(february, 'B1')).toMatchObject({ month: 1, yearToDate: 1 });
  });

  it('the XLSX holds the same figures under Vietnamese headers with the plan number and date', async () => {
    const response = await t
      .http()
      .get(march('&format=xlsx'))
      .set(as(counsellor))
      .buffer(true)
      .parse(binary as never);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chỉ tiêu')!;
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const text = JSON.stringify(values);
    expect(text).toContain('Kế hoạch số 58/KH-UBND ngày 22/9/2022');
    expect(text).toContain('Lũy kế từ đầu năm');
    const b1 = values.find((r) => r[1] === 'B1')!;
    expect(b1[2]).toBe(SEED_PLAN_58_2022.indicators.find((i) => i.code === 'B1')!.name.vi);
    expect(b1[3]).toBe('người');
    expect([b1[5], b1[6]]).toEqual([EXPECTED.B1.month, EXPECTED.B1.yearToDate]);
    expect(values.find((r) => r[1] === 'B3')![5]).toBe(EXPECTED.B3);
  });

  it('the PDF is A4 pages with the Vietnamese indicator names', async () => {
    const response = await t
      .http()
      .get(march('&format=pdf'))
      .set(as(counsellor))
      .buffer(true)
      .parse(binary as never);
    expect(response.status).toBe(200);
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'reports-pdf-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, pdf);
      let text: string;
      let info: string;
      try {
        text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      } catch (error) {
        throw new Error(`pdftotext/pdfinfo (poppler-utils) is needed for this test: ${String(error)}`);
      }
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
      const flat = text.replace(/\s+/g, ' ');
      for (const name of [
        'Tỷ lệ lao động qua đào tạo',
        'Xuất khẩu lao động',
        'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÁNG 3/2025',
      ]) {
        expect(flat).toContain(name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CSV lists every indicator with its figures', async () => {
    const response = await t.http().get(march('&format=csv')).set(as(counsellor));
    expect(response.status).toBe(200);
    const b1 = response.text.split('\n').find((line) => line.includes(',B1,'))!;
    expect(b1.split(',').slice(10, 12)).toEqual([String(EXPECTED.B1.month), String(EXPECTED.B1.yearToDate)]);
  });

  it('submitting freezes the report: it reproduces at its point and shows what changed since', async () => {
    const submitted = await t
      .http()
      .post('/api/reports/submit')
      .set(as(counsellor))
      .send({ unit: 'XMT', year: 2025, month: 3, asKnownOn: beforeLateRecording, note: 'Gửi UBND xã' });
    expect(submitted.status).toBe(201);
    const again = await t
      .http()
      .post('/api/reports/submit')
      .set(as(counsellor))
      .send({ unit: 'XMT', year: 2025, month: 3 });
    expect(again.status).toBe(409);
    const frozen = await t
      .http()
      .get('/api/reports/submitted?unit=XMT&year=2025&month=3')
      .set(as(counsellor));
    expect(frozen.status).toBe(200);
    expect(frozen.body.reproduced).toBe(true);
    expect(rowOf({ body: frozen.body.report } as Response, 'B1')).toMatchObject(
      EXPECTED.B1KnownBeforeLateRecording,
    );
    expect(frozen.body.differencesSinceSubmission).toEqual(
      expect.arrayContaining([
        { indicatorCode: 'B1', field: 'month', submitted: 1, current: 2 },
        { indicatorCode: 'B1', field: 'yearToDate', submitted: 2, current: 3 },
      ]),
    );
    const [event] = await t.store.readStream('Report-XMT-2025-03');
    expect(event).toMatchObject({ type: 'ReportSubmitted', data: { asKnownOn: beforeLateRecording } });
  });

  it('amends a target, reports an unobserved value, withdraws the plan', async () => {
    const planUrl = `/api/plans/${SEED_PLAN_58_2022.planId}`;
    const amended = await t
      .http()
      .post(`${planUrl}/amendments`)
      .set(as(admin))
      .send({
        indicatorCode: 'B1',
        year: 2025,
        target: { printed: '90', comparator: '≥', value: 90 },
        amendedOn: '2025-03-01',
        reason: 'Điều chỉnh giữa kỳ',
        decisionRef: null,
      });
    expect(amended.status).toBe(201);
    const value = await t.http().post(`${planUrl}/reported-values`).set(as(admin)).send({
      indicatorCode: 'C3',
      unitCode: 'XMT',
      value: 9.5,
      asOf: '2025-02-28',
      source: 'Trạm y tế xã',
      reportedOn: '2025-03-05',
    });
    expect(value.status).toBe(201);
    const report = await t.http().get(march()).set(as(counsellor));
    expect(rowOf(report, 'B1').target?.value).toBe(90);
    expect(rowOf(report, 'C3')).toMatchObject({ month: 9.5 });
    const withdrawn = await t
      .http()
      .post(`${planUrl}/withdraw`)
      .set(as(admin))
      .send({ withdrawnOn: '2026-01-15', reason: 'Thay thế' });
    expect(withdrawn.status).toBe(200);
    const late = await t
      .http()
      .post(`${planUrl}/amendments`)
      .set(as(admin))
      .send({
        indicatorCode: 'B1',
        year: 2025,
        target: { printed: '80', comparator: '≥', value: 80 },
        amendedOn: '2026-02-01',
        reason: 'x',
        decisionRef: null,
      });
    expect(late.status).toBe(409);
  });
});

function binary(
  response: NodeJS.ReadableStream,
  callback: (error: Error | null, body: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
