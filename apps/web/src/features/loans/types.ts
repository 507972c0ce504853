import type { Bilingual } from '../../core/i18n';

/** Shapes of the loans API (`libs/loans/src/queries/loan-queries.ts`). Money is whole đồng (numbers). */

export type LoanStatus =
  | 'applied'
  | 'group_approved'
  | 'group_declined'
  | 'approved'
  | 'rejected'
  | 'disbursed'
  | 'settled'
  | 'written_off';

export type Frequency = 'monthly' | 'quarterly';
export type ArrearsBucket = 'days_1_30' | 'days_31_90' | 'days_91_180' | 'days_over_180';
export type PovertyClass = 'poor' | 'near_poor' | 'newly_escaped' | 'average_living_standard';

/** `GET /api/loans`, `GET /api/borrowers/:personId/loans`. */
export interface LoanSummary {
  loanId: string;
  borrowerPersonId: string;
  householdId: string;
  villageCode: string;
  programmeCode: string;
  savingsGroupId: string;
  status: LoanStatus;
  appliedOn: string;
  requestedAmount: number;
  approvedAmount: number | null;
  annualRateBasisPoints: number | null;
  disbursedPrincipal: number;
  principalRepaid: number;
  interestPaid: number;
  outstandingPrincipal: number;
  closedOn: string | null;
}

export interface Instalment {
  number: number;
  dueDate: string;
  principal: number;
  interest: number;
}

export interface OverdueInstalment {
  number: number;
  dueDate: string;
  overdueSince: string;
  unpaidPrincipal: number;
  daysPastDue: number;
  bucket: ArrearsBucket;
}

/** `GET /api/loans/:id`. */
export interface LoanDetails extends LoanSummary {
  purpose: string | null;
  termMonths: number;
  jobsPromised: { count: number; workerPersonIds: string[] } | null;
  approval: { approvedOn: string; amount: number; termMonths: number; annualRateBasisPoints: number } | null;
  disbursements: { disbursementId: string; date: string; amount: number }[];
  schedule: { version: number; setOn: string; frequency: Frequency; instalments: Instalment[] } | null;
  repayments: { repaymentId: string; date: string; principal: number; interest: number }[];
  overdueHistory: { scheduleVersion: number; instalmentNumber: number; overdueSince: string }[];
  arrears: { asOf: string; overduePrincipal: number; daysPastDue: number; instalments: OverdueInstalment[] };
  revision: number;
}

export interface OverdueLoan {
  loanId: string;
  savingsGroupId: string | null;
  villageCode: string | null;
  overduePrincipal: number;
  daysPastDue: number;
  bucket: ArrearsBucket;
}

/** `GET /api/loan-portfolio`. */
export interface Portfolio {
  asOf: string;
  loans: number;
  outstandingPrincipal: number;
  outstandingByProgramme: Record<string, number>;
  outstandingByVillage: Record<string, number>;
  outstandingBySavingsGroup: Record<string, number>;
  disbursedThisMonth: number;
  disbursedThisYear: number;
  overduePrincipal: number;
  overdueRatioBasisPoints: number;
  arrearsByBucket: Record<ArrearsBucket, number>;
  overdueLoans: OverdueLoan[];
  jobs: {
    promised: number;
    created: number;
    byLoan: { loanId: string; promised: number; created: number; workerPersonIds: string[] }[];
  };
}

export interface WorkListItem {
  loanId: string;
  borrowerPersonId: string;
  villageCode: string;
  instalmentNumber: number;
  dueDate: string;
  unpaidPrincipal: number;
  interest: number;
}

/** `GET /api/loan-work-list`. */
export interface WorkList {
  from: string;
  until: string;
  groups: { savingsGroupId: string; name: string | null; villageCode: string | null; instalments: WorkListItem[] }[];
}

export interface Programme {
  code: string;
  name: Bilingual;
  eligibility: { householdClasses: PovertyClass[] | null; overseasContract: boolean };
  createsJobs: boolean;
  maxAmount: number;
  maxTermMonths: number;
  annualRateBasisPoints: number;
  validFrom: string;
  validTo: string | null;
  legalBasis: string;
  toVerify: string[];
}

/** `GET /api/loan-programmes`. */
export interface ProgrammesInForce {
  on: string;
  programmes: Programme[];
}

export interface GroupMember {
  personId: string;
  householdId: string;
  joinedOn: string;
}

/** `GET /api/savings-groups`. */
export interface SavingsGroup {
  groupId: string;
  name: string;
  villageCode: string;
  formedOn: string;
  leaderPersonId: string | null;
  members: GroupMember[];
}

/** `GET /api/savings-groups/:id`. */
export interface SavingsGroupDetails extends SavingsGroup {
  revision: number;
  loans: LoanSummary[];
}

/** One row of `GET /api/job-seekers` (what the loans screens need of it). */
export interface PersonRow {
  jobSeekerId: string;
  fullName: string;
  villageCode: string;
  personalDataErased: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
