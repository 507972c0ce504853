/** API response shapes of the overseas context (libs/overseas). */
export type PlacementStage =
  'registered' | 'eligible' | 'training' | 'contracted' | 'visa' | 'departed' | 'returned' | 'withdrawn';
export type Programme =
  'korea_eps' | 'japan_technical_intern' | 'japan_specified_skills' | 'taiwan' | 'other';
export type HealthCheck = 'fit' | 'unfit' | 'not_done';
export type LanguageTest = 'EPS-TOPIK' | 'JLPT' | 'JFT-Basic' | 'TOCFL' | 'other';

export interface PlacementSummary {
  placementId: string;
  jobSeekerId: string;
  villageCode: string;
  country: string;
  programme: Programme;
  licensedEnterpriseId: string;
  stage: PlacementStage;
  registeredOn: string;
  lastEventOn: string;
  daysSinceLastEvent: number;
  stuck: boolean;
  departedOn: string | null;
  returned: { on: string; kind: 'completed' | 'early'; reason: string | null } | null;
  withdrawn: { on: string; stageAtWithdrawal: PlacementStage; reason: string } | null;
  loanIds: string[];
}

export type StageCounts = Record<PlacementStage, number>;

/** `GET /api/overseas/pipeline`. */
export interface OverseasPipeline {
  today: string;
  total: number;
  counts: StageCounts;
  byStage: Record<PlacementStage, PlacementSummary[]>;
  byVillage: Record<string, { counts: StageCounts; placementIds: string[] }>;
  byCountry: Record<string, { counts: StageCounts; placementIds: string[] }>;
  stuck: PlacementSummary[];
}

export interface Contract {
  termMonths: number;
  currency: string;
  monthlyWage: number;
  serviceFee: number;
  deposit: number;
  signedOn: string;
}

export interface HistoryEntry {
  eventId: string;
  type: string;
  occurredOn: string;
  recordedAt: string;
  recordedBy: string;
  data: Record<string, unknown>;
}

/** `GET /api/overseas/placements/:id`. */
export interface PlacementDetails extends PlacementSummary {
  stageName: { vi: string; en: string } | null;
  orderId: string | null;
  revision: number;
  ineligibilityReasons: { code: string; vi: string; en: string }[];
  trainingCompletedOn: string | null;
  contract: Contract | null;
  visaGrantedOn: string | null;
  history: HistoryEntry[];
}

/** `GET /api/employers` item (only what these screens read). */
export interface Employer {
  employerId: string;
  name: string;
  overseasLicenceNo: string | null;
}

/** `GET /api/vacancies?abroad=true` item (only what these screens read). */
export interface OverseasOrder {
  vacancyId: string;
  title: string;
  status: string;
  country: string | null;
  programme: string | null;
  closingDate: string;
}

/** `GET /api/loans` item (only what these screens read). */
export interface LoanItem {
  loanId: string;
  borrowerPersonId: string;
  programmeCode: string;
  status: string;
  requestedAmount: number;
  appliedOn: string;
}
