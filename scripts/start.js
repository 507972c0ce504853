#!/usr/bin/env node
// `npm start`: build what changed, then run the API in embedded mode (SQLite under ./data, jobs and
// projections in-process). Options: --port N, --no-demo. Ctrl+C / SIGTERM stop it gracefully.
// Plain Node with no dependencies, so it runs on a fresh clone right after `npm install`.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const apiMain = path.join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const buildInfo = path.join(root, 'dist', '.tsbuildinfo.build');

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { demo: undefined, port: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--no-demo') options.demo = false;
    else if (arg === '--demo') options.demo = true;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[(i += 1)] : arg.slice('--port='.length);
      if (!/^\d+$/.test(value ?? '') || Number(value) > 65535) {
        fail(
          `--port cần một số từ 0 đến 65535 / --port needs a number from 0 to 65535 (got "${value ?? ''}")`,
        );
      }
      options.port = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log('npm start [-- --port N] [-- --no-demo]');
      process.exit(0);
    } else {
      fail(`Tùy chọn không rõ / Unknown option: ${arg}\nnpm start [-- --port N] [-- --no-demo]`);
    }
  }
  return options;
}

function timed(title, work) {
  const started = Date.now();
  const result = work();
  console.log(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function runTsc() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  return spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })
    .status;
}

/** Incremental: tsc only re-emits what changed since the last build (dist/.tsbuildinfo.build). */
function buildServer() {
  if (!fs.existsSync(path.join(root, 'node_modules', 'typescript'))) {
    fail(
      'Chưa cài đặt các gói: hãy chạy `npm install` trước / Dependencies missing: run `npm install` first',
    );
  }
  let status = timed('Biên dịch máy chủ / server build (tsc)', runTsc);
  // dist/ emptied by hand but the build info kept: tsc would believe everything is up to date.
  if (status === 0 && !fs.existsSync(apiMain)) {
    fs.rmSync(buildInfo, { force: true });
    status = timed('Biên dịch lại / rebuild (tsc)', runTsc);
  }
  if (!fs.existsSync(apiMain)) {
    fail('Biên dịch thất bại (xem lỗi ở trên) / The build failed (see the errors above)');
  }
  // tsc still emits JavaScript when it finds type errors; `npm test` is where they must be fixed.
  // Refusing to start over a type error in a corner of the code would only block the newcomer.
  if (status !== 0) {
    console.warn(
      'Cảnh báo: có lỗi kiểu TypeScript (ở trên); vẫn khởi động với mã đã biên dịch. / ' +
        'Warning: TypeScript reported type errors (above); starting with the emitted code anyway.',
    );
  }
}

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** The web UI is optional: without it the API still runs and `/` says the UI is not built. */
function buildWebUi() {
  const web = path.join(root, 'apps', 'web');
  if (!fs.existsSync(path.join(web, 'package.json'))) return;
  const index = path.join(web, 'dist', 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(web)) return;
  const npmCli = process.env.npm_execpath;
  const [command, args] =
    npmCli && npmCli.endsWith('.js')
      ? [process.execPath, [npmCli, 'run', 'build']]
      : [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']];
  const status = timed(
    'Dựng giao diện web / web UI build',
    () =>
      spawnSync(command, args, { cwd: web, stdio: 'inherit', shell: process.platform === 'win32' }).status,
  );
  if (status !== 0) {
    console.warn(
      'Không dựng được giao diện web; API vẫn chạy / The web UI did not build; the API runs anyway',
    );
  }
}

function startApi(options) {
  const env = { ...process.env };
  if (options.demo !== undefined) env.DEMO = String(options.demo);
  if (options.port !== undefined) env.PORT = options.port;
  const dataDir = path.resolve(root, env.DATA_DIR || 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  env.DATA_DIR = dataDir;

  const child = spawn(process.execPath, [apiMain], { cwd: root, env, stdio: 'inherit' });
  // Ctrl+C reaches the child too (same process group); it ignores the repeat while it stops.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => fail(`Không chạy được API / Could not run the API: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signalNumber(signal) ?? 1) : 1)));
}

function signalNumber(signal) {
  return require('node:os').constants.signals[signal];
}

const options = parseArgs(process.argv.slice(2));
buildServer();
buildWebUi();
startApi(options);
