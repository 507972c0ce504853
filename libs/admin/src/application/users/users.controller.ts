import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@vieclam/platform/command-handling';
import type { Database } from '@vieclam/platform/database';
import type { EventStore } from '@vieclam/platform/event-store';
import { DATABASE, EVENT_STORE } from '@vieclam/platform/runtime';
import { toUserListItem, type UserListItem } from '../../projections/users/users.projection';
import type { AccessContext } from '../auth/access-context';
import {
  CurrentAccess,
  RequirePermission,
  unitFromBody,
  type AccessRequest,
} from '../auth/access.decorators';
import { loadUser } from './user-accounts';
import { createUserAccount, grantRole, runUserCommand } from './user-commands';
import { CreateUserRequest, DisableUserRequest, GrantRequest } from './users.dto';

const userNotFound = () =>
  DomainError.notFound('user_not_found', { vi: 'Không tìm thấy người dùng.', en: 'User not found.' });

/** A user belongs to the units of its grants: an admin must cover all of them to act on it. */
async function unitsOfTargetUser(request: AccessRequest, moduleRef: ModuleRef): Promise<string[]> {
  const store = moduleRef.get<EventStore>(EVENT_STORE, { strict: false });
  const user = await loadUser(store, request.params.userId ?? '');
  if (!user) throw userNotFound();
  return user.grants.map((g) => g.unitCode);
}

/** User administration, limited to the admin's own subtree. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
export class UsersController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
  ) {}

  /** Users holding at least one role inside the admin's subtree (eventually consistent list). */
  @Get()
  @RequirePermission('users:write')
  @ApiOperation({ summary: 'Người dùng trong đơn vị của tôi / Users holding a role within my units' })
  async list(@CurrentAccess() access: AccessContext): Promise<UserListItem[]> {
    const rows = (await this.database.db
      .selectFrom('admin_users')
      .selectAll()
      .orderBy('username')
      .execute()) as Record<string, unknown>[];
    return rows
      .map(toUserListItem)
      .filter((u) => u.grants.some((g) => access.canAccess('users:write', g.unitCode)));
  }

  @Post()
  @RequirePermission('users:write', unitFromBody('unitCode'))
  @ApiOperation({
    summary: 'Tạo người dùng với một vai trò trên một đơn vị / Create a user with a role on a unit',
  })
  async create(@Body() body: CreateUserRequest, @CurrentAccess() access: AccessContext) {
    const created = await createUserAccount(
      this.store,
      {
        username: body.username,
        displayName: body.displayName,
        password: body.password,
        mustChangePassword: true,
        grants: [{ role: body.role, unitCode: body.unitCode }],
      },
      { actor: access.user.userId },
    );
    return {
      userId: created.userId,
      username: created.username,
      // Shown once to the admin, who hands it over; never stored in clear.
      ...(created.generatedPassword ? { initialPassword: created.password } : {}),
      mustChangePassword: true,
    };
  }

  @Post(':userId/grants')
  @HttpCode(200)
  @RequirePermission('users:write', unitFromBody('unitCode'))
  @ApiOperation({ summary: 'Cấp vai trò trên một đơn vị / Grant a role on a unit' })
  async grant(
    @Param('userId') userId: string,
    @Body() body: GrantRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    await this.ensureExists(userId);
    const result = await grantRole(this.store, userId, body, { actor: access.user.userId });
    return { userId, grants: result.state.grants };
  }

  @Post(':userId/grants/revoke')
  @HttpCode(200)
  @RequirePermission('users:write', unitFromBody('unitCode'))
  @ApiOperation({ summary: 'Thu hồi vai trò / Revoke a role on a unit' })
  async revoke(
    @Param('userId') userId: string,
    @Body() body: GrantRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    await this.ensureExists(userId);
    const result = await runUserCommand(
      this.store,
      userId,
      { type: 'RevokeRole', data: body },
      { actor: access.user.userId, orgUnit: body.unitCode },
    );
    return { userId, grants: result.state.grants };
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @RequirePermission('users:write', unitsOfTargetUser)
  @ApiOperation({ summary: 'Khoá tài khoản / Disable an account (ends its sessions at the next check)' })
  async disable(
    @Param('userId') userId: string,
    @Body() body: DisableUserRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    if (userId === access.user.userId) {
      throw DomainError.invalid('cannot_disable_self', {
        vi: 'Không thể tự khóa tài khoản của mình.',
        en: 'You cannot disable your own account.',
      });
    }
    const result = await runUserCommand(
      this.store,
      userId,
      { type: 'DisableUser', data: { reason: body.reason } },
      { actor: access.user.userId, orgUnit: access.scopeFor('users:write')[0] ?? '-' },
    );
    return { userId, disabled: result.state.disabled };
  }

  @Post(':userId/enable')
  @HttpCode(200)
  @RequirePermission('users:write', unitsOfTargetUser)
  @ApiOperation({ summary: 'Mở khoá tài khoản / Enable an account again' })
  async enable(@Param('userId') userId: string, @CurrentAccess() access: AccessContext) {
    const result = await runUserCommand(
      this.store,
      userId,
      { type: 'EnableUser' },
      { actor: access.user.userId, orgUnit: access.scopeFor('users:write')[0] ?? '-' },
    );
    return { userId, disabled: result.state.disabled };
  }

  private async ensureExists(userId: string): Promise<void> {
    if (!(await loadUser(this.store, userId))) throw userNotFound();
  }
}
