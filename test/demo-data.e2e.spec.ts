/**
 * The demo commune as a newcomer's `npm start` shows it: the real AppModule in embedded mode with
 * DEMO on (SQLite in a temp dir), logged in as the demo counsellor. Checks that every counsellor
 * screen has something true to show, that a restart does not load twice, and that DEMO=false
 * starts empty.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DEMO_MARKER_STREAM } from '@vieclam/demo';
import { loadAppConfig } from '@vieclam/platform/config';
import type { EventStore } from '@vieclam/platform/event-store';
import type { Database } from '@vieclam/platform/database';
import { DATABASE, EVENT_STORE } from '@vieclam/platform/runtime';
import { sql } from 'kysely';
import { searchKey } from '@vieclam/platform/text';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';

async function startApi(dataDir: string, demo: boolean): Promise<INestApplication> {
  const config = loadAppConfig({ DATA_DIR: dataDir, DEMO: String(demo), LOG_LEVEL: 'silent' });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app);
  await app.init();
  return app;
}

async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function countEvents(store: EventStore, category: string, type?: string): Promise<number> {
  let count = 0;
  for (let from: string | undefined = undefined; ;) {
    const page = await store.readAll({ from, limit: 1000, filter: { categories: [category] } });
    count += page.events.filter((event) => type === undefined || event.type === type).length;
    if (page.isEnd) return count;
    from = page.lastPosition;
  }
}

interface ListBody {
  total: number;
  items: { jobSeekerId: string; fullName: string }[];
}

describe('demo commune data (embedded, DEMO on)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vieclam-demo-test-'));
  let app: INestApplication;
  let token: string;
  const http = () => request(app.getHttpServer());
  const get = (path: string) => http().get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startApi(dataDir, true);
    const credentials = readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8');
    const [, password] = /^demo\.tuvan\s+(\S+)/m.exec(credentials) ?? [];
    const login = await http().post('/api/auth/login').send({ username: 'demo.tuvan', password });
    expect(login.status).toBeLessThan(300);
    token = login.body.accessToken;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('marks the load on the Demo stream with its counts and records events as demo, days after the fact', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const marker = await store.readStream(DEMO_MARKER_STREAM);
    expect(marker.map((e) => e.type)).toEqual(['DemoLoadStarted', 'DemoLoaded']);
    const { counts, seconds } = marker[1]!.data as { counts: Record<string, number>; seconds: number };
    expect(await countEvents(store, 'JobSeeker', 'JobSeekerRegistered')).toBe(counts.jobSeekers);
    expect(counts.jobSeekers).toBeGreaterThanOrEqual(120);
    expect(seconds).toBeGreaterThan(0);
    process.stdout.write(`demo load: ${seconds} s, ${JSON.stringify(counts)}\n`);

    const page = await store.readAll({ limit: 1000, filter: { categories: ['JobSeeker'] } });
    for (const event of page.events) {
      expect(event.metadata.actor).toBe('demo-loader');
      expect(event.metadata.correlationId).toMatch(/^demo-/);
      expect(event.metadata.recordedAt.slice(0, 10) >= event.metadata.occurredOn).toBe(true);
    }
    // The load writes with `synchronous = NORMAL` and must leave the connection durable again.
    const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(
      app.get<Database>(DATABASE).db,
    );
    expect(rows[0]?.synchronous).toBe(2);
    const lagging = page.events.filter((e) => e.metadata.recordedAt.slice(0, 10) > e.metadata.occurredOn);
    expect(lagging.length).toBeGreaterThan(page.events.length / 2);
  });

  it('lists people in every village and finds a demo name typed without accents', async () => {
    const list = async (query: string) => {
      const response = await get(`/api/job-seekers?${query}`);
      expect(response.status).toBe(200);
      return response.body as ListBody;
    };
    const all = await eventually(async () => {
      const body = await list('pageSize=50');
      expect(body.total).toBeGreaterThanOrEqual(120);
      return body;
    });
    for (const village of ['XMT-01', 'XMT-02', 'XMT-03', 'XMT-04', 'XMT-05']) {
      expect((await list(`village=${village}`)).total).toBeGreaterThan(0);
    }
    const accented = all.items.find((item) => searchKey(item.fullName) !== item.fullName.toLowerCase());
    expect(accented).toBeDefined();
    const typed = searchKey(accented!.fullName);
    expect(typed).toMatch(/^[a-z ]+$/);
    const found = await list(`q=${encodeURIComponent(typed)}`);
    expect(found.items.map((i) => i.jobSeekerId)).toContain(accented!.jobSeekerId);
  });

  it("fills the counsellor's work list with due and overdue follow-ups", async () => {
    const workList = await eventually(async () => {
      const response = await get('/api/work-list?withinDays=7&mine=true');
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      return response.body as { overdue: number; items: { overdue: boolean }[] };
    });
    expect(workList.overdue).toBeGreaterThan(0);
    expect(workList.items.some((item) => !item.overdue)).toBe(true);
  });

  it('has open, filled or closed, and overseas vacancies; ranks candidates for an open one with reasons', async () => {
    const vacancies = await eventually(async () => {
      const response = await get('/api/vacancies');
      expect(response.status).toBe(200);
      expect(response.body.length).toBeGreaterThanOrEqual(20);
      return response.body as {
        vacancyId: string;
        status: string;
        abroad: boolean;
        programme: string | null;
      }[];
    });
    const statuses = new Set(vacancies.map((v) => v.status));
    expect(statuses).toContain('open');
    expect(statuses).toContain('closed');
    expect(statuses).toContain('filled');
    expect(new Set(vacancies.filter((v) => v.abroad).map((v) => v.programme))).toEqual(
      new Set(['korea_eps', 'japan_technical_intern', 'japan_specified_skills', 'taiwan']),
    );

    const open = vacancies.find((v) => v.status === 'open' && !v.abroad)!;
    const ranking = await get(`/api/vacancies/${open.vacancyId}/candidates?limit=10`);
    expect(ranking.status).toBe(200);
    const results = ranking.body.results as {
      score: number;
      components: Record<string, { reason: { vi: string; en: string } }>;
    }[];
    expect(results.length).toBeGreaterThan(3);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(results[0]!.components.occupation!.reason.vi.length).toBeGreaterThan(0);
    expect(results[0]!.components.place!.reason.en.length).toBeGreaterThan(0);
  });

  it("shows consultations and a job start on an employed person's timeline", async () => {
    const employed = (await get('/api/job-seekers?status=employed&pageSize=50')).body as ListBody;
    expect(employed.total).toBeGreaterThan(0);
    let types: string[] = [];
    for (const item of employed.items) {
      const timeline = await get(`/api/job-seekers/${item.jobSeekerId}/timeline`);
      expect(timeline.status).toBe(200);
      types = timeline.body.entries.map((e: { type: string }) => e.type);
      if (types.includes('JobStarted')) break;
    }
    expect(types).toContain('JobStarted');
    expect(types).toContain('ConsultationLogged');
    expect(types.at(-1)).toBe('JobSeekerRegistered');
  });

  it('gives the loan liaison a portfolio with every bucket of arrears, a work list and jobs created by loans', async () => {
    const credentials = readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8');
    const [, password] = /^demo\.nhcsxh\s+(\S+)/m.exec(credentials) ?? [];
    const login = await http().post('/api/auth/login').send({ username: 'demo.nhcsxh', password });
    expect(login.status).toBeLessThan(300);
    const asLiaison = (path: string) =>
      http()
        .get(path)
        .set('Authorization', `Bearer ${login.body.accessToken as string}`);

    const store = app.get<EventStore>(EVENT_STORE);
    const { counts } = (await store.readStream(DEMO_MARKER_STREAM))[1]!.data as {
      counts: Record<string, number>;
    };
    expect(await countEvents(store, 'PolicyLoan', 'LoanApplied')).toBe(counts.loans);
    expect(await countEvents(store, 'SavingsGroup', 'SavingsGroupFormed')).toBe(counts.savingsGroups);
    expect(await countEvents(store, 'PolicyLoan', 'InstalmentOverdue')).toBeGreaterThan(0);
    // Every loan-financed job start names a real demo loan.
    const jobStarts = await store.readAll({ limit: 10_000, filter: { categories: ['JobSeeker'] } });
    const financedLoanIds = jobStarts.events
      .filter((event) => event.type === 'JobStarted')
      .map((event) => event.data as { channel: string; loanId: string | null })
      .filter((data) => data.channel === 'loan_financed')
      .map((data) => data.loanId!);
    expect(financedLoanIds.length).toBeGreaterThan(0);
    for (const loanId of financedLoanIds) {
      expect(await store.readStream(`PolicyLoan-${loanId}`)).not.toHaveLength(0);
    }
    // A working-abroad loan names the borrower's demo overseas placement.
    const applications = await store.readAll({ limit: 10_000, filter: { categories: ['PolicyLoan'] } });
    const abroad = applications.events
      .filter((event) => event.type === 'LoanApplied')
      .map((event) => event.data as { overseasContract: { placementId: string } | null })
      .find((data) => data.overseasContract !== null);
    expect(abroad).toBeDefined();
    expect(
      await store.readStream(`OverseasPlacement-${abroad!.overseasContract!.placementId}`),
    ).not.toHaveLength(0);

    interface Portfolio {
      loans: number;
      outstandingPrincipal: number;
      outstandingByProgramme: Record<string, number>;
      outstandingByVillage: Record<string, number>;
      overduePrincipal: number;
      overdueRatioBasisPoints: number;
      arrearsByBucket: Record<string, number>;
      jobs: {
        promised: number;
        created: number;
        byLoan: { loanId: string; promised: number; created: number }[];
      };
    }
    const portfolio = await eventually(async () => {
      const response = await asLiaison('/api/loan-portfolio');
      expect(response.status).toBe(200);
      const body = response.body as Portfolio;
      expect(body.loans).toBe(counts.loans);
      expect(body.jobs.created).toBeGreaterThan(0);
      return body;
    });
    const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
    expect(Object.keys(portfolio.outstandingByProgramme).length).toBeGreaterThanOrEqual(4);
    expect(sum(portfolio.outstandingByProgramme)).toBe(portfolio.outstandingPrincipal);
    expect(Object.keys(portfolio.outstandingByVillage).sort()).toEqual([
      'XMT-01',
      'XMT-02',
      'XMT-03',
      'XMT-04',
      'XMT-05',
    ]);
    expect(sum(portfolio.outstandingByVillage)).toBe(portfolio.outstandingPrincipal);
    expect(portfolio.overdueRatioBasisPoints).toBeGreaterThan(0);
    expect(
      Object.values(portfolio.arrearsByBucket).filter((amount) => amount > 0).length,
    ).toBeGreaterThanOrEqual(3);
    expect(sum(portfolio.arrearsByBucket)).toBe(portfolio.overduePrincipal);
    const financed = portfolio.jobs.byLoan.find((loan) => loan.created > 0)!;
    expect(financed.promised).toBeGreaterThanOrEqual(financed.created);
    expect(portfolio.jobs.byLoan.some((loan) => loan.created < loan.promised)).toBe(true);
    const loan = await asLiaison(`/api/loans/${financed.loanId}`);
    expect(loan.status).toBe(200);
    expect(loan.body.programmeCode).toBe('job_creation');

    const workList = await asLiaison('/api/loan-work-list?days=30');
    expect(workList.status).toBe(200);
    const groups = workList.body.groups as { name: string | null; instalments: unknown[] }[];
    expect(groups.some((group) => group.instalments.length > 0 && group.name?.includes('(demo)'))).toBe(true);
  });

  it('does not load twice when restarted on the same data', async () => {
    const before = await countEvents(app.get<EventStore>(EVENT_STORE), 'JobSeeker');
    await app.close();
    app = await startApi(dataDir, true);
    const store = app.get<EventStore>(EVENT_STORE);
    expect((await store.readStream(DEMO_MARKER_STREAM)).map((e) => e.type)).toEqual([
      'DemoLoadStarted',
      'DemoLoaded',
    ]);
    expect(await countEvents(store, 'JobSeeker')).toBe(before);
  });
});

describe('demo commune data with DEMO=false', () => {
  it('starts empty', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vieclam-nodemo-test-'));
    const app = await startApi(dataDir, false);
    try {
      const store = app.get<EventStore>(EVENT_STORE);
      expect(await store.readStream(DEMO_MARKER_STREAM)).toEqual([]);
      for (const category of ['JobSeeker', 'Vacancy', 'Employer', 'User']) {
        expect(await countEvents(store, category)).toBe(0);
      }
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
