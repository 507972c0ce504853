/**
 * Events of the `JobSeeker-<id>` stream. Fields marked personal are encrypted with the person's
 * data key by the application layer before the append (Decree 13/2023); the domain sees plaintext.
 */
import type { DomainEvent } from '@vieclam/platform/domain';
import type { Sex } from '../citizen-id/citizen-id';

export type LabourStatus = 'employed' | 'unemployed' | 'not_in_labour_force';
export type JobChannel = 'placement' | 'self_employment' | 'loan_financed' | 'overseas' | 'other';
export type EducationLevel =
  'none' | 'primary' | 'lower_secondary' | 'upper_secondary' | 'vocational' | 'college' | 'university';

export const CONSULTATION_TOPICS = [
  'career_orientation',
  'labour_market_information',
  'job_search_support',
  'training_referral',
  'labour_export_information',
  'loan_information',
] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

/** Personal fields: encrypted inside events, shown as erased after crypto-shredding. */
export const JOB_SEEKER_PERSONAL_FIELDS = [
  'fullName',
  'citizenId',
  'dateOfBirth',
  'phone',
  'address',
] as const;

export interface JobSeekerProfile {
  fullName: string;
  citizenId: string;
  dateOfBirth: string;
  sex: Sex;
  villageCode: string;
  phone: string | null;
  address: string | null;
  educationLevel: EducationLevel;
  /** Vietnamese occupation codes (QĐ 34/2020/QĐ-TTg), any of the 5 levels. */
  occupationCodes: string[];
  skills: string[];
  /** Desired monthly wage in whole VND. */
  desiredWage: number | null;
  willingToWorkAway: boolean;
  willingToGoAbroad: boolean;
  householdId: string | null;
}

export type JobSeekerEvent =
  | DomainEvent<
      'JobSeekerRegistered',
      JobSeekerProfile & {
        jobSeekerId: string;
        registeredOn: string;
        duplicateOverride: { reason: string; duplicateOf: string[] } | null;
      }
    >
  | DomainEvent<
      'JobSeekerProfileUpdated',
      { jobSeekerId: string; changes: Partial<Omit<JobSeekerProfile, 'citizenId'>> }
    >
  | DomainEvent<'LabourStatusRecorded', { jobSeekerId: string; status: LabourStatus; asOf: string }>
  | DomainEvent<'JobSeekerCaseClosed', { jobSeekerId: string; on: string; reason: string }>
  | DomainEvent<'JobSeekerCaseReopened', { jobSeekerId: string; on: string }>
  | DomainEvent<
      'ConsultationLogged',
      {
        jobSeekerId: string;
        consultationId: string;
        date: string;
        counsellorId: string;
        topics: ConsultationTopic[];
        notes: string;
        nextSteps: string;
        followUpOn: string | null;
      }
    >
  | DomainEvent<
      'JobSeekerReferred',
      { jobSeekerId: string; referralId: string; vacancyId: string; date: string }
    >
  | DomainEvent<
      'InterviewOutcomeRecorded',
      {
        jobSeekerId: string;
        referralId: string;
        outcome: 'hired' | 'rejected' | 'no_show';
        date: string;
        note: string;
      }
    >
  | DomainEvent<
      'JobStarted',
      {
        jobSeekerId: string;
        jobId: string;
        date: string;
        employerId: string | null;
        channel: JobChannel;
        domestic: boolean;
        vacancyId: string | null;
        loanId: string | null;
        occupationCode: string | null;
      }
    >
  | DomainEvent<'JobEnded', { jobSeekerId: string; jobId: string; date: string; reason: string }>;
