import type { INestApplicationContext } from '@nestjs/common';

/** Longest a graceful stop may take before the process gives up and exits with an error. */
export const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * Closes the app on SIGINT/SIGTERM, then exits 0 (1 if closing failed or took too long).
 * Not Nest's `enableShutdownHooks()`: it re-raises the signal after closing, so a clean stop would
 * end "killed by SIGTERM" instead of exit code 0. `app.close()` runs the same shutdown hooks.
 * Later signals during the stop are ignored: Ctrl+C reaches both `npm start` and its child, and
 * `npm start` forwards it once more.
 */
export function closeOnSignals(app: INestApplicationContext, timeoutMs: number = SHUTDOWN_TIMEOUT_MS): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`Đang dừng (${signal})… / Stopping (${signal})…`);
    setTimeout(() => {
      console.error('Dừng quá lâu, buộc thoát / Stopping took too long, forcing exit');
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Lỗi khi dừng / Error while stopping:', error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
}
