import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ModuleRef } from '@nestjs/core';
import {
  AccessContext,
  CurrentAccess,
  RequirePermission,
  unitFromBody,
  type AccessRequest,
  type UnitResolver,
} from '@vieclam/admin';
import { DomainError } from '@vieclam/platform/command-handling';
import { JobSeekerListQuery } from '../queries/job-seeker-list.query';
import { todayInVietnam } from './calendar-dates';
import { JobSeekerCommands, type ProfileChanges } from './job-seeker-commands';
import { JobSeekerRecords } from './job-seeker-records';
import {
  CloseCaseRequest,
  ListJobSeekersQuery,
  LogConsultationRequest,
  RecordInterviewOutcomeRequest,
  RecordJobEndRequest,
  RecordJobStartRequest,
  RecordLabourStatusRequest,
  ReferToVacancyRequest,
  RegisterJobSeekerRequest,
  ReopenCaseRequest,
  UpdateJobSeekerProfileRequest,
  WorkListQuery,
} from './job-seekers.dto';
import { PersonalDataViews } from './personal-data-views';

/** The village the job seeker of route parameter `id` belongs to, read from its stream (404 if none). */
export const jobSeekerVillage: UnitResolver = (request: AccessRequest, moduleRef: ModuleRef) =>
  moduleRef.get(JobSeekerRecords, { strict: false }).village(request.params.id ?? '');

/** Moving a person to another village needs the right on both villages. */
const jobSeekerVillageAndTarget: UnitResolver = async (request, moduleRef) => {
  const current = await jobSeekerVillage(request, moduleRef);
  const target = unitFromBody('villageCode')(request, moduleRef);
  return typeof target === 'string' && target !== current ? [current as string, target] : current;
};

const actorOf = (access: AccessContext) => ({ userId: access.user.userId });

function parseIfMatch(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const revision = Number(ifMatch.replace(/"/g, ''));
  if (!Number.isInteger(revision) || revision < 0) {
    throw DomainError.invalid(
      'if_match_invalid',
      { vi: 'If-Match phải là số phiên bản của hồ sơ', en: 'If-Match must be the revision of the case' },
      { field: 'If-Match' },
    );
  }
  return revision;
}

@ApiTags('job-seekers')
@ApiBearerAuth()
@Controller('job-seekers')
export class JobSeekersController {
  constructor(
    private readonly commands: JobSeekerCommands,
    private readonly records: JobSeekerRecords,
    private readonly list: JobSeekerListQuery,
    private readonly views: PersonalDataViews,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Đăng ký người tìm việc / Register a job seeker',
    description:
      '409 `possible_duplicate` (details.duplicates) when the CCCD, or the name and date of birth, match ' +
      'someone registered; send `duplicateOverrideReason` to register anyway (recorded in the event).',
  })
  @RequirePermission('job-seekers:write', unitFromBody('villageCode'))
  register(@Body() body: RegisterJobSeekerRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.register(body, actorOf(access));
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách người tìm việc / List job seekers (within your units)' })
  @RequirePermission('job-seekers:read')
  async find(@Query() query: ListJobSeekersQuery, @CurrentAccess() access: AccessContext) {
    const today = todayInVietnam();
    const followUpDueBy =
      query.followUpDue === 'true' ? today : query.followUpDue === 'false' ? undefined : query.followUpDue;
    const page = await this.list.list({
      units: access.unitsInScope('job-seekers:read'),
      village: query.village,
      status: query.status,
      occupation: query.occupation,
      followUpDueBy,
      closed: query.closed,
      q: query.q,
      ids: query.ids,
      page: query.page,
      pageSize: query.pageSize,
    });
    await this.views.recordMany(
      access,
      page.items
        .filter((i) => !i.personalDataErased)
        .map((i) => ({ id: i.jobSeekerId, village: i.villageCode })),
      'job_seekers.list',
    );
    return page;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Hồ sơ người tìm việc / A job seeker’s case, decrypted' })
  @RequirePermission('job-seekers:read', jobSeekerVillage)
  async details(@Param('id') id: string, @CurrentAccess() access: AccessContext) {
    const details = await this.records.details(id);
    if (!details.personalDataErased) {
      await this.views.record(access, id, String(details.profile.villageCode), 'job_seekers.profile');
    }
    return details;
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary: 'Dòng thời gian hồ sơ / Every event of the case, newest first, with who recorded it',
  })
  @RequirePermission('job-seekers:read', jobSeekerVillage)
  async timeline(@Param('id') id: string, @CurrentAccess() access: AccessContext) {
    const timeline = await this.records.timeline(id);
    if (!timeline.personalDataErased) {
      await this.views.record(access, id, await this.records.village(id), 'job_seekers.timeline');
    }
    return timeline;
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Cập nhật hồ sơ / Update the profile (not the CCCD)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The revision you saw; 409 if it changed' })
  @RequirePermission('job-seekers:write', jobSeekerVillageAndTarget)
  update(
    @Param('id') id: string,
    @Body() body: UpdateJobSeekerProfileRequest,
    @Req() request: { body: Record<string, unknown> },
    @CurrentAccess() access: AccessContext,
    @Headers('if-match') ifMatch?: string,
  ) {
    // The DTO carries defaults for absent fields: only what the client sent is a change.
    const sent = new Set(Object.keys(request.body ?? {}));
    const changes = Object.fromEntries(
      Object.entries(body).filter(
        ([key]) => sent.has(key) && key !== 'citizenId' && key !== 'duplicateOverrideReason',
      ),
    ) as ProfileChanges;
    return this.commands.updateProfile(id, changes, actorOf(access), parseIfMatch(ifMatch));
  }

  @Post(':id/labour-status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ghi nhận tình trạng việc làm / Record the labour status' })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  recordLabourStatus(
    @Param('id') id: string,
    @Body() body: RecordLabourStatusRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.recordLabourStatus(id, body, actorOf(access));
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đóng hồ sơ / Close the case' })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  close(@Param('id') id: string, @Body() body: CloseCaseRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.closeCase(id, body, actorOf(access));
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở lại hồ sơ / Reopen the case' })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  reopen(@Param('id') id: string, @Body() body: ReopenCaseRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.reopenCase(id, body, actorOf(access));
  }

  @Post(':id/consultations')
  @ApiOperation({ summary: 'Ghi buổi tư vấn / Log a consultation' })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  logConsultation(
    @Param('id') id: string,
    @Body() body: LogConsultationRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.logConsultation(id, body, actorOf(access));
  }

  @Post(':id/referrals')
  @ApiOperation({
    summary: 'Giới thiệu việc làm / Refer to a vacancy',
    description:
      'The vacancy records the referral too (CandidateReferred); 404 for an unknown vacancy, 409 ' +
      '`vacancy_not_open` when it is closed or filled, 400 `closing_date_passed` after its closing date.',
  })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  refer(
    @Param('id') id: string,
    @Body() body: ReferToVacancyRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.refer(id, body, actorOf(access));
  }

  @Post(':id/referrals/:referralId/outcome')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kết quả phỏng vấn / Record the interview outcome' })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  recordOutcome(
    @Param('id') id: string,
    @Param('referralId') referralId: string,
    @Body() body: RecordInterviewOutcomeRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.recordInterviewOutcome(id, { ...body, referralId }, actorOf(access));
  }

  @Post(':id/job-starts')
  @ApiOperation({ summary: 'Ghi nhận việc làm mới / Record a job start (counted as a new job)' })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  recordJobStart(
    @Param('id') id: string,
    @Body() body: RecordJobStartRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.recordJobStart(id, body, actorOf(access));
  }

  @Post(':id/job-ends')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ghi nhận nghỉ việc / Record a job end' })
  @RequirePermission('job-seekers:write', jobSeekerVillage)
  recordJobEnd(
    @Param('id') id: string,
    @Body() body: RecordJobEndRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.recordJobEnd(id, body, actorOf(access));
  }
}

@ApiTags('job-seekers')
@ApiBearerAuth()
@Controller('work-list')
export class WorkListController {
  constructor(
    private readonly list: JobSeekerListQuery,
    private readonly views: PersonalDataViews,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Việc cần theo dõi / Follow-ups due and overdue (within your units)' })
  @RequirePermission('job-seekers:read')
  async workList(@Query() query: WorkListQuery, @CurrentAccess() access: AccessContext) {
    const result = await this.list.workList({
      units: access.unitsInScope('job-seekers:read'),
      today: todayInVietnam(),
      withinDays: query.withinDays,
      ...(query.mine ? { counsellorId: access.user.userId } : {}),
    });
    await this.views.recordMany(
      access,
      result.items
        .filter((i) => !i.personalDataErased)
        .map((i) => ({ id: i.jobSeekerId, village: i.villageCode })),
      'job_seekers.work_list',
    );
    return result;
  }
}
