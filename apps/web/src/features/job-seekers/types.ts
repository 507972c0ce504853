/** Response shapes of the job-seekers API (libs/job-seekers/src/queries, application/job-seeker-records.ts). */

export type LabourStatus = 'employed' | 'unemployed' | 'not_in_labour_force';
export type Sex = 'male' | 'female';
export type EducationLevel =
  'none' | 'primary' | 'lower_secondary' | 'upper_secondary' | 'vocational' | 'college' | 'university';
export type JobChannel = 'placement' | 'self_employment' | 'loan_financed' | 'overseas' | 'other';
export type InterviewOutcome = 'hired' | 'rejected' | 'no_show';

export interface JobSeekerListItem {
  jobSeekerId: string;
  fullName: string;
  personalDataErased: boolean;
  villageCode: string;
  sex: Sex;
  labourStatus: LabourStatus | 'unknown';
  labourStatusAsOf: string | null;
  occupationCodes: string[];
  followUpOn: string | null;
  lastConsultationOn: string | null;
  lastCounsellorId: string | null;
  consultations: number;
  referrals: number;
  jobsStarted: number;
  closed: boolean;
  registeredOn: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface WorkListItem extends JobSeekerListItem {
  overdue: boolean;
  daysOverdue: number;
}

export interface WorkList {
  today: string;
  dueBy: string;
  overdue: number;
  items: WorkListItem[];
}

export interface JobSeekerProfile {
  fullName: string;
  citizenId: string;
  dateOfBirth: string;
  sex: Sex;
  villageCode: string;
  phone: string | null;
  address: string | null;
  educationLevel: EducationLevel;
  occupationCodes: string[];
  skills: string[];
  desiredWage: number | null;
  willingToWorkAway: boolean;
  willingToGoAbroad: boolean;
  householdId: string | null;
}

export interface Consultation {
  consultationId: string;
  date: string;
  counsellorId: string;
  topics: string[];
  notes: string;
  nextSteps: string;
  followUpOn: string | null;
}

export interface Referral {
  referralId: string;
  vacancyId: string;
  date: string;
  outcome: { outcome: InterviewOutcome; date: string; note: string } | null;
}

export interface Job {
  jobId: string;
  date: string;
  employerId: string | null;
  channel: JobChannel;
  domestic: boolean;
  vacancyId: string | null;
  loanId: string | null;
  occupationCode: string | null;
  endedOn: string | null;
}

export interface JobSeekerDetails {
  jobSeekerId: string;
  revision: number;
  profile: JobSeekerProfile;
  registeredOn: string;
  duplicateOverride: { reason: string; duplicateOf: string[] } | null;
  closed: boolean;
  labourStatus: { status: LabourStatus; asOf: string } | null;
  consultations: Consultation[];
  referrals: Referral[];
  jobs: Job[];
  personalDataErased: boolean;
}

export interface TimelineEntry {
  eventId: string;
  source: string;
  type: string;
  occurredOn: string;
  recordedAt: string;
  recordedBy: string;
  orgUnit: string;
  data: Record<string, unknown>;
}

export interface Timeline {
  personalDataErased: boolean;
  entries: TimelineEntry[];
}

/** `POST /job-seekers` and the other commands. */
export interface CommandResult {
  jobSeekerId: string;
  revision: number;
}

/** `GET /vacancies/:id` (the part used here). */
export interface VacancySummary {
  vacancyId: string;
  employerId: string;
  status: string;
  terms: { occupationCode: string | null; title: string; place?: { kind: string; country?: string } };
}

/** `GET /employers` (the part used here). */
export interface EmployerSummary {
  employerId: string;
  name: string;
}

/** `GET /borrowers/:personId/loans` (the part used here). */
export interface LoanSummary {
  loanId: string;
  programmeCode: string;
  status: string;
  appliedOn: string;
  approvedAmount: number | null;
  requestedAmount: number;
}
