import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AccessContext,
  CurrentAccess,
  RequirePermission,
  unitFromBody,
  type UnitResolver,
} from '@vieclam/admin';
import { JobSeekerRecords, todayInVietnam } from '@vieclam/job-seekers';
import { courseStatistics } from '../domain/course-statistics/course-statistics';
import { FOLLOW_UP_CHECKPOINTS, followUpDueOn } from '../domain/follow-up/training-follow-up';
import { trainingRecordOf } from '../domain/training-record/training-record';
import { TrainingQueries } from '../queries/training.query';
import { TrainingCommands } from './training-commands';
import { TrainingRecords } from './training-records';
import {
  AttendanceRequest,
  CloseCourseRequest,
  CompleteRequest,
  CourseListQueryDto,
  DropOutRequest,
  EnrolRequest,
  IssueCertificateRequest,
  OpenCourseRequest,
  RecogniseExperienceRequest,
  TrainingOutcomeRequest,
} from './training.dto';

/** The unit of the course of route parameter `id`, read from its stream (404 if none). */
const courseUnit: UnitResolver = (request, moduleRef: ModuleRef) =>
  moduleRef.get(TrainingRecords, { strict: false }).courseUnit(request.params.id ?? '');

/** The village of the job seeker of route parameter `id` (404 if none). */
const jobSeekerVillage: UnitResolver = (request, moduleRef: ModuleRef) =>
  moduleRef.get(JobSeekerRecords, { strict: false }).village(request.params.id ?? '');

const actorOf = (access: AccessContext) => ({ userId: access.user.userId });

@ApiTags('training')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly commands: TrainingCommands,
    private readonly records: TrainingRecords,
    private readonly queries: TrainingQueries,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Mở khoá đào tạo nghề / Open a vocational training course',
    description: 'Occupation, level, provider, venue, dates, places, funding source and cost per trainee.',
  })
  @RequirePermission('training:write', unitFromBody('unitCode'))
  open(@Body() body: OpenCourseRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.openCourse(body, actorOf(access));
  }

  @Get()
  @ApiOperation({
    summary:
      'Danh sách khoá đào tạo / Courses within your units, with fill, completion, certificate and employment rates',
    description:
      'Each rate shows `part`, `whole` and `basisPoints` (10 000 = 100 %); `null` when the whole is 0. ' +
      'Employment counts completers at their latest follow-up; those not yet followed up are in `awaitingFollowUp`.',
  })
  @RequirePermission('training:read')
  find(@Query() query: CourseListQueryDto, @CurrentAccess() access: AccessContext) {
    return this.queries.courses({ units: access.unitsInScope('training:read'), ...query });
  }

  @Get(':id')
  @ApiOperation({ summary: 'Khoá đào tạo / A course: terms, statistics and each trainee with status' })
  @RequirePermission('training:read', courseUnit)
  async details(@Param('id') id: string) {
    const { state, openedOn, revision } = await this.records.course(id);
    return {
      courseId: id,
      revision,
      openedOn,
      closedOn: state.closedOn,
      terms: state.terms,
      statistics: courseStatistics(state),
      trainees: Object.entries(state.trainees).map(([jobSeekerId, trainee]) => ({
        jobSeekerId,
        ...trainee,
        followUps:
          trainee.completedOn === null
            ? []
            : FOLLOW_UP_CHECKPOINTS.map(({ checkpoint }) => ({
                checkpoint,
                dueOn: followUpDueOn(trainee.completedOn!, checkpoint),
                outcome: trainee.outcomes[checkpoint] ?? null,
              })),
      })),
    };
  }

  @Post(':id/enrolments')
  @ApiOperation({
    summary: 'Ghi danh học viên / Enrol a job seeker',
    description: 'A full, closed or finished course refuses with 409 and a message naming the places left.',
  })
  @RequirePermission('training:write', courseUnit)
  enrol(@Param('id') id: string, @Body() body: EnrolRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.enrol(id, body, actorOf(access));
  }

  @Post(':id/attendance')
  @ApiOperation({ summary: 'Ghi mốc chuyên cần / Record an attendance milestone of a trainee' })
  @RequirePermission('training:write', courseUnit)
  attendance(
    @Param('id') id: string,
    @Body() body: AttendanceRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.recordAttendance(id, body, actorOf(access));
  }

  @Post(':id/completions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ghi hoàn thành khoá học / Record that a trainee completed the course' })
  @RequirePermission('training:write', courseUnit)
  complete(@Param('id') id: string, @Body() body: CompleteRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.complete(id, body, actorOf(access));
  }

  @Post(':id/dropouts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ghi bỏ học / Record that a trainee dropped out, with the reason' })
  @RequirePermission('training:write', courseUnit)
  dropOut(@Param('id') id: string, @Body() body: DropOutRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.dropOut(id, body, actorOf(access));
  }

  @Post(':id/certificates')
  @ApiOperation({
    summary: 'Cấp chứng chỉ / Issue a certificate to a trainee who completed',
    description: 'Sơ cấp or above makes the person count as trained with a certificate.',
  })
  @RequirePermission('training:write', courseUnit)
  certificate(
    @Param('id') id: string,
    @Body() body: IssueCertificateRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.issueCertificate(id, body, actorOf(access));
  }

  @Post(':id/outcomes')
  @ApiOperation({ summary: 'Ghi kết quả sau đào tạo / Record the 3- or 6-month post-training outcome' })
  @RequirePermission('training:write', courseUnit)
  outcome(
    @Param('id') id: string,
    @Body() body: TrainingOutcomeRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.recordOutcome(id, body, actorOf(access));
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đóng khoá học / Close the course (every trainee completed or dropped out)' })
  @RequirePermission('training:write', courseUnit)
  close(@Param('id') id: string, @Body() body: CloseCourseRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.closeCourse(id, body, actorOf(access));
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('job-seekers')
export class TraineeTrainingController {
  constructor(
    private readonly commands: TrainingCommands,
    private readonly records: TrainingRecords,
    private readonly queries: TrainingQueries,
  ) {}

  @Get(':id/training')
  @ApiOperation({
    summary: 'Quá trình đào tạo / A person’s training record: courses, certificates, recognitions',
    description:
      '`trained` (since `trainedSince`): completed any course or recognised ≥ 3 years’ experience. ' +
      '`trainedWithCertificate` (since `certifiedSince`): a certificate of sơ cấp or above.',
  })
  @RequirePermission('training:read', jobSeekerVillage)
  async training(@Param('id') id: string) {
    const courseIds = await this.queries.courseIdsOf(id);
    return trainingRecordOf(id, await this.records.recordEventsOf(id, courseIds));
  }

  @Post(':id/experience-recognitions')
  @ApiOperation({
    summary: 'Công nhận kinh nghiệm / Recognise ≥ 3 years’ experience at a skill as training',
  })
  @RequirePermission('training:write', jobSeekerVillage)
  recognise(
    @Param('id') id: string,
    @Body() body: RecogniseExperienceRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.recogniseExperience(id, body, actorOf(access));
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training-follow-ups')
export class TrainingFollowUpsController {
  constructor(private readonly queries: TrainingQueries) {}

  @Get()
  @ApiOperation({
    summary: 'Theo dõi sau đào tạo / Trainees due for their 3- or 6-month follow-up, oldest first',
  })
  @RequirePermission('training:read')
  due(@CurrentAccess() access: AccessContext) {
    return this.queries.dueFollowUps(access.unitsInScope('training:read'), todayInVietnam());
  }
}
