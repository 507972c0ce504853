import type { Bilingual } from '../../core/i18n';
import { formatDecimal, formatNumber } from '../../core/format';
import type { ActivityKey, Comparator, ForecastMethod, IndicatorRow, IndicatorStatus, IndicatorUnit } from './types';

export const STATUS_LABELS: Record<IndicatorStatus, Bilingual & { color: string }> = {
  achieved: { vi: 'Đã đạt', en: 'Achieved', color: 'green' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track', color: 'blue' },
  at_risk: { vi: 'Có nguy cơ', en: 'At risk', color: 'orange' },
  off_track: { vi: 'Chậm tiến độ', en: 'Off track', color: 'red' },
  no_target: { vi: 'Không có chỉ tiêu', en: 'No target', color: 'default' },
  no_data: { vi: 'Chưa có số liệu', en: 'No data', color: 'default' },
};

export const FORECAST_METHODS: Record<ForecastMethod, Bilingual> = {
  last_year_profile: { vi: 'theo diễn biến năm trước', en: "last year's profile" },
  linear: { vi: 'ngoại suy tuyến tính', en: 'linear' },
  current_value: { vi: 'giá trị hiện tại', en: 'current value' },
  none: { vi: 'không dự báo', en: 'no forecast' },
};

export const COMPARATOR_LABELS: Record<Comparator, Bilingual> = {
  '>': { vi: 'trên', en: 'above' },
  '≥': { vi: 'đạt', en: 'at least' },
  '<': { vi: 'dưới', en: 'below' },
  '≤': { vi: 'không quá', en: 'at most' },
  '=': { vi: 'bằng', en: 'equal to' },
};

export const UNIT_LABELS: Record<IndicatorUnit, Bilingual> = {
  percent: { vi: '%', en: '%' },
  persons: { vi: 'người', en: 'persons' },
  houses: { vi: 'căn nhà', en: 'houses' },
};

export const ACTIVITY_LABELS: Record<ActivityKey, Bilingual> = {
  consultations: { vi: 'Tư vấn', en: 'Consultations' },
  referrals: { vi: 'Giới thiệu việc làm', en: 'Referrals' },
  jobStarts: { vi: 'Bắt đầu việc làm', en: 'Job starts' },
  enrolments: { vi: 'Ghi danh học nghề', en: 'Enrolments' },
  completions: { vi: 'Hoàn thành khóa học', en: 'Completions' },
  certificates: { vi: 'Cấp chứng chỉ', en: 'Certificates' },
  loansDisbursed: { vi: 'Giải ngân vốn vay', en: 'Loans disbursed' },
  departures: { vi: 'Xuất cảnh', en: 'Departures' },
  withdrawals: { vi: 'Rút hồ sơ', en: 'Withdrawals' },
  returns: { vi: 'Về nước', en: 'Returns' },
};

export const DIFFERENCE_FIELDS: Record<string, Bilingual> = {
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  month: { vi: 'Trong tháng', en: 'Month' },
  yearToDate: { vi: 'Lũy kế', en: 'Year to date' },
  forecast: { vi: 'Dự báo', en: 'Forecast' },
  status: { vi: 'Đánh giá', en: 'Status' },
};

/** The loan figures a submitted report is compared on (`loans:*` in its differences). */
export const LOAN_DIFFERENCES: Record<string, Bilingual & { money: boolean }> = {
  'loans:disbursed': { vi: 'Số khoản giải ngân', en: 'Loans disbursed', money: false },
  'loans:disbursed_amount': { vi: 'Số tiền giải ngân', en: 'Amount disbursed', money: true },
  'loans:outstanding': { vi: 'Dư nợ', en: 'Outstanding principal', money: true },
  'loans:overdue': { vi: 'Nợ quá hạn', en: 'Overdue principal', money: true },
};

/** An indicator's figure in its unit: counts as exact integers ("1.234"), rates with one decimal and %. */
export function formatFigure(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'percent') return `${formatDecimal(value)}%`;
  return Number.isInteger(value) ? formatNumber(value) : formatDecimal(value);
}

/** "≥ 105" / "< 1%": the target as the plan sets it. */
export function formatTarget(row: Pick<IndicatorRow, 'target' | 'unit'>): string {
  if (!row.target) return '—';
  return `${row.target.comparator} ${formatFigure(row.target.value, row.unit)}`;
}

export const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => i + 1);
