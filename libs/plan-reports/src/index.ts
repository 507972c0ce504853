export * from './domain/plan/plan.events';
export * from './domain/plan/plan.decider';
export * from './domain/printed-figures/vietnamese-number';
export * from './config/seed-plan-58-2022';
export * from './domain/plan/check-plan';
