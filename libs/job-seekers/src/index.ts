export * from './domain/citizen-id/citizen-id';
export * from './domain/job-seeker/job-seeker.events';
export * from './domain/job-seeker/job-seeker.decider';
export { JobSeekersModule } from './job-seekers.module';
export { JOB_SEEKER_PROJECTIONS } from './projections/job-seekers.projections';
export { jobSeekerStream, JOB_SEEKER_CATEGORY } from './application/job-seeker-records';
export { MatchCandidatesQuery, type MatchCandidateProfile } from './queries/match-candidates.query';
export { VACANCY_REFERRALS, type VacancyReferrals } from './application/job-seeker-commands';
