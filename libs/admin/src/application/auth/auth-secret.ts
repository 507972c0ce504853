import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@vieclam/platform/config';

export const AUTH_SECRET_FILE_NAME = 'auth-secret';

/**
 * The token signing secret: `AUTH_SECRET` from the environment, or in embedded mode a random one
 * generated once into `DATA_DIR/auth-secret` (0600). Server and cluster modes refuse to guess one:
 * every API instance must sign with the same secret.
 */
export function resolveAuthSecret(config: Pick<AppConfig, 'mode' | 'dataDir' | 'authSecret'>): string {
  // The configuration has validated AUTH_SECRET (length, required outside embedded mode).
  if (config.authSecret) return config.authSecret;
  if (config.mode !== 'embedded') {
    throw new Error(
      `AUTH_SECRET là bắt buộc ở chế độ ${config.mode} / AUTH_SECRET is required in ${config.mode} mode`,
    );
  }
  const file = join(config.dataDir, AUTH_SECRET_FILE_NAME);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}
