/**
 * Candidates laid out for ranking: one typed array per field (struct of arrays), strings interned
 * to numbers, variable-length lists (codes, skills, languages) in flat arrays with start offsets.
 * Built once per candidate set and reused for every vacancy, so the ranking loop allocates nothing.
 */
import { searchKey } from '@vieclam/platform/text';
import { EDUCATION_RANK } from './match-weights';
import type { MatchCandidate } from './matching.types';

/** Interns strings to small numbers. */
export class Dictionary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** -1 when no candidate has it. */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

export const SEX_CODE = { male: 0, female: 1 } as const;
export const WILLING_AWAY = 1;
export const WILLING_ABROAD = 2;

/** `2026-03-20` → 20260320: whole-year age is then `floor((on - born) / 10000)`. */
export function dateNumber(isoDate: string): number {
  return (
    Number(isoDate.slice(0, 4)) * 10000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10))
  );
}

/** Skills compare by search key: `Hàn TIG`, `han tig` and `HÀN  TIG` are one skill. */
export const skillKey = (skill: string): string => searchKey(skill);

export class CandidatePool {
  readonly size: number;
  readonly skills = new Dictionary();
  readonly units = new Dictionary();
  readonly languageTests = new Dictionary();

  readonly birth: Int32Array;
  readonly sex: Uint8Array;
  readonly education: Uint8Array;
  readonly village: Int32Array;
  readonly commune: Int32Array;
  readonly province: Int32Array;
  readonly willing: Uint8Array;
  /** NaN: not stated. */
  readonly desiredWage: Float64Array;
  readonly occupationStart: Int32Array;
  readonly occupationCodes: string[] = [];
  readonly certificateStart: Int32Array;
  readonly certificateCodes: string[] = [];
  readonly skillStart: Int32Array;
  readonly skillIds: Int32Array;
  readonly languageStart: Int32Array;
  readonly languageTest: Int32Array;
  readonly languageLevel: Float64Array;

  private constructor(readonly candidates: readonly MatchCandidate[]) {
    const n = candidates.length;
    this.size = n;
    this.birth = new Int32Array(n);
    this.sex = new Uint8Array(n);
    this.education = new Uint8Array(n);
    this.village = new Int32Array(n);
    this.commune = new Int32Array(n);
    this.province = new Int32Array(n);
    this.willing = new Uint8Array(n);
    this.desiredWage = new Float64Array(n);
    this.occupationStart = new Int32Array(n + 1);
    this.certificateStart = new Int32Array(n + 1);
    this.skillStart = new Int32Array(n + 1);
    this.languageStart = new Int32Array(n + 1);

    const skillIds: number[] = [];
    const languageTest: number[] = [];
    const languageLevel: number[] = [];
    const unit = (code: string | null) => (code === null ? -1 : this.units.intern(code));
    candidates.forEach((c, i) => {
      this.birth[i] = dateNumber(c.dateOfBirth);
      this.sex[i] = SEX_CODE[c.sex];
      this.education[i] = EDUCATION_RANK[c.educationLevel];
      this.village[i] = unit(c.place.villageCode);
      this.commune[i] = unit(c.place.communeCode);
      this.province[i] = unit(c.place.provinceCode);
      this.willing[i] = (c.willingToWorkAway ? WILLING_AWAY : 0) | (c.willingToGoAbroad ? WILLING_ABROAD : 0);
      this.desiredWage[i] = c.desiredWage ?? Number.NaN;
      this.occupationCodes.push(...new Set(c.occupationCodes));
      this.occupationStart[i + 1] = this.occupationCodes.length;
      this.certificateCodes.push(...new Set(c.certificates.map((certificate) => certificate.occupationCode)));
      this.certificateStart[i + 1] = this.certificateCodes.length;
      skillIds.push(...new Set(c.skills.map((skill) => this.skills.intern(skillKey(skill)))));
      this.skillStart[i + 1] = skillIds.length;
      for (const result of c.languageResults) {
        languageTest.push(this.languageTests.intern(result.test));
        languageLevel.push(result.level);
      }
      this.languageStart[i + 1] = languageTest.length;
    });
    this.skillIds = Int32Array.from(skillIds);
    this.languageTest = Int32Array.from(languageTest);
    this.languageLevel = Float64Array.from(languageLevel);
  }

  static from(candidates: readonly MatchCandidate[]): CandidatePool {
    return new CandidatePool(candidates);
  }

  indexOf(candidateId: string): number {
    return this.candidates.findIndex((candidate) => candidate.candidateId === candidateId);
  }
}
