export * from './tokens';
export * from './open-runtime';
export * from './runtime-health';
export * from './runtime.module';
export * from './graceful-shutdown';
export * from './projections-host';
