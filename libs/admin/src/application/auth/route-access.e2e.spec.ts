import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { HttpErrorFilter } from '@vieclam/platform/command-handling';
import { loadAppConfig } from '@vieclam/platform/config';
import { RuntimeModule } from '@vieclam/platform/runtime';
import { AdminModule } from '../../admin.module';
import { ADMIN_PROJECTIONS } from '../../projections/admin-projections';
import { Public } from './access.decorators';
import { findUnguardedRoutes } from './route-access';

@Controller('probe')
class ProbeController {
  @Get('open')
  @Public()
  open() {
    return { ok: true };
  }

  /** A new endpoint someone forgot to guard. */
  @Get('forgotten')
  forgotten() {
    return { secret: 'should never be served' };
  }
}

describe('route enumeration: deny by default', () => {
  let app: INestApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-routes-e2e-'));
    const config = loadAppConfig({ DATA_DIR: dataDir, DEMO: 'false', LOG_LEVEL: 'silent' }, dataDir);
    const moduleRef = await Test.createTestingModule({
      imports: [
        DiscoveryModule,
        RuntimeModule.forRoot(config, { role: 'api', projections: ADMIN_PROJECTIONS }),
        AdminModule.forRoot(),
      ],
      controllers: [ProbeController],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds the route that declares no access rule, and only that one', () => {
    expect(findUnguardedRoutes(app)).toEqual([
      {
        controller: 'ProbeController',
        handler: 'forgotten',
        method: 'GET',
        path: '/probe/forgotten',
        rule: null,
      },
    ]);
  });

  it('refuses the unguarded route at run time with a bilingual 403', async () => {
    const response = await request(app.getHttpServer()).get('/api/probe/forgotten');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('route_not_guarded');
    expect(JSON.stringify(response.body)).not.toContain('should never be served');
    expect((await request(app.getHttpServer()).get('/api/probe/open')).status).toBe(200);
  });

  it('seeds no demo users when the demo flag is off', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ username: 'demo.admin', password: 'anything-at-all' });
    expect(response.status).toBe(401);
  });
});
