/**
 * Events of the `Plan-<planId>` stream: a commune's plan (kế hoạch) and its indicators (chỉ tiêu),
 * kept exactly as printed. Printed strings travel beside the parsed numbers so that nothing the
 * document says is lost or silently corrected.
 */
import type { DomainEvent } from '@vieclam/platform/domain';

/** How a figure is measured against its target. `<` and `≤`: lower is better. */
export type Comparator = '>' | '≥' | '<' | '≤' | '=';
export const COMPARATORS: readonly Comparator[] = ['>', '≥', '<', '≤', '='];

export type IndicatorUnit = 'percent' | 'persons' | 'houses';

/**
 * `flow`: counted over a period (new jobs) — months add up to the year.
 * `stock`: a rate or level at a date (unemployment rate) — the year's value is the value at its end.
 */
export type IndicatorKind = 'flow' | 'stock';

/** A number as the document prints it, and what it means. */
export interface PrintedFigure {
  printed: string;
  comparator: Comparator;
  value: number;
}

export interface YearTarget extends PrintedFigure {
  year: number;
}

/** A target stated in the plan's text (section II), with the sentence it comes from. */
export interface TextTarget extends PrintedFigure {
  /** The Vietnamese sentence, as printed. */
  text: string;
}

export interface PlanIndicator {
  code: string;
  /** Where the indicator is printed: the annex table, or only in the text of section II. */
  printedIn: 'annex' | 'section_ii';
  name: { vi: string; en: string };
  unit: IndicatorUnit;
  kind: IndicatorKind;
  /** Direction of the targets: `≥`/`>` higher is better, `≤`/`<` lower is better. */
  comparator: Comparator;
  /** False for figures the tracker cannot observe (e.g. child malnutrition): entered as reported values. */
  observed: boolean;
  baseline: { year: number; printed: string; value: number } | null;
  yearlyTargets: YearTarget[];
  /** The period total as printed (may disagree with the sum of the years: it is kept, and checked). */
  statedPeriodTotal: { printed: string; value: number } | null;
  /** The target to the end of the period stated in section II. */
  sectionTarget: TextTarget | null;
  /** The orientation to 2030 (section II.2.2). */
  orientation2030: TextTarget | null;
}

export interface PlanAdoptedData {
  planId: string;
  /** As printed on the plan's first page, e.g. `58/KH-UBND`. */
  number: string;
  adoptedOn: string;
  /** Administrative unit code of the issuing committee and its printed name. */
  unitCode: string;
  unitName: string;
  title: string;
  legalBasis: string[];
  period: { fromYear: number; toYear: number };
  /** The plan number the annex prints on itself, when it differs from `number` it is reported. */
  annexNumber: string | null;
  indicators: PlanIndicator[];
}

export interface TargetAmendedData {
  planId: string;
  indicatorCode: string;
  year: number;
  previous: PrintedFigure | null;
  target: PrintedFigure;
  /** The amendment applies to reports from this date on; earlier reports keep the earlier target. */
  amendedOn: string;
  reason: string;
  decisionRef: string | null;
}

export interface PlanWithdrawnData {
  planId: string;
  withdrawnOn: string;
  reason: string;
}

export interface IndicatorValueReportedData {
  planId: string;
  indicatorCode: string;
  /** The unit the value describes (commune, village). */
  unitCode: string;
  value: number;
  /** The date the value describes. */
  asOf: string;
  /** Who measured it, e.g. `Trạm y tế xã, cân đo tháng 6/2024`. */
  source: string;
  reportedOn: string;
}

export type PlanEvent =
  | DomainEvent<'PlanAdopted', PlanAdoptedData>
  | DomainEvent<'TargetAmended', TargetAmendedData>
  | DomainEvent<'PlanWithdrawn', PlanWithdrawnData>
  | DomainEvent<'IndicatorValueReported', IndicatorValueReportedData>;

export const PLAN_EVENT_TYPES = [
  'PlanAdopted',
  'TargetAmended',
  'PlanWithdrawn',
  'IndicatorValueReported',
] as const satisfies readonly PlanEvent['type'][];
