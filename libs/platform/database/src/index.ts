export * from './create-database';
export * from './migrate-to-latest';
