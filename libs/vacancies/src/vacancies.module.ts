import { Module } from '@nestjs/common';
import { MatchCandidatesQuery, VACANCY_REFERRALS } from '@vieclam/job-seekers';
import {
  CandidateVacanciesController,
  EmployersController,
  VacanciesController,
} from './application/vacancies.controller';
import { VacancyCommands, VacancyReferralsAdapter } from './application/vacancy-commands';
import { VacancyRecords } from './application/vacancy-records';
import { VacancyListQuery } from './queries/vacancy-list.query';
import { VacancyMatchingQuery } from './queries/vacancy-matching.query';

/**
 * Employers, vacancies and matching over HTTP. Needs what `JobSeekersModule` needs (runtime,
 * command handling, AdminModule, PersonalDataModule) and binds the job-seekers context's
 * `VACANCY_REFERRALS` port, so referrals and interview outcomes are recorded on the vacancy too.
 * Its read models (`VACANCY_PROJECTIONS`) must be in the app's projection list.
 */
@Module({
  controllers: [EmployersController, VacanciesController, CandidateVacanciesController],
  providers: [
    VacancyRecords,
    VacancyCommands,
    VacancyListQuery,
    VacancyMatchingQuery,
    MatchCandidatesQuery,
    VacancyReferralsAdapter,
    { provide: VACANCY_REFERRALS, useExisting: VacancyReferralsAdapter },
  ],
  exports: [VacancyRecords, VacancyListQuery, VACANCY_REFERRALS],
})
export class VacanciesModule {}
