import fc from 'fast-check';
import { epsTerms, weldingTerms } from '../vacancy/vacancy.fixtures';
import { CandidatePool } from './candidate-pool';
import { explainMatch } from './match-explanation';
import { compileVacancy, exclusionMask, totalScore } from './match-scoring';
import { MATCH_WEIGHTS, PLACE_FIT } from './match-weights';
import type { MatchCandidate, MatchVacancy } from './matching.types';
import {
  explainCandidateForVacancy,
  rankCandidatesForVacancy,
  rankVacanciesForCandidate,
} from './rank-matches';

const asOf = '2026-03-20';
const welding: MatchVacancy = { ...weldingTerms, vacancyId: 'v-weld' };
const eps: MatchVacancy = { ...epsTerms, vacancyId: 'v-eps' };

const person = (candidateId: string, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({
  candidateId,
  dateOfBirth: '1995-04-12',
  sex: 'male',
  place: { villageCode: 'XMT-01', communeCode: 'XMT', provinceCode: '33' },
  educationLevel: 'upper_secondary',
  occupationCodes: ['7212'],
  skills: ['Hàn TIG', 'đọc bản vẽ'],
  certificates: [{ occupationCode: '7212', name: 'Hàn điện sơ cấp' }],
  languageResults: [],
  desiredWage: 9_000_000,
  willingToWorkAway: false,
  willingToGoAbroad: false,
  ...extra,
});

const rank = (candidates: MatchCandidate[], vacancy: MatchVacancy = welding, limit = 20) =>
  rankCandidatesForVacancy(CandidatePool.from(candidates), vacancy, { asOf, limit });
const ids = (ranking: { results: { candidateId: string }[] }) => ranking.results.map((r) => r.candidateId);

describe('matching candidates to a vacancy', () => {
  it('ranks the right welder first, with a full score and reasons in both languages', () => {
    const ranking = rank([
      person('farmer', { occupationCodes: ['6111'], skills: [], certificates: [] }),
      person('mechanic', { occupationCodes: ['7231'], skills: ['đọc bản vẽ'], certificates: [] }),
      person('welder'),
    ]);
    expect(ids(ranking)).toEqual(['welder', 'mechanic', 'farmer']);
    const best = ranking.results[0]!;
    // The vacancy names the commune, not a village: the only point lost is on place.
    expect(best.score).toBe(Math.round(100 - MATCH_WEIGHTS.place * (1 - PLACE_FIT.sameCommune)));
    expect(best.eligible).toBe(true);
    expect(best.components.occupation.reason.vi).toContain('đúng mã nghề 7212');
    expect(best.components.occupation.reason.en).toContain('exact occupation 7212');
    expect(best.components.place.reason.vi).toBe('Cùng xã với nơi làm việc');
    expect(best.missing).toEqual([]);
    expect(best.skillGaps).toEqual([]);
    const mechanic = ranking.results[1]!;
    expect(mechanic.components.occupation.reason.en).toContain('sub-major group (level 2) 72');
    expect(mechanic.skillGaps).toEqual([{ skill: 'hàn TIG', courseOccupationCode: '7212' }]);
    expect(mechanic.missing.map((m) => m.en)).toContain('Missing skills: hàn TIG');
  });

  it('follows the occupation-code hierarchy: exact > unit > minor > sub-major > major group > none', () => {
    const vacancy: MatchVacancy = { ...welding, occupationCode: '72121' };
    const codes = ['72121', '7212', '7213', '7231', '7411', '8153'];
    const ranking = rank(
      [...codes]
        .reverse()
        .map((code) => person(code, { occupationCodes: [code], skills: [], certificates: [] })),
      vacancy,
    );
    expect(ids(ranking)).toEqual(codes);
    const points = ranking.results.map((r) => r.components.occupation.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(new Set(points).size).toBe(codes.length);
  });

  it('prefers the same village, then commune, then province, then the willing to move', () => {
    const vacancy: MatchVacancy = {
      ...welding,
      place: { kind: 'domestic', provinceCode: '33', communeCode: 'XMT', villageCode: 'XMT-02' },
    };
    const at = (id: string, place: MatchCandidate['place'], willingToWorkAway = false) =>
      person(id, { place, willingToWorkAway });
    const ranking = rank(
      [
        at('elsewhere', { villageCode: 'Y-01', communeCode: 'Y', provinceCode: '01' }),
        at('willing', { villageCode: 'Y-02', communeCode: 'Y', provinceCode: '01' }, true),
        at('province', { villageCode: 'Z-01', communeCode: 'Z', provinceCode: '33' }),
        at('commune', { villageCode: 'XMT-01', communeCode: 'XMT', provinceCode: '33' }),
        at('village', { villageCode: 'XMT-02', communeCode: 'XMT', provinceCode: '33' }),
      ],
      vacancy,
    );
    expect(ids(ranking)).toEqual(['village', 'commune', 'province', 'willing', 'elsewhere']);
  });

  it('scores the wage: inside and below the range fit, above it costs', () => {
    const ranking = rank([
      person('far-above', { desiredWage: 20_000_000 }),
      person('above', { desiredWage: 13_000_000 }),
      person('unknown', { desiredWage: null }),
      person('below', { desiredWage: 7_000_000 }),
      person('inside', { desiredWage: 10_000_000 }),
    ]);
    expect(ids(ranking)).toEqual(['below', 'inside', 'above', 'unknown', 'far-above']);
    const byId = Object.fromEntries(ranking.results.map((r) => [r.candidateId, r]));
    expect(byId.inside!.components.wage.fit).toBe(1);
    expect(byId.below!.components.wage.reason.en).toContain('below the offer');
    expect(byId.above!.components.wage.fit).toBeCloseTo(1 - (2 * 1_000_000) / 12_000_000);
    expect(byId['far-above']!.components.wage.fit).toBe(0);
  });

  it('counts a certificate in the occupation as training', () => {
    const ranking = rank([person('untrained', { certificates: [] }), person('trained')]);
    expect(ids(ranking)).toEqual(['trained', 'untrained']);
    expect(ranking.results[1]!.components.training.points).toBe(0);
    expect(ranking.results[0]!.components.training.points).toBe(MATCH_WEIGHTS.training);
  });

  it('scores a soft minimum education and excludes below a hard one', () => {
    const soft = rank([person('low', { educationLevel: 'primary' }), person('ok')]);
    expect(ids(soft)).toEqual(['ok', 'low']);
    expect(soft.results[1]!.components.education.fit).toBe(0.5);
    const hard = rank([person('low', { educationLevel: 'primary' }), person('ok')], {
      ...welding,
      minEducation: { level: 'lower_secondary', hard: true },
    });
    expect(ids(hard)).toEqual(['ok']);
    expect(hard.excludedBy.education).toBe(1);
  });

  it('excludes on a lawful sex limit', () => {
    const vacancy: MatchVacancy = {
      ...welding,
      sexLimit: { sex: 'female', reason: 'personal_care_of_same_sex' },
    };
    const ranking = rank([person('man'), person('woman', { sex: 'female' })], vacancy);
    expect(ids(ranking)).toEqual(['woman']);
    expect(ranking.excludedBy.sex).toBe(1);
  });

  it('returns only the k best and counts everyone', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      person(`p${i}`, { desiredWage: 12_000_000 + i * 500_000 }),
    );
    const ranking = rank(many, welding, 5);
    expect(ids(ranking)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(ranking.considered).toBe(30);
    expect(ranking.eligible).toBe(30);
  });
});

describe('overseas orders', () => {
  const korean = (id: string, extra: Partial<MatchCandidate> = {}) =>
    person(id, {
      dateOfBirth: '1998-01-01',
      occupationCodes: ['8153'],
      skills: ['may công nghiệp'],
      certificates: [],
      willingToGoAbroad: true,
      languageResults: [{ test: 'EPS-TOPIK', level: 120 }],
      desiredWage: 40_000_000,
      ...extra,
    });

  it('excludes by age at departure, language test and willingness, and says why', () => {
    const candidates = [
      korean('ready'),
      // 39 today but 40 on the departure date (1 September 2026).
      korean('too-old-at-departure', { dateOfBirth: '1986-06-30' }),
      korean('no-test', { languageResults: [] }),
      korean('low-score', {
        languageResults: [
          { test: 'EPS-TOPIK', level: 70 },
          { test: 'JLPT', level: 3 },
        ],
      }),
      korean('stays-home', { willingToGoAbroad: false }),
    ];
    const pool = CandidatePool.from(candidates);
    const ranking = rankCandidatesForVacancy(pool, eps, { asOf });
    expect(ids(ranking)).toEqual(['ready']);
    expect(ranking.excludedBy).toEqual({
      not_willing_abroad: 1,
      age: 1,
      sex: 0,
      language_test: 2,
      education: 0,
    });
    expect(ranking.results[0]!.components.place.reason.vi).toBe('Sẵn sàng đi làm việc ở nước ngoài');

    const old = explainCandidateForVacancy(pool, 'too-old-at-departure', eps, { asOf })!;
    expect(old.eligible).toBe(false);
    expect(old.exclusions.map((e) => e.code)).toEqual(['age']);
    expect(old.exclusions[0]!.reason.en).toBe('Aged 40 on 2026-09-01, outside the age range 18–39');
    expect(old.exclusions[0]!.reason.vi).toContain('40 tuổi vào ngày 01/09/2026');
    const low = explainCandidateForVacancy(pool, 'low-score', eps, { asOf })!;
    expect(low.exclusions[0]!.reason.en).toBe('Needs EPS-TOPIK at least 80; scored 70');
    expect(explainCandidateForVacancy(pool, 'nobody', eps, { asOf })).toBeNull();
  });

  it('excludes everyone when nobody has taken the required test', () => {
    const ranking = rank([korean('a', { languageResults: [] })], eps);
    expect(ranking.results).toEqual([]);
    expect(ranking.excludedBy.language_test).toBe(1);
  });
});

describe('matching vacancies to a candidate', () => {
  it('ranks open vacancies for a person and lists the ones a hard limit excludes', () => {
    const driving: MatchVacancy = {
      ...welding,
      vacancyId: 'v-drive',
      occupationCode: '8322',
      skills: ['lái xe hạng B2'],
    };
    const ranking = rankVacanciesForCandidate(person('welder'), [driving, eps, welding], { asOf });
    expect(ranking.results.map((r) => r.vacancyId)).toEqual(['v-weld', 'v-drive']);
    expect(ranking.results[1]!.skillGaps).toEqual([
      { skill: 'lái xe hạng B2', courseOccupationCode: '8322' },
    ]);
    expect(ranking.excluded.map((r) => [r.vacancyId, r.exclusions.map((e) => e.code)])).toEqual([
      ['v-eps', ['not_willing_abroad', 'language_test']],
    ]);
  });
});

const candidateArbitrary = fc.record({
  candidateId: fc.uuid(),
  dateOfBirth: fc.integer({ min: 1960, max: 2008 }).map((y) => `${y}-06-15`),
  sex: fc.constantFrom('male' as const, 'female' as const),
  place: fc.record({
    villageCode: fc.constantFrom('XMT-01', 'XMT-02', 'Y-01', null),
    communeCode: fc.constantFrom('XMT', 'Y', null),
    provinceCode: fc.constantFrom('33', '01', null),
  }),
  educationLevel: fc.constantFrom(
    'none' as const,
    'primary' as const,
    'lower_secondary' as const,
    'college' as const,
  ),
  occupationCodes: fc.array(fc.constantFrom('7212', '7213', '72', '7231', '8153', '6111'), { maxLength: 3 }),
  skills: fc.array(fc.constantFrom('hàn TIG', 'han tig', 'đọc bản vẽ', 'may công nghiệp'), { maxLength: 3 }),
  certificates: fc.array(
    fc.record({ occupationCode: fc.constantFrom('7212', '721', '8153'), name: fc.constant('c') }),
    {
      maxLength: 2,
    },
  ),
  languageResults: fc.array(
    fc.record({ test: fc.constant('EPS-TOPIK' as const), level: fc.integer({ min: 0, max: 200 }) }),
    {
      maxLength: 1,
    },
  ),
  desiredWage: fc.option(fc.integer({ min: 3_000_000, max: 30_000_000 })),
  willingToWorkAway: fc.boolean(),
  willingToGoAbroad: fc.boolean(),
});

describe('matching properties', () => {
  it('returns what scoring everyone and sorting would, with explanations that agree with the ranking', () => {
    fc.assert(
      fc.property(
        fc.array(candidateArbitrary, { maxLength: 60 }),
        fc.constantFrom(welding, eps),
        fc.integer({ min: 1, max: 10 }),
        (candidates, vacancy, limit) => {
          const pool = CandidatePool.from(candidates);
          const ranking = rankCandidatesForVacancy(pool, vacancy, { asOf, limit });
          const compiled = compileVacancy(pool, vacancy, asOf);
          const naive = candidates
            .map((_, i) => ({
              i,
              result: explainMatch(pool, i, compiled),
              exact: totalScore(pool, i, compiled),
            }))
            .filter(({ result }) => result.eligible)
            .sort((a, b) => b.exact - a.exact || a.i - b.i)
            .slice(0, limit);
          expect(ranking.results).toEqual(naive.map(({ result }) => result));
          for (const { i, result } of naive) {
            expect(exclusionMask(pool, i, compiled)).toBe(0);
            const points = Object.values(result.components).reduce((sum, c) => sum + c.weight * c.fit, 0);
            expect(Math.round(points)).toBe(result.score);
            expect(result.score).toBeGreaterThanOrEqual(0);
            expect(result.score).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
