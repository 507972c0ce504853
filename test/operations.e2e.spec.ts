/**
 * Operations on the real app (embedded demo). The administrators' view of the read models (`GET /api/admin/projections`), which the web UI
 * polls to show a rebuild's progress: every registered projection, its state and position, and
 * the last rebuild's done/total. Other roles get 403.
 */
import { ALL_PROJECTIONS } from '../apps/api/src/projections';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startRealApp, type RealApp } from './real-app';

interface Body {
  runsHere: boolean;
  projections: {
    name: string;
    version: number;
    state: string;
    caughtUp: boolean;
    appliedEvents: number;
    rebuild: { done: number; total: number } | null;
  }[];
}

function passwordOf(real: RealApp, username: string): string {
  const line = readFileSync(join(real.dataDir, 'demo-credentials.txt'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${username} `));
  return line!.trim().split(/\s+/)[1]!;
}

describe('operations (real app, embedded demo)', () => {
  let real: RealApp;

  beforeAll(async () => {
    real = await startRealApp();
  }, 180_000);

  afterAll(async () => {
    await real?.close();
  });

  it('lists every projection, live once the demo is loaded, with its rebuild progress', async () => {
    const auth = { Authorization: `Bearer ${await real.tokenOf('demo.admin')}` };
    let body: Body | undefined;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const response = await real.http().get('/api/admin/projections').set(auth);
      expect(response.status).toBe(200);
      body = response.body as Body;
      if (body.projections.length > 0 && body.projections.every((p) => p.state === 'live')) break;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    expect(body!.runsHere).toBe(true);
    expect(body!.projections.map((p) => p.name).sort()).toEqual(ALL_PROJECTIONS.map((p) => p.name).sort());
    for (const p of body!.projections) {
      expect(p).toMatchObject({ state: 'live', caughtUp: true });
      // A projection rebuilt at this start reports how far it got: all of what it counted.
      if (p.rebuild) expect(p.rebuild.done).toBeGreaterThanOrEqual(p.rebuild.total);
    }
    // The demo commune's events went through the projections of this process.
    expect(body!.projections.reduce((sum, p) => sum + p.appliedEvents, 0)).toBeGreaterThan(1000);
  });

  it('is for administrators only', async () => {
    for (const user of ['demo.tuvan', 'demo.lanhdao', 'demo.thon1']) {
      const response = await real
        .http()
        .get('/api/admin/projections')
        .set({ Authorization: `Bearer ${await real.tokenOf(user)}` });
      expect({ user, status: response.status }).toEqual({ user, status: 403 });
    }
  });

  it('renews a session and reads the account at every page load without a per-address limit, while sign-ins stay limited', async () => {
    // One browser (supertest agent keeps the rotating httpOnly cookie) reloading 40 times a minute.
    const browser = request.agent(real.app.getHttpServer());
    const password = passwordOf(real, 'demo.tuvan');
    expect((await browser.post('/api/auth/login').send({ username: 'demo.tuvan', password })).status).toBe(200);
    const renewals: number[] = [];
    // Each page load renews the session and asks who the user is.
    for (let i = 0; i < 40; i += 1) {
      const renewed = await browser.post('/api/auth/refresh').send({});
      const me = await browser
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${(renewed.body as { accessToken?: string }).accessToken}`);
      renewals.push(renewed.status, me.status);
    }
    expect(renewals.filter((status) => status !== 200)).toEqual([]);
    // Guessing accounts from one address: the per-address limit (30 a minute) answers 429.
    const guesses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      guesses.push(
        (await real.http().post('/api/auth/login').send({ username: `khong.co.${i}`, password: 'sai-mat-khau-1' }))
          .status,
      );
    }
    expect(guesses).toContain(429);
  });
});
