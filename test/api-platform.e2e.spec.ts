import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { loadAppConfig } from '@vieclam/platform/config';
import { pingRedis } from '@vieclam/platform/runtime';
import { createTestDatabase, REDIS_HINT, REDIS_TEST_URL } from '@vieclam/platform/testing';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';

const MASTER_KEY = Buffer.alloc(32, 3).toString('base64');
const AUTH_SECRET = 'a-test-signing-secret-of-at-least-32-characters';

/** The real AppModule in server mode (PostgreSQL + Redis), configured exactly as main.ts does. */
async function startApi(env: Record<string, string>): Promise<INestApplication> {
  const config = loadAppConfig({ MASTER_KEY, AUTH_SECRET, LOG_LEVEL: 'silent', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app);
  await app.init();
  return app;
}

describe('API platform in server mode (real PostgreSQL and Redis)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let app: INestApplication;

  beforeAll(async () => {
    await pingRedis(REDIS_TEST_URL).catch((error: Error) => {
      throw new Error(`${REDIS_HINT} (${error.message})`);
    });
    database = await createTestDatabase('vieclam_api_test');
    app = await startApi({ DATABASE_URL: database.url, REDIS_URL: REDIS_TEST_URL });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('reports every component up: PostgreSQL event store, PostgreSQL read models, Redis', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.details).toEqual({
      eventStore: { status: 'up', backend: 'postgres' },
      readModels: { status: 'up', backend: 'postgres' },
      redis: { status: 'up', backend: 'redis' },
    });
  });

  it('answers 503 naming redis when Redis cannot be reached', async () => {
    const broken = await startApi({ DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await request(broken.getHttpServer()).get('/api/health').expect(503);
      expect(response.body.status).toBe('error');
      expect(Object.keys(response.body.error)).toEqual(['redis']);
      expect(response.body.error.redis.status).toBe('down');
      expect(response.body.info.eventStore.status).toBe('up');
    } finally {
      await broken.close();
    }
  });

  it('answers an unknown route with a bilingual 404 JSON body and no stack trace', async () => {
    const response = await request(app.getHttpServer()).get('/api/no-such-route').expect(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.body.statusCode).toBe(404);
    expect(response.body.messages.vi).toMatch(/Không tìm thấy/);
    expect(response.body.messages.en).toMatch(/not found|Cannot GET/i);
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(/stack|\bat .+\.(js|ts):\d+/);
  });

  it('sends helmet security headers and no CORS header by default', async () => {
    const response = await request(app.getHttpServer())
      .get('/api/health')
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document and rejects a body over the 1 MB limit', async () => {
    const docs = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(docs.body.openapi).toMatch(/^3\./);
    const huge = JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) });
    const response = await request(app.getHttpServer())
      .post('/api/health')
      .set('content-type', 'application/json')
      .send(huge);
    expect(response.status).toBe(413);
  });
});
