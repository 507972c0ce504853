import dayjs, { type Dayjs } from 'dayjs';

/** Dates are shown dd/mm/yyyy everywhere; the API speaks ISO `yyyy-mm-dd`. */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[3]}/${iso[2]}/${iso[1]}`;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format(DATE_FORMAT) : value;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('DD/MM/YYYY HH:mm') : value;
}

/** A day picked in a DatePicker → the API's ISO date. */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

export function fromIsoDate(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value, 'YYYY-MM-DD') : undefined;
}

const numberFormat = new Intl.NumberFormat('vi-VN');
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1234567 → "1.234.567" (Vietnamese thousand separators). */
export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'string' ? Number(value) : value;
  return Number.isFinite(n) ? numberFormat.format(n) : String(value);
}

export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : decimalFormat.format(value);
}

/** Whole VND with thousand separators: 50000000 → "50.000.000 ₫". Accepts numbers or digit strings. */
export function formatVnd(value: number | string | bigint | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const digits = String(value);
  if (!/^-?\d+$/.test(digits)) return digits;
  const negative = digits.startsWith('-');
  const body = (negative ? digits.slice(1) : digits).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${body} ₫`;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${decimalFormat.format(value)}%`;
}

/** Accent-insensitive key, as the API's search does: "Nguyễn Đức" → "nguyen duc". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** Today's date in Vietnam (ISO `yyyy-mm-dd`), whatever the browser's time zone. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
