/**
 * The API as the security e2e tests run it: the real AppModule in embedded mode (SQLite in a temp
 * dir), with pino writing into memory so tests can grep what was logged. Modules the AppModule does
 * not import yet (while contexts are being wired) are added here.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { PARAMS_PROVIDER_TOKEN } from 'nestjs-pino';
import request from 'supertest';
import {
  AdminModule,
  AuditModule,
  OrgUnitDirectory,
  OrgUnitsModule,
  PersonalDataModule,
  createFirstAdmin,
  seedDemoUnits,
  type RoleGrant,
} from '@vieclam/admin';
import { createUserAccount } from '../libs/admin/src/application/users/user-commands';
import type { AppConfig } from '@vieclam/platform/config';
import type { EventStore } from '@vieclam/platform/event-store';
import { pinoHttpOptions } from '@vieclam/platform/logging';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';

export interface TestUser {
  userId: string;
  token: string;
}

export interface SecurityTestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  store: EventStore;
  dataDir: string;
  /** Everything pino wrote so far. */
  logs(): string;
  /** Creates a user with the grants (password known) and logs in through the API. */
  user(username: string, displayName: string, grants: RoleGrant[]): Promise<TestUser>;
  close(): Promise<void>;
}

type Imported = NonNullable<DynamicModule['imports']>[number];

function imports(list: readonly Imported[], module: Type): boolean {
  return list.some(
    (m) => m === module || (typeof m === 'object' && m !== null && 'module' in m && m.module === module),
  );
}

export interface SecurityTestAppOptions {
  /** Server mode on this PostgreSQL database (jobs in-process); embedded SQLite when absent. */
  databaseUrl?: string;
}

export async function startSecurityTestApp(options: SecurityTestAppOptions = {}): Promise<SecurityTestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vieclam-sec-test-'));
  const config: AppConfig = {
    mode: options.databaseUrl ? 'server' : 'embedded',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logLevel: 'info',
    demo: false,
    // Server mode signs tokens only with a configured secret.
    ...(options.databaseUrl
      ? {
          databaseUrl: options.databaseUrl,
          masterKey: randomBytes(32),
          authSecret: randomBytes(48).toString('base64url'),
        }
      : {}),
  };
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });

  const root = AppModule.forRoot(config);
  const already = root.imports ?? [];
  const extra: Imported[] = [];
  if (!imports(already, AdminModule)) extra.push(AdminModule.forRoot());
  for (const module of [OrgUnitsModule, AuditModule, PersonalDataModule]) {
    if (!imports(already, module)) extra.push(module);
  }

  const moduleRef = await Test.createTestingModule({ imports: [root, ...extra] })
    .overrideProvider(PARAMS_PROVIDER_TOKEN)
    .useValue({
      pinoHttp: [pinoHttpOptions({ level: 'info', destination }), destination],
      forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    })
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(app);
  await app.init();

  const store = app.get<EventStore>(EVENT_STORE);
  await seedDemoUnits(store);
  await app.get(OrgUnitDirectory).sync();
  const http = request(app.getHttpServer());

  let first = true;
  return {
    app,
    http,
    store,
    dataDir,
    logs: () => chunks.join(''),
    async user(username, displayName, grants) {
      const password = `pw-${username}-Correct-Horse-1`;
      const created = first
        ? await createFirstAdmin({
            eventStore: store,
            username,
            displayName,
            password,
            unitCode: grants[0]!.unitCode,
          })
        : await createUserAccount(
            store,
            { username, displayName, password, mustChangePassword: false, grants },
            { actor: 'system' },
          );
      first = false;
      const login = await http.post('/api/auth/login').send({ username, password });
      if (login.status !== 200 && login.status !== 201) {
        throw new Error(`Login of ${username} failed: ${login.status} ${JSON.stringify(login.body)}`);
      }
      return { userId: created.userId, token: (login.body as { accessToken: string }).accessToken };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
