/**
 * Reading numbers as Vietnamese documents print them. Vietnamese writes the decimal mark as a
 * comma and groups thousands with dots (`1.500.000`, `1,41`), but documents typed on English
 * keyboards mix in dots as decimal marks (`1.45` beside `1,41` in the same row of plan 58).
 *
 * The rule, applied in this order:
 * 1. Both marks present: the one that comes last is the decimal mark (`1.500.000,5`, `1,500.5`).
 * 2. One mark, repeated: thousands groups of three digits (`1.500.000`, `1,500,000`).
 * 3. One mark, once, followed by exactly three digits, with a non-zero integer part — the
 *    ambiguous case: a dot is read as a thousands separator (`1.500` = 1500, as VND amounts are
 *    written) and a comma as a decimal mark (`1,500` = 1.5, the Vietnamese decimal). The reading
 *    is flagged `ambiguous` so callers can show it.
 * 4. Otherwise one mark, once: a decimal mark, whichever it is (`1,41` = `1.45`-style = 1.41).
 */
import type { Comparator, PrintedFigure } from '../plan/plan.events';

export interface VietnameseNumberReading {
  value: number;
  /** The mark read as the decimal separator, or null for a whole number. */
  decimalMark: '.' | ',' | null;
  /** True when rule 3 decided (a single mark before exactly three digits). */
  ambiguous: boolean;
}

export class NotAVietnameseNumber extends Error {
  override readonly name = 'NotAVietnameseNumber';
  constructor(readonly printed: string) {
    super(`Not a number: "${printed}"`);
  }
}

export function readVietnameseNumber(printed: string): VietnameseNumberReading {
  const text = printed.trim().replace(/\s+/g, '');
  const match = /^([+-]?)([\d.,]+)$/.exec(text);
  if (!match || !/\d/.test(text) || /^[.,]|[.,]$/.test(match[2] ?? ''))
    throw new NotAVietnameseNumber(printed);
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2] ?? '';
  const dots = count(body, '.');
  const commas = count(body, ',');

  if (dots > 0 && commas > 0) {
    const decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const thousandsMark = decimalMark === '.' ? ',' : '.';
    const [whole = '', fraction = ''] = splitOnce(body, decimalMark);
    if (fraction.includes(thousandsMark) || count(body, decimalMark) > 1)
      throw new NotAVietnameseNumber(printed);
    return {
      value: sign * Number(`${ungroup(whole, thousandsMark, printed)}.${fraction}`),
      decimalMark,
      ambiguous: false,
    };
  }
  const mark = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (mark === null) return { value: sign * Number(body), decimalMark: null, ambiguous: false };
  if (count(body, mark) > 1)
    return { value: sign * Number(ungroup(body, mark, printed)), decimalMark: null, ambiguous: false };

  const [whole = '', fraction = ''] = splitOnce(body, mark);
  const ambiguous = fraction.length === 3 && Number(whole) !== 0 && whole.length <= 3;
  if (ambiguous && mark === '.')
    return { value: sign * Number(whole + fraction), decimalMark: null, ambiguous };
  return { value: sign * Number(`${whole}.${fraction}`), decimalMark: mark, ambiguous };
}

/** The value of a number printed the Vietnamese way (see the rule above); throws if it is not one. */
export function parseVietnameseNumber(printed: string): number {
  return readVietnameseNumber(printed).value;
}

const WORD_COMPARATORS: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(≥|>=|từ|ít nhất|tối thiểu)/i, '≥'],
  [/^(≤|<=|tối đa|không quá)/i, '≤'],
  [/^(>|trên|hơn)/i, '>'],
  [/^(<|dưới)/i, '<'],
  [/^(=|đạt|khoảng)/i, '='],
];

/**
 * Reads a printed target such as `<1`, `> 100`, `trên 80%`, `85%` or `1,41`: its comparator (or
 * `whenBare` when none is printed) and its value. The printed text is kept as it is.
 */
export function parsePrintedFigure(printed: string, whenBare: Comparator): PrintedFigure {
  let rest = printed.trim();
  let comparator = whenBare;
  for (const [pattern, found] of WORD_COMPARATORS) {
    const match = pattern.exec(rest);
    if (match) {
      // "khoảng" (about) and "đạt" (reach) say nothing about direction: keep the indicator's.
      comparator = found === '=' ? whenBare : found;
      rest = rest.slice(match[0].length).trim();
      break;
    }
  }
  rest = rest.replace(/\s*%$/, '');
  return { printed, comparator, value: parseVietnameseNumber(rest) };
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

function splitOnce(text: string, mark: string): [string, string] {
  const at = text.indexOf(mark);
  return [text.slice(0, at), text.slice(at + 1)];
}

function ungroup(whole: string, mark: string, printed: string): string {
  const groups = whole.split(mark);
  const [first = '', ...rest] = groups;
  if (first.length === 0 || first.length > 3 || rest.some((g) => g.length !== 3))
    throw new NotAVietnameseNumber(printed);
  return groups.join('');
}
