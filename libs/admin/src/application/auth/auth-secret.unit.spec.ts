import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from '@vieclam/platform/config';
import { AUTH_SECRET_FILE_NAME, resolveAuthSecret } from './auth-secret';

describe('resolveAuthSecret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-secret-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('generates one secret in embedded mode, 0600, and reuses it', () => {
    const first = resolveAuthSecret({ mode: 'embedded', dataDir });
    const file = join(dataDir, AUTH_SECRET_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(resolveAuthSecret({ mode: 'embedded', dataDir })).toBe(first);
  });

  it('prefers AUTH_SECRET; the configuration refuses a short one or none on a server', () => {
    const secret = 's'.repeat(40);
    expect(resolveAuthSecret({ mode: 'server', dataDir, authSecret: secret })).toBe(secret);
    const server = { DATABASE_URL: 'postgres://x@127.0.0.1/db', MASTER_KEY: 'a'.repeat(64) };
    expect(() => loadAppConfig({ ...server, AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET.*32/);
    expect(() => loadAppConfig(server)).toThrow(/AUTH_SECRET/);
    expect(loadAppConfig({ ...server, AUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it('refuses to invent a secret on a server', () => {
    expect(() => resolveAuthSecret({ mode: 'server', dataDir })).toThrow(/AUTH_SECRET.*server/);
  });
});
