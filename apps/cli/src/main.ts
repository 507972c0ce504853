import './register-aliases';
import { ConfigError, loadAppConfig, loadDotEnvFile } from '@vieclam/platform/config';
import { ALL_PROJECTIONS } from '../../api/src/projections';
import { runCli } from './commands';

async function main(): Promise<number> {
  loadDotEnvFile();
  try {
    return await runCli(process.argv.slice(2), {
      config: () => loadAppConfig(),
      projections: ALL_PROJECTIONS,
      output: { out: (line) => console.log(line), err: (line) => console.error(line) },
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Lỗi / Error:', error);
    process.exit(1);
  },
);
