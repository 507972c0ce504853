/**
 * The job seekers, vacancies, training and overseas APIs as the real app composes them (runtime of the mode, admin guard
 * and login, personal-data cipher and audit log, command handling, Swagger-ready), for end-to-end
 * tests on SQLite or PostgreSQL. Demo units and accounts are seeded; `tokenOf('demo.tuvan')` logs in.
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
import { JOB_SEEKER_PROJECTIONS, JobSeekersModule } from '@vieclam/job-seekers';
import {
  CommandHandlingModule,
  InMemoryIdempotencyStore,
  createValidationPipe,
} from '@vieclam/platform/command-handling';
import { loadAppConfig } from '@vieclam/platform/config';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE, RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { createTestDatabase } from '@vieclam/platform/testing';
import { TRAINING_PROJECTIONS, TrainingModule } from '@vieclam/training';
import { VACANCY_PROJECTIONS, VacanciesModule } from '@vieclam/vacancies';
import { OVERSEAS_PROJECTIONS } from '../../projections/overseas.projections';
import { OverseasModule } from '../../overseas.module';

export interface TrainingOverseasTestApp {
  app: INestApplication;
  store: EventStore;
  http: () => ReturnType<typeof request>;
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTrainingOverseasTestApp(
  kind: 'sqlite' | 'postgres',
  postgresDatabaseName = 'vieclam_train_test',
): Promise<TrainingOverseasTestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), `vieclam-train-${kind}-`));
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
        projections: [
          ...ADMIN_PROJECTIONS,
          ...JOB_SEEKER_PROJECTIONS,
          ...VACANCY_PROJECTIONS,
          ...TRAINING_PROJECTIONS,
          ...OVERSEAS_PROJECTIONS,
        ],
      }),
      CqrsModule.forRoot(),
      CommandHandlingModule.forRoot({
        eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
        idempotencyStore: { useValue: new InMemoryIdempotencyStore() },
      }),
      AdminModule.forRoot({ auth: { perIpLimit: { limit: 10_000, ttlMs: 60_000 } } }),
      PersonalDataModule,
      JobSeekersModule,
      VacanciesModule,
      TrainingModule,
      OverseasModule,
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
      // Let a closing pool settle before DROP … WITH (FORCE) kills its connections.
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
