import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessContext, CurrentAccess, RequirePermission, type UnitResolver } from '@vieclam/admin';
import { JobSeekerRecords, todayInVietnam } from '@vieclam/job-seekers';
import { PLACEMENT_STAGE_NAMES } from '../domain/placement/overseas-placement.decider';
import { OverseasPipelineQuery, placementSummary } from '../queries/overseas-pipeline.query';
import { OverseasCommands } from './overseas-commands';
import { OverseasRecords } from './overseas-records';
import {
  CompleteTrainingRequest,
  DepartureRequest,
  EligibilityRequest,
  LinkLoanRequest,
  PipelineQueryDto,
  RegisterCandidateRequest,
  ReturnRequest,
  SignContractRequest,
  StartTrainingRequest,
  VisaRequest,
  WithdrawRequest,
} from './overseas.dto';

/** The candidate's village for a placement of route parameter `id`, read from its stream (404 if none). */
const placementVillage: UnitResolver = (request, moduleRef: ModuleRef) =>
  moduleRef.get(OverseasRecords, { strict: false }).placementVillage(request.params.id ?? '');

/** A new placement belongs to the village of the job seeker named in the body (404 if none). */
const candidateVillage: UnitResolver = (request, moduleRef: ModuleRef) => {
  const jobSeekerId = (request.body as { jobSeekerId?: unknown } | undefined)?.jobSeekerId;
  return moduleRef
    .get(JobSeekerRecords, { strict: false })
    .village(typeof jobSeekerId === 'string' ? jobSeekerId : '');
};

const actorOf = (access: AccessContext) => ({ userId: access.user.userId });

@ApiTags('overseas')
@ApiBearerAuth()
@Controller('overseas')
export class OverseasController {
  constructor(
    private readonly commands: OverseasCommands,
    private readonly records: OverseasRecords,
    private readonly pipelineQuery: OverseasPipelineQuery,
  ) {}

  @Get('pipeline')
  @ApiOperation({
    summary:
      'Tiến độ đưa lao động đi nước ngoài / The overseas pipeline: counts and lists per stage, village and country',
    description:
      'Within the villages you may read (`overseas:read`). `stuck` lists cases not departed nor withdrawn ' +
      'whose last event is 60 days or more ago, longest-waiting first.',
  })
  @RequirePermission('overseas:read')
  pipeline(@Query() query: PipelineQueryDto, @CurrentAccess() access: AccessContext) {
    return this.pipelineQuery.pipeline(
      { units: access.unitsInScope('overseas:read'), village: query.village, country: query.country },
      todayInVietnam(),
    );
  }

  @Post('placements')
  @ApiOperation({
    summary:
      'Đăng ký đi làm việc ở nước ngoài / Register a candidate’s interest (for an order, or a country and programme)',
  })
  @RequirePermission('overseas:write', candidateVillage)
  register(@Body() body: RegisterCandidateRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.register(body, actorOf(access));
  }

  @Get('placements/:id')
  @ApiOperation({
    summary: 'Hồ sơ đi làm việc ở nước ngoài / A placement: stage, contract, dates and history',
  })
  @RequirePermission('overseas:read', placementVillage)
  async details(@Param('id') id: string) {
    const { state, orderId, events, revision } = await this.records.placement(id);
    return {
      ...placementSummary(state, todayInVietnam()),
      stageName: state.stage ? PLACEMENT_STAGE_NAMES[state.stage] : null,
      orderId,
      revision,
      ineligibilityReasons: state.ineligibilityReasons,
      trainingCompletedOn: state.trainingCompletedOn,
      contract: state.contract,
      visaGrantedOn: state.visaGrantedOn,
      history: events.map((event) => ({
        eventId: event.eventId,
        type: event.type,
        occurredOn: event.metadata.occurredOn,
        recordedAt: event.metadata.recordedAt,
        recordedBy: event.metadata.actor,
        data: event.data,
      })),
    };
  }

  @Post('placements/:id/eligibility-checks')
  @ApiOperation({
    summary: 'Kiểm tra điều kiện / Check eligibility against the order’s hard limits (age, health, language)',
    description:
      'The limits come from the order; `limits` fills what the order leaves open. The date of birth comes from the job seeker’s case.',
  })
  @RequirePermission('overseas:write', placementVillage)
  eligibility(
    @Param('id') id: string,
    @Body() body: EligibilityRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.checkEligibility(id, body, actorOf(access));
  }

  @Post('placements/:id/pre-departure-training/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bắt đầu bồi dưỡng kiến thức cần thiết / Pre-departure orientation started' })
  @RequirePermission('overseas:write', placementVillage)
  startTraining(
    @Param('id') id: string,
    @Body() body: StartTrainingRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.startTraining(id, body, actorOf(access));
  }

  @Post('placements/:id/pre-departure-training/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoàn thành bồi dưỡng kiến thức cần thiết / Pre-departure orientation completed' })
  @RequirePermission('overseas:write', placementVillage)
  completeTraining(
    @Param('id') id: string,
    @Body() body: CompleteTrainingRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.completeTraining(id, body, actorOf(access));
  }

  @Post('placements/:id/contract')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Ký hợp đồng / Contract signed (a service fee above the legal cap is refused with 422, naming the cap)',
  })
  @RequirePermission('overseas:write', placementVillage)
  contract(
    @Param('id') id: string,
    @Body() body: SignContractRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.signContract(id, body, actorOf(access));
  }

  @Post('placements/:id/visa')
  @HttpCode(200)
  @ApiOperation({ summary: 'Được cấp thị thực / Visa granted (after the contract)' })
  @RequirePermission('overseas:write', placementVillage)
  visa(@Param('id') id: string, @Body() body: VisaRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.grantVisa(id, body, actorOf(access));
  }

  @Post('placements/:id/departure')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Xuất cảnh / Departed (needs a visa); counts for labour export and as a new job abroad',
  })
  @RequirePermission('overseas:write', placementVillage)
  depart(@Param('id') id: string, @Body() body: DepartureRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.depart(id, body, actorOf(access));
  }

  @Post('placements/:id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Về nước / Returned: contract completed, or early with the reason' })
  @RequirePermission('overseas:write', placementVillage)
  returned(@Param('id') id: string, @Body() body: ReturnRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.recordReturn(id, body, actorOf(access));
  }

  @Post('placements/:id/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rút hồ sơ / Withdrawn before departure, with the reason' })
  @RequirePermission('overseas:write', placementVillage)
  withdraw(@Param('id') id: string, @Body() body: WithdrawRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.withdraw(id, body, actorOf(access));
  }

  @Post('placements/:id/loans')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Liên kết khoản vay / Link a labour-export loan (the same loan again is a no-op)',
  })
  @RequirePermission('overseas:write', placementVillage)
  linkLoan(@Param('id') id: string, @Body() body: LinkLoanRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.linkLoan(id, body, actorOf(access));
  }
}
