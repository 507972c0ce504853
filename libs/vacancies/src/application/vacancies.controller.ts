import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ModuleRef } from '@nestjs/core';
import {
  AccessContext,
  CurrentAccess,
  RequirePermission,
  unitFromBody,
  type UnitResolver,
} from '@vieclam/admin';
import { MatchCandidatesQuery } from '@vieclam/job-seekers';
import { VacancyListQuery } from '../queries/vacancy-list.query';
import { VacancyMatchingQuery } from '../queries/vacancy-matching.query';
import { todayInVietnam, VacancyCommands } from './vacancy-commands';
import { employerNotFound, VacancyRecords } from './vacancy-records';
import {
  CloseVacancyRequest,
  ListVacanciesQuery,
  MatchLimitQuery,
  OpenVacancyRequest,
  RegisterEmployerRequest,
  UpdateVacancyRequest,
} from './vacancies.dto';

/** The unit of the vacancy of route parameter `id`, read from its stream (404 if none). */
const vacancyUnit: UnitResolver = (request, moduleRef: ModuleRef) =>
  moduleRef.get(VacancyRecords, { strict: false }).vacancyUnit(request.params.id ?? '');

/** A new vacancy belongs to its workplace's unit, else to its employer's. */
const newVacancyUnit: UnitResolver = async (request, moduleRef: ModuleRef) => {
  const body = (request.body ?? {}) as Partial<OpenVacancyRequest>;
  const unit = await moduleRef
    .get(VacancyCommands, { strict: false })
    .unitForNewVacancy(String(body.employerId ?? ''), body.place ?? null, Boolean(body.overseas));
  if (unit === null) throw employerNotFound();
  return unit;
};

/** The village of the job seeker of route parameter `id` (404 if none). */
const jobSeekerVillage: UnitResolver = async (request, moduleRef: ModuleRef) =>
  (await moduleRef.get(MatchCandidatesQuery, { strict: false }).candidate(request.params.id ?? ''))
    .villageCode;

const actorOf = (access: AccessContext) => ({ userId: access.user.userId });

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(
    private readonly commands: VacancyCommands,
    private readonly list: VacancyListQuery,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Đăng ký nhà tuyển dụng / Register an employer',
    description: 'With `overseasLicence` the employer may run overseas orders (Law 69/2020/QH14).',
  })
  @RequirePermission('vacancies:write', unitFromBody('unitCode'))
  register(@Body() body: RegisterEmployerRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.registerEmployer(body, actorOf(access));
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách nhà tuyển dụng / Employers within your units' })
  @RequirePermission('vacancies:read')
  find(@CurrentAccess() access: AccessContext) {
    return this.list.employers(access.unitsInScope('vacancies:read'));
  }
}

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacanciesController {
  constructor(
    private readonly commands: VacancyCommands,
    private readonly records: VacancyRecords,
    private readonly list: VacancyListQuery,
    private readonly matching: VacancyMatchingQuery,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Mở vị trí việc làm / Open a vacancy or an overseas order',
    description:
      'A domestic vacancy names its workplace (`place`); an overseas order (`overseas`) is a vacancy ' +
      'abroad run by a licensed enterprise. Needs `vacancies:write` on the workplace’s unit, else the employer’s.',
  })
  @RequirePermission('vacancies:write', newVacancyUnit)
  open(@Body() body: OpenVacancyRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.openVacancy(body, actorOf(access));
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách vị trí việc làm / Vacancies within your units, with filters' })
  @RequirePermission('vacancies:read')
  find(@Query() query: ListVacanciesQuery, @CurrentAccess() access: AccessContext) {
    return this.list.vacancies(
      {
        units: access.unitsInScope('vacancies:read'),
        status: query.status,
        occupation: query.occupation,
        abroad: query.abroad,
      },
      todayInVietnam(),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'Vị trí việc làm / A vacancy, its terms, referrals and status' })
  @RequirePermission('vacancies:read', vacancyUnit)
  async details(@Param('id') id: string) {
    const { state, unitCode, openedOn, revision } = await this.records.vacancy(id);
    return {
      vacancyId: id,
      employerId: state.employerId,
      unitCode,
      openedOn,
      revision,
      status: state.status,
      hired: state.hired,
      terms: state.terms,
      referrals: Object.entries(state.referrals).map(([referralId, referral]) => ({
        referralId,
        ...referral,
      })),
    };
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Cập nhật vị trí việc làm / Change title, count, wage, education, skills, dates' })
  @RequirePermission('vacancies:write', vacancyUnit)
  update(
    @Param('id') id: string,
    @Body() body: UpdateVacancyRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.updateVacancy(id, body, actorOf(access));
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đóng vị trí việc làm / Close a vacancy (no more referrals)' })
  @RequirePermission('vacancies:write', vacancyUnit)
  close(@Param('id') id: string, @Body() body: CloseVacancyRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.closeVacancy(id, body, actorOf(access));
  }

  @Get(':id/candidates')
  @ApiOperation({
    summary: 'Ứng viên phù hợp / Candidates for a vacancy, ranked with reasons',
    description:
      'Active job seekers of the villages you may read (`job-seekers:read`), best first: score 0–100, ' +
      'component scores with reasons (vi/en), skill gaps with a course occupation, and how many each ' +
      'hard limit excluded (`excludedBy`).',
  })
  @RequirePermission('vacancies:read', vacancyUnit)
  candidates(
    @Param('id') id: string,
    @Query() query: MatchLimitQuery,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.matching.candidatesForVacancy(id, {
      villages: access.unitsInScope('job-seekers:read'),
      limit: query.limit,
      today: todayInVietnam(),
    });
  }
}

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('job-seekers')
export class CandidateVacanciesController {
  constructor(private readonly matching: VacancyMatchingQuery) {}

  @Get(':id/vacancies')
  @ApiOperation({
    summary: 'Việc làm phù hợp / Open vacancies for a job seeker, ranked with reasons',
    description:
      'Among the open vacancies you may read; `excluded` lists those a hard limit rules out, with why.',
  })
  @RequirePermission('job-seekers:read', jobSeekerVillage)
  vacancies(
    @Param('id') id: string,
    @Query() query: MatchLimitQuery,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.matching.vacanciesForCandidate(id, {
      vacancyUnits: access.unitsInScope('vacancies:read'),
      limit: query.limit,
      today: todayInVietnam(),
    });
  }
}
