/**
 * Events of the `OverseasPlacement-<placementId>` stream: one candidate (a job seeker, named by
 * `jobSeekerId` only) for one overseas order, from registration to departure and return, or to
 * withdrawal. Every event carries its business date `on`, which the pipeline view reads.
 *
 * `Departed` is the fact two indicators count: the labour-export indicator (B2) and, as a new job
 * through the overseas channel, the job-creation indicator (B1). It therefore carries what those
 * counts group by (person, village, country, programme) so a projection needs no other event.
 */
import type { DomainEvent } from '@vieclam/platform/domain';
import type { LanguageTest, OverseasProgramme } from '@vieclam/vacancies';

export type { LanguageTest, OverseasProgramme };

export const PLACEMENT_STAGES = [
  'registered',
  'eligible',
  'training',
  'contracted',
  'visa',
  'departed',
  'returned',
  'withdrawn',
] as const;
export type PlacementStage = (typeof PLACEMENT_STAGES)[number];

/** Stages before departure, from which a candidate may still withdraw. */
export const PRE_DEPARTURE_STAGES: readonly PlacementStage[] = [
  'registered',
  'eligible',
  'training',
  'contracted',
  'visa',
];

export type HealthCheckResult = 'fit' | 'unfit' | 'not_done';

export type IneligibilityCode =
  | 'age_below_minimum'
  | 'age_above_maximum'
  | 'health_check_missing'
  | 'health_unfit'
  | 'language_test_missing'
  | 'language_test_other'
  | 'language_level_below';

export interface IneligibilityReason {
  code: IneligibilityCode;
  vi: string;
  en: string;
}

/** The order's hard limits, as the order states them (see the vacancies context's OverseasOrder). */
export interface OrderLimits {
  /** Whole years of age at the expected departure date; either bound may be open. */
  ageAtDeparture: { min: number | null; max: number | null };
  expectedDepartureDate: string;
  languageTest: { test: LanguageTest; minimumLevel: number } | null;
}

export interface ContractTerms {
  termMonths: number;
  /**
   * Amounts in whole units of `currency` (ISO 4217): wage, service fee and deposit share one
   * currency so the legal cap compares like with like and no exchange rate enters the rule.
   */
  currency: string;
  monthlyWage: number;
  serviceFee: number;
  /** Tiền ký quỹ held against the worker breaking the contract. */
  deposit: number;
}

export type OverseasPlacementEvent =
  | DomainEvent<
      'CandidateRegistered',
      {
        placementId: string;
        jobSeekerId: string;
        /** The overseas order (a vacancy abroad), when the candidate applies for one. */
        orderId: string | null;
        villageCode: string;
        country: string;
        programme: OverseasProgramme;
        licensedEnterpriseId: string;
        on: string;
      }
    >
  | DomainEvent<
      'EligibilityChecked',
      {
        placementId: string;
        on: string;
        eligible: boolean;
        reasons: IneligibilityReason[];
        limits: OrderLimits;
        ageAtDeparture: number;
        healthCheck: HealthCheckResult;
        languageResult: { test: LanguageTest; level: number } | null;
      }
    >
  | DomainEvent<'PreDepartureTrainingStarted', { placementId: string; on: string; provider: string }>
  | DomainEvent<
      'PreDepartureTrainingCompleted',
      { placementId: string; on: string; certificateNumber: string | null }
    >
  | DomainEvent<
      'ContractSigned',
      ContractTerms & {
        placementId: string;
        on: string;
        /** The legal ceiling applied, kept so the decision can be checked later. */
        serviceFeeCap: number;
      }
    >
  | DomainEvent<'VisaGranted', { placementId: string; on: string; validUntil: string | null }>
  | DomainEvent<
      'Departed',
      {
        placementId: string;
        jobSeekerId: string;
        on: string;
        villageCode: string;
        country: string;
        programme: OverseasProgramme;
        licensedEnterpriseId: string;
      }
    >
  | DomainEvent<
      'Returned',
      {
        placementId: string;
        jobSeekerId: string;
        on: string;
        kind: 'completed' | 'early';
        /** Why the worker came back before the contract ended; null when completed. */
        reason: string | null;
      }
    >
  | DomainEvent<
      'Withdrawn',
      { placementId: string; on: string; stageAtWithdrawal: PlacementStage; reason: string }
    >
  | DomainEvent<'LoanLinked', { placementId: string; on: string; loanId: string }>;
