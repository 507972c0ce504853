import { userDecider, type UserCommand, type UserEvent } from './user.decider';

const fold = (events: UserEvent[]) => events.reduce(userDecider.evolve, userDecider.initialState());
const given = (events: UserEvent[], command: UserCommand) => userDecider.decide(command, fold(events));

const created: UserEvent = {
  type: 'UserCreated',
  data: {
    userId: 'u1',
    username: 'canbo.lan',
    displayName: 'Trần Thị Lan',
    passwordHash: '$argon2id$x',
    mustChangePassword: true,
  },
};

describe('User decider', () => {
  it('creates a user with a normalised username and refuses bad ones', () => {
    expect(given([], { type: 'CreateUser', data: { ...created.data, username: ' CanBo.Lan ' } })).toEqual([
      created,
    ]);
    expect(() => given([], { type: 'CreateUser', data: { ...created.data, username: 'cán bộ' } })).toThrow(
      expect.objectContaining({ field: 'username' }),
    );
    expect(() => given([created], { type: 'CreateUser', data: created.data })).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });

  it('grants a role on an existing unit once, and revokes it', () => {
    const grant: UserCommand = {
      type: 'GrantRole',
      data: { role: 'village_head', unitCode: 'V1', unitExists: true },
    };
    const granted = given([created], grant);
    expect(granted).toEqual([
      { type: 'RoleGranted', data: { userId: 'u1', role: 'village_head', unitCode: 'V1' } },
    ]);
    expect(given([created, ...granted], grant)).toEqual([]);
    expect(fold([created, ...granted]).grants).toEqual([{ role: 'village_head', unitCode: 'V1' }]);
    const revoked = given([created, ...granted], {
      type: 'RevokeRole',
      data: { role: 'village_head', unitCode: 'V1' },
    });
    expect(fold([created, ...granted, ...revoked]).grants).toEqual([]);
  });

  it('refuses an unknown role or unit, and commands on a missing user', () => {
    expect(() =>
      given([created], { type: 'GrantRole', data: { role: 'king', unitCode: 'V1', unitExists: true } }),
    ).toThrow(expect.objectContaining({ field: 'role' }));
    expect(() =>
      given([created], { type: 'GrantRole', data: { role: 'leader', unitCode: 'X', unitExists: false } }),
    ).toThrow(expect.objectContaining({ field: 'unitCode' }));
    expect(() => given([], { type: 'EnableUser' })).toThrow(expect.objectContaining({ kind: 'not_found' }));
  });

  it('disables and enables idempotently; a password change clears the must-change flag', () => {
    const disabled = given([created], { type: 'DisableUser', data: { reason: 'nghỉ việc' } });
    expect(fold([created, ...disabled]).disabled).toBe(true);
    expect(given([created, ...disabled], { type: 'DisableUser', data: { reason: 'x' } })).toEqual([]);
    const changed = given([created], {
      type: 'ChangePassword',
      data: { passwordHash: '$argon2id$y', mustChangePassword: false },
    });
    expect(fold([created, ...changed])).toMatchObject({
      passwordHash: '$argon2id$y',
      mustChangePassword: false,
    });
  });
});
