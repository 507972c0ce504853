import { existsSync } from 'node:fs';
import { ConfigError, loadAppConfig, type AppConfig } from './app-config';

/**
 * Loads `.env` from the working directory when there is one. Variables already set in the
 * environment win, so an operator can always override the file.
 */
export function loadDotEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** For the apps' `main`: `.env` plus the environment, validated; on a problem, prints it and exits 1. */
export function loadAppConfigOrExit(): AppConfig {
  loadDotEnvFile();
  try {
    return loadAppConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
