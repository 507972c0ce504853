import type { Checkpoint, FundingSource, Labels, Rate, TraineeStatus, TrainingLevel } from './types';

/** Terms of the training README's glossary. */
export const LEVELS: Labels<TrainingLevel> = {
  under_3_months: { vi: 'Đào tạo dưới 3 tháng', en: 'Training under 3 months' },
  so_cap: { vi: 'Sơ cấp', en: 'Elementary (sơ cấp)' },
  trung_cap: { vi: 'Trung cấp', en: 'Intermediate (trung cấp)' },
  cao_dang: { vi: 'Cao đẳng', en: 'College (cao đẳng)' },
};

export const FUNDING: Labels<FundingSource> = {
  rural_worker_support: {
    vi: 'Đào tạo nghề cho lao động nông thôn',
    en: 'Vocational training for rural workers',
  },
  national_target_programme: { vi: 'Chương trình mục tiêu quốc gia', en: 'National target programme' },
  unemployment_insurance: { vi: 'Bảo hiểm thất nghiệp', en: 'Unemployment insurance' },
  local_budget: { vi: 'Ngân sách địa phương', en: 'Local budget' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  self_paid: { vi: 'Người học tự chi trả', en: 'Self-paid' },
  other: { vi: 'Nguồn khác', en: 'Other' },
};

export const TRAINEE_STATUS: Labels<TraineeStatus> = {
  enrolled: { vi: 'Đang học', en: 'In training' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  dropped_out: { vi: 'Bỏ học', en: 'Dropped out' },
};

export const STATUS_COLOR: Record<TraineeStatus, string> = {
  enrolled: 'processing',
  completed: 'success',
  dropped_out: 'default',
};

export const CHECKPOINTS: Labels<Checkpoint> = {
  after_3_months: { vi: 'Sau 3 tháng', en: 'After 3 months' },
  after_6_months: { vi: 'Sau 6 tháng', en: 'After 6 months' },
};

/** A rate as "75 % (9/12)", or "—" when nobody is counted yet. */
export function rateText(rate: Rate): string {
  if (rate.basisPoints === null) return '—';
  const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(rate.basisPoints / 100);
  return `${percent}% (${rate.part}/${rate.whole})`;
}

export function ratePercent(rate: Rate): number {
  return rate.basisPoints === null ? 0 : Math.round(rate.basisPoints / 100);
}

export const levelOptions = (t: (l: { vi: string; en: string }) => string) =>
  (Object.keys(LEVELS) as TrainingLevel[]).map((value) => ({ value, label: t(LEVELS[value]) }));
