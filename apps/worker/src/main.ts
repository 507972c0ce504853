import './register-aliases';
import { NestFactory } from '@nestjs/core';
import { loadAppConfigOrExit } from '@vieclam/platform/config';
import { Logger } from '@vieclam/platform/logging';
import { closeOnSignals } from '@vieclam/platform/runtime';
import { WorkerModule } from './worker.module';

const EMBEDDED_REFUSAL =
  'Tiến trình worker chỉ dùng cho chế độ server/cluster (cần DATABASE_URL). Ở chế độ nhúng, API tự chạy ' +
  'các projection và công việc nền trong cùng tiến trình: hãy dùng `npm start`.\n' +
  'The worker is for server and cluster modes (it needs DATABASE_URL). In embedded mode the API runs ' +
  'projections and background jobs in its own process: use `npm start`.';

async function main(): Promise<void> {
  const config = loadAppConfigOrExit();
  if (config.mode === 'embedded') {
    console.error(EMBEDDED_REFUSAL);
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  closeOnSignals(app);
  await app.init();
  if (config.redisUrl === undefined) {
    console.warn(
      'Không có REDIS_URL: công việc nền chạy trong tiến trình API, worker chỉ chạy projection / ' +
        'No REDIS_URL: background jobs run in the API process; this worker runs projections only',
    );
  }
  console.log(`ViecLam Ledger worker (${config.mode}) — đang chạy / running`);
}

main().catch((error: unknown) => {
  console.error('Không khởi động được worker / Could not start the worker:', error);
  process.exit(1);
});
