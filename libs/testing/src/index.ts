export * from './context-test-app';
