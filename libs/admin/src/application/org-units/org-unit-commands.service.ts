import { Inject, Injectable } from '@nestjs/common';
import { CommandExecutor, DomainError } from '@vieclam/platform/command-handling';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { parseUnitsCsv, type UnitCsvProblem } from '../../domain/org-unit/units-csv';
import {
  orgUnitDecider,
  type OrgUnitCommand,
  type OrgUnitState,
} from '../../domain/org-unit/org-unit.decider';
import type { UnitTree } from '../../domain/org-unit/org-unit';
import { OrgUnitDirectory } from '../../projections/org-units/org-unit-directory';
import type { AccessContext } from '../auth/access-context';
import { asDomainError, loadOrgUnit, orgUnitStream } from '../users/user-accounts';
import { planUnitsImport } from './units-import-plan';

export interface UnitsImportResult {
  created: number;
  changed: number;
  unchanged: number;
  events: number;
}

export const forbiddenUnit = (unitCode: string) =>
  DomainError.forbidden(
    'forbidden_unit',
    {
      vi: 'Bạn không có quyền với đơn vị hành chính này.',
      en: 'You have no right to this administrative unit.',
    },
    { details: { permission: 'units:write', unitCode } },
  );

const unitNotFound = (code: string) =>
  DomainError.notFound('unit_not_found', {
    vi: `Không tìm thấy đơn vị hành chính "${code}".`,
    en: `Administrative unit "${code}" not found.`,
  });

/**
 * The write side of the unit tree: each command runs through the CommandExecutor on the unit's
 * `OrgUnit-<code>` stream, then the directory is synced so the next request's guard sees it.
 */
@Injectable()
export class OrgUnitCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrgUnitDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async versionsOf(code: string): Promise<OrgUnitState> {
    return loadOrgUnit(this.store, code);
  }

  async run(
    code: string,
    command: OrgUnitCommand,
    occurredOn: string,
    actor: string,
    correlationId?: string,
  ) {
    try {
      const result = await this.executor.execute({
        streamId: orgUnitStream(code),
        decider: orgUnitDecider,
        command,
        metadata: { actor, orgUnit: code, occurredOn, ...(correlationId ? { correlationId } : {}) },
      });
      await this.directory.sync();
      return result.state;
    } catch (error) {
      throw asDomainError(error);
    }
  }

  /** The parent must exist on the date, and must not lie inside the unit's own subtree. */
  checkParent(tree: UnitTree, code: string, parentCode: string | null, date: string): void {
    if (parentCode === null) return;
    if (!tree.at(parentCode, date)) {
      throw DomainError.invalid(
        'parent_not_valid',
        {
          vi: `Đơn vị cấp trên "${parentCode}" không có hiệu lực vào ngày ${date}.`,
          en: `The parent unit "${parentCode}" is not in force on ${date}.`,
        },
        { field: 'parentCode' },
      );
    }
    if (tree.isWithin(parentCode, code, date)) {
      throw DomainError.invalid(
        'parent_cycle',
        {
          vi: 'Đơn vị cấp trên không thể nằm trong chính đơn vị này.',
          en: 'The parent cannot lie inside the unit itself.',
        },
        { field: 'parentCode' },
      );
    }
  }

  async requireUnit(code: string): Promise<OrgUnitState> {
    const state = await loadOrgUnit(this.store, code);
    if (state.versions.length === 0) throw unitNotFound(code);
    return state;
  }

  /**
   * Validates the whole file first (every bad line reported, nothing imported), then checks the
   * caller's right on every unit it would change, then runs the planned commands.
   */
  async importCsv(csv: string, access: AccessContext, correlationId?: string): Promise<UnitsImportResult> {
    const parsed = parseUnitsCsv(csv);
    if (parsed.problems.length > 0) throw invalidCsv(parsed.problems);
    if (parsed.rows.length === 0) {
      throw invalidCsv([
        { line: 1, field: 'csv', vi: 'Tệp không có dòng dữ liệu nào', en: 'The file has no data rows' },
      ]);
    }
    const existing = new Map<string, OrgUnitState>();
    for (const code of new Set(parsed.rows.map((r) => r.code))) {
      existing.set(code, await loadOrgUnit(this.store, code));
    }
    const plan = planUnitsImport(parsed.rows, (code) => existing.get(code)?.versions ?? []);
    if (plan.problems.length > 0) throw invalidCsv(plan.problems);

    // A new unit is judged by its nearest ancestor that already exists; a change by the unit itself
    // and, when it moves, by its new parent.
    const parentInFile = new Map(parsed.rows.map((r) => [r.code, r.parentCode] as const));
    const anchorOf = (code: string): string => {
      let current = code;
      const seen = new Set<string>();
      while (!existing.get(current)?.versions.length && !seen.has(current)) {
        seen.add(current);
        const parent = parentInFile.get(current);
        if (!parent) return current;
        current = existing.has(parent) ? parent : (access.tree.at(parent, access.today)?.code ?? parent);
      }
      return current;
    };
    const toCheck = new Set<string>();
    for (const planned of plan.commands) {
      toCheck.add(anchorOf(planned.code));
      if (planned.command.type === 'ReparentOrgUnit' && planned.command.data.parentCode) {
        toCheck.add(anchorOf(planned.command.data.parentCode));
      }
    }
    for (const unit of toCheck) {
      if (!canWrite(access, unit)) throw forbiddenUnit(unit);
    }

    for (const planned of plan.commands) {
      await this.run(planned.code, planned.command, planned.occurredOn, access.user.userId, correlationId);
    }
    return {
      created: plan.created.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged.length,
      events: plan.commands.length,
    };
  }
}

/** `units:write` on the unit, judged by today's tree, or (for an ended unit) by its last version's date. */
function canWrite(access: AccessContext, unit: string): boolean {
  if (access.canAccess('units:write', unit)) return true;
  const latest = access.tree.latest(unit);
  return latest?.validTo ? access.canAccess('units:write', unit, latest.validTo) : false;
}

function invalidCsv(problems: readonly UnitCsvProblem[]): DomainError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  return DomainError.invalid(
    'units_csv_invalid',
    {
      vi: `Tệp CSV có ${sorted.length} lỗi; chưa nhập đơn vị nào.`,
      en: `The CSV file has ${sorted.length} problem(s); nothing was imported.`,
    },
    {
      field: 'csv',
      details: {
        problems: sorted.map((p) => ({
          line: p.line,
          field: p.field,
          messages: { vi: p.vi, en: p.en },
          message: `Dòng ${p.line}, ${p.field}: ${p.vi} / Line ${p.line}, ${p.field}: ${p.en}`,
        })),
      },
    },
  );
}
