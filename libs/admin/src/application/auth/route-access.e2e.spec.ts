import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandHandlingModule, InMemoryIdempotencyStore } from '@vieclam/platform/command-handling';
import { loadAppConfig } from '@vieclam/platform/config';
import { RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { AdminModule } from '../../admin.module';
import { ADMIN_PROJECTIONS } from '../../projections/admin-projections';
import { AuditModule } from '../audit/audit.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { Public } from './access.decorators';
import { findUnguardedRoutes, listRouteAccess } from './route-access';
import { DEFAULT_AUTH_OPTIONS } from './auth-options';

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
        CqrsModule.forRoot(),
        CommandHandlingModule.forRoot({
          eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
          idempotencyStore: { useValue: new InMemoryIdempotencyStore() },
        }),
        AdminModule.forRoot(),
        // Every other admin module, so their routes are enumerated too.
        OrgUnitsModule,
        AuditModule,
        PersonalDataModule,
      ],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds the route that declares no access rule, and only that one, among every admin route', () => {
    const paths = listRouteAccess(app).map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/auth/login', '/units/import', '/audit/streams/:streamId']),
    );
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

  it('limits login requests per IP address across accounts (@nestjs/throttler)', async () => {
    const { limit } = DEFAULT_AUTH_OPTIONS.perIpLimit;
    const statuses: number[] = [];
    for (let i = 0; i < limit + 1; i++) {
      const response = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ username: `nobody.${i}`, password: 'wrong-password' });
      statuses.push(response.status);
    }
    // Every account is new, so the per-account lockout never fires: the 429 is the per-IP limit.
    expect(statuses.slice(0, limit - 1).every((s) => s === 401)).toBe(true);
    expect(statuses[statuses.length - 1]).toBe(429);
  });
});
