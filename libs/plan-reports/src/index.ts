export * from './domain/plan/plan.events';
export * from './domain/plan/plan.decider';
