/**
 * Turns a parsed unit list into the commands that bring the store in line with it. Pure: the
 * caller passes what the store already holds. A unit already present with the same versions is a
 * no-op, so importing the same file twice changes nothing the second time.
 */
import type { OrgUnitVersion } from '../../domain/org-unit/org-unit';
import type { OrgUnitCommand } from '../../domain/org-unit/org-unit.decider';
import type { UnitCsvProblem, UnitCsvRow } from '../../domain/org-unit/units-csv';

export interface PlannedUnitCommand {
  code: string;
  line: number;
  command: OrgUnitCommand;
  /** Business date of the resulting event. */
  occurredOn: string;
}

export interface UnitsImportPlan {
  commands: PlannedUnitCommand[];
  /** Codes that do not exist yet. */
  created: string[];
  /** Existing codes that get later dated changes. */
  changed: string[];
  /** Existing codes already exactly as in the file. */
  unchanged: string[];
  problems: UnitCsvProblem[];
}

export const IMPORT_END_REASON =
  'Kết thúc theo danh sách đơn vị nhập từ CSV / Ended by an imported unit list';

interface WantedVersion {
  line: number;
  name: string;
  level: OrgUnitVersion['level'];
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const sameVersion = (have: OrgUnitVersion, want: WantedVersion) =>
  have.name === want.name &&
  have.level === want.level &&
  have.parentCode === want.parentCode &&
  have.validFrom === want.validFrom;

/** The wanted versions of one unit, or the problems that make them impossible. */
function wantedVersions(
  rows: readonly UnitCsvRow[],
  problems: UnitCsvProblem[],
): WantedVersion[] | undefined {
  const sorted = [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const before = problems.length;
  const wanted: WantedVersion[] = [];
  sorted.forEach((row, i) => {
    const next = sorted[i + 1];
    const previous = sorted[i - 1];
    const problem = (field: string, vi: string, en: string) =>
      problems.push({ line: row.line, field, vi, en });
    if (previous && row.level !== previous.level) {
      problem(
        'level',
        `Cấp đơn vị khác với dòng ${previous.line}; một mã đơn vị giữ nguyên cấp`,
        `The level differs from line ${previous.line}; a unit code keeps its level`,
      );
    }
    if (previous && row.name === previous.name && row.parentCode === previous.parentCode) {
      problem(
        'validFrom',
        `Không có gì thay đổi so với dòng ${previous.line}`,
        `Nothing changes compared with line ${previous.line}`,
      );
    }
    if (previous && row.name !== previous.name && row.parentCode !== previous.parentCode) {
      problem(
        'name',
        `Không thể đổi cả tên và đơn vị cấp trên trong cùng một ngày (so với dòng ${previous.line})`,
        `Name and parent cannot both change on the same day (compared with line ${previous.line})`,
      );
    }
    const impliedEnd = next ? dayBefore(next.validFrom) : null;
    if (next && row.validTo !== null && row.validTo !== impliedEnd) {
      problem(
        'validTo',
        `Ngày hết hiệu lực phải là ${impliedEnd} (ngay trước phiên bản ở dòng ${next.line})`,
        `The valid-to date must be ${impliedEnd} (the day before the version on line ${next.line})`,
      );
    }
    if (row.validTo !== null && row.validTo < row.validFrom) {
      problem(
        'validTo',
        'Ngày hết hiệu lực trước ngày hiệu lực',
        'The valid-to date is before the valid-from date',
      );
    }
    wanted.push({
      line: row.line,
      name: row.name,
      level: row.level,
      parentCode: row.parentCode,
      validFrom: row.validFrom,
      validTo: next ? impliedEnd : row.validTo,
    });
  });
  return problems.length === before ? wanted : undefined;
}

/** The commands that add `wanted[from..]` after the existing versions (or create the unit). */
function commandsFrom(code: string, wanted: readonly WantedVersion[], from: number): PlannedUnitCommand[] {
  const commands: PlannedUnitCommand[] = [];
  for (let i = from; i < wanted.length; i++) {
    const version = wanted[i]!;
    const previous = wanted[i - 1];
    if (!previous) {
      commands.push({
        code,
        line: version.line,
        occurredOn: version.validFrom,
        command: {
          type: 'CreateOrgUnit',
          data: {
            code,
            name: version.name,
            level: version.level,
            parentCode: version.parentCode,
            validFrom: version.validFrom,
            official: true,
          },
        },
      });
    } else if (version.parentCode !== previous.parentCode) {
      commands.push({
        code,
        line: version.line,
        occurredOn: version.validFrom,
        command: {
          type: 'ReparentOrgUnit',
          data: { parentCode: version.parentCode, from: version.validFrom },
        },
      });
    } else {
      commands.push({
        code,
        line: version.line,
        occurredOn: version.validFrom,
        command: { type: 'RenameOrgUnit', data: { name: version.name, from: version.validFrom } },
      });
    }
  }
  const last = wanted[wanted.length - 1];
  if (last?.validTo) {
    commands.push({
      code,
      line: last.line,
      occurredOn: last.validTo,
      command: {
        type: 'EndOrgUnit',
        data: { validTo: last.validTo, successorCodes: [], reason: IMPORT_END_REASON },
      },
    });
  }
  return commands;
}

/**
 * Plans the import of `rows` (already validated by `parseUnitsCsv`) given each code's existing
 * versions. An existing unit must match the file's versions; the file may only add later versions
 * or an end date to it. Anything else is reported, per line, and nothing is planned.
 */
export function planUnitsImport(
  rows: readonly UnitCsvRow[],
  existingVersions: (code: string) => readonly OrgUnitVersion[],
): UnitsImportPlan {
  const problems: UnitCsvProblem[] = [];
  const byCode = new Map<string, UnitCsvRow[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);

  const plan: UnitsImportPlan = { commands: [], created: [], changed: [], unchanged: [], problems };
  for (const [code, unitRows] of byCode) {
    const wanted = wantedVersions(unitRows, problems);
    if (!wanted) continue;
    const have = existingVersions(code);
    if (have.length === 0) {
      plan.created.push(code);
      plan.commands.push(...commandsFrom(code, wanted, 0));
      continue;
    }
    const differs = (line: number, vi: string, en: string) =>
      problems.push({
        line,
        field: 'code',
        vi: `Đơn vị "${code}" đã có với thông tin khác: ${vi}. Hãy dùng chức năng đổi tên, đổi cấp trên hoặc kết thúc đơn vị`,
        en: `Unit "${code}" already exists with different details: ${en}. Use rename, reparent or end instead`,
      });
    const lastHave = have.length - 1;
    let consistent = true;
    for (let i = 0; i < have.length && consistent; i++) {
      const h = have[i]!;
      const w = wanted[i];
      if (!w) {
        differs(
          wanted[wanted.length - 1]!.line,
          `đã có ${have.length} phiên bản`,
          `it has ${have.length} versions`,
        );
        consistent = false;
      } else if (!sameVersion(h, w)) {
        differs(
          w.line,
          `đang là "${h.name}", cấp trên ${h.parentCode ?? '—'}, từ ${h.validFrom}`,
          `it is "${h.name}", parent ${h.parentCode ?? '—'}, from ${h.validFrom}`,
        );
        consistent = false;
      } else if (i < lastHave && h.validTo !== w.validTo) {
        differs(w.line, `phiên bản kết thúc ngày ${h.validTo}`, `that version ends on ${h.validTo}`);
        consistent = false;
      } else if (i === lastHave && h.validTo !== null && h.validTo !== w.validTo) {
        differs(w.line, `đơn vị đã kết thúc ngày ${h.validTo}`, `the unit ended on ${h.validTo}`);
        consistent = false;
      }
    }
    if (!consistent) continue;
    const lastExisting = have[lastHave]!;
    const extra = commandsFrom(code, wanted, have.length).filter(
      // The existing last version already ends as wanted: no second EndOrgUnit.
      (c) =>
        !(c.command.type === 'EndOrgUnit' && lastExisting.validTo !== null && have.length === wanted.length),
    );
    if (extra.length === 0) plan.unchanged.push(code);
    else {
      plan.changed.push(code);
      plan.commands.push(...extra);
    }
  }
  if (problems.length > 0) return { commands: [], created: [], changed: [], unchanged: [], problems };
  return plan;
}
