import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@vieclam/platform/command-handling';
import type { OrgUnitVersion } from '../../domain/org-unit/org-unit';
import type { AccessContext } from '../auth/access-context';
import { CurrentAccess, RequirePermission, unitFromParam } from '../auth/access.decorators';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The units the caller works on: every role holds `reports:read`, so this is each user's own
 * subtree (the whole tree is `/api/units`). The list is filtered; a unit outside it is a 403.
 */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('my/units')
export class MyUnitsController {
  @Get()
  @RequirePermission('reports:read')
  @ApiOperation({ summary: 'Các đơn vị tôi làm việc / The units I work on (my own subtree)' })
  list(@CurrentAccess() access: AccessContext, @Query('date') date?: string): OrgUnitVersion[] {
    const on = date && ISO_DATE.test(date) ? date : access.today;
    return access
      .unitsInScope('reports:read', on)
      .map((code) => access.tree.at(code, on))
      .filter((u): u is OrgUnitVersion => u !== undefined);
  }

  @Get(':code')
  @RequirePermission('reports:read', unitFromParam('code'))
  @ApiOperation({
    summary: 'Một đơn vị của tôi, cấp trên và cấp dưới / One of my units, its lineage and children',
  })
  get(@Param('code') code: string, @CurrentAccess() access: AccessContext) {
    const unit = access.tree.at(code, access.today);
    if (!unit) {
      throw DomainError.notFound('unit_not_found', {
        vi: 'Không tìm thấy đơn vị hành chính.',
        en: 'Administrative unit not found.',
      });
    }
    return {
      ...unit,
      lineage: access.tree
        .lineage(code, access.today)
        .map((u) => ({ code: u.code, name: u.name, level: u.level })),
      children: access.tree.childrenOf(code, access.today),
    };
  }
}
