/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with every console
 * error, page error and failed response recorded so a test can insist there were none.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OFFICE_SCREEN = { width: 1366, height: 768 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught page errors and failed requests, in order. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh browser context (no cookies, no storage) whose page reports every error it sees. */
export async function openPage(browser: Browser, viewport = OFFICE_SCREEN): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
  page.on('requestfailed', (request) => {
    // A download or navigation the page itself cancelled is not an error.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  return { page, context, problems, close: () => context.close() };
}

/** Signs in through the login form, typing like a user. */
export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The account button is in the header on every screen size (the menu hides in a drawer on phones).
  await page.getByRole('button', { name: 'Tài khoản' }).waitFor();
}

const FORM_ROLES = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'checkbox',
  'radio',
  'spinbutton',
  'slider',
  'switch',
]);

/**
 * Form controls without an accessible name, read from Chromium's own accessibility tree (what a
 * screen reader gets): each entry names the role and the control's HTML id.
 */
export async function unlabelledControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{
        ignored?: boolean;
        role?: { value?: string };
        name?: { value?: string };
        backendDOMNodeId?: number;
      }>;
    };
    const missing: string[] = [];
    for (const node of nodes) {
      const role = node.role?.value ?? '';
      if (node.ignored || !FORM_ROLES.has(role)) continue;
      if ((node.name?.value ?? '').trim() !== '') continue;
      let where = '';
      if (node.backendDOMNodeId !== undefined) {
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as {
          object: { objectId?: string };
        };
        if (object.objectId) {
          const { result } = (await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: 'function () { return this.outerHTML.slice(0, 160); }',
            returnByValue: true,
          })) as { result: { value?: string } };
          where = result.value ?? '';
        }
      }
      missing.push(`${role}: ${where}`);
    }
    return missing;
  } finally {
    await cdp.detach();
  }
}
