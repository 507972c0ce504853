import { createFirstAdmin, type OrgUnitLevel } from '@vieclam/admin';
import type { AppConfig } from '@vieclam/platform/config';
import { isDomainError } from '@vieclam/platform/domain';
import {
  ensureRuntimeTables,
  PostgresAdvisoryLock,
  readCheckpoint,
  rebuildProjection,
  renderProgressBar,
  SqliteLease,
  type Projection,
  type ProjectionLock,
} from '@vieclam/platform/projections';
import { checkRuntime, openRuntime, type Runtime } from '@vieclam/platform/runtime';

/** Where a command writes; tests pass their own. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  /** Reads and validates the configuration (throws ConfigError) — only commands that need it call it. */
  config: () => AppConfig;
  projections: readonly Projection[];
  output: Output;
  /** Opens the stores of the configured mode (tests may substitute). */
  openRuntime?: (config: AppConfig) => Promise<Runtime>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}

async function withRuntime(
  context: CliContext,
  work: (runtime: Runtime) => Promise<number>,
): Promise<number> {
  const runtime = await (context.openRuntime ?? openRuntime)(context.config());
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

const health: Command = {
  name: 'health',
  usage: 'health',
  summary: 'Kiểm tra cấu hình và các kết nối / Check the configuration and every connection',
  run: async (_args, context) => {
    const config = context.config();
    context.output.out(`Chế độ / mode: ${config.mode}`);
    return withRuntime(context, async (runtime) => {
      const components = await checkRuntime(runtime);
      for (const component of components) {
        const state = component.up ? 'OK' : 'LỖI / DOWN';
        const detail = Object.entries(component.details)
          .map(([key, value]) => `${key}=${value}`)
          .join(' ');
        context.output.out(`  ${component.name.padEnd(11)} ${state.padEnd(11)} ${detail}`);
      }
      return components.every((component) => component.up) ? 0 : 1;
    });
  },
};

const projectionsList: Command = {
  name: 'projections:list',
  usage: 'projections:list',
  summary: 'Liệt kê các projection và điểm kiểm tra / List the projections and their checkpoints',
  run: async (_args, context) => {
    if (context.projections.length === 0) {
      context.output.out('Chưa có projection nào được đăng ký / No projections are registered yet');
      return 0;
    }
    return withRuntime(context, async (runtime) => {
      await ensureRuntimeTables(runtime.database.db);
      for (const projection of context.projections) {
        const checkpoint = await readCheckpoint(runtime.database.db, projection.name);
        const position = checkpoint === undefined ? '—' : `${checkpoint.position} (v${checkpoint.version})`;
        context.output.out(`  ${projection.name.padEnd(32)} v${projection.version}  checkpoint: ${position}`);
      }
      return 0;
    });
  },
};

function lockFor(runtime: Runtime): ProjectionLock {
  return runtime.database.kind === 'postgres'
    ? new PostgresAdvisoryLock(runtime.database)
    : new SqliteLease(runtime.database.db);
}

const projectionsRebuild: Command = {
  name: 'projections:rebuild',
  usage: 'projections:rebuild <name>',
  summary:
    'Dựng lại một projection từ đầu nhật ký sự kiện / Rebuild one projection from the start of the log',
  run: async (args, context) => {
    const name = args[0];
    const projection = context.projections.find((candidate) => candidate.name === name);
    if (name === undefined || projection === undefined) {
      const known = context.projections.map((candidate) => candidate.name).join(', ') || '—';
      context.output.err(
        name === undefined
          ? 'Thiếu tên projection / Missing the projection name: projections:rebuild <name>'
          : `Không có projection "${name}" / No projection named "${name}"`,
      );
      context.output.err(`Các projection / Projections: ${known}`);
      return 2;
    }
    return withRuntime(context, async (runtime) => {
      await ensureRuntimeTables(runtime.database.db);
      const lock = lockFor(runtime);
      try {
        // A running API (embedded) or worker holds the projection; rebuilding under it would race.
        if (!(await lock.tryAcquire(projection.name))) {
          context.output.err(
            `Projection "${projection.name}" đang được một tiến trình khác chạy (API hoặc worker): hãy dừng nó trước. / ` +
              `Projection "${projection.name}" is being run by another process (API or worker): stop it first.`,
          );
          return 1;
        }
        const started = Date.now();
        const result = await rebuildProjection(runtime.eventStore, runtime.database, projection, {
          onProgress: ({ done, total }) => renderProgressBar(done, total, projection.name),
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        context.output.out(
          `Đã dựng lại ${projection.name}: ${result.events} sự kiện trong ${seconds} s / ` +
            `Rebuilt ${projection.name}: ${result.events} events in ${seconds} s`,
        );
        return 0;
      } finally {
        await lock.close();
      }
    });
  },
};

const UNIT_LEVELS: readonly OrgUnitLevel[] = ['country', 'province', 'district', 'commune', 'village'];

/** `--name value` pairs; a flag without a value, an unknown flag or a stray word is an error. */
function parseOptions(
  args: readonly string[],
  known: readonly string[],
): { options: Map<string, string> } | { error: string } {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    const name = flag.startsWith('--') ? flag.slice(2) : undefined;
    if (name === undefined || !known.includes(name)) {
      return { error: `Tham số không hợp lệ / Unknown option: ${flag}` };
    }
    if (value === undefined || value.startsWith('--')) {
      return { error: `Thiếu giá trị cho ${flag} / Missing the value of ${flag}` };
    }
    options.set(name, value);
  }
  return { options };
}

const adminCreate: Command = {
  name: 'admin:create',
  usage:
    'admin:create --username U --name "Họ Tên" --unit CODE [--password P] ' +
    '[--create-unit-name "Tỉnh Hưng Yên" --create-unit-level province]',
  summary:
    'Tạo quản trị viên đầu tiên trên một đơn vị (in mật khẩu sinh ra một lần) / ' +
    'Create the first administrator on a unit (prints a generated password once)',
  run: async (args, context) => {
    const parsed = parseOptions(args, [
      'username',
      'name',
      'unit',
      'password',
      'create-unit-name',
      'create-unit-level',
    ]);
    const usage = `Cách dùng / usage: npm run cli -- ${adminCreate.usage}`;
    if ('error' in parsed) {
      context.output.err(parsed.error);
      context.output.err(usage);
      return 2;
    }
    const { options } = parsed;
    const username = options.get('username');
    const displayName = options.get('name');
    const unitCode = options.get('unit');
    if (username === undefined || displayName === undefined || unitCode === undefined) {
      context.output.err('Thiếu --username, --name hoặc --unit / Missing --username, --name or --unit');
      context.output.err(usage);
      return 2;
    }
    const unitName = options.get('create-unit-name');
    const unitLevel = options.get('create-unit-level');
    if ((unitName === undefined) !== (unitLevel === undefined)) {
      context.output.err(
        '--create-unit-name và --create-unit-level phải đi cùng nhau / ' +
          '--create-unit-name and --create-unit-level go together',
      );
      return 2;
    }
    if (unitLevel !== undefined && !UNIT_LEVELS.includes(unitLevel as OrgUnitLevel)) {
      context.output.err(
        `Cấp đơn vị không hợp lệ "${unitLevel}" (chọn: ${UNIT_LEVELS.join(', ')}) / ` +
          `Unknown unit level "${unitLevel}" (one of: ${UNIT_LEVELS.join(', ')})`,
      );
      return 2;
    }
    const password = options.get('password');
    return withRuntime(context, async (runtime) => {
      try {
        const created = await createFirstAdmin({
          eventStore: runtime.eventStore,
          username,
          displayName,
          unitCode,
          ...(password === undefined ? {} : { password }),
          ...(unitName !== undefined && unitLevel !== undefined
            ? { createUnit: { name: unitName, level: unitLevel as OrgUnitLevel } }
            : {}),
        });
        context.output.out(
          `Đã tạo quản trị viên "${created.username}" trên đơn vị ${unitCode} / ` +
            `Created administrator "${created.username}" on unit ${unitCode}`,
        );
        if (created.generatedPassword) {
          // The only copy: the store keeps an argon2 hash.
          context.output.out(`Mật khẩu / Password: ${created.password}`);
          context.output.out(
            'Hãy ghi lại ngay: mật khẩu chỉ hiện một lần và phải đổi khi đăng nhập lần đầu. / ' +
              'Write it down now: it is shown once and must be changed at the first login.',
          );
        }
        return 0;
      } catch (error) {
        if (!isDomainError(error)) throw error;
        context.output.err(`${error.messages.vi} / ${error.messages.en}`);
        return 1;
      }
    });
  },
};

export const COMMANDS: readonly Command[] = [health, projectionsList, projectionsRebuild, adminCreate];

export function helpText(): string {
  // Usage on one line, what it does indented below it: some usages are too long for a column.
  const entry = (usage: string, summary: string) => `  ${usage}\n      ${summary}`;
  return [
    'ViecLam Ledger — công cụ dòng lệnh / command line',
    '',
    'Cách dùng / usage: npm run cli -- <lệnh / command> [đối số / arguments]',
    '',
    entry('help', 'Hiện trợ giúp này / Show this help'),
    ...COMMANDS.map((command) => entry(command.usage, command.summary)),
  ].join('\n');
}

/** Runs one command line; returns the process exit code. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    context.output.out(helpText());
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    context.output.err(`Không có lệnh "${name}" / Unknown command "${name}"\n`);
    context.output.err(helpText());
    return 2;
  }
  return command.run(args, context);
}
