import { AdminRuleViolated } from '../admin-error';
import { orgUnitDecider, type OrgUnitEvent, type OrgUnitCommand } from './org-unit.decider';

const fold = (events: OrgUnitEvent[]) => events.reduce(orgUnitDecider.evolve, orgUnitDecider.initialState());
const given = (events: OrgUnitEvent[], command: OrgUnitCommand) =>
  orgUnitDecider.decide(command, fold(events));

const created: OrgUnitEvent = {
  type: 'OrgUnitCreated',
  data: {
    code: 'MT',
    name: 'Xã Minh Tiến',
    level: 'commune',
    parentCode: '333',
    validFrom: '2000-01-01',
    official: false,
  },
};

describe('OrgUnit decider', () => {
  it('creates a unit, and refuses a second creation of the same code', () => {
    const create: OrgUnitCommand = { type: 'CreateOrgUnit', data: created.data };
    expect(given([], create)).toEqual([created]);
    expect(() => given([created], create)).toThrow(AdminRuleViolated);
  });

  it('moves a commune from its district to the province on 1/7/2025 as a new dated version', () => {
    const events = given([created], {
      type: 'ReparentOrgUnit',
      data: { parentCode: '33', from: '2025-07-01' },
    });
    const state = fold([created, ...events]);
    expect(state.versions.map((v) => [v.parentCode, v.validFrom, v.validTo])).toEqual([
      ['333', '2000-01-01', '2025-06-30'],
      ['33', '2025-07-01', null],
    ]);
  });

  it('ends a unit with successors and refuses further changes', () => {
    const ended: OrgUnitEvent = {
      type: 'OrgUnitEnded',
      data: { code: 'MT', validTo: '2025-06-30', successorCodes: ['NEW'], reason: 'Sáp nhập' },
    };
    expect(
      given([created], {
        type: 'EndOrgUnit',
        data: { validTo: '2025-06-30', successorCodes: ['NEW'], reason: 'Sáp nhập' },
      }),
    ).toEqual([ended]);
    expect(() =>
      given([created, ended], { type: 'RenameOrgUnit', data: { name: 'X', from: '2026-01-01' } }),
    ).toThrow(/ended/);
  });

  it('rejects bad input with the field named', () => {
    expect(() => given([], { type: 'CreateOrgUnit', data: { ...created.data, name: '  ' } })).toThrow(
      expect.objectContaining({ field: 'name' }),
    );
    expect(() =>
      given([created], { type: 'RenameOrgUnit', data: { name: 'Y', from: '1999-01-01' } }),
    ).toThrow(expect.objectContaining({ field: 'from' }));
    expect(() => given([], { type: 'RenameOrgUnit', data: { name: 'Y', from: '2026-01-01' } })).toThrow(
      expect.objectContaining({ kind: 'not_found' }),
    );
  });
});
