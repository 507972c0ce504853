import { randomBytes } from 'node:crypto';
import { CqrsModule } from '@nestjs/cqrs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  CommandHandlingModule,
  HttpErrorFilter,
  InMemoryIdempotencyStore,
  createValidationPipe,
} from '@vieclam/platform/command-handling';
import { loadAppConfig } from '@vieclam/platform/config';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE, RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { createTestDatabase } from '@vieclam/platform/testing';
import { AdminModule } from '../../admin.module';
import { DEMO_CREDENTIALS_FILE_NAME } from '../../demo/seed-demo';
import { ADMIN_PROJECTIONS } from '../../projections/admin-projections';
import { OrgUnitDirectory } from '../../projections/org-units/org-unit-directory';
import { createFirstAdmin } from '../users/create-first-admin';

const LOCKOUT_MS = 1000;

describe('auth in server mode (PostgreSQL)', () => {
  let app: INestApplication;
  let drop: () => Promise<void>;
  let dataDir: string;
  const previousSecret = process.env.AUTH_SECRET;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    const database = await createTestDatabase('vieclam_auth_test');
    drop = database.drop;
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-auth-pg-'));
    process.env.AUTH_SECRET = randomBytes(32).toString('hex');
    const config = loadAppConfig(
      {
        DATABASE_URL: database.url,
        MASTER_KEY: randomBytes(32).toString('hex'),
        AUTH_SECRET: process.env.AUTH_SECRET,
        DATA_DIR: dataDir,
        DEMO: 'true',
        LOG_LEVEL: 'silent',
      },
      dataDir,
    );
    expect(config.mode).toBe('server');
    const moduleRef = await Test.createTestingModule({
      imports: [
        RuntimeModule.forRoot(config, { role: 'worker', projections: ADMIN_PROJECTIONS }),
        CqrsModule.forRoot(),
        CommandHandlingModule.forRoot({
          eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
          idempotencyStore: { useValue: new InMemoryIdempotencyStore() },
        }),
        AdminModule.forRoot({
          auth: {
            lockout: { maxFailures: 5, windowMs: 60_000, lockoutMs: LOCKOUT_MS },
            perIpLimit: { limit: 10_000, ttlMs: 60_000 },
          },
        }),
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    app.useGlobalPipes(createValidationPipe());
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
    if (previousSecret === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = previousSecret;
  });

  it('seeds no demo account on a server, even with DEMO=true', async () => {
    expect(existsSync(join(dataDir, DEMO_CREDENTIALS_FILE_NAME))).toBe(false);
    const response = await http().post('/api/auth/login').send({ username: 'demo.admin', password: 'x' });
    expect(response.status).toBe(401);
  });

  it('bootstraps the first admin (CLI admin:create), who must change the generated password', async () => {
    const admin = await createFirstAdmin({
      eventStore: app.get<EventStore>(EVENT_STORE),
      username: 'quantri',
      displayName: 'Quản trị tỉnh',
      unitCode: '33',
      createUnit: { name: 'Tỉnh Hưng Yên', level: 'province' },
    });
    expect(admin.generatedPassword).toBe(true);
    // Another process (the CLI) wrote the unit: this one sees it at its next poll, or at once on sync.
    await app.get(OrgUnitDirectory).sync();
    const first = await http()
      .post('/api/auth/login')
      .send({ username: 'quantri', password: admin.password });
    expect(first.status).toBe(200);
    expect(first.body.mustChangePassword).toBe(true);
    const changed = await http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${first.body.accessToken}`)
      .send({ currentPassword: admin.password, newPassword: 'province-admin-pass' });
    expect(changed.status).toBe(200);
    const me = await http().get('/api/my/units').set('Authorization', `Bearer ${changed.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.map((u: { code: string }) => u.code)).toEqual(['33']);

    await expect(
      createFirstAdmin({
        eventStore: app.get<EventStore>(EVENT_STORE),
        username: 'quantri',
        displayName: 'Again',
        unitCode: '33',
      }),
    ).rejects.toMatchObject({ code: 'username_taken' });
  });

  it('rotates refresh tokens and detects reuse on PostgreSQL', async () => {
    const login = await http()
      .post('/api/auth/login')
      .send({ username: 'quantri', password: 'province-admin-pass', refreshTokenInBody: true });
    const rotated = await http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken });
    expect(rotated.status).toBe(200);
    expect(
      (await http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken })).status,
    ).toBe(401);
    expect(
      (await http().post('/api/auth/refresh').send({ refreshToken: rotated.body.refreshToken })).status,
    ).toBe(401);
  });

  it('locks the account after five wrong passwords, then lets it in after the lockout', async () => {
    const attempt = (password: string) =>
      http().post('/api/auth/login').send({ username: 'quantri', password });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    expect((await attempt('wrong-6')).status).toBe(429);
    expect((await attempt('province-admin-pass')).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, LOCKOUT_MS + 100));
    expect((await attempt('province-admin-pass')).status).toBe(200);
  });
});
