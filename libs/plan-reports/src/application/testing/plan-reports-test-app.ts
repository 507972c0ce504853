/**
 * The job seekers and plan & reports APIs as the real app composes them (runtime of the mode, admin
 * guard and login, personal-data cipher, command handling), for end-to-end tests on SQLite or
 * PostgreSQL. Demo units and accounts are seeded; `tokenOf('demo.admin')` logs in.
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
import { PlanReportsModule } from '../../plan-reports.module';
import { PLAN_REPORTS_PROJECTIONS } from '../../projections/plan-reports.projections';

export interface PlanReportsTestApp {
  app: INestApplication;
  store: EventStore;
  http: () => ReturnType<typeof request>;
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startPlanReportsTestApp(
  kind: 'sqlite' | 'postgres',
  postgresDatabaseName = 'vieclam_reports_test',
): Promise<PlanReportsTestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), `vieclam-reports-${kind}-`));
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
      RuntimeModule.forRoot(config, {
        role: 'worker',
        projections: [...ADMIN_PROJECTIONS, ...JOB_SEEKER_PROJECTIONS, ...PLAN_REPORTS_PROJECTIONS],
      }),
      CqrsModule.forRoot(),
      CommandHandlingModule.forRoot({
        eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
        idempotencyStore: { useValue: new InMemoryIdempotencyStore() },
      }),
      AdminModule.forRoot({ auth: { perIpLimit: { limit: 10_000, ttlMs: 60_000 } } }),
      PersonalDataModule,
      JobSeekersModule,
      PlanReportsModule,
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
      if (database) await new Promise((resolve) => setTimeout(resolve, 200));
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
