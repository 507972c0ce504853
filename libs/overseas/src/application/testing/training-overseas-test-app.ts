/**
 * The job seekers, vacancies, training and overseas APIs as the real app composes them (see
 * `@vieclam/testing`).
 */
import { JOB_SEEKER_PROJECTIONS, JobSeekersModule } from '@vieclam/job-seekers';
import { contextTestAppStarter, type ContextTestApp } from '@vieclam/testing';
import { TRAINING_PROJECTIONS, TrainingModule } from '@vieclam/training';
import { VACANCY_PROJECTIONS, VacanciesModule } from '@vieclam/vacancies';
import { OVERSEAS_PROJECTIONS } from '../../projections/overseas.projections';
import { OverseasModule } from '../../overseas.module';

export { eventually } from '@vieclam/testing';

export type TrainingOverseasTestApp = ContextTestApp;

export const startTrainingOverseasTestApp = contextTestAppStarter({
  defaultDatabaseName: 'vieclam_train_test',
  tempDirPrefix: 'train',
  modules: [JobSeekersModule, VacanciesModule, TrainingModule, OverseasModule],
  projections: [
    ...JOB_SEEKER_PROJECTIONS,
    ...VACANCY_PROJECTIONS,
    ...TRAINING_PROJECTIONS,
    ...OVERSEAS_PROJECTIONS,
  ],
});
