/**
 * Events of the `TrainingCourse-<courseId>` stream: one vocational training course (khoá đào tạo
 * nghề) from opening to closing, with each trainee's enrolment, attendance, completion or dropout,
 * certificate and post-training outcome. Trainees are job seekers, named by `jobSeekerId` only:
 * no personal data enters this stream.
 */
import type { DomainEvent } from '@vieclam/platform/domain';

/**
 * Training levels of the Law on Vocational Education 2014 (Luật Giáo dục nghề nghiệp), lowest
 * first: training under 3 months (đào tạo dưới 3 tháng), sơ cấp (3 months to under 1 year),
 * trung cấp, cao đẳng.
 */
export const TRAINING_LEVELS = ['under_3_months', 'so_cap', 'trung_cap', 'cao_dang'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];

export const TRAINING_LEVEL_NAMES: Record<TrainingLevel, { vi: string; en: string }> = {
  under_3_months: { vi: 'đào tạo dưới 3 tháng', en: 'training under 3 months' },
  so_cap: { vi: 'sơ cấp', en: 'elementary (sơ cấp)' },
  trung_cap: { vi: 'trung cấp', en: 'intermediate (trung cấp)' },
  cao_dang: { vi: 'cao đẳng', en: 'college (cao đẳng)' },
};

/** True when `level` is at or above `floor` in the order of TRAINING_LEVELS. */
export function levelAtLeast(level: TrainingLevel, floor: TrainingLevel): boolean {
  return TRAINING_LEVELS.indexOf(level) >= TRAINING_LEVELS.indexOf(floor);
}

/**
 * Who pays for the course. `rural_worker_support` is vocational training support for rural
 * workers (Quyết định 46/2015/QĐ-TTg and its successor policies); the free-text note names the
 * exact decision or programme, since these change over the years.
 */
export const FUNDING_SOURCES = [
  'rural_worker_support',
  'national_target_programme',
  'unemployment_insurance',
  'local_budget',
  'enterprise',
  'self_paid',
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export interface CourseTerms {
  /** Vietnamese occupation code (QĐ 34/2020/QĐ-TTg), any level. */
  occupationCode: string;
  title: string;
  level: TrainingLevel;
  /** The training provider (cơ sở giáo dục nghề nghiệp, enterprise or centre). */
  provider: string;
  /** Where the classes are held, in words (e.g. the village cultural house). */
  venue: string;
  /** The administrative unit (village or commune code) the course is recorded under. */
  unitCode: string;
  startDate: string;
  endDate: string;
  /** Capacity: the number of places (chỉ tiêu). */
  places: number;
  funding: { source: FundingSource; note: string };
  /** Whole VND per trainee. */
  costPerTrainee: number;
}

export type FollowUpCheckpoint = 'after_3_months' | 'after_6_months';

export type TrainingCourseEvent =
  | DomainEvent<'CourseOpened', CourseTerms & { courseId: string; openedOn: string }>
  | DomainEvent<'TraineeEnrolled', { courseId: string; jobSeekerId: string; enrolledOn: string }>
  | DomainEvent<
      'AttendanceMilestoneRecorded',
      {
        courseId: string;
        jobSeekerId: string;
        /** A label such as `week_4` or `mid_course`: courses set their own milestones. */
        milestone: string;
        date: string;
        /** Share of sessions attended so far, whole percent 0–100. */
        attendancePercent: number;
      }
    >
  | DomainEvent<'TraineeCompleted', { courseId: string; jobSeekerId: string; completedOn: string }>
  | DomainEvent<'TraineeDroppedOut', { courseId: string; jobSeekerId: string; on: string; reason: string }>
  | DomainEvent<
      'CertificateIssued',
      {
        courseId: string;
        jobSeekerId: string;
        certificateNumber: string;
        level: TrainingLevel;
        issuedOn: string;
      }
    >
  | DomainEvent<
      'TrainingOutcomeRecorded',
      {
        courseId: string;
        jobSeekerId: string;
        checkpoint: FollowUpCheckpoint;
        date: string;
        employed: boolean;
        /** Only meaningful when employed; false when not employed. */
        inTrainedOccupation: boolean;
        note: string;
      }
    >
  | DomainEvent<'CourseClosed', { courseId: string; on: string; note: string }>;
