/**
 * Demo users for a newcomer's `npm start`: only in embedded demo mode, only on a store without
 * users. Passwords are generated, printed once and written to `DATA_DIR/demo-credentials.txt`
 * (0600); nothing here ever runs on a server.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '@vieclam/platform/event-store';
import { DEMO_COMMUNE_CODE, DEMO_UNITS } from '../config/demo-units';
import { ROLE_LABELS, type Role } from '../domain/access/roles';
import { createOrgUnit } from '../application/users/org-unit-commands';
import { createUserAccount } from '../application/users/user-commands';

export const DEMO_CREDENTIALS_FILE_NAME = 'demo-credentials.txt';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'demo.admin', displayName: 'Quản trị viên (demo)', role: 'admin', unitCode: DEMO_COMMUNE_CODE },
  {
    username: 'demo.tuvan',
    displayName: 'Cán bộ tư vấn (demo)',
    role: 'counsellor',
    unitCode: DEMO_COMMUNE_CODE,
  },
  {
    username: 'demo.nhcsxh',
    displayName: 'Cán bộ NHCSXH (demo)',
    role: 'loan_liaison',
    unitCode: DEMO_COMMUNE_CODE,
  },
  {
    username: 'demo.thon1',
    displayName: 'Trưởng thôn Đông (demo)',
    role: 'village_head',
    unitCode: `${DEMO_COMMUNE_CODE}-01`,
  },
  {
    username: 'demo.thon2',
    displayName: 'Trưởng thôn Tây (demo)',
    role: 'village_head',
    unitCode: `${DEMO_COMMUNE_CODE}-02`,
  },
  {
    username: 'demo.lanhdao',
    displayName: 'Lãnh đạo UBND xã (demo)',
    role: 'leader',
    unitCode: DEMO_COMMUNE_CODE,
  },
  {
    username: 'demo.huyen',
    displayName: 'Cán bộ huyện (demo)',
    role: 'district_officer',
    unitCode: DEMO_COMMUNE_CODE,
  },
  {
    username: 'demo.tinh',
    displayName: 'Cán bộ tỉnh (demo)',
    role: 'province_officer',
    unitCode: DEMO_COMMUNE_CODE,
  },
];

async function hasAny(store: EventStore, category: string): Promise<boolean> {
  for (let from: string | undefined = undefined; ;) {
    const page = await store.readAll({ from, limit: 1000, filter: { categories: [category] } });
    if (page.events.length > 0) return true;
    if (page.isEnd) return false;
    from = page.lastPosition;
  }
}

export async function seedDemoUnits(store: EventStore): Promise<boolean> {
  if (await hasAny(store, 'OrgUnit')) return false;
  for (const unit of DEMO_UNITS) await createOrgUnit(store, unit);
  return true;
}

export interface SeededDemo {
  accounts: (DemoAccount & { password: string })[];
  credentialsFile: string;
}

/** Seeds demo units and users when the store has no user; returns undefined when it had some. */
export async function seedDemo(store: EventStore, dataDir: string): Promise<SeededDemo | undefined> {
  if (await hasAny(store, 'User')) return undefined;
  await seedDemoUnits(store);
  const accounts: SeededDemo['accounts'] = [];
  for (const account of DEMO_ACCOUNTS) {
    const created = await createUserAccount(
      store,
      {
        username: account.username,
        displayName: account.displayName,
        mustChangePassword: false,
        grants: [{ role: account.role, unitCode: account.unitCode }],
      },
      { actor: 'system' },
    );
    accounts.push({ ...account, password: created.password });
  }
  mkdirSync(dataDir, { recursive: true });
  const credentialsFile = join(dataDir, DEMO_CREDENTIALS_FILE_NAME);
  writeFileSync(credentialsFile, formatCredentials(accounts), { mode: 0o600 });
  chmodSync(credentialsFile, 0o600);
  return { accounts, credentialsFile };
}

export function formatCredentials(accounts: SeededDemo['accounts']): string {
  const lines = accounts.map(
    (a) =>
      `${a.username.padEnd(14)} ${a.password}  ${ROLE_LABELS[a.role].vi} / ${ROLE_LABELS[a.role].en} — ${a.unitCode}`,
  );
  return [
    'Tài khoản demo (chỉ dùng thử, chế độ nhúng) / Demo accounts (embedded demo mode only)',
    ...lines,
    '',
  ].join('\n');
}
