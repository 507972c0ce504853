/**
 * Runs the app as a newcomer does (`node scripts/start.js`: builds the server and the web UI, then
 * starts the API in embedded mode on SQLite with the demo commune) in its own process group, on a
 * free port and a temp data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      done({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, signal) => done({ code, signal }));
  });
}

/** The environment of a newcomer's shell: no server-mode variables leak in from CI. */
export function embeddedEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, REDIS_URL: _r, KURRENTDB_URL: _k, MASTER_KEY: _m, ...clean } = process.env;
  return { ...clean, ...extra };
}

export interface EmbeddedApp {
  base: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** Demo account passwords, read from `DATA_DIR/demo-credentials.txt`. */
  passwordOf(username: string): string;
  /** An access token for a demo account, through the real login endpoint. */
  tokenOf(username: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startEmbeddedApp(options: { budgetMs?: number } = {}): Promise<EmbeddedApp> {
  const budgetMs = options.budgetMs ?? 120_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'vieclam-embedded-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, ['scripts/start.js'], {
    cwd: ROOT,
    env: embeddedEnv({ PORT: String(port), DATA_DIR: dataDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      const stopped = await Promise.race([
        exitOf(child).then(() => true),
        new Promise<boolean>((done) => setTimeout(() => done(false), 15_000)),
      ]);
      if (!stopped) process.kill(-child.pid, 'SIGKILL');
      await exitOf(child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  let healthy = false;
  while (Date.now() - started < budgetMs && child.exitCode === null) {
    healthy = await fetch(`${base}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy && existsSync(join(dataDir, 'demo-credentials.txt'))) break;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  if (!healthy) {
    await stop();
    throw new Error(`the app did not become healthy within ${budgetMs} ms; output:\n${output}`);
  }

  const passwords = new Map(
    readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8')
      .split('\n')
      .map((line) => /^(demo\.\S+)\s+(\S+)/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!] as const),
  );
  const passwordOf = (username: string) => {
    const password = passwords.get(username);
    if (password === undefined) throw new Error(`no demo password for ${username}`);
    return password;
  };
  return {
    base,
    dataDir,
    child,
    output: () => output,
    passwordOf,
    async tokenOf(username) {
      const response = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: passwordOf(username) }),
      });
      if (!response.ok) throw new Error(`login of ${username} failed: ${response.status}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    stop,
  };
}
