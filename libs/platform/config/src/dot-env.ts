import { existsSync } from 'node:fs';

/**
 * Loads `.env` from the working directory when there is one. Variables already set in the
 * environment win, so an operator can always override the file.
 */
export function loadDotEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
