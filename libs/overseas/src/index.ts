export * from './domain/placement/overseas-placement.events';
export * from './domain/placement/service-fee-cap';
export * from './domain/placement/overseas-placement.decider';
export * from './domain/pipeline/overseas-pipeline';
export { OverseasModule } from './overseas.module';
export { OVERSEAS_PROJECTIONS } from './projections/overseas.projections';
export { OverseasCommands } from './application/overseas-commands';
export { OverseasRecords } from './application/overseas-records';
export { OverseasPipelineQuery } from './queries/overseas-pipeline.query';
