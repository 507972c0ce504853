// Three projects chosen by file suffix: *.unit.spec.ts, *.int.spec.ts, *.e2e.spec.ts.
// ts-jest only transpiles (isolatedModules); `npm test` type-checks the whole tree once with tsc.
const common = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }] },
  moduleNameMapper: { '^@vieclam/(.*)$': '<rootDir>/libs/$1/src' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web/'],
};
module.exports = {
  // A global option (per-project testTimeout is ignored): int and e2e tests talk to real services.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'] },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/**/*.int.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.spec.ts'] },
  ],
};
