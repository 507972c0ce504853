/** The OrgUnit stream (`OrgUnit-<code>`): a unit's dated versions. */
import { AdminRuleViolated } from '../admin-error';
import type { OrgUnitLevel, OrgUnitVersion } from './org-unit';

export type OrgUnitEvent =
  | {
      type: 'OrgUnitCreated';
      data: {
        code: string;
        name: string;
        level: OrgUnitLevel;
        parentCode: string | null;
        validFrom: string;
        official: boolean;
      };
    }
  | { type: 'OrgUnitReparented'; data: { code: string; parentCode: string | null; from: string } }
  | { type: 'OrgUnitRenamed'; data: { code: string; name: string; from: string } }
  | {
      type: 'OrgUnitEnded';
      data: { code: string; validTo: string; successorCodes: string[]; reason: string };
    };

export type OrgUnitCommand =
  | {
      type: 'CreateOrgUnit';
      data: {
        code: string;
        name: string;
        level: OrgUnitLevel;
        parentCode: string | null;
        validFrom: string;
        official: boolean;
      };
    }
  | { type: 'ReparentOrgUnit'; data: { parentCode: string | null; from: string } }
  | { type: 'RenameOrgUnit'; data: { name: string; from: string } }
  | { type: 'EndOrgUnit'; data: { validTo: string; successorCodes: string[]; reason: string } };

export interface OrgUnitState {
  versions: OrgUnitVersion[];
  ended: boolean;
}

export const initialOrgUnitState = (): OrgUnitState => ({ versions: [], ended: false });

const CODE = /^[0-9A-Za-z_-]{1,20}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Close the current version the day before `from` and open a changed copy from `from`. */
function split(state: OrgUnitState, from: string, change: Partial<OrgUnitVersion>): OrgUnitState {
  const current = state.versions[state.versions.length - 1];
  if (!current) return state;
  const closed = { ...current, validTo: dayBefore(from) };
  return {
    ...state,
    versions: [
      ...state.versions.slice(0, -1),
      closed,
      { ...current, ...change, validFrom: from, validTo: null },
    ],
  };
}

export function evolveOrgUnit(state: OrgUnitState, event: OrgUnitEvent): OrgUnitState {
  switch (event.type) {
    case 'OrgUnitCreated': {
      const { code, name, level, parentCode, validFrom } = event.data;
      return {
        versions: [{ code, name, level, parentCode, validFrom, validTo: null, successorCodes: [] }],
        ended: false,
      };
    }
    case 'OrgUnitReparented':
      return split(state, event.data.from, { parentCode: event.data.parentCode });
    case 'OrgUnitRenamed':
      return split(state, event.data.from, { name: event.data.name });
    case 'OrgUnitEnded': {
      const current = state.versions[state.versions.length - 1];
      if (!current) return state;
      const ended = { ...current, validTo: event.data.validTo, successorCodes: event.data.successorCodes };
      return { versions: [...state.versions.slice(0, -1), ended], ended: true };
    }
  }
}

export function decideOrgUnit(command: OrgUnitCommand, state: OrgUnitState): OrgUnitEvent[] {
  const current = state.versions[state.versions.length - 1];
  if (command.type === 'CreateOrgUnit') {
    if (current)
      throw new AdminRuleViolated(
        'unit.exists',
        'Mã đơn vị đã tồn tại',
        'The unit code already exists',
        'conflict',
        'code',
      );
    const d = command.data;
    if (!CODE.test(d.code))
      throw new AdminRuleViolated(
        'unit.code',
        'Mã đơn vị không hợp lệ',
        'Invalid unit code',
        'invalid',
        'code',
      );
    if (!d.name.trim())
      throw new AdminRuleViolated(
        'unit.name',
        'Tên đơn vị không được để trống',
        'The unit name is required',
        'invalid',
        'name',
      );
    if (!ISO_DATE.test(d.validFrom))
      throw new AdminRuleViolated(
        'unit.validFrom',
        'Ngày hiệu lực không hợp lệ',
        'Invalid validity date',
        'invalid',
        'validFrom',
      );
    return [{ type: 'OrgUnitCreated', data: { ...d, name: d.name.trim() } }];
  }
  if (!current)
    throw new AdminRuleViolated('unit.missing', 'Không tìm thấy đơn vị', 'Unit not found', 'not_found');
  if (state.ended)
    throw new AdminRuleViolated(
      'unit.ended',
      'Đơn vị đã giải thể / sáp nhập',
      'The unit has ended (dissolved or merged)',
      'conflict',
    );
  const after = (date: string, field: string) => {
    if (!ISO_DATE.test(date) || date <= current.validFrom) {
      throw new AdminRuleViolated(
        'unit.date',
        'Ngày phải sau ngày hiệu lực hiện tại',
        'The date must be after the current version starts',
        'invalid',
        field,
      );
    }
  };
  switch (command.type) {
    case 'ReparentOrgUnit':
      after(command.data.from, 'from');
      if (command.data.parentCode === current.code)
        throw new AdminRuleViolated(
          'unit.parent',
          'Đơn vị không thể là cấp trên của chính nó',
          'A unit cannot be its own parent',
          'invalid',
          'parentCode',
        );
      return [{ type: 'OrgUnitReparented', data: { code: current.code, ...command.data } }];
    case 'RenameOrgUnit':
      after(command.data.from, 'from');
      return [
        {
          type: 'OrgUnitRenamed',
          data: { code: current.code, ...command.data, name: command.data.name.trim() },
        },
      ];
    case 'EndOrgUnit':
      if (!ISO_DATE.test(command.data.validTo) || command.data.validTo < current.validFrom) {
        throw new AdminRuleViolated(
          'unit.validTo',
          'Ngày kết thúc không hợp lệ',
          'Invalid end date',
          'invalid',
          'validTo',
        );
      }
      return [{ type: 'OrgUnitEnded', data: { code: current.code, ...command.data } }];
  }
}

export const orgUnitDecider = {
  decide: decideOrgUnit,
  evolve: evolveOrgUnit,
  initialState: initialOrgUnitState,
};
