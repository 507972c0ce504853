export * from './projection';
export * from './checkpoints';
export * from './projection-lock';
export * from './progress-bar';
export * from './rebuild-projection';
export * from './projection-runner';
