export * from './domain/placement/overseas-placement.events';
export * from './domain/placement/service-fee-cap';
export * from './domain/placement/overseas-placement.decider';
export * from './domain/pipeline/overseas-pipeline';
