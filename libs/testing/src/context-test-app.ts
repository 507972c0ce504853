/**
 * One context's API as the real app composes it (runtime of the mode, admin guard and login,
 * optionally the personal-data cipher and audit log, command handling, projections), for end-to-end
 * tests on SQLite or PostgreSQL. Demo units and accounts are seeded; `tokenOf('demo.tuvan')` logs in.
 * The contexts' modules and projections are parameters, so a context's test never makes this
 * library import that same context.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication, ModuleMetadata } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  ADMIN_PROJECTIONS,
  AdminModule,
  OrgUnitDirectory,
  PersonalDataModule,
  seedDemo,
} from '@vieclam/admin';
import {
  CommandHandlingModule,
  InMemoryIdempotencyStore,
  createValidationPipe,
} from '@vieclam/platform/command-handling';
import { loadAppConfig } from '@vieclam/platform/config';
import type { EventStore } from '@vieclam/platform/event-store';
import type { Projection } from '@vieclam/platform/projections';
import { EVENT_STORE, RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { createTestDatabase } from '@vieclam/platform/testing';

export type TestAppKind = 'sqlite' | 'postgres';

export interface ContextTestAppOptions {
  kind: TestAppKind;
  /** The PostgreSQL test database (created and dropped); unused on SQLite. */
  postgresDatabaseName: string;
  /** Names the temporary data directory: `vieclam-<tempDirPrefix>-<kind>-…`. */
  tempDirPrefix: string;
  /** The contexts' Nest modules, imported after the admin (and personal-data) modules. */
  modules: NonNullable<ModuleMetadata['imports']>;
  /** The contexts' projections, run after the admin projections. */
  projections: readonly Projection[];
  /** Whether to import the personal-data module (cipher and audit log); defaults to true. */
  personalData?: boolean;
}

export interface ContextTestApp {
  app: INestApplication;
  runtime: Runtime;
  store: EventStore;
  http: () => ReturnType<typeof request>;
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startContextTestApp(options: ContextTestAppOptions): Promise<ContextTestApp> {
  const { kind } = options;
  const dataDir = mkdtempSync(join(tmpdir(), `vieclam-${options.tempDirPrefix}-${kind}-`));
  const database = kind === 'postgres' ? await createTestDatabase(options.postgresDatabaseName) : undefined;
  const env: Record<string, string> = { DATA_DIR: dataDir, DEMO: 'false', LOG_LEVEL: 'silent' };
  const previousAuthSecret = process.env.AUTH_SECRET;
  if (database) {
    env.DATABASE_URL = database.url;
    env.MASTER_KEY = randomBytes(32).toString('base64');
    env.AUTH_SECRET = randomBytes(48).toString('base64url');
  }
  const config = loadAppConfig(env, dataDir);
  const moduleRef = await Test.createTestingModule({
    imports: [
      DiscoveryModule,
      // `worker` runs the projections and the job processors in server mode too (no separate worker).
      RuntimeModule.forRoot(config, {
        role: 'worker',
        projections: [...ADMIN_PROJECTIONS, ...options.projections],
      }),
      CqrsModule.forRoot(),
      CommandHandlingModule.forRoot({
        eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
        idempotencyStore: { useValue: new InMemoryIdempotencyStore() },
      }),
      AdminModule.forRoot({ auth: { perIpLimit: { limit: 10_000, ttlMs: 60_000 } } }),
      ...(options.personalData === false ? [] : [PersonalDataModule]),
      ...options.modules,
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  await app.init();

  const store = app.get<EventStore>(EVENT_STORE);
  const seeded = await seedDemo(store, dataDir);
  if (!seeded) throw new Error('expected an empty store to seed the demo accounts into');
  await app.get(OrgUnitDirectory).sync();
  const passwords = new Map(seeded.accounts.map((a) => [a.username, a.password]));
  const http = () => request(app.getHttpServer());

  return {
    app,
    runtime: app.get<Runtime>(RUNTIME),
    store,
    http,
    async tokenOf(username) {
      const response = await http()
        .post('/api/auth/login')
        .send({ username, password: passwords.get(username) });
      if (response.status !== 200) throw new Error(`login of ${username} failed: ${response.status}`);
      return (response.body as { accessToken: string }).accessToken;
    },
    async close() {
      await app.close();
      if (previousAuthSecret === undefined) delete process.env.AUTH_SECRET;
      else process.env.AUTH_SECRET = previousAuthSecret;
      // A pool whose end is still settling gets an error event when DROP … WITH (FORCE) kills its
      // connection (seen once as an unhandled pg error); let the ends finish first.
      if (database) await new Promise((resolve) => setTimeout(resolve, 200));
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A context's `start…TestApp(kind, postgresDatabaseName?)`: the same app every time, with its own
 * default test database name.
 */
export function contextTestAppStarter(
  setup: Omit<ContextTestAppOptions, 'kind' | 'postgresDatabaseName'> & { defaultDatabaseName: string },
): (kind: TestAppKind, postgresDatabaseName?: string) => Promise<ContextTestApp> {
  const { defaultDatabaseName, ...options } = setup;
  return (kind, postgresDatabaseName = defaultDatabaseName) =>
    startContextTestApp({ ...options, kind, postgresDatabaseName });
}

/** Retries `check` until it stops throwing (read models catch up asynchronously). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
