import { UnitTree, type OrgUnitVersion } from '../org-unit/org-unit';
import { authorise, scopeFor, type RoleGrant } from './roles';

const u = (code: string, level: OrgUnitVersion['level'], parentCode: string | null): OrgUnitVersion => ({
  code,
  name: code,
  level,
  parentCode,
  validFrom: '2000-01-01',
  validTo: null,
  successorCodes: [],
});
const tree = new UnitTree([
  u('33', 'province', null),
  u('C', 'commune', '33'),
  u('A', 'village', 'C'),
  u('B', 'village', 'C'),
]);
const today = '2026-11-28';

describe('role grants on a unit cover its subtree', () => {
  it('a village head of A may read people in A but not in B, and may not write job seekers', () => {
    const head: RoleGrant[] = [{ role: 'village_head', unitCode: 'A' }];
    expect(authorise(head, 'job-seekers:read', 'A', tree, today)).toBe(true);
    expect(authorise(head, 'job-seekers:read', 'B', tree, today)).toBe(false);
    expect(authorise(head, 'job-seekers:read', 'C', tree, today)).toBe(false);
    expect(authorise(head, 'job-seekers:write', 'A', tree, today)).toBe(false);
  });

  it('a commune counsellor writes anywhere in the commune, a province officer only reads reports', () => {
    const counsellor: RoleGrant[] = [{ role: 'counsellor', unitCode: 'C' }];
    expect(authorise(counsellor, 'job-seekers:write', 'B', tree, today)).toBe(true);
    expect(authorise(counsellor, 'loans:write', 'B', tree, today)).toBe(false);
    const officer: RoleGrant[] = [{ role: 'province_officer', unitCode: '33' }];
    expect(authorise(officer, 'reports:read', 'A', tree, today)).toBe(true);
    expect(authorise(officer, 'job-seekers:read', 'A', tree, today)).toBe(false);
  });

  it('scopes lists to the units where the permission is held', () => {
    const grants: RoleGrant[] = [
      { role: 'village_head', unitCode: 'A' },
      { role: 'loan_liaison', unitCode: 'C' },
    ];
    expect(scopeFor(grants, 'households:write')).toEqual(['A']);
    expect(scopeFor(grants, 'loans:write')).toEqual(['C']);
    expect(scopeFor(grants, 'job-seekers:read').sort()).toEqual(['A', 'C']);
  });
});
