import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedEnv, exitOf, freePort, ROOT } from './support/embedded-app';

/** DESIGN §2 / issue: a fresh clone answers /api/health within 60 s of `npm install` finishing. */
const STARTUP_BUDGET_MS = 60_000;

describe('npm start (embedded mode, as a newcomer runs it)', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-start-'));
  });

  afterAll(async () => {
    // On failure, stop npm start and the API it spawned (its own process group, see `detached`).
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, 'SIGKILL');
      await exitOf(child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds, answers /api/health within 60 s, serves OpenAPI and /, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const started = Date.now();
    child = spawn(process.execPath, ['scripts/start.js'], {
      cwd: ROOT,
      env: embeddedEnv({ PORT: String(port), DATA_DIR: dataDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = exitOf(child);

    let healthStatus = 0;
    while (Date.now() - started < STARTUP_BUDGET_MS && child.exitCode === null) {
      healthStatus = await fetch(`${base}/api/health`).then(
        (response) => response.status,
        () => 0,
      );
      if (healthStatus === 200) break;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    const elapsed = Date.now() - started;
    console.log(`npm start → /api/health 200 after ${(elapsed / 1000).toFixed(1)} s`);
    if (healthStatus !== 200) throw new Error(`no healthy answer after ${elapsed} ms; output:\n${output}`);
    expect(elapsed).toBeLessThan(STARTUP_BUDGET_MS);
    expect(output).toContain(`ViecLam Ledger (embedded) — http://localhost:${port}`);

    const health = (await (await fetch(`${base}/api/health`)).json()) as { details: Record<string, any> };
    expect(health.details.eventStore).toMatchObject({ status: 'up', backend: 'sqlite' });
    expect(health.details.readModels).toMatchObject({ status: 'up', backend: 'sqlite' });

    const docs = await fetch(`${base}/api/docs-json`);
    expect(docs.status).toBe(200);
    const openApi = (await docs.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(openApi.openapi).toMatch(/^3\./);
    expect(Object.keys(openApi.paths)).toContain('/api/health');

    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    // start.js built the web UI too: `/` is the React app, not the "not built" page.
    expect(await home.text()).toContain('<div id="root">');

    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(output).toContain('Stopping (SIGTERM)');
    expect(existsSync(join(dataDir, 'vieclam.sqlite'))).toBe(true);
  }, 150_000);
});
