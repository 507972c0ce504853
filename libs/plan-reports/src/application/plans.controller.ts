import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ModuleRef } from '@nestjs/core';
import {
  AccessContext,
  CurrentAccess,
  RequirePermission,
  unitFromBody,
  unitFromQuery,
  type UnitResolver,
} from '@vieclam/admin';
import { checkPlan } from '../domain/plan/check-plan';
import { PlanCommands } from './plan-commands';
import {
  AdoptPlanRequest,
  AmendTargetRequest,
  ListPlansQuery,
  ReportIndicatorValueRequest,
  WithdrawPlanRequest,
} from './plan-reports.dto';
import { PlanRecords } from './plan-records';

/** The unit of the plan of route parameter `id`, read from its stream (404 if none). */
const planUnit: UnitResolver = (request, moduleRef: ModuleRef) =>
  moduleRef.get(PlanRecords, { strict: false }).planUnit(request.params.id ?? '');

const actorOf = (access: AccessContext) => ({ userId: access.user.userId });

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commands: PlanCommands,
    private readonly records: PlanRecords,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Ban hành kế hoạch / Adopt a plan exactly as printed',
    description:
      'The plan is kept as printed; the response lists its inconsistencies (`findings`), never corrects them.',
  })
  @RequirePermission('plan:write', unitFromBody('unitCode'))
  adopt(@Body() body: AdoptPlanRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.adopt({ ...body, annexNumber: body.annexNumber ?? null }, actorOf(access));
  }

  @Get()
  @ApiOperation({ summary: 'Kế hoạch của đơn vị / Plans adopted by a unit' })
  @RequirePermission('plan:read', unitFromQuery('unit'))
  list(@Query() query: ListPlansQuery) {
    return this.records.plansOf([query.unit]);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Kế hoạch / A plan, its indicators, amendments, reported values and inconsistencies',
  })
  @RequirePermission('plan:read', planUnit)
  async details(@Param('id') id: string) {
    const { state, revision } = await this.records.plan(id);
    return {
      ...state.plan,
      status: state.status,
      amendments: state.amendments,
      reportedValues: state.reportedValues,
      withdrawn: state.withdrawn,
      revision,
      findings: checkPlan(state.plan),
    };
  }

  @Post(':id/amendments')
  @ApiOperation({ summary: 'Điều chỉnh chỉ tiêu / Amend a target (dated, with a reason)' })
  @RequirePermission('plan:write', planUnit)
  amend(@Param('id') id: string, @Body() body: AmendTargetRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.amendTarget(id, body, actorOf(access));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bãi bỏ kế hoạch / Withdraw the plan' })
  @RequirePermission('plan:write', planUnit)
  withdraw(
    @Param('id') id: string,
    @Body() body: WithdrawPlanRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.withdraw(id, body, actorOf(access));
  }

  @Post(':id/reported-values')
  @ApiOperation({
    summary: 'Nhập số liệu chỉ tiêu không theo dõi được / Report the value of an unobserved indicator',
    description:
      'For figures the tracker cannot observe (e.g. child malnutrition), with their source and date.',
  })
  @RequirePermission('plan:write', planUnit)
  report(
    @Param('id') id: string,
    @Body() body: ReportIndicatorValueRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.reportValue(id, body, actorOf(access));
  }
}
