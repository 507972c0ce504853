import type { Bilingual } from '../../core/i18n';

/** Bilingual labels for the job-seekers context's codes (glossary in libs/job-seekers/README.md). */
type Labels = Record<string, Bilingual>;

export const LABOUR_STATUS: Labels = {
  employed: { vi: 'Có việc làm', en: 'Employed' },
  unemployed: { vi: 'Thất nghiệp', en: 'Unemployed' },
  not_in_labour_force: { vi: 'Ngoài lực lượng lao động', en: 'Not in the labour force' },
  unknown: { vi: 'Chưa ghi nhận', en: 'Not recorded' },
};

export const SEX: Labels = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};

export const EDUCATION: Labels = {
  none: { vi: 'Chưa qua đào tạo', en: 'None' },
  primary: { vi: 'Tiểu học', en: 'Primary' },
  lower_secondary: { vi: 'Trung học cơ sở', en: 'Lower secondary' },
  upper_secondary: { vi: 'Trung học phổ thông', en: 'Upper secondary' },
  vocational: { vi: 'Trung cấp nghề', en: 'Vocational' },
  college: { vi: 'Cao đẳng', en: 'College' },
  university: { vi: 'Đại học', en: 'University' },
};

export const TOPICS: Labels = {
  career_orientation: { vi: 'Định hướng nghề nghiệp', en: 'Career orientation' },
  labour_market_information: { vi: 'Thông tin thị trường lao động', en: 'Labour market information' },
  job_search_support: { vi: 'Hỗ trợ tìm việc', en: 'Job search support' },
  training_referral: { vi: 'Giới thiệu học nghề', en: 'Training referral' },
  labour_export_information: { vi: 'Thông tin xuất khẩu lao động', en: 'Labour export information' },
  loan_information: { vi: 'Thông tin vay vốn', en: 'Loan information' },
};

export const CHANNEL: Labels = {
  placement: { vi: 'Qua giới thiệu việc làm', en: 'Placement' },
  self_employment: { vi: 'Tự tạo việc làm', en: 'Self-employment' },
  loan_financed: { vi: 'Từ vốn vay', en: 'Loan-financed' },
  overseas: { vi: 'Đi làm việc ở nước ngoài', en: 'Overseas' },
  other: { vi: 'Khác', en: 'Other' },
};

export const OUTCOME: Labels = {
  hired: { vi: 'Được tuyển', en: 'Hired' },
  rejected: { vi: 'Không đạt', en: 'Rejected' },
  no_show: { vi: 'Không đến phỏng vấn', en: 'No show' },
};

export const DUPLICATE_REASON: Labels = {
  same_citizen_id: { vi: 'Trùng số CCCD', en: 'Same citizen ID' },
  same_name_and_birth_date: { vi: 'Trùng họ tên và ngày sinh', en: 'Same name and date of birth' },
};

/** Case timeline events, this context's and the ones training and overseas add. */
export const EVENT: Labels = {
  JobSeekerRegistered: { vi: 'Đăng ký người lao động', en: 'Job seeker registered' },
  JobSeekerProfileUpdated: { vi: 'Cập nhật hồ sơ', en: 'Profile updated' },
  LabourStatusRecorded: { vi: 'Ghi nhận tình trạng việc làm', en: 'Labour status recorded' },
  JobSeekerCaseClosed: { vi: 'Đóng hồ sơ', en: 'Case closed' },
  JobSeekerCaseReopened: { vi: 'Mở lại hồ sơ', en: 'Case reopened' },
  ConsultationLogged: { vi: 'Buổi tư vấn', en: 'Consultation' },
  JobSeekerReferred: { vi: 'Giới thiệu việc làm', en: 'Referred to a vacancy' },
  InterviewOutcomeRecorded: { vi: 'Kết quả phỏng vấn', en: 'Interview outcome' },
  JobStarted: { vi: 'Có việc làm mới', en: 'Job started' },
  JobEnded: { vi: 'Nghỉ việc', en: 'Job ended' },
  PersonalDataErased: { vi: 'Đã xoá dữ liệu cá nhân', en: 'Personal data erased' },
  TraineeEnrolled: { vi: 'Ghi danh khoá đào tạo', en: 'Enrolled in a course' },
  AttendanceMilestoneRecorded: { vi: 'Ghi nhận chuyên cần', en: 'Attendance recorded' },
  TraineeCompleted: { vi: 'Hoàn thành khoá đào tạo', en: 'Course completed' },
  TraineeDroppedOut: { vi: 'Bỏ học', en: 'Dropped out' },
  CertificateIssued: { vi: 'Cấp chứng chỉ', en: 'Certificate issued' },
  TrainingOutcomeRecorded: { vi: 'Kết quả sau đào tạo', en: 'Training outcome' },
  ExperienceRecognised: { vi: 'Công nhận kỹ năng nghề', en: 'Experience recognised' },
  CandidateRegistered: { vi: 'Đăng ký đi làm việc ở nước ngoài', en: 'Registered for work abroad' },
  EligibilityChecked: { vi: 'Kiểm tra điều kiện', en: 'Eligibility checked' },
  PreDepartureTrainingStarted: { vi: 'Bắt đầu bồi dưỡng trước khi đi', en: 'Pre-departure training started' },
  PreDepartureTrainingCompleted: {
    vi: 'Hoàn thành bồi dưỡng trước khi đi',
    en: 'Pre-departure training completed',
  },
  ContractSigned: { vi: 'Ký hợp đồng', en: 'Contract signed' },
  VisaGranted: { vi: 'Được cấp thị thực', en: 'Visa granted' },
  Departed: { vi: 'Xuất cảnh', en: 'Departed' },
  Returned: { vi: 'Về nước', en: 'Returned' },
  Withdrawn: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  LoanLinked: { vi: 'Liên kết khoản vay', en: 'Loan linked' },
};

export const SOURCE: Labels = {
  'job-seekers': { vi: 'Tư vấn việc làm', en: 'Counselling' },
  training: { vi: 'Đào tạo', en: 'Training' },
  overseas: { vi: 'Đi làm việc ở nước ngoài', en: 'Working abroad' },
};

/** A label for a code, or the code itself when unknown. */
export function labelOf(labels: Labels, code: string | null | undefined): Bilingual {
  if (!code) return { vi: '—', en: '—' };
  return labels[code] ?? { vi: code, en: code };
}

/** `{ value, label }` options for a Select. */
export function optionsOf(labels: Labels, t: (b: Bilingual) => string, except: string[] = []) {
  return Object.entries(labels)
    .filter(([value]) => !except.includes(value))
    .map(([value, label]) => ({ value, label: t(label) }));
}
