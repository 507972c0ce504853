/**
 * The plan-reports share of the demo commune, on the real app as `npm start` composes it (embedded,
 * DEMO on, SQLite in a temp dir), seen by the commune leader: the seed plan 58/KH-UBND adopted as
 * printed with its inconsistencies shown, the submitted June 2025 report reproducing as known on
 * its point, and a recent month's report with new jobs, a village breakdown, loans and downloads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_COMMUNE_CODE } from '@vieclam/admin';
import { SEED_PLAN_58_2022, demoReportMonth, type UnitReport } from '@vieclam/plan-reports';
import { startRealApp, type RealApp } from './real-app';

const XMT = DEMO_COMMUNE_CODE;

async function eventually<T>(check: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function binary(response: NodeJS.ReadableStream, callback: (error: Error | null, body: unknown) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The last `count` whole months before today (Vietnam), most recent first. */
function recentMonths(count: number): Array<{ year: number; month: number }> {
  const today = new Date(Date.now() + 7 * 3_600_000);
  const months: Array<{ year: number; month: number }> = [];
  for (let back = 1; back <= count; back += 1) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    months.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  }
  return months;
}

interface SubmittedBody {
  asKnownOn: string;
  reproduced: boolean;
  report: UnitReport;
}

describe('plan & reports demo data (real app, embedded, DEMO on)', () => {
  let real: RealApp;
  let auth: { Authorization: string };
  const june = demoReportMonth(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
  const get = (path: string) => real.http().get(path).set(auth);

  beforeAll(async () => {
    real = await startRealApp();
    auth = { Authorization: `Bearer ${await real.tokenOf('demo.lanhdao')}` };
    // The plan demo runs in the background once the other contexts' demo data is in the read models.
    await eventually(async () => {
      const response = await get(`/api/reports/submitted?unit=${XMT}&year=${june.year}&month=${june.month}`);
      if (response.status !== 200) throw new Error(`submitted report: ${response.status}`);
    }, 90_000);
  }, 180_000);

  afterAll(async () => {
    await real?.close();
  });

  it('adopts 58/KH-UBND on XMT as printed and shows its inconsistencies', async () => {
    const list = await get(`/api/plans?unit=${XMT}`);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain(SEED_PLAN_58_2022.number);

    const response = await get(`/api/plans/${SEED_PLAN_58_2022.planId}`);
    expect(response.status).toBe(200);
    const body = response.body as {
      number: string;
      unitCode: string;
      status: string;
      findings: Array<{ kind: string; indicatorCode?: string; message: { vi: string; en: string } }>;
    };
    expect(body.number).toBe(SEED_PLAN_58_2022.number);
    expect(body.unitCode).toBe(XMT);
    const text = JSON.stringify(body);
    // Mixed decimal marks kept as printed.
    expect(text).toContain('"1,41"');
    expect(text).toContain('"1.45"');
    const finding = (kind: string, code: string) =>
      body.findings.find((f) => f.kind === kind && f.indicatorCode === code);
    const total = finding('period_total_differs_from_sum', 'B1');
    expect(total?.message.en).toContain('364');
    expect(total?.message.en).toContain('450');
    const section = finding('section_target_not_met_by_annex', 'B1');
    expect(section?.message.vi).toContain('500');
    expect(finding('mixed_decimal_marks', 'C1')).toBeDefined();
  });

  it('has submitted June of the plan’s last year, which regenerates identically as known on its point', async () => {
    const response = await get(`/api/reports/submitted?unit=${XMT}&year=${june.year}&month=${june.month}`);
    expect(response.status).toBe(200);
    const submitted = response.body as SubmittedBody;
    expect(submitted.reproduced).toBe(true);
    expect(submitted.report.planNumber).toBe(SEED_PLAN_58_2022.number);

    const again = await get(
      `/api/reports/monthly?unit=${XMT}&year=${june.year}&month=${june.month}&asKnownOn=${encodeURIComponent(submitted.asKnownOn)}`,
    );
    expect(again.status).toBe(200);
    const { generatedAt: _a, ...regenerated } = again.body as UnitReport;
    const { generatedAt: _b, ...frozen } = submitted.report;
    expect(regenerated).toEqual(frozen);
  });

  it('as known on a day before the plan was recorded: a bilingual 422 on asKnownOn, not a 500', async () => {
    // The demo records the plan when the app starts, so a year ago nothing was known yet.
    const yearAgo = `${Number(june.year) - 1}-01-01`;
    const response = await get(`/api/reports/annual?unit=${XMT}&year=${june.year}&asKnownOn=${yearAgo}`);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'plan_not_known_yet', field: 'asKnownOn' });
    expect(response.body.messages.vi).toContain('chưa được ghi nhận');
  });

  it('a recent month has new jobs by village, loans, and downloads as XLSX and PDF', async () => {
    let found: { year: number; month: number; report: UnitReport } | null = null;
    for (const { year, month } of recentMonths(6)) {
      const response = await get(`/api/reports/monthly?unit=${XMT}&year=${year}&month=${month}`);
      expect(response.status).toBe(200);
      const report = response.body as UnitReport;
      const b1 = report.rows.find((r) => r.code === 'B1');
      if ((b1?.month ?? 0) > 0) {
        found = { year, month, report };
        break;
      }
    }
    expect(found).not.toBeNull();
    const { year, month, report } = found!;
    const b1 = report.rows.find((r) => r.code === 'B1')!;
    const villages = Object.keys(b1.bySubUnit);
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((code) => code in report.subUnitNames)).toBe(true);
    const byVillage = Object.values(b1.bySubUnit).reduce((sum, v) => sum + (v.month ?? 0), 0);
    expect(byVillage).toBe(b1.month);
    expect(report.activities.month.jobStarts).toBeGreaterThan(0);
    // The demo's policy loans: a balance at the month's end, split by village.
    expect(report.loans.outstandingPrincipal).toBeGreaterThan(0);
    const villageOutstanding = Object.values(report.loans.bySubUnit).reduce(
      (sum, v) => sum + v.outstandingPrincipal,
      0,
    );
    expect(villageOutstanding).toBe(report.loans.outstandingPrincipal);

    const base = `/api/reports/monthly?unit=${XMT}&year=${year}&month=${month}`;
    const xlsx = await get(`${base}&format=xlsx`)
      .buffer(true)
      .parse(binary as never);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    expect(sheet).toBeDefined();
    const cells: unknown[] = [];
    sheet!.eachRow((row) => cells.push(...(row.values as unknown[])));
    expect(cells).toContain(b1.month);
    const loanSheet = workbook.getWorksheet('Vốn vay');
    const loanRows: unknown[][] = [];
    loanSheet!.eachRow((row) => loanRows.push((row.values as unknown[]).slice(1)));
    const outstandingRow = loanRows.find((row) => row[0] === 'Dư nợ cuối kỳ');
    expect(outstandingRow?.[3]).toBe(report.loans.outstandingPrincipal);

    const pdf = await get(`${base}&format=pdf`)
      .buffer(true)
      .parse(binary as never);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'reports-demo-pdf-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, pdf.body as Buffer);
      let text: string;
      try {
        text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      } catch (error) {
        throw new Error(`pdftotext (poppler-utils) is needed for this test: ${String(error)}`);
      }
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÁNG ${month}/${year}`);
      expect(flat).toContain('Vốn vay chính sách');
      expect(flat).toContain('Tỷ lệ nợ quá hạn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
