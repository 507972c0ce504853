import './register-aliases';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadAppConfigOrExit } from '@vieclam/platform/config';
import { closeOnSignals } from '@vieclam/platform/runtime';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

/** The address to show people: `localhost` for loopback or every interface, else the host itself. */
function displayHost(host: string): string {
  return ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host) ? 'localhost' : host;
}

async function main(): Promise<void> {
  const config = loadAppConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  configureApp(app);
  closeOnSignals(app);
  await app.listen(config.port, config.host);
  const address: unknown = app.getHttpServer().address();
  const port =
    typeof address === 'object' && address !== null ? (address as { port: number }).port : config.port;
  console.log(
    `ViecLam Ledger (${config.mode}) — http://${displayHost(config.host)}:${port} (API: /api, docs: /api/docs)`,
  );
}

main().catch((error: unknown) => {
  console.error('Không khởi động được / Could not start:', error);
  process.exit(1);
});
