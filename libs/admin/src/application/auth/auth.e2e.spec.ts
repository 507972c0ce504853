import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { CqrsModule } from '@nestjs/cqrs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { loadAppConfig } from '@vieclam/platform/config';
import {
  CommandHandlingModule,
  HttpErrorFilter,
  InMemoryIdempotencyStore,
  createValidationPipe,
} from '@vieclam/platform/command-handling';
import { RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { AdminModule } from '../../admin.module';
import { DEMO_ACCOUNTS, DEMO_CREDENTIALS_FILE_NAME } from '../../demo/seed-demo';
import { DEMO_COMMUNE_CODE, DEMO_UNITS } from '../../config/demo-units';
import { ADMIN_PROJECTIONS } from '../../projections/admin-projections';
import { findUnguardedRoutes, listRouteAccess } from './route-access';
import { REFRESH_COOKIE } from './auth-options';

const LOCKOUT_MS = 1500;
const VILLAGE_1 = `${DEMO_COMMUNE_CODE}-01`;
const VILLAGE_2 = `${DEMO_COMMUNE_CODE}-02`;

describe('auth and scoped authorisation (embedded mode, SQLite)', () => {
  let app: INestApplication;
  let dataDir: string;
  const passwords = new Map<string, string>();
  const http = () => request(app.getHttpServer());

  async function login(username: string, password = passwords.get(username)!) {
    return http().post('/api/auth/login').send({ username, password });
  }
  async function tokenOf(username: string): Promise<string> {
    const response = await login(username);
    expect(response.status).toBe(200);
    return (response.body as { accessToken: string }).accessToken;
  }
  const refreshCookie = (response: request.Response): string | undefined =>
    ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${REFRESH_COOKIE}=`) && !c.startsWith(`${REFRESH_COOKIE}=;`));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-auth-e2e-'));
    const config = loadAppConfig({ DATA_DIR: dataDir, DEMO: 'true', LOG_LEVEL: 'silent' }, dataDir);
    const moduleRef = await Test.createTestingModule({
      imports: [
        DiscoveryModule,
        RuntimeModule.forRoot(config, { role: 'api', projections: ADMIN_PROJECTIONS }),
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
    const file = join(dataDir, DEMO_CREDENTIALS_FILE_NAME);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [username, password] = line.trim().split(/\s+/);
      if (username?.startsWith('demo.') && password) passwords.set(username, password);
    }
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds one demo account per role with a generated password in a 0600 file', () => {
    const file = join(dataDir, DEMO_CREDENTIALS_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'auth-secret')).mode & 0o777).toBe(0o600);
    expect([...passwords.keys()].sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(new Set(passwords.values()).size).toBe(DEMO_ACCOUNTS.length);
  });

  it('declares an access rule on every route', () => {
    const routes = listRouteAccess(app);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'GET /my/units/:code',
        'POST /admin/users/:userId/disable',
      ]),
    );
    expect(findUnguardedRoutes(app)).toEqual([]);
  });

  it('logs in as each role and reports its grant and permissions', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const token = await tokenOf(account.username);
      const me = await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);
      expect(me.status).toBe(200);
      expect(me.body.user.username).toBe(account.username);
      expect(me.body.grants).toEqual([
        expect.objectContaining({ role: account.role, unitCode: account.unitCode }),
      ]);
      expect(me.body.permissions).toContain('reports:read');
    }
  });

  it('refuses requests without a valid access token with 401', async () => {
    expect((await http().get('/api/my/units')).status).toBe(401);
    const forged = await http().get('/api/my/units').set('Authorization', 'Bearer not.a.jwt');
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({
      code: 'unauthenticated',
      messages: {
        vi: 'Vui lòng đăng nhập (thiếu mã truy cập, mã không hợp lệ hoặc đã hết hạn).',
        en: 'Please sign in (missing, invalid or expired access token).',
      },
    });
  });

  it('gives a village head of XMT-01 a 403 on XMT-02 and a list filtered to XMT-01', async () => {
    const head1 = await tokenOf('demo.thon1');
    const other = await http().get(`/api/my/units/${VILLAGE_2}`).set('Authorization', `Bearer ${head1}`);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('forbidden_unit');
    expect(other.body.message).toMatch(/^Bạn không có quyền .* \/ You have no right/);
    const own = await http().get(`/api/my/units/${VILLAGE_1}`).set('Authorization', `Bearer ${head1}`);
    expect(own.status).toBe(200);
    expect(own.body.lineage.map((u: { code: string }) => u.code)).toEqual([
      VILLAGE_1,
      DEMO_COMMUNE_CODE,
      '33',
    ]);
    const list = await http().get('/api/my/units').set('Authorization', `Bearer ${head1}`);
    expect(list.body.map((u: { code: string }) => u.code)).toEqual([VILLAGE_1]);
    const users = await http().get('/api/admin/users').set('Authorization', `Bearer ${head1}`);
    expect(users.status).toBe(403);
  });

  it('shows a commune leader the commune and all its villages, and the reform-dated tree', async () => {
    const leader = await tokenOf('demo.lanhdao');
    const list = await http().get('/api/my/units').set('Authorization', `Bearer ${leader}`);
    const villages = DEMO_UNITS.filter((u) => u.parentCode === DEMO_COMMUNE_CODE).map((u) => u.code);
    expect(list.body.map((u: { code: string }) => u.code).sort()).toEqual(
      [DEMO_COMMUNE_CODE, ...villages].sort(),
    );
    const before = await http().get('/api/my/units?date=2025-06-30').set('Authorization', `Bearer ${leader}`);
    expect(before.body.find((u: { code: string }) => u.code === DEMO_COMMUNE_CODE).parentCode).toBe('333');
  });

  it('lets a commune admin create a user who must change the password first', async () => {
    const admin = await tokenOf('demo.admin');
    const created = await http().post('/api/admin/users').set('Authorization', `Bearer ${admin}`).send({
      username: 'nguyen.van.a',
      displayName: 'Nguyễn Văn A',
      role: 'village_head',
      unitCode: VILLAGE_2,
    });
    expect(created.status).toBe(201);
    const initial = created.body.initialPassword as string;
    expect(initial.length).toBeGreaterThanOrEqual(10);

    const first = await login('nguyen.van.a', initial);
    expect(first.body.mustChangePassword).toBe(true);
    const blocked = await http()
      .get('/api/my/units')
      .set('Authorization', `Bearer ${first.body.accessToken}`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('password_change_required');

    const tooShort = await http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${first.body.accessToken}`)
      .send({ currentPassword: initial, newPassword: 'short' });
    expect(tooShort.status).toBe(400);
    const changed = await http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${first.body.accessToken}`)
      .send({ currentPassword: initial, newPassword: 'a-long-new-password' });
    expect(changed.status).toBe(200);
    const units = await http()
      .get('/api/my/units')
      .set('Authorization', `Bearer ${changed.body.accessToken}`);
    expect(units.body.map((u: { code: string }) => u.code)).toEqual([VILLAGE_2]);
    expect((await login('nguyen.van.a', initial)).status).toBe(401);
    expect((await login('nguyen.van.a', 'a-long-new-password')).status).toBe(200);

    const duplicate = await http()
      .post('/api/admin/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ username: 'nguyen.van.a', displayName: 'Another', role: 'counsellor', unitCode: VILLAGE_1 });
    expect(duplicate.status).toBe(409);
  });

  it('does not let a village-scoped admin act on the commune', async () => {
    const admin = await tokenOf('demo.admin');
    const created = await http().post('/api/admin/users').set('Authorization', `Bearer ${admin}`).send({
      username: 'admin.thon1',
      displayName: 'Quản trị thôn',
      role: 'admin',
      unitCode: VILLAGE_1,
      password: 'village-admin-password',
    });
    expect(created.status).toBe(201);
    const first = await login('admin.thon1', 'village-admin-password');
    const changed = await http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${first.body.accessToken}`)
      .send({ currentPassword: 'village-admin-password', newPassword: 'village-admin-password-2' });
    const villageAdmin = changed.body.accessToken as string;
    const outside = await http()
      .post('/api/admin/users')
      .set('Authorization', `Bearer ${villageAdmin}`)
      .send({ username: 'intruder', displayName: 'X', role: 'leader', unitCode: DEMO_COMMUNE_CODE });
    expect(outside.status).toBe(403);
    const disableLeader = await http()
      .post(`/api/admin/users/${(await meOf('demo.lanhdao')).userId}/disable`)
      .set('Authorization', `Bearer ${villageAdmin}`)
      .send({ reason: 'test' });
    expect(disableLeader.status).toBe(403);

    await waitFor(async () => {
      const list = await http().get('/api/admin/users').set('Authorization', `Bearer ${villageAdmin}`);
      const names = (list.body as { username: string }[]).map((u) => u.username).sort();
      expect(names).toEqual(['admin.thon1', 'demo.thon1']);
    });
  });

  it('disabling a user ends its access at once', async () => {
    const admin = await tokenOf('demo.admin');
    const counsellor = await tokenOf('demo.tuvan');
    const { userId } = await meOf('demo.tuvan');
    const disabled = await http()
      .post(`/api/admin/users/${userId}/disable`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ reason: 'Nghỉ việc' });
    expect(disabled.status).toBe(200);
    expect((await http().get('/api/auth/me').set('Authorization', `Bearer ${counsellor}`)).status).toBe(401);
    expect((await login('demo.tuvan')).status).toBe(401);
    await http()
      .post(`/api/admin/users/${userId}/enable`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect((await login('demo.tuvan')).status).toBe(200);
  });

  it('refuses the 6th wrong password within a minute with 429, and the right one until the lock ends', async () => {
    for (let i = 1; i <= 5; i++) {
      const wrong = await login('demo.tinh', `wrong-password-${i}`);
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({
        code: 'invalid_credentials',
        messages: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
      });
    }
    const sixth = await login('demo.tinh', 'wrong-password-6');
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(sixth.body.code).toBe('account_locked');
    expect(sixth.body.messages.vi).toMatch(
      /^Tài khoản tạm khoá do đăng nhập sai nhiều lần; thử lại sau \d+ phút\.$/,
    );
    expect(sixth.body.messages.en).toMatch(
      /^This account is locked after too many failed logins; try again in \d+ minutes?\.$/,
    );
    const right = await login('demo.tinh');
    expect(right.status).toBe(429);
    // Other accounts are not affected.
    expect((await login('demo.huyen')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, LOCKOUT_MS + 100));
    expect((await login('demo.tinh')).status).toBe(200);
  });

  it('rotates refresh tokens and revokes the family when a rotated token comes back', async () => {
    const first = await http()
      .post('/api/auth/login')
      .send({ username: 'demo.nhcsxh', password: passwords.get('demo.nhcsxh'), refreshTokenInBody: true });
    const original = first.body.refreshToken as string;
    expect(original).toBeTruthy();
    const rotated = await http().post('/api/auth/refresh').send({ refreshToken: original });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(original);
    expect(rotated.body.accessToken).toBeTruthy();
    const me = await http().get('/api/auth/me').set('Authorization', `Bearer ${rotated.body.accessToken}`);
    expect(me.status).toBe(200);

    const reused = await http().post('/api/auth/refresh').send({ refreshToken: original });
    expect(reused.status).toBe(401);
    // The thief's reuse also ends the legitimate holder's newer token.
    const newer = await http().post('/api/auth/refresh').send({ refreshToken: rotated.body.refreshToken });
    expect(newer.status).toBe(401);
    // Bearer transport works too.
    const again = await http()
      .post('/api/auth/login')
      .send({ username: 'demo.nhcsxh', password: passwords.get('demo.nhcsxh'), refreshTokenInBody: true });
    const viaBearer = await http()
      .post('/api/auth/refresh')
      .set('Authorization', `Bearer ${again.body.refreshToken}`);
    expect(viaBearer.status).toBe(200);
  });

  it('keeps the web session in an httpOnly SameSite=Strict cookie on /api/auth; logout ends it', async () => {
    const first = await login('demo.lanhdao');
    expect(first.body.refreshToken).toBeUndefined();
    const cookie = refreshCookie(first)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const pair = cookie.split(';')[0]!;

    const refreshed = await http().post('/api/auth/refresh').set('Cookie', pair);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).toBeUndefined();
    const nextPair = refreshCookie(refreshed)!.split(';')[0]!;
    expect(nextPair).not.toBe(pair);

    const logout = await http().post('/api/auth/logout').set('Cookie', nextPair);
    expect(logout.status).toBe(204);
    expect((await http().post('/api/auth/refresh').set('Cookie', nextPair)).status).toBe(401);
  });

  async function meOf(username: string): Promise<{ userId: string }> {
    const token = await tokenOf(username);
    const me = await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    return me.body.user as { userId: string };
  }
});

async function waitFor(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
