import type { Bilingual } from '../../core/i18n';
import type { ArrearsBucket, Frequency, LoanStatus, PovertyClass } from './types';

/** Loan states in the glossary's words, with the Tag colour each is shown in. */
export const STATUS: Record<LoanStatus, Bilingual & { color: string }> = {
  applied: { vi: 'Đã nộp hồ sơ', en: 'Applied', color: 'blue' },
  group_approved: { vi: 'Tổ đã bình xét', en: 'Group approved', color: 'geekblue' },
  group_declined: { vi: 'Tổ không bình xét', en: 'Group declined', color: 'orange' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved', color: 'cyan' },
  rejected: { vi: 'Từ chối', en: 'Rejected', color: 'red' },
  disbursed: { vi: 'Đang vay', en: 'Disbursed', color: 'green' },
  settled: { vi: 'Đã tất toán', en: 'Settled', color: 'default' },
  written_off: { vi: 'Đã xoá nợ', en: 'Written off', color: 'magenta' },
};

export const STATUSES = Object.keys(STATUS) as LoanStatus[];

export const BUCKETS: { key: ArrearsBucket; label: Bilingual }[] = [
  { key: 'days_1_30', label: { vi: '1–30 ngày', en: '1–30 days' } },
  { key: 'days_31_90', label: { vi: '31–90 ngày', en: '31–90 days' } },
  { key: 'days_91_180', label: { vi: '91–180 ngày', en: '91–180 days' } },
  { key: 'days_over_180', label: { vi: 'Trên 180 ngày', en: 'Over 180 days' } },
];

export const FREQUENCY: Record<Frequency, Bilingual> = {
  monthly: { vi: 'Hằng tháng', en: 'Monthly' },
  quarterly: { vi: 'Hằng quý', en: 'Quarterly' },
};

export const POVERTY_CLASS: Record<PovertyClass, Bilingual> = {
  poor: { vi: 'Hộ nghèo', en: 'Poor household' },
  near_poor: { vi: 'Hộ cận nghèo', en: 'Near-poor household' },
  newly_escaped: { vi: 'Hộ mới thoát nghèo', en: 'Newly out of poverty' },
  average_living_standard: { vi: 'Hộ có mức sống trung bình', en: 'Average living standard' },
};

/** 660 basis points → "6,6 %/năm". */
export function formatRate(basisPoints: number | null | undefined, lang: 'vi' | 'en'): string {
  if (basisPoints === null || basisPoints === undefined) return '—';
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(
    basisPoints / 100,
  );
  return lang === 'en' ? `${percent} %/year` : `${percent} %/năm`;
}
