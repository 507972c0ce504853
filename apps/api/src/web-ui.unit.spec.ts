import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { serveWebUi } from './web-ui';

@Controller('ping')
class PingController {
  @Get()
  ping(): { pong: true } {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class TinyModule {}

async function appServing(dir: string): Promise<{ app: INestApplication; mode: string }> {
  const app = await NestFactory.create<NestExpressApplication>(TinyModule, { logger: false });
  app.setGlobalPrefix('api');
  const mode = serveWebUi(app, dir);
  await app.init();
  return { app, mode };
}

describe('serveWebUi', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vieclam-web-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the built UI, falls back to index.html for client routes, and leaves /api alone', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>UI</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const { app, mode } = await appServing(dir);
    try {
      expect(mode).toBe('built');
      const server = app.getHttpServer();
      expect((await request(server).get('/assets/app.js').expect(200)).text).toBe('console.log(1)');
      expect((await request(server).get('/job-seekers/123').expect(200)).text).toContain('<title>UI</title>');
      expect((await request(server).get('/').expect(200)).text).toContain('<title>UI</title>');
      expect((await request(server).get('/api/ping').expect(200)).body).toEqual({ pong: true });
      await request(server).get('/api/unknown').expect(404);
    } finally {
      await app.close();
    }
  });

  it('without a build, answers / with the bilingual "not built yet" page linking docs and health', async () => {
    const { app, mode } = await appServing(join(dir, 'missing'));
    try {
      expect(mode).toBe('not-built');
      const page = (await request(app.getHttpServer()).get('/').expect(200)).text;
      expect(page).toContain('ViecLam Ledger đang chạy');
      expect(page).toContain('web UI is not built yet');
      expect(page).toContain('href="/api/docs"');
      expect(page).toContain('href="/api/health"');
    } finally {
      await app.close();
    }
  });
});
