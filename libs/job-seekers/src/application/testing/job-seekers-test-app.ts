/**
 * The job seekers API as the real app composes it (runtime of the mode, admin guard and login,
 * personal-data cipher and audit log, command handling), for end-to-end tests on SQLite or
 * PostgreSQL. Demo units and accounts are seeded; `tokenOf('demo.tuvan')` logs in.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
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
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE, RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { createTestDatabase } from '@vieclam/platform/testing';
import { JobSeekersModule } from '../../job-seekers.module';
import { JOB_SEEKER_PROJECTIONS } from '../../projections/job-seekers.projections';

export interface JobSeekersTestApp {
  app: INestApplication;
  runtime: Runtime;
  store: EventStore;
  cipher: PersonalDataCipher;
  http: () => ReturnType<typeof request>;
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startJobSeekersTestApp(
  kind: 'sqlite' | 'postgres',
  postgresDatabaseName = 'vieclam_js_test',
): Promise<JobSeekersTestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), `vieclam-js-${kind}-`));
  const database = kind === 'postgres' ? await createTestDatabase(postgresDatabaseName) : undefined;
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
      // `worker` runs the projections in server mode too; the test has no separate worker.
      RuntimeModule.forRoot(config, {
        role: 'worker',
        projections: [...ADMIN_PROJECTIONS, ...JOB_SEEKER_PROJECTIONS],
      }),
      CqrsModule.forRoot(),
      CommandHandlingModule.forRoot({
        eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
        idempotencyStore: { useValue: new InMemoryIdempotencyStore() },
      }),
      AdminModule.forRoot({ auth: { perIpLimit: { limit: 10_000, ttlMs: 60_000 } } }),
      PersonalDataModule,
      JobSeekersModule,
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
    cipher: app.get(PersonalDataCipher),
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
