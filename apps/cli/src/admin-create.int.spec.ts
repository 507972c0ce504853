import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@node-rs/argon2';
import { loadAppConfig, type AppConfig } from '@vieclam/platform/config';
import { streamName } from '@vieclam/platform/event-store';
import { openRuntime } from '@vieclam/platform/runtime';
import { helpText, runCli, type CliContext } from './commands';

describe('npm run cli -- admin:create (embedded SQLite data directory)', () => {
  let dataDir: string;
  let config: AppConfig;
  let lines: { out: string[]; err: string[] };
  let context: CliContext;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vieclam-cli-admin-'));
    config = loadAppConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    lines = { out: [], err: [] };
    context = {
      config: () => config,
      projections: [],
      output: { out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) },
    };
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** The stored events of the user the username points to. */
  async function storedUser(username: string) {
    const runtime = await openRuntime(config);
    try {
      const [claim] = await runtime.eventStore.readStream(streamName('Username', username));
      const userId = (claim?.data as { userId?: string } | undefined)?.userId;
      const events = userId ? await runtime.eventStore.readStream(streamName('User', userId)) : [];
      const [unit] = await runtime.eventStore.readStream(streamName('OrgUnit', '33'));
      return { userId, events, unit };
    } finally {
      await runtime.close();
    }
  }

  const createArgs = [
    'admin:create',
    '--username',
    'quantri.tinh',
    '--name',
    'Nguyễn Quản Trị',
    '--unit',
    '33',
    '--create-unit-name',
    'Tỉnh Hưng Yên',
    '--create-unit-level',
    'province',
  ];

  it('is listed by help', () => {
    expect(helpText()).toContain('admin:create --username U');
  });

  it('creates the admin and the missing unit, prints the generated password once, which verifies with argon2', async () => {
    expect(await runCli(createArgs, context)).toBe(0);
    const passwordLines = lines.out.filter((line) => line.startsWith('Mật khẩu / Password: '));
    expect(passwordLines).toHaveLength(1);
    const password = passwordLines[0]!.slice('Mật khẩu / Password: '.length);
    expect(password.length).toBeGreaterThanOrEqual(10);

    const { userId, events, unit } = await storedUser('quantri.tinh');
    expect(userId).toBeDefined();
    expect(unit?.data).toMatchObject({ code: '33', name: 'Tỉnh Hưng Yên', level: 'province' });
    const created = events.find((event) => event.type === 'UserCreated');
    const data = created?.data as { passwordHash: string; mustChangePassword: boolean };
    expect(data.passwordHash).not.toContain(password);
    expect(await verify(data.passwordHash, password)).toBe(true);
    expect(await verify(data.passwordHash, `${password}x`)).toBe(false);
    // A generated password is a hand-over: it must be changed at the first login.
    expect(data.mustChangePassword).toBe(true);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'RoleGranted',
          data: expect.objectContaining({ role: 'admin', unitCode: '33' }),
        }),
      ]),
    );
  });

  it('refuses a second admin with the same username: bilingual message, non-zero exit code', async () => {
    expect(await runCli(createArgs, context)).toBe(0);
    lines.out.length = 0;
    const code = await runCli(
      ['admin:create', '--username', 'QuanTri.Tinh', '--name', 'Người Khác', '--unit', '33'],
      context,
    );
    expect(code).not.toBe(0);
    expect(lines.err.join('\n')).toContain('Tên đăng nhập đã được sử dụng. / The username is already taken.');
    expect(lines.out.join('\n')).not.toContain('Mật khẩu / Password');
  });

  it('keeps a password given on the command line (no forced change) and prints none', async () => {
    const args = ['admin:create', '--username', 'qt2', '--name', 'Trần Hai', '--unit', '33'];
    const withUnit = [...args, '--create-unit-name', 'Tỉnh Hưng Yên', '--create-unit-level', 'province'];
    expect(await runCli([...withUnit, '--password', 'mat-khau-du-dai-1'], context)).toBe(0);
    expect(lines.out.join('\n')).not.toContain('mat-khau-du-dai-1');
    const { events } = await storedUser('qt2');
    const data = events.find((event) => event.type === 'UserCreated')?.data as {
      passwordHash: string;
      mustChangePassword: boolean;
    };
    expect(await verify(data.passwordHash, 'mat-khau-du-dai-1')).toBe(true);
    expect(data.mustChangePassword).toBe(false);
  });

  it('names the missing unit, and refuses bad arguments with usage and exit code 2', async () => {
    expect(await runCli(['admin:create', '--username', 'a', '--name', 'B', '--unit', '99'], context)).toBe(1);
    expect(lines.err.join('\n')).toContain('"99" không tồn tại');
    expect(lines.err.join('\n')).toContain('"99" does not exist');

    lines.err.length = 0;
    expect(await runCli(['admin:create', '--username', 'a', '--unit', '33'], context)).toBe(2);
    expect(lines.err.join('\n')).toContain('Missing --username, --name or --unit');
    expect(await runCli(['admin:create', '--username'], context)).toBe(2);
    expect(await runCli([...createArgs.slice(0, 9), '--create-unit-level', 'galaxy'], context)).toBe(2);
    expect(lines.err.join('\n')).toContain('Unknown unit level "galaxy"');
  });
});
