import { Module } from '@nestjs/common';
import { JobSeekersModule } from '@vieclam/job-seekers';
import { VacanciesModule } from '@vieclam/vacancies';
import { OverseasController } from './application/overseas.controller';
import { OverseasCommands } from './application/overseas-commands';
import { OverseasRecords } from './application/overseas-records';
import { OverseasTimelineSource } from './application/overseas-timeline-source';
import { OverseasPipelineQuery } from './queries/overseas-pipeline.query';

/**
 * Overseas labour placement over HTTP. Needs what `VacanciesModule` needs; reads candidates from the
 * job-seekers context and orders from the vacancies context, and registers the person's placement
 * events on the job seeker's timeline. Its read models (`OVERSEAS_PROJECTIONS`) must be in the app's
 * projection list.
 */
@Module({
  imports: [JobSeekersModule, VacanciesModule],
  controllers: [OverseasController],
  providers: [OverseasRecords, OverseasCommands, OverseasPipelineQuery, OverseasTimelineSource],
  exports: [OverseasRecords, OverseasCommands, OverseasPipelineQuery],
})
export class OverseasModule {}
