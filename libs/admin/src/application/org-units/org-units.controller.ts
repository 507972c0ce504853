import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, RequestValidationFailed, fieldErrorsOf } from '@vieclam/platform/command-handling';
import { LEVEL_LABELS, type OrgUnitVersion, type UnitTree } from '../../domain/org-unit/org-unit';
import type { AccessContext } from '../auth/access-context';
import {
  Authenticated,
  CurrentAccess,
  RequirePermission,
  unitFromBody,
  unitFromParam,
  type UnitResolver,
} from '../auth/access.decorators';
import { OrgUnitCommands } from './org-unit-commands.service';
import {
  CreateOrgUnitRequest,
  EndOrgUnitRequest,
  ImportUnitsRequest,
  RenameOrgUnitRequest,
  ReparentOrgUnitRequest,
} from './org-units.dto';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface UnitNode extends OrgUnitVersion {
  levelLabel: { vi: string; en: string };
  children: UnitNode[];
}

/** Moving a unit needs the right on the unit and on its new parent. */
const unitAndNewParent: UnitResolver = (request, moduleRef) => {
  const code = unitFromParam('code')(request, moduleRef) as string | undefined;
  const parent = unitFromBody('parentCode')(request, moduleRef) as string | undefined;
  if (!code) return undefined;
  return parent ? [code, parent] : [code];
};

function dateParam(value: string | undefined, fallback: string, field: string): string {
  if (value === undefined || value === '') return fallback;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw DomainError.invalid(
      'date_invalid',
      { vi: `"${field}" phải là ngày dạng YYYY-MM-DD.`, en: `"${field}" must be a date (YYYY-MM-DD).` },
      { field },
    );
  }
  return value;
}

function nodeOf(tree: UnitTree, unit: OrgUnitVersion, date: string): UnitNode {
  return {
    ...unit,
    levelLabel: LEVEL_LABELS[unit.level],
    children: tree.childrenOf(unit.code, date).map((child) => nodeOf(tree, child, date)),
  };
}

/** Administrative units: the dated tree, dated changes, and import of an official list from CSV. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class OrgUnitsController {
  constructor(private readonly units: OrgUnitCommands) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Cây đơn vị hành chính có hiệu lực vào một ngày / The unit tree valid on a date' })
  @ApiQuery({ name: 'asOf', required: false, example: '2025-06-30' })
  tree(@CurrentAccess() access: AccessContext, @Query('asOf') asOf?: string) {
    const date = dateParam(asOf, access.today, 'asOf');
    const tree = access.tree;
    const valid = tree
      .allCodes()
      .map((code) => tree.at(code, date))
      .filter((u): u is OrgUnitVersion => u !== undefined);
    const roots = valid
      .filter((u) => u.parentCode === null || !tree.at(u.parentCode, date))
      .sort((a, b) => a.code.localeCompare(b.code));
    return {
      asOf: date,
      levels: LEVEL_LABELS,
      count: valid.length,
      units: roots.map((root) => nodeOf(tree, root, date)),
    };
  }

  @Get(':code')
  @Authenticated()
  @ApiOperation({ summary: 'Các phiên bản theo ngày của một đơn vị / A unit’s dated versions and lineage' })
  @ApiQuery({ name: 'asOf', required: false, example: '2025-06-30' })
  async unit(
    @Param('code') code: string,
    @CurrentAccess() access: AccessContext,
    @Query('asOf') asOf?: string,
  ) {
    const date = dateParam(asOf, access.today, 'asOf');
    const state = await this.units.requireUnit(code);
    return {
      code,
      asOf: date,
      ended: state.ended,
      versions: state.versions.map((v) => ({ ...v, levelLabel: LEVEL_LABELS[v.level] })),
      lineage: access.tree
        .lineage(code, date)
        .map((u) => ({ code: u.code, name: u.name, level: u.level, levelLabel: LEVEL_LABELS[u.level] })),
      children: access.tree
        .childrenOf(code, date)
        .map((u) => ({ code: u.code, name: u.name, level: u.level })),
    };
  }

  @Post()
  @RequirePermission('units:write', unitFromBody('parentCode'))
  @ApiOperation({ summary: 'Tạo đơn vị dưới một đơn vị cấp trên / Create a unit under a parent' })
  async create(
    @Body() body: CreateOrgUnitRequest,
    @CurrentAccess() access: AccessContext,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    this.units.checkParent(access.tree, body.code, body.parentCode, body.validFrom);
    const state = await this.units.run(
      body.code,
      {
        type: 'CreateOrgUnit',
        data: {
          code: body.code,
          name: body.name,
          level: body.level,
          parentCode: body.parentCode,
          validFrom: body.validFrom,
          official: body.official ?? false,
        },
      },
      body.validFrom,
      access.user.userId,
      correlationId,
    );
    return { code: body.code, versions: state.versions };
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission('units:write')
  @ApiOperation({
    summary:
      'Nhập danh sách đơn vị từ CSV (tất cả hoặc không) / Import a unit list from CSV (all or nothing, idempotent)',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ type: ImportUnitsRequest })
  async import(
    @Req() request: { body?: unknown },
    @CurrentAccess() access: AccessContext,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    const csv = typeof request.body === 'string' ? request.body : (await importRequestOf(request.body)).csv;
    return this.units.importCsv(csv, access, correlationId);
  }

  @Post(':code/reparent')
  @HttpCode(200)
  @RequirePermission('units:write', unitAndNewParent)
  @ApiOperation({ summary: 'Đổi đơn vị cấp trên từ một ngày / Move under another parent from a date' })
  async reparent(
    @Param('code') code: string,
    @Body() body: ReparentOrgUnitRequest,
    @CurrentAccess() access: AccessContext,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    await this.units.requireUnit(code);
    this.units.checkParent(access.tree, code, body.parentCode, body.from);
    const state = await this.units.run(
      code,
      { type: 'ReparentOrgUnit', data: { parentCode: body.parentCode, from: body.from } },
      body.from,
      access.user.userId,
      correlationId,
    );
    return { code, versions: state.versions };
  }

  @Post(':code/rename')
  @HttpCode(200)
  @RequirePermission('units:write', unitFromParam('code'))
  @ApiOperation({ summary: 'Đổi tên từ một ngày / Rename from a date' })
  async rename(
    @Param('code') code: string,
    @Body() body: RenameOrgUnitRequest,
    @CurrentAccess() access: AccessContext,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    const state = await this.units.run(
      code,
      { type: 'RenameOrgUnit', data: { name: body.name, from: body.from } },
      body.from,
      access.user.userId,
      correlationId,
    );
    return { code, versions: state.versions };
  }

  @Post(':code/end')
  @HttpCode(200)
  @RequirePermission('units:write', unitFromParam('code'))
  @ApiOperation({ summary: 'Kết thúc (giải thể / sáp nhập) / End (dissolve or merge)' })
  async end(
    @Param('code') code: string,
    @Body() body: EndOrgUnitRequest,
    @CurrentAccess() access: AccessContext,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    const state = await this.units.run(
      code,
      {
        type: 'EndOrgUnit',
        data: { validTo: body.validTo, successorCodes: body.successorCodes ?? [], reason: body.reason },
      },
      body.validTo,
      access.user.userId,
      correlationId,
    );
    return { code, versions: state.versions };
  }
}

/** The JSON form of the import, validated like every other body (whitelist, no unknown properties). */
async function importRequestOf(body: unknown): Promise<ImportUnitsRequest> {
  const request = plainToInstance(ImportUnitsRequest, typeof body === 'object' && body !== null ? body : {});
  const errors = await validate(request, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new RequestValidationFailed(fieldErrorsOf(errors));
  return request;
}
