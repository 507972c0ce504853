import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig, type AppConfig } from '@vieclam/platform/config';
import { newEventId } from '@vieclam/platform/event-store';
import { ensureRuntimeTables, rowProjection, SqliteLease } from '@vieclam/platform/projections';
import { openRuntime, type Runtime } from '@vieclam/platform/runtime';
import { runCli, type CliContext } from './commands';

const visits = rowProjection<{ id: string; count: number }>({
  name: 'cli_test_visits',
  version: 1,
  filter: { categories: ['Visitor'] },
  table: 'cli_test_visits',
  migrations: {
    '001_create': {
      up: async (db) => {
        await db.schema
          .createTable('cli_test_visits')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('count', 'integer', (c) => c.notNull())
          .execute();
      },
    },
  },
  keyOf: (event) => event.streamId,
  evolve: (current) => ({ id: '', count: (current?.count ?? 0) + 1 }),
});

function metadata() {
  return { occurredOn: '2026-03-01', actor: 'system', orgUnit: 'X1', correlationId: 'c', causationId: null };
}

describe('CLI commands on an embedded data directory', () => {
  let dataDir: string;
  let config: AppConfig;
  let lines: { out: string[]; err: string[] };
  let context: CliContext;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-cli-'));
    config = loadAppConfig({ DATA_DIR: dataDir });
    lines = { out: [], err: [] };
    context = {
      config: () => config,
      projections: [visits],
      output: { out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) },
    };
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
    const runtime = await openRuntime(config);
    try {
      return await work(runtime);
    } finally {
      await runtime.close();
    }
  }

  it('health reports the SQLite event store and read models up, exit 0', async () => {
    expect(await runCli(['health'], context)).toBe(0);
    expect(lines.out.join('\n')).toMatch(/eventStore\s+OK\s+backend=sqlite/);
    expect(lines.out.join('\n')).toMatch(/readModels\s+OK\s+backend=sqlite/);
  });

  it('rebuilds a projection from the log and then lists its checkpoint', async () => {
    const streams = ['Visitor-a', 'Visitor-b', 'Visitor-a', 'Other-x'];
    await withRuntime(async (runtime) => {
      for (const streamId of streams) {
        await runtime.eventStore.append(
          streamId,
          [{ eventId: newEventId(), type: 'Visited', schemaVersion: 1, data: {}, metadata: metadata() }],
          'any',
        );
      }
    });

    expect(await runCli(['projections:rebuild', 'cli_test_visits'], context)).toBe(0);
    const visitorEvents = streams.filter((s) => s.startsWith('Visitor-')).length;
    expect(lines.out.join('\n')).toContain(`Rebuilt cli_test_visits: ${visitorEvents} events`);
    const rows = await withRuntime((runtime) =>
      runtime.database.db.selectFrom('cli_test_visits').selectAll().orderBy('id').execute(),
    );
    expect(rows).toEqual([
      { id: 'Visitor-a', count: 2 },
      { id: 'Visitor-b', count: 1 },
    ]);

    expect(await runCli(['projections:list'], context)).toBe(0);
    expect(lines.out.join('\n')).toMatch(/cli_test_visits\s+v1\s+checkpoint: \S+ \(v1\)/);
  });

  it('refuses to rebuild while another process holds the projection', async () => {
    await withRuntime(async (runtime) => {
      await ensureRuntimeTables(runtime.database.db);
      const other = new SqliteLease(runtime.database.db, { owner: 'running-api', ttlMs: 60_000 });
      expect(await other.tryAcquire('cli_test_visits')).toBe(true);
    });
    expect(await runCli(['projections:rebuild', 'cli_test_visits'], context)).toBe(1);
    expect(lines.err.join('\n')).toContain('is being run by another process');
  });

  it('names an unknown command or projection and exits non-zero', async () => {
    expect(await runCli(['nope'], context)).toBe(2);
    expect(lines.err[0]).toBe('Không có lệnh "nope" / Unknown command "nope"\n');
    expect(await runCli(['projections:rebuild', 'missing'], context)).toBe(2);
    expect(lines.err.join('\n')).toContain('cli_test_visits');
    expect(await runCli(['help'], context)).toBe(0);
    expect(lines.out.join('\n')).toContain('projections:rebuild <name>');
  });
});
