#!/usr/bin/env node
// `npm test`: type-check, lint, architecture rules, then every jest project (unit, int, e2e).
// Ends with one plain line "tests: N passed, N failed" that CI reads.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2); // e.g. `npm test -- unit` runs just that jest project

function step(title, cmd, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`■ ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} (${secs} s)\n`);
  return r.status === 0;
}

let ok = true;
if (only.length === 0) {
  ok = step('type-check (tsc --noEmit)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) && ok;
  ok =
    step('type-check web UI (tsc -p apps/web)', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit']) && ok;
  ok = step('lint (eslint)', bin('eslint'), ['--max-warnings=0', 'apps', 'libs', 'bench', 'test']) && ok;
  ok =
    step('architecture rules (dependency-cruiser)', bin('depcruise'), [
      'apps',
      'libs',
      '--config',
      '.dependency-cruiser.js',
    ]) && ok;
}

const results = path.join(root, 'dist', 'jest-results.json');
fs.mkdirSync(path.dirname(results), { recursive: true });
fs.rmSync(results, { force: true });
const projects = only.length ? only : ['unit', 'int', 'e2e'];
const jestOk = step(
  `jest (${projects.join(', ')})`,
  bin('jest'),
  // --forceExit: a test that fails before closing its app must not leave CI waiting on open sockets.
  ['--selectProjects', ...projects, '--runInBand', '--forceExit', '--json', '--outputFile', results],
  { TZ: 'Asia/Ho_Chi_Minh' },
);
ok = jestOk && ok;

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(results)) {
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  skipped = r.numPendingTests + r.numTodoTests;
} else {
  failed += 1;
}
if (!ok && failed === 0) failed = 1; // a failed check (tsc, lint, rules) counts as a failure
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
