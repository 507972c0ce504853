import { UnitTree, type OrgUnitVersion } from './org-unit';

const v = (
  code: string,
  level: OrgUnitVersion['level'],
  parentCode: string | null,
  validFrom = '2000-01-01',
  validTo: string | null = null,
  name = code,
): OrgUnitVersion => ({ code, name, level, parentCode, validFrom, validTo, successorCodes: [] });

// Before 1/7/2025: province 33 → district 333 → commune C → village V1, V2.
// From 1/7/2025: the district is gone and the commune hangs directly under the province.
const tree = new UnitTree([
  v('33', 'province', null),
  v('34', 'province', null, '2000-01-01', '2025-06-30'),
  v('333', 'district', '33', '2000-01-01', '2025-06-30'),
  v('C', 'commune', '333', '2000-01-01', '2025-06-30'),
  v('C', 'commune', '33', '2025-07-01'),
  v('V1', 'village', 'C'),
  v('V2', 'village', 'C'),
  v('OTHER', 'commune', '33'),
]);

describe('dated administrative unit tree', () => {
  it('rolls a village up through the district before the reform and straight to the province after', () => {
    expect(tree.lineage('V1', '2024-03-01').map((u) => u.code)).toEqual(['V1', 'C', '333', '33']);
    expect(tree.lineage('V1', '2025-07-01').map((u) => u.code)).toEqual(['V1', 'C', '33']);
    expect(tree.ancestorAt('V1', 'district', '2024-03-01')?.code).toBe('333');
    expect(tree.ancestorAt('V1', 'district', '2025-08-01')).toBeUndefined();
  });

  it('decides scope by the tree valid on the date', () => {
    expect(tree.isWithin('V1', '333', '2025-06-30')).toBe(true);
    expect(tree.isWithin('V1', '333', '2025-07-01')).toBe(false);
    expect(tree.isWithin('V1', '33', '2025-07-01')).toBe(true);
    expect(tree.isWithin('V2', 'V1', '2025-07-01')).toBe(false);
    expect(tree.isWithin('OTHER', 'C', '2025-07-01')).toBe(false);
  });

  it('lists a subtree and ended units are not valid after their end', () => {
    expect(
      tree
        .subtree('C', '2026-01-01')
        .map((u) => u.code)
        .sort(),
    ).toEqual(['C', 'V1', 'V2']);
    expect(tree.at('34', '2025-07-01')).toBeUndefined();
    expect(tree.latest('34')?.validTo).toBe('2025-06-30');
    expect(tree.subtree('333', '2026-01-01')).toEqual([]);
  });
});
