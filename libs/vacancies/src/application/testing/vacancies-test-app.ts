/** The job seekers and vacancies APIs as the real app composes them (see `@vieclam/testing`). */
import { JOB_SEEKER_PROJECTIONS, JobSeekersModule } from '@vieclam/job-seekers';
import { contextTestAppStarter, type ContextTestApp } from '@vieclam/testing';
import { VACANCY_PROJECTIONS } from '../../projections/vacancies.projections';
import { VacanciesModule } from '../../vacancies.module';

export type VacanciesTestApp = ContextTestApp;

export const startVacanciesTestApp = contextTestAppStarter({
  defaultDatabaseName: 'vieclam_vac_test',
  tempDirPrefix: 'vac',
  modules: [JobSeekersModule, VacanciesModule],
  projections: [...JOB_SEEKER_PROJECTIONS, ...VACANCY_PROJECTIONS],
});
