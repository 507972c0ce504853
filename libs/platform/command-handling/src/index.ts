// The pure pieces (Decider, DomainError) live in @vieclam/platform/domain, which domain code may
// import; they are re-exported here for application code.
export * from '@vieclam/platform/domain';
export * from './concurrency-conflict';
export * from './handle-command';
export * from './command-executor';
export * from './command-handling.module';
export * from './http/http-error.filter';
export * from './http/request-validation';
export * from './idempotency/idempotency-store';
export * from './idempotency/idempotency.interceptor';
export * from './idempotency/in-memory-idempotency-store';
export * from './idempotency/kysely-idempotency-store';
export { CalendarDate, DATE_HINT } from './http/calendar-date';
