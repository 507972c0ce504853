import { orgUnitDecider, type OrgUnitState } from '../../domain/org-unit/org-unit.decider';
import { parseUnitsCsv } from '../../domain/org-unit/units-csv';
import { planUnitsImport } from './units-import-plan';

const HEADER = 'code,name,level,parentCode,validFrom,validTo';

function rowsOf(csv: string) {
  const parsed = parseUnitsCsv(`${HEADER}\n${csv}`);
  expect(parsed.problems).toEqual([]);
  return parsed.rows;
}

/** Applies a plan's commands with the real decider: what the store would hold afterwards. */
function apply(existing: Map<string, OrgUnitState>, plan: ReturnType<typeof planUnitsImport>) {
  const next = new Map(existing);
  for (const { code, command } of plan.commands) {
    const state = next.get(code) ?? orgUnitDecider.initialState();
    const events = orgUnitDecider.decide(command, state);
    next.set(
      code,
      events.reduce((s, e) => orgUnitDecider.evolve(s, e), state),
    );
  }
  return next;
}

const FILE = [
  '33,Tỉnh Hưng Yên,province,,01/01/1997,',
  '333,Huyện Phù Cừ,district,33,1997-01-01,2025-06-30',
  'XMT,Xã Minh Tiến,commune,333,1997-01-01,',
  'XMT,Xã Minh Tiến,commune,33,2025-07-01,',
  'XMT-01,Thôn Đông,village,XMT,1997-01-01,',
].join('\n');

describe('planUnitsImport', () => {
  it('creates new units with their dated versions and ends', () => {
    const plan = planUnitsImport(rowsOf(FILE), () => []);
    expect(plan.problems).toEqual([]);
    expect(plan.created).toEqual(['33', '333', 'XMT', 'XMT-01']);
    expect(plan.commands.map((c) => `${c.code}:${c.command.type}`)).toEqual([
      '33:CreateOrgUnit',
      '333:CreateOrgUnit',
      '333:EndOrgUnit',
      'XMT:CreateOrgUnit',
      'XMT:ReparentOrgUnit',
      'XMT-01:CreateOrgUnit',
    ]);
    const after = apply(new Map(), plan);
    expect(after.get('XMT')!.versions.map((v) => [v.parentCode, v.validFrom, v.validTo])).toEqual([
      ['333', '1997-01-01', '2025-06-30'],
      ['33', '2025-07-01', null],
    ]);
  });

  it('plans nothing when the same file is imported again', () => {
    const rows = rowsOf(FILE);
    const after = apply(
      new Map(),
      planUnitsImport(rows, () => []),
    );
    const again = planUnitsImport(rows, (code) => after.get(code)?.versions ?? []);
    expect(again.problems).toEqual([]);
    expect(again.commands).toEqual([]);
    expect(again.unchanged.sort()).toEqual(['33', '333', 'XMT', 'XMT-01']);
  });

  it('adds only the later versions to a unit that already exists', () => {
    const first = rowsOf('33,Tỉnh Hưng Yên,province,,1997-01-01,\nXMT-01,Thôn Đông,village,33,1997-01-01,');
    const existing = apply(
      new Map(),
      planUnitsImport(first, () => []),
    );
    const later = rowsOf(
      '33,Tỉnh Hưng Yên,province,,1997-01-01,\nXMT-01,Thôn Đông,village,33,1997-01-01,\nXMT-01,Thôn Đông Hưng,village,33,2026-01-01,',
    );
    const plan = planUnitsImport(later, (code) => existing.get(code)?.versions ?? []);
    expect(plan.changed).toEqual(['XMT-01']);
    expect(plan.commands.map((c) => c.command)).toEqual([
      { type: 'RenameOrgUnit', data: { name: 'Thôn Đông Hưng', from: '2026-01-01' } },
    ]);
  });

  it('reports an existing unit with other details on its line, bilingually, and plans nothing', () => {
    const existing = apply(
      new Map(),
      planUnitsImport(rowsOf('33,Tỉnh Hưng Yên,province,,1997-01-01,'), () => []),
    );
    const plan = planUnitsImport(
      rowsOf('33,Tỉnh Hưng Yên mới,province,,1997-01-01,\n34,Tỉnh Thái Bình,province,,1997-01-01,'),
      (code) => existing.get(code)?.versions ?? [],
    );
    expect(plan.commands).toEqual([]);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({ line: 2, field: 'code' });
    expect(plan.problems[0]!.vi).toContain('đã có với thông tin khác');
    expect(plan.problems[0]!.en).toContain('already exists with different details');
  });

  it('refuses versions of one code that change level, change nothing, or leave a gap', () => {
    const plan = planUnitsImport(
      rowsOf(
        [
          'A,Xã A,commune,,2000-01-01,2009-12-31',
          'A,Xã A,commune,,2011-01-01,',
          'B,Thôn B,village,,2000-01-01,',
          'B,Thôn B,commune,,2005-01-01,',
        ].join('\n'),
      ),
      () => [],
    );
    expect(plan.commands).toEqual([]);
    expect(plan.problems.map((p) => `${p.line}:${p.field}`).sort()).toEqual([
      '2:validTo',
      '3:validFrom',
      '5:level',
      '5:validFrom',
    ]);
  });
});
