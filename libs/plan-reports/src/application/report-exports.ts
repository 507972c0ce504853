/**
 * A report for people (XLSX a commune officer prints, PDF on A4) and for machines (CSV), with the
 * Vietnamese headers, the units, and the plan's number and date. The PDF embeds DejaVu Sans (from
 * the `dejavu-fonts-ttf` package) so Vietnamese diacritics render without any system font.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { ACTIVITIES, type Activity } from '../domain/indicators/indicators';
import type { LoanFigures } from '../domain/indicators/loan-portfolio';
import type { ForecastMethod, IndicatorRow, IndicatorStatus } from '../domain/indicators/indicator-report';
import type { IndicatorUnit } from '../domain/plan/plan.events';
import type { UnitReport } from '../queries/indicator-report.query';

export const STATUS_LABELS: Record<IndicatorStatus, string> = {
  achieved: 'Đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Chậm tiến độ',
  no_target: 'Không có chỉ tiêu',
  no_data: 'Chưa có số liệu',
};

export const FORECAST_LABELS: Record<ForecastMethod, string> = {
  last_year_profile: 'Theo diễn biến năm trước',
  linear: 'Tuyến tính',
  current_value: 'Giữ mức hiện tại',
  none: '—',
};

export const UNIT_LABELS: Record<IndicatorUnit, string> = { percent: '%', persons: 'người', houses: 'nhà' };

export const ACTIVITY_LABELS: Record<Activity, string> = {
  consultations: 'Lượt tư vấn',
  referrals: 'Lượt giới thiệu việc làm',
  jobStarts: 'Lượt bắt đầu việc làm',
  enrolments: 'Học viên nhập học',
  completions: 'Học viên hoàn thành',
  certificates: 'Chứng chỉ cấp',
  loansDisbursed: 'Khoản vay giải ngân',
  departures: 'Lao động xuất cảnh',
  withdrawals: 'Rút hồ sơ đi nước ngoài',
  returns: 'Lao động về nước',
};

export interface LoanLine {
  key: string;
  label: { vi: string; en: string };
  /** As printed (lượt, đồng, %). */
  unit: string;
  /** For machines (CSV). */
  measure: 'count' | 'vnd' | 'percent';
  /** Flows: in the month and the year to date; balances: at the period's end in both. */
  month: number | null;
  yearToDate: number | null;
}

/** The loan figures as report lines (Vietnamese label first), for the whole scope or one sub-unit. */
export function loanLines(loans: LoanFigures): LoanLine[] {
  const atEnd = (value: number | null) => ({ month: value, yearToDate: value });
  return [
    {
      key: 'loans_disbursed',
      label: { vi: 'Lượt giải ngân vốn vay', en: 'Loan disbursements' },
      unit: 'lượt',
      measure: 'count',
      month: loans.disbursed.month.count,
      yearToDate: loans.disbursed.yearToDate.count,
    },
    {
      key: 'loans_disbursed_amount',
      label: { vi: 'Số tiền giải ngân', en: 'Amount disbursed' },
      unit: 'đồng',
      measure: 'vnd',
      month: loans.disbursed.month.amount,
      yearToDate: loans.disbursed.yearToDate.amount,
    },
    {
      key: 'loans_outstanding',
      label: { vi: 'Dư nợ cuối kỳ', en: 'Outstanding principal at the period end' },
      unit: 'đồng',
      measure: 'vnd',
      ...atEnd(loans.outstandingPrincipal),
    },
    {
      key: 'loans_overdue',
      label: { vi: 'Nợ quá hạn cuối kỳ', en: 'Overdue principal at the period end' },
      unit: 'đồng',
      measure: 'vnd',
      ...atEnd(loans.overduePrincipal),
    },
    {
      key: 'loans_overdue_ratio',
      label: { vi: 'Tỷ lệ nợ quá hạn', en: 'Overdue ratio (overdue ÷ outstanding)' },
      unit: '%',
      measure: 'percent',
      ...atEnd(loans.overduePercent),
    },
  ];
}

export const COLUMN_HEADERS = [
  'STT',
  'Mã',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Kế hoạch năm',
  'Thực hiện tháng',
  'Lũy kế từ đầu năm',
  '% so với KH năm',
  'Dự báo cả năm',
  'Phương pháp dự báo',
  'Đánh giá',
] as const;

const round = (value: number | null, digits = 2): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** A date as Vietnamese documents print it: 22/9/2022. */
export function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day}/${month}/${year}`;
}

export function reportTitle(report: UnitReport): string {
  return report.kind === 'annual'
    ? `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM ${report.year}`
    : `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÁNG ${report.month}/${report.year}`;
}

export function reportSubtitles(report: UnitReport): string[] {
  return [
    `Theo Kế hoạch số ${report.planNumber} ngày ${vietnameseDate(report.planAdoptedOn)} của ${report.planUnitName}`,
    `Đơn vị báo cáo: ${report.unitName} (${report.unitCode})`,
    `Số liệu tính đến: ${report.asKnownOn ? report.asKnownOn : `${report.generatedAt} (trực tiếp)`}`,
  ];
}

/** The cells of one indicator row, in `COLUMN_HEADERS` order. */
export function indicatorCells(row: IndicatorRow, index: number): Array<string | number | null> {
  return [
    index + 1,
    row.code,
    row.name.vi,
    UNIT_LABELS[row.unit],
    row.target?.printed ?? null,
    round(row.month),
    round(row.yearToDate),
    round(row.percentOfTarget, 1),
    round(row.forecast.value),
    FORECAST_LABELS[row.forecast.method],
    STATUS_LABELS[row.status],
  ];
}

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Machine-readable: one line per indicator, then one per activity count. */
export function reportCsv(report: UnitReport): string {
  const header = [
    'unit',
    'year',
    'month',
    'as_known_on',
    'code',
    'name_vi',
    'name_en',
    'unit_of_measure',
    'target',
    'target_value',
    'month_value',
    'year_to_date',
    'percent_of_target',
    'forecast',
    'forecast_method',
    'status',
  ];
  const lines = [header.join(',')];
  for (const row of report.rows) {
    lines.push(
      [
        report.unitCode,
        report.year,
        report.month,
        report.asKnownOn,
        row.code,
        row.name.vi,
        row.name.en,
        row.unit,
        row.target?.printed ?? null,
        row.target?.value ?? null,
        row.month,
        row.yearToDate,
        row.percentOfTarget,
        row.forecast.value,
        row.forecast.method,
        row.status,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  for (const activity of Object.keys(ACTIVITIES) as Activity[]) {
    lines.push(
      [
        report.unitCode,
        report.year,
        report.month,
        report.asKnownOn,
        `activity:${activity}`,
        ACTIVITY_LABELS[activity],
        activity,
        'count',
        null,
        null,
        report.activities.month[activity],
        report.activities.yearToDate[activity],
        null,
        null,
        null,
        null,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  for (const line of loanLines(report.loans)) {
    lines.push(
      [
        report.unitCode,
        report.year,
        report.month,
        report.asKnownOn,
        `loans:${line.key}`,
        line.label.vi,
        line.label.en,
        line.measure,
        null,
        null,
        line.month,
        line.yearToDate,
        null,
        null,
        null,
        null,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function reportXlsx(report: UnitReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ViecLam Ledger';
  const sheet = workbook.addWorksheet('Chỉ tiêu', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 5 },
    { width: 6 },
    { width: 48 },
    { width: 10 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 22 },
    { width: 20 },
  ];
  const lastColumn = 'K';
  const banner = (text: string, bold: boolean, size: number) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(`A${row.number}:${lastColumn}${row.number}`);
    row.getCell(1).font = { name: 'Times New Roman', bold, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  banner(report.planUnitName.toUpperCase(), true, 12);
  banner(reportTitle(report), true, 14);
  for (const line of reportSubtitles(report)) banner(line, false, 11);
  sheet.addRow([]);
  const header = sheet.addRow([...COLUMN_HEADERS]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  const firstData = header.number + 1;
  report.rows.forEach((row, i) => sheet.addRow(indicatorCells(row, i)));
  for (let r = header.number; r < firstData + report.rows.length; r += 1) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  }
  for (const column of [6, 7, 8, 9]) sheet.getColumn(column).numFmt = '#,##0.##';
  sheet.views = [{ state: 'frozen', ySplit: header.number }];

  const villages = workbook.addWorksheet('Theo thôn');
  const subUnits = Object.keys(report.subUnitNames).sort();
  villages.addRow([
    'Mã',
    'Chỉ tiêu',
    ...subUnits.map((code) => `${report.subUnitNames[code] ?? code} (lũy kế)`),
  ]).font = {
    bold: true,
  };
  for (const row of report.rows) {
    villages.addRow([
      row.code,
      row.name.vi,
      ...subUnits.map((code) => round(row.bySubUnit[code]?.yearToDate ?? null)),
    ]);
  }
  villages.getColumn(2).width = 48;

  const activities = workbook.addWorksheet('Hoạt động');
  activities.addRow(['Hoạt động', 'Trong tháng', 'Lũy kế từ đầu năm']).font = { bold: true };
  for (const activity of Object.keys(ACTIVITIES) as Activity[]) {
    activities.addRow([
      ACTIVITY_LABELS[activity],
      report.activities.month[activity],
      report.activities.yearToDate[activity],
    ]);
  }
  activities.getColumn(1).width = 32;

  const loans = workbook.addWorksheet('Vốn vay');
  const loanVillages = Object.keys(report.loans.bySubUnit).sort();
  loans.addRow([
    'Nội dung',
    'Đơn vị tính',
    'Trong tháng',
    'Lũy kế từ đầu năm / cuối kỳ',
    ...loanVillages.map((code) => report.subUnitNames[code] ?? code),
  ]).font = { bold: true };
  const byVillage = loanVillages.map((code) => loanLines(report.loans.bySubUnit[code]!));
  loanLines(report.loans).forEach((line, i) => {
    loans.addRow([
      line.label.vi,
      line.unit,
      round(line.month),
      round(line.yearToDate),
      ...byVillage.map((lines) => round(lines[i]!.yearToDate)),
    ]);
  });
  loans.getColumn(1).width = 32;
  for (let c = 3; c <= 4 + loanVillages.length; c += 1) loans.getColumn(c).numFmt = '#,##0.##';

  if (report.planFindings.length > 0) {
    const findings = workbook.addWorksheet('Bất nhất của kế hoạch');
    findings.addRow(['Chỉ tiêu', 'Mức độ', 'Nội dung']).font = { bold: true };
    for (const f of report.planFindings) {
      findings.addRow([
        f.indicatorCode ?? '—',
        f.severity === 'inconsistency' ? 'Bất nhất' : 'Ghi chú',
        f.message.vi,
      ]);
    }
    findings.getColumn(3).width = 100;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const FONT_DIR = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');

/** A printable A4 (landscape) PDF with Vietnamese text in DejaVu Sans. */
export function reportPdf(report: UnitReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: reportTitle(report) },
  });
  doc.registerFont('body', join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - 72;
  doc.font('bold').fontSize(11).text(report.planUnitName.toUpperCase(), { align: 'center', width });
  doc.fontSize(14).text(reportTitle(report), { align: 'center', width });
  doc.font('body').fontSize(9);
  for (const line of reportSubtitles(report)) doc.text(line, { align: 'center', width });
  doc.moveDown();

  const widths = [24, 28, 190, 40, 56, 56, 60, 50, 56, 92, 100];
  const drawRow = (cells: Array<string | number | null>, font: 'body' | 'bold') => {
    doc.font(font).fontSize(8);
    const heights = cells.map((c, i) =>
      doc.heightOfString(c === null ? '—' : String(c), { width: widths[i]! - 4 }),
    );
    const height = Math.max(...heights) + 6;
    if (doc.y + height > doc.page.height - 36) doc.addPage();
    const top = doc.y;
    let x = 36;
    cells.forEach((cell, i) => {
      doc.rect(x, top, widths[i]!, height).stroke();
      doc.text(cell === null ? '—' : String(cell), x + 2, top + 3, { width: widths[i]! - 4 });
      x += widths[i]!;
    });
    doc.x = 36;
    doc.y = top + height;
  };
  drawRow([...COLUMN_HEADERS], 'bold');
  report.rows.forEach((row, i) => drawRow(indicatorCells(row, i), 'body'));

  doc.moveDown();
  doc.font('bold').fontSize(10).text('Hoạt động trong kỳ', 36);
  doc.font('body').fontSize(9);
  for (const activity of Object.keys(ACTIVITIES) as Activity[]) {
    doc.text(
      `${ACTIVITY_LABELS[activity]}: tháng ${report.activities.month[activity]}, lũy kế ${report.activities.yearToDate[activity]}`,
    );
  }
  doc.moveDown();
  doc.font('bold').fontSize(10).text('Vốn vay chính sách');
  doc.font('body').fontSize(9);
  for (const line of loanLines(report.loans)) {
    const figure = (value: number | null) =>
      value === null ? '—' : `${(round(value) ?? 0).toLocaleString('vi-VN')} ${line.unit}`;
    doc.text(
      line.key === 'loans_disbursed' || line.key === 'loans_disbursed_amount'
        ? `${line.label.vi}: tháng ${figure(line.month)}, lũy kế ${figure(line.yearToDate)}`
        : `${line.label.vi}: ${figure(line.yearToDate)}`,
    );
  }
  if (report.planFindings.length > 0) {
    doc.moveDown();
    doc.font('bold').fontSize(10).text('Bất nhất trong kế hoạch (hiển thị, không sửa)');
    doc.font('body').fontSize(9);
    for (const f of report.planFindings) doc.text(`• ${f.message.vi}`);
  }
  doc.end();
  return done;
}
