/** API response shapes of the vacancies context, as the screens use them. */
import type { Bilingual } from '../../core/i18n';

export type EducationLevel =
  | 'none'
  | 'primary'
  | 'lower_secondary'
  | 'upper_secondary'
  | 'vocational'
  | 'college'
  | 'university';
export type Sex = 'male' | 'female';
export type OverseasProgramme = 'korea_eps' | 'japan_technical_intern' | 'japan_specified_skills' | 'taiwan' | 'other';
export type LanguageTest = 'EPS-TOPIK' | 'JLPT' | 'JFT-Basic' | 'TOCFL' | 'other';
export type SexLimitReason = 'overseas_order_requirement' | 'personal_care_of_same_sex' | 'gender_equality_measure';
export type VacancyStatus = 'open' | 'filled' | 'closed';

export interface Range {
  min: number | null;
  max: number | null;
}

export type VacancyPlace =
  | { kind: 'domestic'; provinceCode: string; communeCode: string | null; villageCode: string | null }
  | { kind: 'abroad'; country: string };

export interface OverseasOrder {
  country: string;
  programme: OverseasProgramme;
  ageAtDeparture: Range;
  languageTest: { test: LanguageTest; minimumLevel: number } | null;
  licensedEnterpriseId: string;
  expectedDepartureDate: string | null;
}

/** `VacancyTerms` on the server. */
export interface VacancyTerms {
  occupationCode: string;
  title: string;
  count: number;
  place: VacancyPlace;
  wage: Range;
  minEducation: { level: EducationLevel; hard: boolean } | null;
  ageLimit: Range | null;
  sexLimit: { sex: Sex; reason: SexLimitReason } | null;
  skills: string[];
  startDate: string | null;
  closingDate: string;
  overseas: OverseasOrder | null;
}

/** `GET /vacancies` item. */
export interface VacancyListItem {
  vacancyId: string;
  employerId: string;
  employerName: string | null;
  unitCode: string;
  occupationCode: string;
  title: string;
  count: number;
  status: VacancyStatus;
  abroad: boolean;
  country: string | null;
  programme: OverseasProgramme | null;
  closingDate: string;
  openedOn: string;
  referred: number;
  hired: number;
  rejected: number;
  terms: VacancyTerms;
}

export interface VacancyReferral {
  referralId: string;
  jobSeekerId: string;
  date: string;
  outcome: 'hired' | 'rejected' | null;
}

/** `GET /vacancies/:id`. */
export interface VacancyDetails {
  vacancyId: string;
  employerId: string;
  unitCode: string;
  openedOn: string;
  revision: number;
  status: VacancyStatus;
  hired: number;
  terms: VacancyTerms;
  referrals: VacancyReferral[];
}

/** `GET /employers` item. */
export interface EmployerListItem {
  employerId: string;
  name: string;
  taxCode: string | null;
  unitCode: string;
  address: string;
  contact: { person: string; phone: string; email: string | null } | null;
  overseasLicenceNo: string | null;
  registeredOn: string;
}

export type MatchComponent = 'occupation' | 'skills' | 'training' | 'place' | 'education' | 'wage';
export type ExclusionCode = 'not_willing_abroad' | 'age' | 'sex' | 'language_test' | 'education';

export interface ComponentScore {
  points: number;
  weight: number;
  fit: number;
  reason: Bilingual;
}

export interface MatchResult {
  vacancyId: string;
  candidateId: string;
  eligible: boolean;
  score: number;
  components: Record<MatchComponent, ComponentScore>;
  exclusions: { code: ExclusionCode; reason: Bilingual }[];
  skillGaps: { skill: string; courseOccupationCode: string }[];
  missing: Bilingual[];
}

/** `GET /vacancies/:id/candidates`. */
export interface CandidateRanking {
  vacancyId: string;
  considered: number;
  eligible: number;
  excludedBy: Record<ExclusionCode, number>;
  results: MatchResult[];
  status: VacancyStatus;
}

/** `GET /job-seekers/:id/vacancies`. */
export interface VacancyRanking {
  candidateId: string;
  considered: number;
  results: MatchResult[];
  excluded: MatchResult[];
}

/** The part of `GET /job-seekers/:id` the matches use. */
export interface PersonReferrals {
  jobSeekerId: string;
  closed: boolean;
  referrals: { referralId: string; vacancyId: string; date: string; outcome: string | null }[];
}
