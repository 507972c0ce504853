import { Module } from '@nestjs/common';
import { MasterKey, PersonalDataCipher } from '@vieclam/platform/crypto';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import { PersonalDataAccessLog } from '@vieclam/admin';
import { DuplicateIndex, duplicateHashKey } from './application/duplicate-index';
import { ForgetErasedDuplicates } from './application/forget-erased-duplicates.handler';
import { DUPLICATE_INDEX, JobSeekerCommands } from './application/job-seeker-commands';
import { JobSeekerRecords } from './application/job-seeker-records';
import { JobSeekersController, WorkListController } from './application/job-seekers.controller';
import { PERSONAL_DATA_VIEW_SINK, PersonalDataViews } from './application/personal-data-views';
import { PersonTimelineSources } from './application/person-timeline-sources';
import { JobSeekerListQuery } from './queries/job-seeker-list.query';

/**
 * The job seekers & counselling HTTP API. Needs the platform's RuntimeModule, CommandHandlingModule
 * and CqrsModule, and the admin context's AdminModule (guard, unit tree) and PersonalDataModule
 * (the process's one PersonalDataCipher and the read audit log). Its read models
 * (`JOB_SEEKER_PROJECTIONS`) must be in the app's projection list.
 */
@Module({
  controllers: [JobSeekersController, WorkListController],
  providers: [
    {
      provide: DUPLICATE_INDEX,
      inject: [DATABASE, MasterKey, PersonalDataCipher],
      useFactory: async (database: Database, masterKey: MasterKey, cipher: PersonalDataCipher) => {
        const index = new DuplicateIndex(database.db, duplicateHashKey(masterKey), cipher);
        await index.migrate();
        return index;
      },
    },
    { provide: PERSONAL_DATA_VIEW_SINK, useExisting: PersonalDataAccessLog },
    JobSeekerCommands,
    JobSeekerRecords,
    JobSeekerListQuery,
    PersonalDataViews,
    ForgetErasedDuplicates,
    PersonTimelineSources,
  ],
  exports: [JobSeekerRecords, JobSeekerListQuery, PersonTimelineSources],
})
export class JobSeekersModule {}
