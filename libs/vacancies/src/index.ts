export * from './domain/occupation/occupation-codes';
export * from './config/occupation-catalogue';
export * from './domain/employer/employer.events';
export * from './domain/employer/employer.decider';
export * from './domain/vacancy/vacancy.events';
export * from './domain/vacancy/vacancy.decider';
export * from './domain/matching/matching.types';
export * from './domain/matching/match-weights';
export { CandidatePool } from './domain/matching/candidate-pool';
export { explainMatch } from './domain/matching/match-explanation';
export { compileVacancy, totalScore, exclusionMask } from './domain/matching/match-scoring';
export * from './domain/matching/rank-matches';
export { VacanciesModule } from './vacancies.module';
export { VACANCY_PROJECTIONS } from './projections/vacancies.projections';
export {
  vacancyStream,
  employerStream,
  VACANCY_CATEGORY,
  EMPLOYER_CATEGORY,
} from './application/vacancy-records';
export { VacancyCommands, VacancyReferralsAdapter } from './application/vacancy-commands';
export { VacancyRecords } from './application/vacancy-records';
export * from './demo/demo-vacancies';
export * from './demo/load-demo-vacancies';
