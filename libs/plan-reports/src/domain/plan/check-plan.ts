/**
 * What the plan says that does not agree with itself. Shown beside the plan wherever it is read,
 * never corrected: the officer who reports against it has to know.
 *
 * "Agrees" is decided by implication, not by equal figures: the annex's final-year (rates) or
 * summed (counts) target agrees with section II's target when meeting the annex necessarily meets
 * section II. 95.5% ≥ … implies "> 80%" (figures differ — a note, not an inconsistency);
 * "≤ 1.04%" does not imply "< 1%", nor "≥ 30%" imply "> 30%" (inconsistencies).
 */
import type { BilingualMessage } from '@vieclam/platform/domain';
import { readVietnameseNumber } from '../printed-figures/vietnamese-number';
import type { Comparator, PlanAdoptedData, PlanIndicator, PrintedFigure } from './plan.events';

export type PlanFindingKind =
  | 'period_total_differs_from_sum'
  | 'section_target_not_met_by_annex'
  | 'section_target_differs_from_annex'
  | 'mixed_decimal_marks'
  | 'annex_number_differs';

export interface PlanFinding {
  kind: PlanFindingKind;
  /** `inconsistency`: the document contradicts itself. `note`: figures differ but agree. */
  severity: 'inconsistency' | 'note';
  indicatorCode: string | null;
  /** The figures involved, as printed and as read. */
  figures: Record<string, string | number>;
  message: BilingualMessage;
}

export function checkPlan(plan: PlanAdoptedData): PlanFinding[] {
  const findings: PlanFinding[] = [];
  if (plan.annexNumber !== null && plan.annexNumber !== plan.number) {
    findings.push({
      kind: 'annex_number_differs',
      severity: 'inconsistency',
      indicatorCode: null,
      figures: { planNumber: plan.number, annexNumber: plan.annexNumber },
      message: {
        vi: `Phụ lục ghi "Kèm theo Kế hoạch số ${plan.annexNumber}" nhưng kế hoạch mang số ${plan.number}.`,
        en: `The annex says it belongs to plan No. ${plan.annexNumber}, but the plan is No. ${plan.number}.`,
      },
    });
  }
  for (const indicator of plan.indicators) {
    findings.push(
      ...checkPeriodTotal(indicator),
      ...checkSectionTarget(indicator, plan),
      ...checkDecimalMarks(indicator),
    );
  }
  return findings;
}

function checkPeriodTotal(indicator: PlanIndicator): PlanFinding[] {
  const total = indicator.statedPeriodTotal;
  if (!total || indicator.kind !== 'flow' || indicator.yearlyTargets.length === 0) return [];
  const sum = sumOf(indicator);
  if (sum === total.value) return [];
  const years = indicator.yearlyTargets.map((t) => t.printed).join(' + ');
  return [
    {
      kind: 'period_total_differs_from_sum',
      severity: 'inconsistency',
      indicatorCode: indicator.code,
      figures: { printedTotal: total.printed, statedTotal: total.value, sumOfYears: sum },
      message: {
        vi: `${indicator.code} ${indicator.name.vi}: tổng giai đoạn in là ${total.printed}, nhưng cộng các năm (${years}) được ${vi(sum)}.`,
        en: `${indicator.code} ${indicator.name.en}: the printed period total is ${total.printed}, but the years (${years}) add up to ${en(sum)}.`,
      },
    },
  ];
}

function checkSectionTarget(indicator: PlanIndicator, plan: PlanAdoptedData): PlanFinding[] {
  const section = indicator.sectionTarget;
  const last = indicator.yearlyTargets.find((t) => t.year === plan.period.toYear);
  if (!section || !last) return [];
  const annex: Bound =
    indicator.kind === 'flow'
      ? { comparator: last.comparator, value: sumOf(indicator) }
      : { comparator: last.comparator, value: last.value };
  const annexPrinted =
    indicator.kind === 'flow'
      ? `${indicator.yearlyTargets.map((t) => t.printed).join(' + ')} = ${vi(annex.value)}`
      : `${last.printed} cho năm ${last.year}`;
  const annexPrintedEn =
    indicator.kind === 'flow'
      ? `${indicator.yearlyTargets.map((t) => t.printed).join(' + ')} = ${en(annex.value)}`
      : `${last.printed} for ${last.year}`;
  const figures = {
    sectionTarget: section.printed,
    sectionComparator: section.comparator,
    sectionValue: section.value,
    annexComparator: annex.comparator,
    annexValue: annex.value,
  };
  if (!implies(annex, section)) {
    return [
      {
        kind: 'section_target_not_met_by_annex',
        severity: 'inconsistency',
        indicatorCode: indicator.code,
        figures,
        message: {
          vi: `${indicator.code} ${indicator.name.vi}: mục II đặt mục tiêu "${section.printed}" đến năm ${plan.period.toYear}, nhưng phụ lục — ${annexPrinted} — không đạt mục tiêu đó.`,
          en: `${indicator.code} ${indicator.name.en}: section II targets "${section.printed}" by ${plan.period.toYear}, but the annex — ${annexPrintedEn} — does not meet it.`,
        },
      },
    ];
  }
  if (annex.value === section.value && annex.comparator === section.comparator) return [];
  return [
    {
      kind: 'section_target_differs_from_annex',
      severity: 'note',
      indicatorCode: indicator.code,
      figures,
      message: {
        vi: `${indicator.code} ${indicator.name.vi}: mục II ghi "${section.printed}", phụ lục ghi ${annexPrinted}; hai số khác nhau nhưng đạt phụ lục thì cũng đạt mục II.`,
        en: `${indicator.code} ${indicator.name.en}: section II says "${section.printed}", the annex ${annexPrintedEn}; the figures differ, but meeting the annex meets section II.`,
      },
    },
  ];
}

function checkDecimalMarks(indicator: PlanIndicator): PlanFinding[] {
  const printed = [
    ...indicator.yearlyTargets.map((t) => t.printed),
    ...(indicator.statedPeriodTotal ? [indicator.statedPeriodTotal.printed] : []),
  ];
  const byMark = new Map<string, string[]>();
  for (const text of printed) {
    const mark = decimalMarkOf(text);
    if (mark) byMark.set(mark, [...(byMark.get(mark) ?? []), text]);
  }
  if (byMark.size < 2) return [];
  const dots = (byMark.get('.') ?? []).join(', ');
  const commas = (byMark.get(',') ?? []).join('; ');
  return [
    {
      kind: 'mixed_decimal_marks',
      severity: 'inconsistency',
      indicatorCode: indicator.code,
      figures: { withDot: dots, withComma: commas },
      message: {
        vi: `${indicator.code} ${indicator.name.vi}: cùng một dòng dùng cả dấu chấm (${dots}) và dấu phẩy (${commas}) làm dấu thập phân; cả hai đều được đọc là số thập phân.`,
        en: `${indicator.code} ${indicator.name.en}: one row uses both a dot (${dots}) and a comma (${commas}) as the decimal mark; both are read as decimals.`,
      },
    },
  ];
}

function decimalMarkOf(printed: string): '.' | ',' | null {
  const number = /[\d.,]*\d[\d.,]*/.exec(printed)?.[0];
  if (!number) return null;
  try {
    return readVietnameseNumber(number).decimalMark;
  } catch {
    return null;
  }
}

type Bound = Pick<PrintedFigure, 'comparator' | 'value'>;

/** Every value meeting `a` also meets `b`: the interval of `a` lies inside the interval of `b`. */
export function implies(a: Bound, b: Bound): boolean {
  const A = interval(a);
  const B = interval(b);
  const lowerInside = A.lo > B.lo || (A.lo === B.lo && (!B.loOpen || A.loOpen));
  const upperInside = A.hi < B.hi || (A.hi === B.hi && (!B.hiOpen || A.hiOpen));
  return lowerInside && upperInside;
}

/** Does a measured value meet a target? */
export function meets(value: number, target: Bound): boolean {
  return implies({ comparator: '=', value }, target);
}

function interval({ comparator, value }: Bound): {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
} {
  const table: Record<Comparator, { lo: number; loOpen: boolean; hi: number; hiOpen: boolean }> = {
    '>': { lo: value, loOpen: true, hi: Infinity, hiOpen: true },
    '≥': { lo: value, loOpen: false, hi: Infinity, hiOpen: true },
    '<': { lo: -Infinity, loOpen: true, hi: value, hiOpen: true },
    '≤': { lo: -Infinity, loOpen: true, hi: value, hiOpen: false },
    '=': { lo: value, loOpen: false, hi: value, hiOpen: false },
  };
  return table[comparator];
}

function sumOf(indicator: PlanIndicator): number {
  return Math.round(indicator.yearlyTargets.reduce((sum, t) => sum + t.value, 0) * 1e9) / 1e9;
}

const vi = (n: number): string => n.toLocaleString('vi-VN');
const en = (n: number): string => n.toLocaleString('en-GB');
