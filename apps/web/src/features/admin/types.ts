import type { Bilingual } from '../../core/i18n';

/** Response shapes of the admin, audit and plan endpoints this feature uses. */

export type UnitLevel = 'country' | 'province' | 'district' | 'commune' | 'village';

export interface UnitVersion {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  successorCodes: string[];
  levelLabel: Bilingual;
}

/** `GET /api/units?asOf=` */
export interface UnitNode extends UnitVersion {
  children: UnitNode[];
}
export interface UnitTreeResponse {
  asOf: string;
  levels: Record<UnitLevel, Bilingual>;
  count: number;
  units: UnitNode[];
}

/** `GET /api/units/:code?asOf=` */
export interface UnitDetails {
  code: string;
  asOf: string;
  ended: boolean;
  versions: UnitVersion[];
  lineage: { code: string; name: string; level: UnitLevel; levelLabel: Bilingual }[];
  children: { code: string; name: string; level: UnitLevel }[];
}

/** `POST /api/units/import` */
export interface UnitsImportResult {
  created: number;
  changed: number;
  unchanged: number;
  events: number;
}
export interface UnitCsvProblem {
  line: number;
  field: string;
  messages: Bilingual;
  message: string;
}

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

/** Same table as `libs/admin/src/domain/access/roles.ts` (ROLE_LABELS). */
export const ROLE_LABELS: Record<Role, Bilingual> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
  counsellor: { vi: 'Cán bộ tư vấn việc làm (LĐ-TB&XH)', en: 'Employment counsellor' },
  loan_liaison: { vi: 'Cán bộ liên lạc NHCSXH', en: 'Social Policy Bank liaison' },
  village_head: { vi: 'Trưởng thôn', en: 'Village head' },
  leader: { vi: 'Lãnh đạo UBND xã', en: 'Commune leader' },
  district_officer: { vi: 'Cán bộ huyện', en: 'District officer' },
  province_officer: { vi: 'Cán bộ tỉnh', en: 'Province officer' },
};

export interface RoleGrant {
  role: Role;
  unitCode: string;
}

/** `GET /api/admin/users` */
export interface UserListItem {
  userId: string;
  username: string;
  displayName: string;
  disabled: boolean;
  mustChangePassword: boolean;
  grants: RoleGrant[];
}

/** `POST /api/admin/users` */
export interface CreatedUser {
  userId: string;
  username: string;
  initialPassword?: string;
  mustChangePassword: boolean;
}

/** `GET /api/audit/streams/:id` and `/api/audit/subjects/:id` */
export interface AuditEntry {
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: { userId: string; displayName: string | null };
  orgUnit: string;
  correlationId: string;
  purpose?: string;
  reason?: string;
  subjectStream?: string;
}
export interface AuditResponse {
  streamId?: string;
  subjectId?: string;
  subjectStreams?: string[];
  entries: AuditEntry[];
}

// ---- Plans ----

export type Comparator = '>' | '≥' | '<' | '≤' | '=';
export const COMPARATORS: Comparator[] = ['>', '≥', '<', '≤', '='];

export interface PrintedFigure {
  printed: string;
  comparator: Comparator;
  value: number;
}
export interface YearTarget extends PrintedFigure {
  year: number;
}
export interface TextTarget extends PrintedFigure {
  text: string;
}

export interface PlanIndicator {
  code: string;
  printedIn: 'annex' | 'section_ii';
  name: Bilingual;
  unit: 'percent' | 'persons' | 'houses';
  kind: 'flow' | 'stock';
  comparator: Comparator;
  observed: boolean;
  baseline: { year: number; printed: string; value: number } | null;
  yearlyTargets: YearTarget[];
  statedPeriodTotal: { printed: string; value: number } | null;
  sectionTarget: TextTarget | null;
  orientation2030: TextTarget | null;
}

export interface TargetAmendment {
  planId: string;
  indicatorCode: string;
  year: number;
  previous: PrintedFigure | null;
  target: PrintedFigure;
  amendedOn: string;
  reason: string;
  decisionRef: string | null;
}

export interface ReportedValue {
  planId: string;
  indicatorCode: string;
  unitCode: string;
  value: number;
  asOf: string;
  source: string;
  reportedOn: string;
}

export interface PlanFinding {
  kind: string;
  severity: 'inconsistency' | 'note';
  indicatorCode: string | null;
  figures: Record<string, string | number>;
  message: Bilingual;
}

/** `GET /api/plans/:id` */
export interface PlanDetails {
  planId: string;
  number: string;
  adoptedOn: string;
  unitCode: string;
  unitName: string;
  title: string;
  legalBasis: string[];
  period: { fromYear: number; toYear: number };
  annexNumber: string | null;
  indicators: PlanIndicator[];
  status: 'none' | 'adopted' | 'withdrawn';
  amendments: TargetAmendment[];
  reportedValues: ReportedValue[];
  withdrawn: { on: string; reason: string } | null;
  revision: number;
  findings: PlanFinding[];
}

/** `GET /api/plans?unit=` */
export interface PlanListRow {
  id: string;
  unit_code: string;
  number: string;
  adopted_on: string;
  from_year: number;
  to_year: number;
  status: string;
}

/** `POST /api/plans` */
export interface AdoptResult {
  planId: string;
  findings: PlanFinding[];
}
