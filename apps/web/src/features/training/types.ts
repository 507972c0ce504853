import type { Bilingual } from '../../core/i18n';

/** API response shapes of the training context (libs/training). */
export type TrainingLevel = 'under_3_months' | 'so_cap' | 'trung_cap' | 'cao_dang';
export type FundingSource =
  | 'rural_worker_support'
  | 'national_target_programme'
  | 'unemployment_insurance'
  | 'local_budget'
  | 'enterprise'
  | 'self_paid'
  | 'other';
export type TraineeStatus = 'enrolled' | 'completed' | 'dropped_out';
export type Checkpoint = 'after_3_months' | 'after_6_months';

export interface Rate {
  part: number;
  whole: number;
  /** 10 000 = 100 %; null when the whole is 0. */
  basisPoints: number | null;
}

export interface CourseTerms {
  occupationCode: string;
  title: string;
  level: TrainingLevel;
  provider: string;
  venue: string;
  unitCode: string;
  startDate: string;
  endDate: string;
  places: number;
  funding: { source: FundingSource; note: string };
  costPerTrainee: number;
}

export interface CourseStatistics {
  courseId: string;
  title: string;
  occupationCode: string;
  level: TrainingLevel;
  places: number;
  enrolled: number;
  inTraining: number;
  completed: number;
  droppedOut: number;
  certified: number;
  followedUp: number;
  awaitingFollowUp: number;
  employed: number;
  employedInTrainedOccupation: number;
  closed: boolean;
  fillRate: Rate;
  completionRate: Rate;
  certificateRate: Rate;
  employmentRate: Rate;
}

/** `GET /api/courses` item. */
export interface CourseListItem extends CourseStatistics {
  unitCode: string;
  terms: CourseTerms;
  openedOn: string;
  closedOn: string | null;
}

export interface TrainingOutcome {
  date: string;
  employed: boolean;
  inTrainedOccupation: boolean;
}

export interface Certificate {
  certificateNumber: string;
  level: TrainingLevel;
  issuedOn: string;
}

export interface FollowUp {
  checkpoint: Checkpoint;
  dueOn: string;
  outcome: TrainingOutcome | null;
}

export interface CourseTrainee {
  jobSeekerId: string;
  enrolledOn: string;
  status: TraineeStatus;
  completedOn: string | null;
  droppedOutOn: string | null;
  milestones: string[];
  certificate: Certificate | null;
  outcomes: Partial<Record<Checkpoint, TrainingOutcome>>;
  followUps: FollowUp[];
}

/** `GET /api/courses/:id`. */
export interface CourseDetails {
  courseId: string;
  revision: number;
  openedOn: string;
  closedOn: string | null;
  terms: CourseTerms;
  statistics: CourseStatistics;
  trainees: CourseTrainee[];
}

/** `GET /api/training-follow-ups` item. */
export interface DueFollowUp {
  courseId: string;
  courseTitle: string;
  occupationCode: string;
  jobSeekerId: string;
  checkpoint: Checkpoint;
  dueOn: string;
  unitCode: string;
}

export interface TrainingRecordCourse {
  courseId: string;
  title: string;
  occupationCode: string;
  level: TrainingLevel;
  provider: string;
  startDate: string;
  endDate: string;
  enrolledOn: string;
  status: TraineeStatus;
  completedOn: string | null;
  droppedOut: { on: string; reason: string } | null;
  certificate: Certificate | null;
  followUps: FollowUp[];
}

/** `GET /api/job-seekers/:id/training`. */
export interface TrainingRecord {
  jobSeekerId: string;
  courses: TrainingRecordCourse[];
  recognitions: { occupationCode: string; years: number; recognisedOn: string }[];
  trained: boolean;
  trainedSince: string | null;
  trainedWithCertificate: boolean;
  certifiedSince: string | null;
}

/** `GET /api/job-seekers` page (only what these screens read). */
export interface JobSeekerPage {
  items: { jobSeekerId: string; fullName: string; villageCode: string; closed: boolean }[];
  total: number;
  page: number;
  pageSize: number;
}

export type Labels<K extends string> = Record<K, Bilingual>;

/** `GET /api/job-seekers/:id` (only what these screens read). */
export interface JobSeekerCase {
  jobSeekerId: string;
  profile: { fullName: string; villageCode: string };
}
