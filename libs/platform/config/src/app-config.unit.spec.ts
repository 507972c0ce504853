import { ConfigError, loadAppConfig } from './app-config';

const KEY_HEX = 'ab'.repeat(32);
const SECRET = 'x'.repeat(40);

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadAppConfig(env, '/srv/app');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadAppConfig', () => {
  it('defaults to embedded mode on loopback, port 3000, ./data under the working directory, demo on', () => {
    const config = loadAppConfig({}, '/srv/app');
    expect(config).toMatchObject({
      mode: 'embedded',
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      logLevel: 'info',
      demo: true,
    });
    expect(config.masterKey).toBeUndefined();
  });

  it('chooses server mode from DATABASE_URL and cluster mode when KURRENTDB_URL is added', () => {
    const server = loadAppConfig(
      {
        DATABASE_URL: 'postgres://u@db/vieclam',
        MASTER_KEY: KEY_HEX,
        AUTH_SECRET: SECRET,
        REDIS_URL: 'redis://r:6379',
      },
      '/',
    );
    expect(server).toMatchObject({
      mode: 'server',
      host: '0.0.0.0',
      demo: false,
      redisUrl: 'redis://r:6379',
    });
    expect(server.masterKey?.length).toBe(32);

    const cluster = loadAppConfig(
      {
        DATABASE_URL: 'postgresql://u@db/vieclam',
        KURRENTDB_URL: 'kurrentdb://k:2113?tls=false',
        MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
        AUTH_SECRET: SECRET,
      },
      '/',
    );
    expect(cluster.mode).toBe('cluster');
    expect(cluster.masterKey).toEqual(Buffer.alloc(32, 7));
    expect(cluster.authSecret).toBe(SECRET);
  });

  it('requires AUTH_SECRET of at least 32 characters outside embedded mode, without echoing it', () => {
    const server = { DATABASE_URL: 'postgres://u@db/vieclam', MASTER_KEY: KEY_HEX };
    expect(problemsOf(server).join('\n')).toMatch(/AUTH_SECRET: bắt buộc/);
    const short = problemsOf({ ...server, AUTH_SECRET: 'too-short-secret' }).join('\n');
    expect(short).toMatch(/AUTH_SECRET/);
    expect(short).not.toContain('too-short-secret');
  });

  it('keeps explicit values: port, host, absolute data dir, log level, demo off', () => {
    expect(
      loadAppConfig(
        { PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/lib/vieclam', LOG_LEVEL: 'DEBUG', DEMO: 'false' },
        '/srv/app',
      ),
    ).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/vieclam',
      logLevel: 'debug',
      demo: false,
    });
  });

  it('names every invalid variable at once, Vietnamese first then English', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      DEMO: 'maybe',
      REDIS_URL: 'http://r',
      MASTER_KEY: 'short',
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'REDIS_URL',
      'PORT',
      'LOG_LEVEL',
      'MASTER_KEY',
      'DEMO',
    ]);
    const port = problems.find((p) => p.startsWith('PORT'))!;
    expect(port.indexOf('phải là số nguyên')).toBeLessThan(port.indexOf('must be an integer'));
  });

  it('never echoes a URL or key that may hold a secret', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://admin:s3cret@db/x', MASTER_KEY: 's3cretkey' });
    expect(problems.join('\n')).not.toContain('s3cret');
    expect(problems.some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
  });

  it('refuses KURRENTDB_URL without DATABASE_URL and server mode without MASTER_KEY', () => {
    expect(problemsOf({ KURRENTDB_URL: 'kurrentdb://k:2113' }).join('\n')).toContain('DATABASE_URL');
    expect(problemsOf({ DATABASE_URL: 'postgres://db/x' })[0]).toMatch(/^MASTER_KEY: bắt buộc/);
  });

  it('rejects ports outside 0..65535 and accepts 0 (any free port)', () => {
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT/);
    expect(loadAppConfig({ PORT: '0' }, '/').port).toBe(0);
  });

  it('carries the bilingual problems in the error message', () => {
    expect(() => loadAppConfig({ PORT: '-1' }, '/')).toThrow(
      /Cấu hình không hợp lệ \/ Invalid configuration/,
    );
  });
});
