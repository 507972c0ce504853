import type { Labels } from '../training/types';
import type { HealthCheck, LanguageTest, PlacementStage, Programme } from './types';

/** Terms of the overseas README's glossary. */
export const STAGES: Labels<PlacementStage> = {
  registered: { vi: 'Đăng ký', en: 'Registered' },
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  training: { vi: 'Bồi dưỡng kiến thức', en: 'Pre-departure training' },
  contracted: { vi: 'Đã ký hợp đồng', en: 'Contract signed' },
  visa: { vi: 'Đã có thị thực', en: 'Visa granted' },
  departed: { vi: 'Đã xuất cảnh', en: 'Departed' },
  returned: { vi: 'Đã về nước', en: 'Returned' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
};

export const STAGE_ORDER: PlacementStage[] = [
  'registered',
  'eligible',
  'training',
  'contracted',
  'visa',
  'departed',
  'returned',
  'withdrawn',
];
export const PRE_DEPARTURE: PlacementStage[] = ['registered', 'eligible', 'training', 'contracted', 'visa'];

export const STAGE_COLOR: Record<PlacementStage, string> = {
  registered: 'default',
  eligible: 'cyan',
  training: 'blue',
  contracted: 'geekblue',
  visa: 'purple',
  departed: 'green',
  returned: 'gold',
  withdrawn: 'default',
};

export const PROGRAMMES: Labels<Programme> = {
  korea_eps: { vi: 'EPS Hàn Quốc', en: 'Korea EPS' },
  japan_technical_intern: { vi: 'Thực tập sinh kỹ năng (Nhật Bản)', en: 'Japan technical intern' },
  japan_specified_skills: { vi: 'Kỹ năng đặc định (Nhật Bản)', en: 'Japan specified skilled worker' },
  taiwan: { vi: 'Đài Loan', en: 'Taiwan' },
  other: { vi: 'Chương trình khác', en: 'Other programme' },
};

export const HEALTH: Labels<HealthCheck> = {
  fit: { vi: 'Đủ sức khỏe', en: 'Fit' },
  unfit: { vi: 'Không đủ sức khỏe', en: 'Unfit' },
  not_done: { vi: 'Chưa khám', en: 'Not done' },
};

export const LANGUAGE_TESTS: LanguageTest[] = ['EPS-TOPIK', 'JLPT', 'JFT-Basic', 'TOCFL', 'other'];

export const EVENT_NAMES: Record<string, { vi: string; en: string }> = {
  CandidateRegistered: { vi: 'Đăng ký đi làm việc ở nước ngoài', en: 'Registered interest' },
  EligibilityChecked: { vi: 'Kiểm tra điều kiện', en: 'Eligibility checked' },
  PreDepartureTrainingStarted: {
    vi: 'Bắt đầu bồi dưỡng kiến thức cần thiết',
    en: 'Pre-departure training started',
  },
  PreDepartureTrainingCompleted: {
    vi: 'Hoàn thành bồi dưỡng kiến thức cần thiết',
    en: 'Pre-departure training completed',
  },
  ContractSigned: { vi: 'Ký hợp đồng', en: 'Contract signed' },
  VisaGranted: { vi: 'Được cấp thị thực', en: 'Visa granted' },
  Departed: { vi: 'Xuất cảnh', en: 'Departed' },
  Returned: { vi: 'Về nước', en: 'Returned' },
  Withdrawn: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  LoanLinked: { vi: 'Liên kết khoản vay', en: 'Loan linked' },
};

/** Amounts in the contract's currency: VND with dots and ₫, others with their code. */
export function formatMoney(amount: number, currency: string): string {
  const text = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return currency === 'VND' ? `${text} ₫` : `${text} ${currency}`;
}
