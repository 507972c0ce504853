import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTH_SECRET_FILE_NAME, resolveAuthSecret } from './auth-secret';

describe('resolveAuthSecret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-secret-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('generates one secret in embedded mode, 0600, and reuses it', () => {
    const first = resolveAuthSecret({ mode: 'embedded', dataDir }, {});
    const file = join(dataDir, AUTH_SECRET_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(resolveAuthSecret({ mode: 'embedded', dataDir }, {})).toBe(first);
  });

  it('prefers AUTH_SECRET and refuses a short one', () => {
    const secret = 's'.repeat(40);
    expect(resolveAuthSecret({ mode: 'server', dataDir }, { AUTH_SECRET: secret })).toBe(secret);
    expect(() => resolveAuthSecret({ mode: 'server', dataDir }, { AUTH_SECRET: 'short' })).toThrow(/32/);
  });

  it('refuses to invent a secret on a server', () => {
    expect(() => resolveAuthSecret({ mode: 'server', dataDir }, {})).toThrow(/AUTH_SECRET.*server/);
  });
});
