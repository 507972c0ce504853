import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * No Docker engine runs here, but `docker-compose config` checks docker-compose.yml without one:
 * syntax, interpolation, profiles and the resolved services.
 */
const root = join(__dirname, '..');
const KEY = 'ab'.repeat(32);
const SECRET = 'cd'.repeat(24);
const CLUSTER_URL = 'kurrentdb://kurrentdb:2113?tls=false';

// A developer's own .env must not change what is checked: point compose at an empty one.
const scratch = mkdtempSync(join(tmpdir(), 'vieclam-compose-'));
const emptyEnvFile = join(scratch, 'empty.env');
writeFileSync(emptyEnvFile, '');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function compose(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  // Nor may the caller's shell variables.
  const {
    MASTER_KEY: _key,
    AUTH_SECRET: _secret,
    KURRENTDB_URL: _url,
    COMPOSE_PROFILES: _profiles,
    ...inherited
  } = process.env;
  const result = spawnSync(
    'docker-compose',
    ['--env-file', emptyEnvFile, '-f', 'docker-compose.yml', ...args],
    {
      cwd: root,
      env: { ...inherited, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      'docker-compose không có trên máy này / docker-compose is not installed: apt-get update && apt-get install -y docker-compose',
    );
  }
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

describe('docker-compose.yml', () => {
  it('validates and declares postgres, redis, api, worker and the cluster-only kurrentdb', () => {
    const quiet = compose(['config', '-q'], { MASTER_KEY: KEY, AUTH_SECRET: SECRET });
    expect(quiet.stderr).toBe('');
    expect(quiet.status).toBe(0);

    const services = compose(['config', '--services'], { MASTER_KEY: KEY, AUTH_SECRET: SECRET });
    expect(services.status).toBe(0);
    expect(lines(services.stdout).sort()).toEqual(['api', 'kurrentdb', 'postgres', 'redis', 'worker']);

    const profiles = compose(['config', '--profiles'], { MASTER_KEY: KEY, AUTH_SECRET: SECRET });
    expect(lines(profiles.stdout)).toEqual(['cluster']);
  });

  it('refuses to resolve without MASTER_KEY or AUTH_SECRET and says why', () => {
    const result = compose(['config', '-q'], { AUTH_SECRET: SECRET });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('MASTER_KEY');
    const noSecret = compose(['config', '-q'], { MASTER_KEY: KEY });
    expect(noSecret.status).not.toBe(0);
    expect(noSecret.stderr).toContain('AUTH_SECRET');
  });

  it('in server mode gives the apps PostgreSQL and Redis, no KurrentDB, and health checks on /api/health', () => {
    const result = compose(['config'], { MASTER_KEY: KEY, AUTH_SECRET: SECRET });
    expect(result.status).toBe(0);
    const config = result.stdout;
    expect(config).toContain('image: postgres:16');
    expect(config).toMatch(/image: redis:7\b/);
    expect(config.match(/DATABASE_URL: postgres:\/\/vieclam:vieclam@postgres:5432\/vieclam/g)).toHaveLength(
      2,
    );
    expect(config.match(/REDIS_URL: redis:\/\/redis:6379/g)).toHaveLength(2);
    expect(config.match(/KURRENTDB_URL: ''/g)).toHaveLength(2);
    expect(config).toContain('http://127.0.0.1:3000/api/health');
    expect(config).toContain('http://127.0.0.1:3001/api/health');
  });

  it('in the cluster profile adds the KurrentDB node and hands its URL to the apps', () => {
    const quiet = compose(['--profile', 'cluster', 'config', '-q'], {
      MASTER_KEY: KEY,
      AUTH_SECRET: SECRET,
      KURRENTDB_URL: CLUSTER_URL,
    });
    expect(quiet.status).toBe(0);
    const result = compose(['--profile', 'cluster', 'config'], {
      MASTER_KEY: KEY,
      AUTH_SECRET: SECRET,
      KURRENTDB_URL: CLUSTER_URL,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('image: docker.kurrent.io/kurrent-latest/kurrentdb:latest');
    expect(result.stdout.split(`KURRENTDB_URL: ${CLUSTER_URL}`)).toHaveLength(3);
  });

  it('starts the API from the file `npm run build` emits for apps/api/src/main.ts', () => {
    const result = compose(['config'], { MASTER_KEY: KEY, AUTH_SECRET: SECRET });
    const command = /command:\n\s+- node\n\s+- (dist\/apps\/api\/\S+\.js)/.exec(result.stdout);
    expect(command).not.toBeNull();
    // tsconfig.build.json compiles with rootDir "." into dist/, so dist/<path>.js mirrors <path>.ts.
    const source = command![1]!.replace(/^dist\//, '').replace(/\.js$/, '.ts');
    expect(existsSync(join(root, source))).toBe(true);
  });
});
