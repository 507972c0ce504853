/** Events of the `Vacancy-<id>` stream. An overseas order is a vacancy abroad with its own limits. */
import type { DomainEvent } from '@vieclam/platform/domain';
import type { EducationLevel, Sex } from '@vieclam/job-seekers';

export type VacancyPlace =
  | { kind: 'domestic'; provinceCode: string; communeCode: string | null; villageCode: string | null }
  | { kind: 'abroad'; country: string };

/** Monthly wage in whole VND; either bound may be open. */
export interface WageRange {
  min: number | null;
  max: number | null;
}

export interface AgeRange {
  min: number | null;
  max: number | null;
}

/**
 * The only reasons a vacancy may be limited to one sex (Labour Code 2019 art. 8 and the Law on
 * Gender Equality 2006 forbid discrimination otherwise). Dated configuration in spirit: the list
 * is to be reviewed by the province's legal officer.
 */
export const LAWFUL_SEX_LIMIT_REASONS = [
  /** The foreign employer's demand letter, approved with the contract registration (Law 69/2020/QH14). */
  'overseas_order_requirement',
  /** Care of a person of one sex where that person's dignity requires it (e.g. intimate care). */
  'personal_care_of_same_sex',
  /** A measure to promote gender equality (Law on Gender Equality 2006, art. 19). */
  'gender_equality_measure',
] as const;
export type SexLimitReason = (typeof LAWFUL_SEX_LIMIT_REASONS)[number];

export const OVERSEAS_PROGRAMMES = [
  'korea_eps',
  'japan_technical_intern',
  'japan_specified_skills',
  'taiwan',
  'other',
] as const;
export type OverseasProgramme = (typeof OVERSEAS_PROGRAMMES)[number];

/**
 * A language test and its minimum level. Levels are numbers on the test's own scale: EPS-TOPIK and
 * JFT-Basic scores; JLPT 1 = N5 … 5 = N1; TOCFL 1 = A1 … 6 = C2.
 */
export const LANGUAGE_TESTS = ['EPS-TOPIK', 'JLPT', 'JFT-Basic', 'TOCFL', 'other'] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

export interface OverseasOrder {
  country: string;
  programme: OverseasProgramme;
  /** Age at the expected departure date. */
  ageAtDeparture: AgeRange;
  languageTest: { test: LanguageTest; minimumLevel: number } | null;
  /** The licensed enterprise (an employer holding an overseas placement licence) running the order. */
  licensedEnterpriseId: string;
  expectedDepartureDate: string | null;
}

/** What a vacancy asks for and offers: what matching reads. */
export interface VacancyTerms {
  /** Vietnamese occupation code (QĐ 34/2020/QĐ-TTg), any level. */
  occupationCode: string;
  title: string;
  count: number;
  place: VacancyPlace;
  wage: WageRange;
  /** `hard`: below it excludes; otherwise it only scores. */
  minEducation: { level: EducationLevel; hard: boolean } | null;
  ageLimit: AgeRange | null;
  sexLimit: { sex: Sex; reason: SexLimitReason } | null;
  /** Search keys are compared, so `Hàn TIG` and `han tig` are one skill. */
  skills: string[];
  startDate: string | null;
  closingDate: string;
  overseas: OverseasOrder | null;
}

/** What may change after opening (the occupation, place and order stay: open a new vacancy). */
export type VacancyChanges = Partial<
  Pick<VacancyTerms, 'title' | 'count' | 'wage' | 'minEducation' | 'skills' | 'startDate' | 'closingDate'>
>;

export type VacancyEvent =
  | DomainEvent<
      'VacancyOpened',
      VacancyTerms & { vacancyId: string; employerId: string; unitCode: string; openedOn: string }
    >
  | DomainEvent<'VacancyUpdated', { vacancyId: string; changes: VacancyChanges; on: string }>
  | DomainEvent<'VacancyFilled', { vacancyId: string; on: string; hired: number }>
  | DomainEvent<'VacancyClosed', { vacancyId: string; on: string; reason: string }>
  | DomainEvent<
      'CandidateReferred',
      { vacancyId: string; referralId: string; jobSeekerId: string; date: string }
    >
  | DomainEvent<
      'CandidateHired',
      { vacancyId: string; referralId: string; jobSeekerId: string; date: string }
    >
  | DomainEvent<
      'CandidateRejected',
      { vacancyId: string; referralId: string; jobSeekerId: string; date: string; reason: string }
    >;
