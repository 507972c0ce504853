/**
 * The OpenAPI document the real API serves at /api/docs-json (AppModule + configureApp, as
 * `npm start` runs it), linted with Redocly CLI's recommended rules: no errors, no rule or path
 * skipped. Redocly runs offline here (telemetry off, no remote `$ref`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { listRouteAccess } from '@vieclam/admin';
import { startRealApp, type RealApp } from './real-app';

interface OperationLike {
  summary?: string;
  security?: Record<string, string[]>[];
}

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

describe('the OpenAPI document', () => {
  let t: RealApp;
  let document: OpenAPIObject;
  let dir: string;

  beforeAll(async () => {
    t = await startRealApp();
    const response = await t.http().get('/api/docs-json');
    expect(response.status).toBe(200);
    document = response.body as OpenAPIObject;
    dir = mkdtempSync(join(tmpdir(), 'vieclam-openapi-'));
  }, 180_000); // the demo load takes longer on a busy machine

  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('documents the vacancies endpoints with examples', () => {
    for (const path of [
      '/api/employers',
      '/api/vacancies',
      '/api/vacancies/{id}',
      '/api/vacancies/{id}/close',
      '/api/vacancies/{id}/candidates',
      '/api/job-seekers/{id}/vacancies',
    ]) {
      expect(document.paths[path]).toBeDefined();
    }
    const schemas = document.components?.schemas ?? {};
    const open = schemas.OpenVacancyRequest as { properties: Record<string, { example?: unknown }> };
    expect(open.properties.occupationCode!.example).toBe('7212');
    expect(open.properties.closingDate!.example).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('documents every route of the app, with a summary, and bearer auth exactly on the guarded ones', () => {
    const problems: string[] = [];
    for (const route of listRouteAccess(t.app)) {
      const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`.replace(/\/$/, '');
      const operation = (document.paths[path] as Record<string, OperationLike> | undefined)?.[
        route.method.toLowerCase()
      ];
      if (!operation) {
        problems.push(`${route.method} ${path}: not documented`);
        continue;
      }
      if (!operation.summary) problems.push(`${route.method} ${path}: no summary`);
      const bearer = (operation.security ?? []).some((requirement) => 'bearer' in requirement);
      if (bearer !== (route.rule !== 'public')) {
        problems.push(
          `${route.method} ${path}: bearer auth ${bearer ? 'on a public' : 'missing on a guarded'} route`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('passes `redocly lint` with no errors', () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const result = spawnSync(
      process.execPath,
      [require.resolve('@redocly/cli/bin/cli.js'), 'lint', file, '--format=json'],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const json = result.stdout.slice(result.stdout.indexOf('{'));
    const report = JSON.parse(json) as { problems: LintProblem[] };
    const errors = report.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
    expect(errors).toEqual([]);
  }, 60_000);
});
