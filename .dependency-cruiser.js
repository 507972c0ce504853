/**
 * Architecture rules (STYLE.md): domain code is pure; contexts talk through each other's public
 * surface (src/index.ts) only.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Domain code (src/domain/**) must not import NestJS, drivers, queues or any infrastructure.',
      severity: 'error',
      from: { path: '^libs/.+/src/domain/', pathNot: '\\.spec\\.ts$' },
      to: {
        path: [
          '(^|/)node_modules/(@nestjs|kysely|pg|better-sqlite3|bullmq|ioredis|@kurrent|express|pino|nestjs-pino|class-validator|class-transformer)(/|$)',
          '^libs/.+/src/(application|projections|queries|jobs|infrastructure)/',
          '^libs/platform/(?!(event-store/src/(index|event-store\\.port|errors|stream-name)|domain/src/[^/]+|text/src/[^/]+)\\.ts$)',
        ],
      },
    },
    {
      name: 'no-context-internals',
      comment: 'A context may use another context only through its src/index.ts.',
      severity: 'error',
      from: { path: '^libs/(?!platform/)([^/]+)/src/' },
      to: {
        path: '^libs/(?!platform/)[^/]+/src/',
        pathNot: ['^libs/$1/src/', '^libs/[^/]+/src/index\\.ts$'],
      },
    },
    {
      name: 'no-platform-internals',
      comment: 'Contexts and apps use a platform library only through its src/index.ts (or src/testing in specs).',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '^libs/platform/' },
      to: {
        path: '^libs/platform/[^/]+/src/',
        pathNot: ['^libs/platform/[^/]+/src/index\\.ts$', '^libs/platform/[^/]+/src/testing/'],
      },
    },
    {
      name: 'no-platform-cross-internals',
      comment: 'Platform libraries use each other through src/index.ts.',
      severity: 'error',
      from: { path: '^libs/platform/([^/]+)/src/' },
      to: {
        path: '^libs/platform/[^/]+/src/',
        pathNot: ['^libs/platform/$1/src/', '^libs/platform/[^/]+/src/index\\.ts$', '^libs/platform/[^/]+/src/testing/'],
      },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|apps/web)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
