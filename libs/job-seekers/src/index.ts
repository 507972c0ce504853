export * from './domain/citizen-id/citizen-id';
export * from './domain/job-seeker/job-seeker.events';
export * from './domain/job-seeker/job-seeker.decider';
