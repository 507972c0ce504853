/**
 * Monthly and annual reports of a unit from the indicator read models: the governing plan (read
 * from its stream, cut to what was known), the scope's units in the unit tree valid at the end of
 * the period, and the figures from SQL.
 */
import { Inject, Injectable } from '@nestjs/common';
import { OrgUnitDirectory, type UnitTree } from '@vieclam/admin';
import { DomainError } from '@vieclam/platform/command-handling';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import { SEED_PLAN_MEASURES } from '../config/seed-plan-58-2022';
import type { IndicatorReport, Measure } from '../domain/indicators/indicator-report';
import { knownAsOf, knownCutoff, monthRange } from '../domain/indicators/two-clocks';
import { PlanRecords } from '../application/plan-records';
import type { ReportKind } from '../application/report-submission';
import { readReportFigures } from './report-figures.sql';
import { reportFromFigures } from './report-from-figures';

export interface ReportRequest {
  unitCode: string;
  year: number;
  month: number;
  kind: ReportKind;
  /** Date or timestamp; null for a live report. */
  asKnownOn: string | null;
}

export interface UnitReport extends IndicatorReport {
  kind: ReportKind;
  unitName: string;
  unitLevel: string;
  planTitle: string;
  planUnitName: string;
  /** Sub-unit code → name (villages of a commune). */
  subUnitNames: Record<string, string>;
  generatedAt: string;
}

/**
 * Each unit of the scope's subtree, valid on `date`, mapped to the scope's direct sub-unit; a unit
 * that ended before `date` is placed by the tree valid on its last day, so its facts still count.
 */
export function scopeUnits(tree: UnitTree, scopeCode: string, date: string): Map<string, string> {
  const units = new Map<string, string>();
  for (const code of tree.allCodes()) {
    let lineage = tree.lineage(code, date);
    const latest = tree.latest(code);
    if (lineage.length === 0 && latest?.validTo && latest.validTo < date)
      lineage = tree.lineage(code, latest.validTo);
    const codes = lineage.map((u) => u.code);
    const at = codes.indexOf(scopeCode);
    if (at < 0) continue;
    units.set(code, at === 0 ? scopeCode : codes[at - 1]!);
  }
  if (units.size === 0) units.set(scopeCode, scopeCode);
  return units;
}

const unknownUnit = (code: string) =>
  DomainError.notFound(
    'unknown_unit',
    { vi: `Không có đơn vị hành chính ${code}`, en: `No administrative unit ${code}` },
    { field: 'unit' },
  );

@Injectable()
export class IndicatorReportQuery {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly plans: PlanRecords,
    private readonly units: OrgUnitDirectory,
  ) {}

  /** Which computation serves which plan indicator (the seed plan's codes). */
  measures: Readonly<Record<string, Measure>> = SEED_PLAN_MEASURES;

  async report(request: ReportRequest): Promise<UnitReport> {
    const { unitCode, year } = request;
    const month = request.kind === 'annual' ? 12 : request.month;
    const periodEnd = monthRange(year, month).to;
    const tree = this.units.current();
    const unit = tree.at(unitCode, periodEnd) ?? tree.latest(unitCode);
    if (!unit) throw unknownUnit(unitCode);
    const plan = await this.plans.governingPlan(unitCode, year, periodEnd);
    const knownAt = request.asKnownOn === null ? Date.now() : knownCutoff(request.asKnownOn);
    if (knownAsOf(plan.events, request.asKnownOn).length === 0) throw planNotKnownYet(request.asKnownOn);
    const units = scopeUnits(tree, unitCode, periodEnd);
    const figures = await readReportFigures(this.database.db, { units, year, month, knownAt });
    const report = reportFromFigures({
      planEvents: plan.events,
      unitCode,
      year,
      month,
      asKnownOn: request.asKnownOn,
      measures: this.measures,
      figures,
    });
    const subUnitNames: Record<string, string> = {};
    for (const code of new Set(units.values()))
      subUnitNames[code] = (tree.at(code, periodEnd) ?? tree.latest(code))?.name ?? code;
    const planUnit = tree.latest(plan.state.plan.unitCode);
    return {
      ...report,
      kind: request.kind,
      unitName: unit.name,
      unitLevel: unit.level,
      planTitle: plan.state.plan.title,
      planUnitName: plan.state.plan.unitName || planUnit?.name || plan.state.plan.unitCode,
      subUnitNames,
      generatedAt: new Date().toISOString(),
    };
  }
}

/** "As known on" a day before the plan was recorded: there was nothing to report against yet. */
function planNotKnownYet(asKnownOn: string | null): DomainError {
  const day = asKnownOn ?? '';
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : day;
  return DomainError.unprocessable(
    'plan_not_known_yet',
    {
      vi: `Ngày ${shown} kế hoạch chưa được ghi nhận vào hệ thống, nên chưa có báo cáo tính đến ngày đó. Chọn một ngày muộn hơn.`,
      en: `On ${shown} the plan was not yet recorded in the system, so there is no report as known on that day. Pick a later day.`,
    },
    { field: 'asKnownOn' },
  );
}
