/**
 * Roles are granted on an administrative unit and cover its subtree (DESIGN §7). What each role
 * may do is this table; the guard asks `authorise` for every command and query.
 */
import type { UnitTree } from '../org-unit/org-unit';

export const ROLES = [
  'admin',
  'counsellor',
  'loan_liaison',
  'village_head',
  'leader',
  'district_officer',
  'province_officer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
  counsellor: { vi: 'Cán bộ tư vấn việc làm (LĐ-TB&XH)', en: 'Employment counsellor' },
  loan_liaison: { vi: 'Cán bộ liên lạc NHCSXH', en: 'Social Policy Bank liaison' },
  village_head: { vi: 'Trưởng thôn', en: 'Village head' },
  leader: { vi: 'Lãnh đạo UBND xã', en: 'Commune leader' },
  district_officer: { vi: 'Cán bộ huyện', en: 'District officer' },
  province_officer: { vi: 'Cán bộ tỉnh', en: 'Province officer' },
};

export const PERMISSIONS = [
  'job-seekers:read',
  'job-seekers:write',
  'vacancies:read',
  'vacancies:write',
  'training:read',
  'training:write',
  'overseas:read',
  'overseas:write',
  'loans:read',
  'loans:write',
  'households:read',
  'households:write',
  'reports:read',
  'reports:submit',
  'plan:read',
  'plan:write',
  'audit:read',
  'units:write',
  'users:write',
  'personal-data:erase',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL: Permission[] = [
  'job-seekers:read',
  'vacancies:read',
  'training:read',
  'overseas:read',
  'loans:read',
  'households:read',
  'reports:read',
  'plan:read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  counsellor: [
    ...READ_ALL,
    'job-seekers:write',
    'vacancies:write',
    'training:write',
    'overseas:write',
    'reports:submit',
  ],
  loan_liaison: [
    'job-seekers:read',
    'households:read',
    'overseas:read',
    'loans:read',
    'loans:write',
    'reports:read',
    'plan:read',
  ],
  village_head: [
    'job-seekers:read',
    'overseas:read',
    'training:read',
    'households:read',
    'households:write',
    'reports:read',
    'plan:read',
  ],
  leader: [...READ_ALL, 'reports:submit', 'audit:read'],
  // Officers above the commune read roll-ups, not case files.
  district_officer: ['reports:read', 'plan:read'],
  province_officer: ['reports:read', 'plan:read'],
};

export interface RoleGrant {
  role: Role;
  unitCode: string;
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/**
 * May a user with `grants` do `permission` on something belonging to `targetUnit`, judged by the
 * unit tree valid on `date`? A grant covers its unit's whole subtree.
 */
export function authorise(
  grants: readonly RoleGrant[],
  permission: Permission,
  targetUnit: string,
  tree: UnitTree,
  date: string,
): boolean {
  return grants.some(
    (g) => ROLE_PERMISSIONS[g.role].includes(permission) && tree.isWithin(targetUnit, g.unitCode, date),
  );
}

/** The units (roots of subtrees) on which a user holds `permission`: lists are filtered by them. */
export function scopeFor(grants: readonly RoleGrant[], permission: Permission): string[] {
  return [
    ...new Set(grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission)).map((g) => g.unitCode)),
  ];
}
