/** Vietnamese/English names of the vacancies context's codes (glossary in libs/vacancies/README.md). */
import type { Bilingual } from '../../core/i18n';
import type {
  EducationLevel,
  ExclusionCode,
  LanguageTest,
  MatchComponent,
  OverseasProgramme,
  Sex,
  SexLimitReason,
  VacancyStatus,
} from './types';

export const STATUS_LABELS: Record<VacancyStatus, Bilingual> = {
  open: { vi: 'Đang tuyển', en: 'Open' },
  filled: { vi: 'Đã tuyển đủ', en: 'Filled' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
};
export const STATUS_COLORS: Record<VacancyStatus, string> = { open: 'green', filled: 'blue', closed: 'default' };

export const EDUCATION_LABELS: Record<EducationLevel, Bilingual> = {
  none: { vi: 'Chưa qua trường lớp', en: 'No schooling' },
  primary: { vi: 'Tiểu học', en: 'Primary school' },
  lower_secondary: { vi: 'Trung học cơ sở', en: 'Lower secondary school' },
  upper_secondary: { vi: 'Trung học phổ thông', en: 'Upper secondary school' },
  vocational: { vi: 'Trung cấp', en: 'Vocational secondary' },
  college: { vi: 'Cao đẳng', en: 'College' },
  university: { vi: 'Đại học trở lên', en: 'University or higher' },
};

export const SEX_LABELS: Record<Sex, Bilingual> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};

export const SEX_LIMIT_REASON_LABELS: Record<SexLimitReason, Bilingual> = {
  overseas_order_requirement: {
    vi: 'Yêu cầu của đơn hàng nước ngoài (Luật 69/2020/QH14)',
    en: 'Requirement of the overseas order (Law 69/2020/QH14)',
  },
  personal_care_of_same_sex: {
    vi: 'Chăm sóc cá nhân người cùng giới',
    en: 'Personal care of a person of the same sex',
  },
  gender_equality_measure: {
    vi: 'Biện pháp thúc đẩy bình đẳng giới (Luật Bình đẳng giới, Điều 19)',
    en: 'Gender equality measure (Law on Gender Equality, art. 19)',
  },
};

export const PROGRAMME_LABELS: Record<OverseasProgramme, Bilingual> = {
  korea_eps: { vi: 'Chương trình EPS (Hàn Quốc)', en: 'Korea EPS' },
  japan_technical_intern: { vi: 'Thực tập sinh kỹ năng (Nhật Bản)', en: 'Japan technical intern' },
  japan_specified_skills: { vi: 'Kỹ năng đặc định (Nhật Bản)', en: 'Japan specified skills' },
  taiwan: { vi: 'Đài Loan', en: 'Taiwan' },
  other: { vi: 'Khác', en: 'Other' },
};

export const LANGUAGE_TESTS: LanguageTest[] = ['EPS-TOPIK', 'JLPT', 'JFT-Basic', 'TOCFL', 'other'];
export const LANGUAGE_TEST_LABELS: Record<LanguageTest, Bilingual> = {
  'EPS-TOPIK': { vi: 'EPS-TOPIK (điểm)', en: 'EPS-TOPIK (score)' },
  JLPT: { vi: 'JLPT (1 = N5 … 5 = N1)', en: 'JLPT (1 = N5 … 5 = N1)' },
  'JFT-Basic': { vi: 'JFT-Basic (điểm)', en: 'JFT-Basic (score)' },
  TOCFL: { vi: 'TOCFL (1 = A1 … 6 = C2)', en: 'TOCFL (1 = A1 … 6 = C2)' },
  other: { vi: 'Khác', en: 'Other' },
};

export const COMPONENT_LABELS: Record<MatchComponent, Bilingual> = {
  occupation: { vi: 'Nghề', en: 'Occupation' },
  skills: { vi: 'Kỹ năng', en: 'Skills' },
  training: { vi: 'Đào tạo', en: 'Training' },
  place: { vi: 'Nơi làm việc', en: 'Place' },
  education: { vi: 'Trình độ', en: 'Education' },
  wage: { vi: 'Tiền lương', en: 'Wage' },
};
export const COMPONENTS: MatchComponent[] = ['occupation', 'skills', 'training', 'place', 'education', 'wage'];

export const EXCLUSION_LABELS: Record<ExclusionCode, Bilingual> = {
  not_willing_abroad: { vi: 'Không muốn đi làm việc ở nước ngoài', en: 'Not willing to work abroad' },
  age: { vi: 'Ngoài độ tuổi', en: 'Outside the age range' },
  sex: { vi: 'Giới tính không phù hợp', en: 'Sex limit' },
  language_test: { vi: 'Thiếu chứng chỉ ngoại ngữ', en: 'Language test missing or too low' },
  education: { vi: 'Trình độ dưới mức bắt buộc', en: 'Education below the hard minimum' },
};

export const REFERRAL_OUTCOME_LABELS: Record<'pending' | 'hired' | 'rejected' | 'no_show', Bilingual> = {
  pending: { vi: 'Chờ kết quả', en: 'Awaiting outcome' },
  hired: { vi: 'Đã tuyển', en: 'Hired' },
  rejected: { vi: 'Không tuyển', en: 'Rejected' },
  no_show: { vi: 'Không đến phỏng vấn', en: 'Did not attend' },
};

/** "6.500.000 ₫ – 9.000.000 ₫", "từ 32.000.000 ₫", "thỏa thuận". */
export function wageText(
  wage: { min: number | null; max: number | null },
  t: (vi: string, en: string) => string,
  formatVnd: (n: number) => string,
): string {
  if (wage.min !== null && wage.max !== null) return `${formatVnd(wage.min)} – ${formatVnd(wage.max)}`;
  if (wage.min !== null) return `${t('Từ', 'From')} ${formatVnd(wage.min)}`;
  if (wage.max !== null) return `${t('Đến', 'Up to')} ${formatVnd(wage.max)}`;
  return t('Thỏa thuận', 'Negotiable');
}

export function rangeText(range: { min: number | null; max: number | null } | null, t: (vi: string, en: string) => string) {
  if (!range || (range.min === null && range.max === null)) return t('Không giới hạn', 'No limit');
  if (range.min !== null && range.max !== null) return `${range.min}–${range.max}`;
  return range.min !== null ? `${t('Từ', 'From')} ${range.min}` : `${t('Đến', 'Up to')} ${range.max}`;
}
