import { isAbsolute, resolve } from 'node:path';

/** Which back ends the process uses (DESIGN §2); chosen by which URLs are set. */
export type RuntimeMode = 'embedded' | 'server' | 'cluster';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The validated, typed configuration of every app (API, worker, CLI). */
export interface AppConfig {
  mode: RuntimeMode;
  /** PostgreSQL URL (server and cluster modes). */
  databaseUrl?: string;
  /** Redis URL for BullMQ; without it jobs run in-process. */
  redisUrl?: string;
  /** KurrentDB connection string (cluster mode). */
  kurrentDbUrl?: string;
  port: number;
  host: string;
  /** Absolute directory for the SQLite file and the generated key file (embedded mode). */
  dataDir: string;
  logLevel: LogLevel;
  /** 32-byte master key, when given in the environment. Embedded mode may generate one under dataDir. */
  masterKey?: Buffer;
  /** Token signing secret (≥ 32 characters); required in server and cluster modes. Embedded mode may generate one under dataDir. */
  authSecret?: string;
  /** Load the demo commune on an empty embedded store. */
  demo: boolean;
}

/** A configuration problem, with a message in Vietnamese then English naming the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Cấu hình không hợp lệ / Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const KURRENTDB_SCHEMES = [
  'kurrentdb:',
  'kurrentdb+discover:',
  'esdb:',
  'esdb+discover:',
  'kdb:',
  'kdb+discover:',
];

type Env = Readonly<Record<string, string | undefined>>;

function problem(variable: string, vi: string, en: string): string {
  return `${variable}: ${vi} / ${en}`;
}

function present(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** URL values may hold passwords, so problems never echo them; only their scheme is named. */
function checkUrl(
  env: Env,
  name: string,
  schemes: readonly string[],
  problems: string[],
): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    problems.push(problem(name, 'không phải là một URL hợp lệ', 'is not a valid URL'));
    return undefined;
  }
  if (!schemes.includes(parsed.protocol)) {
    const list = schemes.map((scheme) => `${scheme}//`).join(', ');
    problems.push(problem(name, `phải bắt đầu bằng ${list}`, `must start with ${list}`));
    return undefined;
  }
  return value;
}

function parseBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const value = present(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  problems.push(
    problem(name, `phải là true hoặc false (nhận được "${value}")`, `must be true or false (got "${value}")`),
  );
  return fallback;
}

function parsePort(env: Env, problems: string[]): number {
  const value = present(env, 'PORT');
  if (value === undefined) return 3000;
  const port = Number(value);
  // 0 asks the OS for a free port (tests use it).
  if (!/^\d+$/.test(value) || port > 65535) {
    problems.push(
      problem(
        'PORT',
        `phải là số nguyên từ 0 đến 65535 (nhận được "${value}")`,
        `must be an integer from 0 to 65535 (got "${value}")`,
      ),
    );
    return 3000;
  }
  return port;
}

/** Accepts 64 hex characters or base64 of exactly 32 bytes. The value itself is never echoed. */
function parseMasterKey(env: Env, problems: string[]): Buffer | undefined {
  const value = present(env, 'MASTER_KEY');
  if (value === undefined) return undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const key = Buffer.from(value, 'base64');
    if (key.length === 32) return key;
  }
  problems.push(
    problem(
      'MASTER_KEY',
      'phải là khóa 32 byte, dạng 64 ký tự hex hoặc base64',
      'must be a 32-byte key, as 64 hex characters or base64',
    ),
  );
  return undefined;
}

/**
 * Reads and validates the environment. Throws {@link ConfigError} listing every problem at once, so
 * an operator fixes them in one go rather than one start per mistake.
 */
export function loadAppConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const problems: string[] = [];
  const databaseUrl = checkUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const redisUrl = checkUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], problems);
  const kurrentDbUrl = checkUrl(env, 'KURRENTDB_URL', KURRENTDB_SCHEMES, problems);
  if (present(env, 'KURRENTDB_URL') !== undefined && present(env, 'DATABASE_URL') === undefined) {
    problems.push(
      problem(
        'KURRENTDB_URL',
        'chế độ cụm cần thêm DATABASE_URL (PostgreSQL cho các bảng đọc)',
        'cluster mode also needs DATABASE_URL (PostgreSQL for the read models)',
      ),
    );
  }
  const mode: RuntimeMode =
    present(env, 'DATABASE_URL') === undefined
      ? 'embedded'
      : present(env, 'KURRENTDB_URL') === undefined
        ? 'server'
        : 'cluster';

  const port = parsePort(env, problems);
  // Embedded mode listens on loopback only: it runs on an office PC that holds personal data, and a
  // newcomer's `npm start` must not expose it to the whole LAN. Server and cluster modes run behind
  // a proxy or in a container, where binding every interface is what the operator expects.
  const host = present(env, 'HOST') ?? (mode === 'embedded' ? '127.0.0.1' : '0.0.0.0');
  const rawDataDir = present(env, 'DATA_DIR') ?? './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(cwd, rawDataDir);

  const rawLevel = present(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  const logLevel = LOG_LEVELS.find((level) => level === rawLevel);
  if (logLevel === undefined) {
    problems.push(
      problem(
        'LOG_LEVEL',
        `phải là một trong ${LOG_LEVELS.join(', ')} (nhận được "${rawLevel}")`,
        `must be one of ${LOG_LEVELS.join(', ')} (got "${rawLevel}")`,
      ),
    );
  }

  const masterKey = parseMasterKey(env, problems);
  if (mode !== 'embedded' && masterKey === undefined && present(env, 'MASTER_KEY') === undefined) {
    // A generated key file would differ between the API and worker hosts and be lost with a container.
    problems.push(
      problem(
        'MASTER_KEY',
        `bắt buộc ở chế độ ${mode}: mọi tiến trình phải dùng cùng một khóa`,
        `is required in ${mode} mode: every process must share the same key`,
      ),
    );
  }
  const authSecret = present(env, 'AUTH_SECRET');
  if (authSecret !== undefined && authSecret.length < 32) {
    problems.push(problem('AUTH_SECRET', 'phải dài ít nhất 32 ký tự', 'must be at least 32 characters long'));
  }
  if (mode !== 'embedded' && authSecret === undefined) {
    // Every API instance must sign and verify tokens with the same secret.
    problems.push(
      problem(
        'AUTH_SECRET',
        `bắt buộc ở chế độ ${mode}: mọi tiến trình API phải dùng cùng một khóa ký`,
        `is required in ${mode} mode: every API process must sign with the same secret`,
      ),
    );
  }
  const demo = parseBoolean(env, 'DEMO', mode === 'embedded', problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode,
    databaseUrl,
    redisUrl,
    kurrentDbUrl,
    port,
    host,
    dataDir,
    logLevel: logLevel ?? 'info',
    masterKey,
    authSecret,
    demo,
  };
}
