import type { EducationLevel } from '@vieclam/job-seekers';
import type { MatchComponent } from './matching.types';

/**
 * Points per component; they sum to 100. The occupation weighs most because a counsellor refers
 * people to what they trained or asked for; wage and place come next because they decide whether
 * a person actually takes the job; education scores little as the hard minimum already excludes.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchComponent, number>> = {
  occupation: 30,
  skills: 20,
  training: 10,
  place: 15,
  education: 10,
  wage: 15,
};

/** Occupation fit by how many leading digits the codes share (index = shared digits, 0–5). */
export const OCCUPATION_FIT_BY_SHARED_DIGITS = [0, 0.2, 0.45, 0.7, 0.85, 0.85] as const;
/** The same code exactly. */
export const OCCUPATION_EXACT_FIT = 1;
/** A certificate in the same unit group counts fully; a nearer group counts less. */
export const TRAINING_FIT_BY_SHARED_DIGITS = [0, 0, 0.3, 0.6, 1, 1] as const;

export const PLACE_FIT = {
  sameVillage: 1,
  sameCommune: 0.8,
  sameProvince: 0.6,
  willingToMove: 0.4,
  abroadWilling: 1,
  elsewhere: 0,
} as const;

/** One level below the minimum education still scores half (when the minimum is not hard). */
export const EDUCATION_ONE_BELOW_FIT = 0.5;
/** Either side of the wage is unknown. */
export const WAGE_UNKNOWN_FIT = 0.5;
/** Each 1 % the desired wage is above the range's top costs 2 % of the wage fit. */
export const WAGE_ABOVE_PENALTY = 2;

export const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = {
  none: 0,
  primary: 1,
  lower_secondary: 2,
  upper_secondary: 3,
  vocational: 4,
  college: 5,
  university: 6,
};
