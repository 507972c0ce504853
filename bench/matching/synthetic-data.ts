/**
 * Seeded synthetic job seekers and vacancies for the matching benchmark: the same seed gives the
 * same data on every machine. Proportions are loosely those of a rural commune (many farmers and
 * elementary workers, some trades, a few with a language test for labour export).
 */
import type { MatchCandidate, MatchVacancy } from '@vieclam/vacancies';

/** mulberry32: a tiny, fast, good-enough 32-bit PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OCCUPATIONS = [
  '6111',
  '6121',
  '6122',
  '7112',
  '7115',
  '7126',
  '7212',
  '7231',
  '7411',
  '7512',
  '7533',
  '8153',
  '8212',
  '8322',
  '8332',
  '9211',
  '9313',
  '9321',
  '5120',
  '5322',
];
const SKILLS = [
  'hàn TIG',
  'hàn MIG',
  'hàn điện',
  'đọc bản vẽ',
  'may công nghiệp',
  'lái xe hạng B2',
  'lái xe hạng C',
  'điện dân dụng',
  'xây trát',
  'mộc',
  'chăn nuôi',
  'trồng rau',
  'nấu ăn',
  'chăm sóc người cao tuổi',
  'tin học văn phòng',
  'sửa xe máy',
  'lắp ráp điện tử',
  'đóng gói',
  'kế toán',
  'bán hàng',
  'tiếng Hàn giao tiếp',
  'tiếng Nhật giao tiếp',
  'vận hành máy CNC',
  'an toàn lao động',
];
const EDUCATION = [
  'none',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'college',
  'university',
] as const;
const EDUCATION_WEIGHTS = [0.02, 0.08, 0.35, 0.35, 0.1, 0.06, 0.04];
const PROVINCES = ['33', '34', '01', '31', '22'];

export function generateCandidates(count: number, seed: number): MatchCandidate[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    let r = random();
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const some = <T>(items: readonly T[], max: number): T[] =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items));
  return Array.from({ length: count }, (_, i): MatchCandidate => {
    const province = weighted(PROVINCES, [0.6, 0.2, 0.1, 0.05, 0.05]);
    const commune = `${province}-C${Math.floor(random() * 20)}`;
    const year = 1966 + Math.floor(random() * 42);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const abroad = random() < 0.25;
    return {
      candidateId: `c-${i}`,
      dateOfBirth: `${year}-${month}-${day}`,
      sex: random() < 0.5 ? 'male' : 'female',
      place: {
        villageCode: `${commune}-V${Math.floor(random() * 8)}`,
        communeCode: commune,
        provinceCode: province,
      },
      educationLevel: weighted(EDUCATION, EDUCATION_WEIGHTS),
      occupationCodes: some(OCCUPATIONS, 3),
      skills: some(SKILLS, 5),
      certificates: some(OCCUPATIONS, 2).map((code) => ({ occupationCode: code, name: `Chứng chỉ ${code}` })),
      languageResults:
        abroad && random() < 0.5
          ? [
              random() < 0.6
                ? { test: 'EPS-TOPIK', level: 40 + Math.floor(random() * 160) }
                : { test: 'JLPT', level: 1 + Math.floor(random() * 3) },
            ]
          : [],
      desiredWage: random() < 0.8 ? (5 + Math.floor(random() * 20)) * 500_000 : null,
      willingToWorkAway: random() < 0.4,
      willingToGoAbroad: abroad,
    };
  });
}

export function generateVacancies(count: number, seed: number): MatchVacancy[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i): MatchVacancy => {
    const overseas = i % 4 === 3;
    const occupationCode = pick(OCCUPATIONS);
    const minWage = (10 + Math.floor(random() * 10)) * 500_000;
    const province = pick(PROVINCES);
    const commune = `${province}-C${Math.floor(random() * 20)}`;
    return {
      vacancyId: `v-${i}`,
      occupationCode,
      title: `Vị trí ${occupationCode}`,
      count: 1 + Math.floor(random() * 10),
      place: overseas
        ? { kind: 'abroad', country: 'KR' }
        : {
            kind: 'domestic',
            provinceCode: province,
            communeCode: commune,
            villageCode: random() < 0.5 ? `${commune}-V1` : null,
          },
      wage: { min: minWage, max: random() < 0.7 ? minWage + 4_000_000 : null },
      minEducation: {
        level: pick(['primary', 'lower_secondary', 'upper_secondary'] as const),
        hard: random() < 0.3,
      },
      ageLimit: overseas ? null : { min: 18, max: 45 + Math.floor(random() * 15) },
      sexLimit: null,
      skills: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(SKILLS)),
      startDate: '2026-05-01',
      closingDate: '2026-06-30',
      overseas: overseas
        ? {
            country: 'KR',
            programme: 'korea_eps',
            ageAtDeparture: { min: 18, max: 39 },
            languageTest: { test: 'EPS-TOPIK', minimumLevel: 80 },
            licensedEnterpriseId: 'e-colab',
            expectedDepartureDate: '2026-10-01',
          }
        : null,
    };
  });
}
