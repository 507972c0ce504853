/**
 * `npm run bench [filter]`: runs every bench/**\/*.bench.ts (or those whose path contains the
 * filter) one after another. Each benchmark prints its own figures beside a baseline measured in
 * the same run, as a ratio, because these machines are shared and noisy.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function find(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return find(path);
    return path.endsWith('.bench.ts') ? [path] : [];
  });
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = find(__dirname)
    .filter((f) => !filter || f.includes(filter))
    .sort();
  if (files.length === 0) {
    console.log(`No benchmark matches ${filter ?? '(all)'}`);
    return;
  }
  for (const file of files) {
    console.log(`\n=== ${relative(join(__dirname, '..'), file)}`);
    const mod = (await import(file)) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') throw new Error(`${file} must export run()`);
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
