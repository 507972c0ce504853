/**
 * Matching both ways: candidates for a vacancy, vacancies for a candidate. Hard limits exclude
 * (counted by reason, explained on demand); the rest score 0–100 with the weights in
 * `match-weights.ts`; only the returned results carry reasons.
 */
import { SKILL_COURSE_OCCUPATIONS } from '../../config/occupation-catalogue';
import { CandidatePool } from './candidate-pool';
import { explainMatch } from './match-explanation';
import { compileVacancy, exclusionMask, totalScore } from './match-scoring';
import {
  EXCLUSIONS,
  type ExclusionCode,
  type MatchCandidate,
  type MatchOptions,
  type MatchResult,
  type MatchVacancy,
} from './matching.types';
import { TopK } from './top-k';

export const DEFAULT_MATCH_LIMIT = 20;

export interface CandidateRanking {
  vacancyId: string;
  considered: number;
  eligible: number;
  /** How many candidates each hard limit excluded (one candidate may fail several). */
  excludedBy: Record<ExclusionCode, number>;
  /** Best first, eligible candidates only. */
  results: MatchResult[];
}

export function rankCandidatesForVacancy(
  pool: CandidatePool,
  vacancy: MatchVacancy,
  options: MatchOptions,
): CandidateRanking {
  const compiled = compileVacancy(pool, vacancy, options.asOf);
  const top = new TopK(options.limit ?? DEFAULT_MATCH_LIMIT);
  const excludedCounts = new Int32Array(EXCLUSIONS.length);
  let eligible = 0;
  for (let i = 0; i < pool.size; i++) {
    const mask = exclusionMask(pool, i, compiled);
    if (mask !== 0) {
      for (let e = 0; e < EXCLUSIONS.length; e++) if (mask & (1 << e)) excludedCounts[e]!++;
      continue;
    }
    eligible++;
    top.offer(totalScore(pool, i, compiled), i);
  }
  const skillCourses = options.skillCourses ?? SKILL_COURSE_OCCUPATIONS;
  return {
    vacancyId: vacancy.vacancyId,
    considered: pool.size,
    eligible,
    excludedBy: Object.fromEntries(EXCLUSIONS.map((code, e) => [code, excludedCounts[e]!])) as Record<
      ExclusionCode,
      number
    >,
    results: top.drain().map(({ index }) => explainMatch(pool, index, compiled, skillCourses)),
  };
}

/** "Why not this person?": the full explanation, exclusions included; `null` if not in the pool. */
export function explainCandidateForVacancy(
  pool: CandidatePool,
  candidateId: string,
  vacancy: MatchVacancy,
  options: MatchOptions,
): MatchResult | null {
  const index = pool.indexOf(candidateId);
  if (index < 0) return null;
  return explainMatch(pool, index, compileVacancy(pool, vacancy, options.asOf), options.skillCourses);
}

export interface VacancyRanking {
  candidateId: string;
  considered: number;
  /** Best first; vacancies a hard limit excludes are left out. */
  results: MatchResult[];
  /** The vacancies a hard limit excludes, with why. */
  excluded: MatchResult[];
}

export function rankVacanciesForCandidate(
  candidate: MatchCandidate,
  vacancies: readonly MatchVacancy[],
  options: MatchOptions,
): VacancyRanking {
  const pool = CandidatePool.from([candidate]);
  const top = new TopK(options.limit ?? DEFAULT_MATCH_LIMIT);
  const compiled = vacancies.map((vacancy) => compileVacancy(pool, vacancy, options.asOf));
  const excluded: MatchResult[] = [];
  compiled.forEach((v, index) => {
    if (exclusionMask(pool, 0, v) !== 0) excluded.push(explainMatch(pool, 0, v, options.skillCourses));
    else top.offer(totalScore(pool, 0, v), index);
  });
  return {
    candidateId: candidate.candidateId,
    considered: vacancies.length,
    results: top.drain().map(({ index }) => explainMatch(pool, 0, compiled[index]!, options.skillCourses)),
    excluded,
  };
}
