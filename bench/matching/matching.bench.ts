/**
 * Ranking candidates for one vacancy, 10,000 and 100,000 candidates, against a naive baseline
 * measured in the same run: explain every candidate (all reasons) and `Array.sort` the lot. Both
 * read the same pre-built candidate pool, so the ratio shows what top-k selection and lazy reasons
 * buy; the pool's one-off build time is printed apart. The two sides alternate run by run over
 * the same rotation of vacancies (domestic and overseas), because the machine is shared and noisy.
 */
import { performance } from 'node:perf_hooks';
import {
  CandidatePool,
  compileVacancy,
  explainMatch,
  rankCandidatesForVacancy,
  totalScore,
  type MatchResult,
  type MatchVacancy,
} from '@vieclam/vacancies';
import { generateCandidates, generateVacancies } from './synthetic-data';

const AS_OF = '2026-03-20';
const LIMIT = 20;
const TARGET_MS = 50;
const SIZES = [10_000, 100_000];
const RUNS = 50;
const WARM_UP = 5;

function naiveRanking(pool: CandidatePool, vacancy: MatchVacancy): MatchResult[] {
  const compiled = compileVacancy(pool, vacancy, AS_OF);
  const all: { result: MatchResult; exact: number; index: number }[] = [];
  for (let i = 0; i < pool.size; i++) {
    all.push({ result: explainMatch(pool, i, compiled), exact: totalScore(pool, i, compiled), index: i });
  }
  return all
    .filter((entry) => entry.result.eligible)
    .sort((a, b) => b.exact - a.exact || a.index - b.index)
    .slice(0, LIMIT)
    .map((entry) => entry.result);
}

const fast = (pool: CandidatePool, vacancy: MatchVacancy) =>
  rankCandidatesForVacancy(pool, vacancy, { asOf: AS_OF, limit: LIMIT }).results;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function run(): Promise<void> {
  const vacancies = generateVacancies(8, 20260320);
  const rows: string[][] = [];
  for (const size of SIZES) {
    const candidates = generateCandidates(size, 42);
    const built = performance.now();
    const pool = CandidatePool.from(candidates);
    const buildMs = performance.now() - built;

    // Same answers, or the comparison means nothing.
    for (const vacancy of vacancies) {
      const a = fast(pool, vacancy).map((r) => r.candidateId);
      const b = naiveRanking(pool, vacancy).map((r) => r.candidateId);
      if (a.join() !== b.join()) throw new Error(`Rankings differ for ${vacancy.vacancyId}`);
    }

    const times = { fast: [] as number[], naive: [] as number[] };
    for (let r = 0; r < WARM_UP + RUNS; r++) {
      const vacancy = vacancies[r % vacancies.length]!;
      for (const side of r % 2 === 0 ? (['fast', 'naive'] as const) : (['naive', 'fast'] as const)) {
        const started = performance.now();
        if (side === 'fast') fast(pool, vacancy);
        else naiveRanking(pool, vacancy);
        if (r >= WARM_UP) times[side].push(performance.now() - started);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }

    const stats = (ms: number[]) => {
      const sorted = [...ms].sort((x, y) => x - y);
      return {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        perSecond: size / (percentile(sorted, 50) / 1000),
      };
    };
    const f = stats(times.fast);
    const n = stats(times.naive);
    rows.push([
      size.toLocaleString('en-US'),
      `${buildMs.toFixed(0)} ms`,
      `${f.p50.toFixed(2)} / ${f.p95.toFixed(2)} ms`,
      `${(f.perSecond / 1e6).toFixed(2)} M/s`,
      `${n.p50.toFixed(1)} / ${n.p95.toFixed(1)} ms`,
      `${(n.perSecond / 1e6).toFixed(3)} M/s`,
      `${(n.p50 / f.p50).toFixed(1)}×`,
      size === 10_000 ? (f.p95 < TARGET_MS ? `p95 < ${TARGET_MS} ms ✓` : `p95 ≥ ${TARGET_MS} ms ✗`) : '',
    ]);
  }
  const header = [
    'candidates',
    'pool build',
    'top-k p50 / p95',
    'top-k ranked/s',
    'naive p50 / p95',
    'naive ranked/s',
    'speed-up (p50)',
    'target',
  ];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  console.log(
    `Ranking candidates for one vacancy (top ${LIMIT}, ${RUNS} runs each, ${vacancies.length} vacancies in rotation)`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
