/**
 * The API exactly as `npm start` composes it (AppModule + configureApp), in embedded demo mode on
 * a temp data directory: SQLite, demo units and one demo account per role. `DiscoveryModule` is
 * added so the routes can be enumerated from the Nest router.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscoveryModule } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { loadAppConfig } from '@vieclam/platform/config';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';

export interface RealApp {
  app: NestExpressApplication;
  http(): ReturnType<typeof request>;
  dataDir: string;
  /** Logs a demo account in (password from `DATA_DIR/demo-credentials.txt`); returns its access token. */
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startRealApp(): Promise<RealApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vieclam-real-app-'));
  // Set REAL_APP_LOG_LEVEL=error to see the server's log (e.g. the stack of a 500) while debugging.
  const config = loadAppConfig(
    { DATA_DIR: dataDir, DEMO: 'true', LOG_LEVEL: process.env.REAL_APP_LOG_LEVEL ?? 'silent' },
    dataDir,
  );
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config), DiscoveryModule],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(app);
  // The demo seeder prints the passwords once on stdout; the test reads them from the file.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    await app.init();
  } finally {
    process.stdout.write = write;
  }
  const http = () => request(app.getHttpServer());
  const passwords = new Map(
    readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8')
      .split('\n')
      .map((line) => /^(demo\.\S+)\s+(\S+)/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!] as const),
  );
  return {
    app,
    http,
    dataDir,
    async tokenOf(username) {
      const password = passwords.get(username);
      if (password === undefined) throw new Error(`no demo password for ${username}`);
      const response = await http().post('/api/auth/login').send({ username, password });
      if (response.status !== 200) {
        throw new Error(`login of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return (response.body as { accessToken: string }).accessToken;
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
