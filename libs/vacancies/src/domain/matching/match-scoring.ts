/**
 * The numbers of matching: a vacancy compiled against a candidate pool, the hard limits as a bit
 * mask and each component's fit. Pure arithmetic on typed arrays; the ranking loop and the
 * explanations both call these functions, so a ranked score and its explanation never disagree.
 */
import { sharedPrefixLength } from '../occupation/occupation-codes';
import {
  dateNumber,
  SEX_CODE,
  skillKey,
  WILLING_ABROAD,
  WILLING_AWAY,
  type CandidatePool,
} from './candidate-pool';
import {
  EDUCATION_ONE_BELOW_FIT,
  EDUCATION_RANK,
  MATCH_WEIGHTS,
  OCCUPATION_EXACT_FIT,
  OCCUPATION_FIT_BY_SHARED_DIGITS,
  PLACE_FIT,
  TRAINING_FIT_BY_SHARED_DIGITS,
  WAGE_ABOVE_PENALTY,
  WAGE_UNKNOWN_FIT,
} from './match-weights';
import type { ExclusionCode, MatchVacancy } from './matching.types';

export const EXCLUSION_BIT: Readonly<Record<ExclusionCode, number>> = {
  not_willing_abroad: 1,
  age: 2,
  sex: 4,
  language_test: 8,
  education: 16,
};

/** Never equal to a candidate's unit id (≥ 0) nor to "none" (-1). */
const NO_UNIT = -2;

export interface CompiledVacancy {
  vacancy: MatchVacancy;
  abroad: boolean;
  /** The date ages are measured on (departure, else start, else today), as yyyymmdd. */
  ageOn: number;
  ageMin: number;
  ageMax: number;
  /** -1: no limit. */
  sex: number;
  /** -1: no test required; -2: required but nobody in the pool has taken it. */
  languageTest: number;
  languageMin: number;
  minEducation: number;
  educationHard: boolean;
  village: number;
  commune: number;
  province: number;
  wageMin: number;
  wageMax: number;
  /** Distinct required skills (search keys). */
  skillKeys: string[];
  /** Pool skill id → 1 if the vacancy asks for it. */
  wantsSkill: Uint8Array;
}

export function compileVacancy(pool: CandidatePool, vacancy: MatchVacancy, asOf: string): CompiledVacancy {
  const order = vacancy.overseas;
  const ranges = [vacancy.ageLimit, order?.ageAtDeparture ?? null];
  const ageMin = Math.max(...ranges.map((range) => range?.min ?? -Infinity));
  const ageMax = Math.min(...ranges.map((range) => range?.max ?? Infinity));
  const skillKeys = [...new Set(vacancy.skills.map(skillKey))];
  const wantsSkill = new Uint8Array(pool.skills.size);
  for (const key of skillKeys) {
    const id = pool.skills.find(key);
    if (id >= 0) wantsSkill[id] = 1;
  }
  const unit = (code: string | null) =>
    code === null ? NO_UNIT : pool.units.find(code) === -1 ? NO_UNIT : pool.units.find(code);
  const place = vacancy.place;
  const test = order?.languageTest ?? null;
  return {
    vacancy,
    abroad: place.kind === 'abroad',
    ageOn: dateNumber(order?.expectedDepartureDate ?? vacancy.startDate ?? asOf),
    ageMin,
    ageMax,
    sex: vacancy.sexLimit ? SEX_CODE[vacancy.sexLimit.sex] : -1,
    languageTest:
      test === null
        ? -1
        : pool.languageTests.find(test.test) === -1
          ? -2
          : pool.languageTests.find(test.test),
    languageMin: test?.minimumLevel ?? 0,
    minEducation: vacancy.minEducation ? EDUCATION_RANK[vacancy.minEducation.level] : -1,
    educationHard: vacancy.minEducation?.hard ?? false,
    village: place.kind === 'domestic' ? unit(place.villageCode) : NO_UNIT,
    commune: place.kind === 'domestic' ? unit(place.communeCode) : NO_UNIT,
    province: place.kind === 'domestic' ? unit(place.provinceCode) : NO_UNIT,
    wageMin: vacancy.wage.min ?? Number.NaN,
    wageMax: vacancy.wage.max ?? Number.NaN,
    skillKeys,
    wantsSkill,
  };
}

export function ageAt(pool: CandidatePool, i: number, on: number): number {
  return Math.floor((on - pool.birth[i]!) / 10000);
}

export function bestLanguageLevel(pool: CandidatePool, i: number, test: number): number {
  let best = -Infinity;
  for (let j = pool.languageStart[i]!, end = pool.languageStart[i + 1]!; j < end; j++) {
    if (pool.languageTest[j] === test && pool.languageLevel[j]! > best) best = pool.languageLevel[j]!;
  }
  return best;
}

/** 0 when no hard limit excludes the candidate; otherwise the {@link EXCLUSION_BIT}s that do. */
export function exclusionMask(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  let mask = 0;
  if (v.abroad && (pool.willing[i]! & WILLING_ABROAD) === 0) mask |= EXCLUSION_BIT.not_willing_abroad;
  const age = ageAt(pool, i, v.ageOn);
  if (age < v.ageMin || age > v.ageMax) mask |= EXCLUSION_BIT.age;
  if (v.sex !== -1 && pool.sex[i] !== v.sex) mask |= EXCLUSION_BIT.sex;
  if (v.languageTest !== -1 && !(bestLanguageLevel(pool, i, v.languageTest) >= v.languageMin)) {
    mask |= EXCLUSION_BIT.language_test;
  }
  if (v.educationHard && pool.education[i]! < v.minEducation) mask |= EXCLUSION_BIT.education;
  return mask;
}

/** The fit of the candidate's code nearest the vacancy's in the code hierarchy. */
export function occupationFit(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  const code = v.vacancy.occupationCode;
  let best = 0;
  for (let j = pool.occupationStart[i]!, end = pool.occupationStart[i + 1]!; j < end; j++) {
    const own = pool.occupationCodes[j]!;
    const fit =
      own === code ? OCCUPATION_EXACT_FIT : OCCUPATION_FIT_BY_SHARED_DIGITS[sharedPrefixLength(own, code)]!;
    if (fit > best) best = fit;
  }
  return best;
}

export function trainingFit(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  const code = v.vacancy.occupationCode;
  let best = 0;
  for (let j = pool.certificateStart[i]!, end = pool.certificateStart[i + 1]!; j < end; j++) {
    const own = pool.certificateCodes[j]!;
    const fit = own === code ? 1 : TRAINING_FIT_BY_SHARED_DIGITS[sharedPrefixLength(own, code)]!;
    if (fit > best) best = fit;
  }
  return best;
}

export function matchedSkillCount(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  let matched = 0;
  for (let j = pool.skillStart[i]!, end = pool.skillStart[i + 1]!; j < end; j++) {
    matched += v.wantsSkill[pool.skillIds[j]!]!;
  }
  return matched;
}

export function skillsFit(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  return v.skillKeys.length === 0 ? 1 : matchedSkillCount(pool, i, v) / v.skillKeys.length;
}

export type PlaceRelation = 'abroad' | 'village' | 'commune' | 'province' | 'willing' | 'elsewhere';

export function placeRelation(pool: CandidatePool, i: number, v: CompiledVacancy): PlaceRelation {
  if (v.abroad) return 'abroad';
  if (pool.village[i] === v.village) return 'village';
  if (pool.commune[i] === v.commune) return 'commune';
  if (pool.province[i] === v.province) return 'province';
  return (pool.willing[i]! & WILLING_AWAY) !== 0 ? 'willing' : 'elsewhere';
}

const PLACE_FIT_BY_RELATION: Readonly<Record<PlaceRelation, number>> = {
  abroad: PLACE_FIT.abroadWilling,
  village: PLACE_FIT.sameVillage,
  commune: PLACE_FIT.sameCommune,
  province: PLACE_FIT.sameProvince,
  willing: PLACE_FIT.willingToMove,
  elsewhere: PLACE_FIT.elsewhere,
};

export function placeFit(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  return PLACE_FIT_BY_RELATION[placeRelation(pool, i, v)];
}

export function educationFit(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  const gap = v.minEducation - pool.education[i]!;
  return gap <= 0 ? 1 : gap === 1 ? EDUCATION_ONE_BELOW_FIT : 0;
}

export type WageRelation = 'unknown' | 'inside' | 'below' | 'above';

export function wageRelation(pool: CandidatePool, i: number, v: CompiledVacancy): WageRelation {
  const desired = pool.desiredWage[i]!;
  if (Number.isNaN(desired) || (Number.isNaN(v.wageMin) && Number.isNaN(v.wageMax))) return 'unknown';
  if (desired < v.wageMin) return 'below';
  if (desired > v.wageMax) return 'above';
  return 'inside';
}

export function wageFit(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  switch (wageRelation(pool, i, v)) {
    case 'unknown':
      return WAGE_UNKNOWN_FIT;
    case 'inside':
    case 'below':
      return 1;
    case 'above':
      return Math.max(0, 1 - (WAGE_ABOVE_PENALTY * (pool.desiredWage[i]! - v.wageMax)) / v.wageMax);
  }
}

/** The unrounded total, 0–100. */
export function totalScore(pool: CandidatePool, i: number, v: CompiledVacancy): number {
  return (
    MATCH_WEIGHTS.occupation * occupationFit(pool, i, v) +
    MATCH_WEIGHTS.skills * skillsFit(pool, i, v) +
    MATCH_WEIGHTS.training * trainingFit(pool, i, v) +
    MATCH_WEIGHTS.place * placeFit(pool, i, v) +
    MATCH_WEIGHTS.education * educationFit(pool, i, v) +
    MATCH_WEIGHTS.wage * wageFit(pool, i, v)
  );
}
