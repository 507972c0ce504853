export * from './domain/occupation/occupation-codes';
export * from './config/occupation-catalogue';
export * from './domain/employer/employer.events';
export * from './domain/employer/employer.decider';
export * from './domain/vacancy/vacancy.events';
export * from './domain/vacancy/vacancy.decider';
