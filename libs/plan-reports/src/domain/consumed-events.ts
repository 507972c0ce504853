/**
 * CONSUMER-SIDE TYPES. The facts plan-reports reads from other contexts' events, reduced to the
 * fields it uses. They are deliberately not imported from those contexts (STYLE: plan-reports only
 * consumes events); a producer may carry more fields, never fewer.
 *
 * - job seekers (libs/job-seekers …/job-seeker.events.ts): `JobSeekerRegistered`, `LabourStatusRecorded`,
 *   `ConsultationLogged`, `JobSeekerReferred`, `JobStarted`. The date of birth in `JobSeekerRegistered`
 *   is encrypted, so age is unavailable here: see `LabourForceOptions.birthYearOf`.
 * - loans (libs/loans …/policy-loan.events.ts): `LoanDisbursed`, `RepaymentRecorded`,
 *   `InstalmentOverdue`, `LoanRescheduled`, `LoanExtended`, `LoanSettled`, `LoanWrittenOff`.
 * - training (libs/training) and overseas placement (libs/overseas): the events below, which name
 *   the person `jobSeekerId` like the job-seeker context, so one person is counted once across
 *   contexts (`personOf` also accepts `personId`).
 * - households: that context is not written yet; `PovertyReviewed` follows DESIGN §4 and is
 *   ASSUMED until it lands.
 *
 * Business dates come from the envelope (`metadata.occurredOn`), which producers set to the fact's
 * own date (job start date, `asOf` of a labour status, departure date, review effective date).
 */
export type JobChannel = 'placement' | 'self_employment' | 'loan_financed' | 'overseas' | 'other';
export type LabourStatus = 'employed' | 'unemployed' | 'not_in_labour_force';
/** `under_3_months`: a short course certificate; the others are diplomas of ≥ 3 months' training. */
export type CertificateLevel = 'under_3_months' | 'so_cap' | 'trung_cap' | 'cao_dang';
export type HouseholdClass = 'poor' | 'near_poor' | 'average' | 'other';

export interface ConsumedEventData {
  JobSeekerRegistered: { jobSeekerId: string };
  LabourStatusRecorded: { jobSeekerId: string; status: LabourStatus; asOf: string };
  ConsultationLogged: { jobSeekerId: string };
  JobSeekerReferred: { jobSeekerId: string };
  JobStarted: { jobSeekerId: string; channel: JobChannel; domestic: boolean };
  TraineeEnrolled: { personId: string };
  TraineeCompleted: { personId: string };
  CertificateIssued: { personId: string; level: CertificateLevel };
  /** Skills recognised from experience; `level` when a certificate came with it. */
  ExperienceRecognised: { personId: string; level: CertificateLevel | null };
  /** Overseas placement streams (`OverseasPlacement-<id>`): one placement per stream. */
  Departed: { personId: string };
  Withdrawn: { personId: string };
  Returned: { personId: string };
  /** The household's class from the annual (or ad hoc) review, in force from `occurredOn`. */
  PovertyReviewed: { householdId: string; class: HouseholdClass; deprivations: string[] };
  /**
   * Policy loans (libs/loans, `PolicyLoan-<loanId>` streams), amounts in whole đồng. Business dates:
   * the disbursement, the repayment, the day the instalment became overdue (the daily job's mark,
   * never the wall clock), the rescheduling, the settlement or write-off.
   */
  LoanDisbursed: { loanId: string; amount: number };
  RepaymentRecorded: { loanId: string; principal: number };
  InstalmentOverdue: { loanId: string; scheduleVersion: number; unpaidPrincipal: number };
  LoanRescheduled: { loanId: string };
  LoanExtended: { loanId: string };
  LoanSettled: { loanId: string };
  LoanWrittenOff: { loanId: string; principalWrittenOff: number };
}

export type ConsumedEventType = keyof ConsumedEventData;
export const CONSUMED_EVENT_TYPES = [
  'JobSeekerRegistered',
  'LabourStatusRecorded',
  'ConsultationLogged',
  'JobSeekerReferred',
  'JobStarted',
  'TraineeEnrolled',
  'TraineeCompleted',
  'CertificateIssued',
  'ExperienceRecognised',
  'Departed',
  'Withdrawn',
  'Returned',
  'PovertyReviewed',
  'LoanDisbursed',
  'RepaymentRecorded',
  'InstalmentOverdue',
  'LoanRescheduled',
  'LoanExtended',
  'LoanSettled',
  'LoanWrittenOff',
] as const satisfies readonly ConsumedEventType[];

/** The person an event is about, whichever context produced it. */
export function personOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { personId, jobSeekerId } = data as { personId?: unknown; jobSeekerId?: unknown };
  if (typeof personId === 'string') return personId;
  if (typeof jobSeekerId === 'string') return jobSeekerId;
  return null;
}
