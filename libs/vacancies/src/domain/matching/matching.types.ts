/** What matching reads about people and vacancies, and what it answers. */
import type { BilingualMessage } from '@vieclam/platform/domain';
import type { EducationLevel, Sex } from '@vieclam/job-seekers';
import type { LanguageTest, VacancyTerms } from '../vacancy/vacancy.events';

/**
 * A job seeker as matching sees them. The application builds it from the job-seekers context's
 * profile, the unit tree (village → commune → province) and, later, the training context's
 * certificates and language results.
 */
export interface MatchCandidate {
  candidateId: string;
  dateOfBirth: string;
  sex: Sex;
  place: { villageCode: string | null; communeCode: string | null; provinceCode: string | null };
  educationLevel: EducationLevel;
  /** Occupations sought (QĐ 34/2020/QĐ-TTg codes, any level). */
  occupationCodes: readonly string[];
  skills: readonly string[];
  /** Training completed / certificates held, by the occupation they train for. */
  certificates: readonly { occupationCode: string; name: string }[];
  languageResults: readonly { test: LanguageTest; level: number }[];
  /** Monthly, whole VND. */
  desiredWage: number | null;
  willingToWorkAway: boolean;
  willingToGoAbroad: boolean;
}

export type MatchVacancy = VacancyTerms & { vacancyId: string };

export const MATCH_COMPONENTS = ['occupation', 'skills', 'training', 'place', 'education', 'wage'] as const;
export type MatchComponent = (typeof MATCH_COMPONENTS)[number];

/** Hard limits: failing one excludes the candidate whatever the score. */
export const EXCLUSIONS = ['not_willing_abroad', 'age', 'sex', 'language_test', 'education'] as const;
export type ExclusionCode = (typeof EXCLUSIONS)[number];

export interface ComponentScore {
  /** Points earned, 0…weight. */
  points: number;
  weight: number;
  /** 0…1: how well this component fits. */
  fit: number;
  reason: BilingualMessage;
}

export interface SkillGap {
  skill: string;
  /** The occupation a course would teach it in: the training context suggests a course from it. */
  courseOccupationCode: string;
}

export interface MatchResult {
  vacancyId: string;
  candidateId: string;
  /** False when a hard limit excludes the candidate; the score is still shown for "why not". */
  eligible: boolean;
  /** 0–100, rounded; ranking uses the unrounded total. */
  score: number;
  components: Record<MatchComponent, ComponentScore>;
  exclusions: { code: ExclusionCode; reason: BilingualMessage }[];
  skillGaps: SkillGap[];
  /** Everything that keeps the score below 100, as sentences. */
  missing: BilingualMessage[];
}

export interface MatchOptions {
  /** Today (ISO date): the age reference when the vacancy names no start or departure date. */
  asOf: string;
  /** How many results to return, best first. */
  limit?: number;
  /** Skill search key → occupation code of a course that teaches it (defaults to the configuration). */
  skillCourses?: Readonly<Record<string, string>>;
}
