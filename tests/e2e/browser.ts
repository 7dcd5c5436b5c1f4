import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { type Database, openDatabase } from '../../src/core/db/db.js';
import { createUser } from '../../src/modules/identity/index.js';
import { buildApp } from '../../src/server/app.js';
import { prepareDatabase } from '../../src/server/bootstrap.js';

export const E2E_PASSWORD = 'e2e correct horse battery';

export type Stack = {
  baseUrl: string;
  browser: Browser;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
};

/**
 * The whole product as `npm start` runs it (migrations, reference and demo data, built web app) on an
 * in-memory PGlite and a free port, and Debian's Chromium, never a downloaded browser.
 */
export async function startStack(): Promise<Stack> {
  const database = await openDatabase({ engine: 'pglite' });
  const prepared = await prepareDatabase(database, { loadDemo: true });
  await createUser(
    database.db,
    {
      email: E2E_OFFICER_EMAIL,
      role: 'officer',
      parkIds: [],
      password: E2E_PASSWORD,
      displayName: '测试专员',
    },
    'system',
  );
  const app = await buildApp({ database, cookieSecret: prepared.cookieSecret, logLevel: 'warn' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    app,
    database,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/**
 * The pages of a test file, each in a fresh browser context (no cookies: a second page is anonymous), with
 * what they log as errors collected. Chromium logs every 4xx response as an error; those are answers the
 * tests provoke (a signed-out session check, a refused write), not faults.
 */
export function browserPages(stack: () => Stack) {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    async open(): Promise<Page> {
      const context = await stack().browser.newContext({
        locale: 'zh-CN',
        viewport: { width: 1366, height: 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    },
    /** Closes every page and returns the errors they logged. */
    async closeAll(): Promise<string[]> {
      for (const context of contexts.splice(0)) await context.close();
      return errors.splice(0);
    },
  };
}

/** Serious and critical accessibility violations on the current page (axe-core). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A toast fading out is measured mid-animation, at part opacity: let transient messages finish first.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
  // Likewise a modal or drawer still fading in (its text at part opacity fails contrast): let every finite
  // animation and transition end (spinners run forever: at most 3 s).
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]),
  );
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Signs in through the login form (zh-CN labels) and waits for the signed-in header. */
export async function signIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  const form = page.getByTestId('login-form');
  await form.waitFor();
  await form.getByLabel(/邮箱/).fill(email);
  await form.getByLabel(/密码/).fill(password);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('current-user').waitFor();
}

/** A session of the API outside the browser: its cookie and CSRF token, for set-up writes. */
export type ApiSession = {
  userId: number;
  send(method: string, path: string, body?: unknown): Promise<Response>;
};

export async function apiLogin(stack: Stack, email: string, password = E2E_PASSWORD): Promise<ApiSession> {
  const res = await fetch(`${stack.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  const session = (await res.json()) as { csrfToken: string; user: { id: number } };
  const cookie = res.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return {
    userId: session.user.id,
    send: (method, path, body) =>
      fetch(`${stack.baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': session.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/** The officer startStack creates, who is given the leads of the tests that need an assignee. */
export const E2E_OFFICER_EMAIL = 'e2e.officer@test.medzone.local';

/**
 * Makes the e2e officer the only one covering a direction, so new leads naming it are theirs (and not the
 * demo officer's, by turn).
 */
export async function e2eOfficerCovers(stack: Stack, adminEmail: string, direction: string): Promise<void> {
  const admin = await apiLogin(stack, adminEmail);
  const officer = await apiLogin(stack, E2E_OFFICER_EMAIL);
  const res = await admin.send('PUT', `/api/officers/${officer.userId}/directions`, {
    directions: [direction],
  });
  if (res.status !== 204) throw new Error(`officer directions: ${res.status}`);
}

/** The page's URL search parameters, as an object. */
export const searchParamsOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** The ids a list shows, from its elements' test ids `<prefix><id>`, in page order. */
export async function idsByTestId(page: Page, prefix: string): Promise<number[]> {
  const testIds = await page
    .locator(`[data-testid^="${prefix}"]`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid') ?? ''));
  return testIds.map((testId) => Number(testId.slice(prefix.length)));
}

/**
 * Picks an option of an antd Select by the text it shows, in the list that `opener` opens (typing `search`
 * first, for a searchable one). A click that lands while the list is still sliding in is lost on a loaded
 * machine: it is repeated until the list closes.
 */
export async function chooseOption(
  page: Page,
  opener: Locator,
  option: string,
  search?: string,
): Promise<void> {
  await opener.click();
  if (search) await page.keyboard.type(search);
  const item = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(option, { exact: true });
  await item.click();
  for (let attempt = 0; attempt < 3; attempt++) {
    const closed = await item
      .waitFor({ state: 'hidden', timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (closed) return;
    await item.click({ timeout: 5_000 }).catch(() => undefined);
  }
  await item.waitFor({ state: 'hidden' });
}

/**
 * A stack with an admin of this name, and the test officer alone covering `direction`: the leads a test
 * makes for that direction are assigned to the officer who signs in.
 */
export async function startStackWithAdmin(
  admin: { email: string; displayName: string },
  direction: string,
): Promise<Stack> {
  const stack = await startStack();
  await createUser(
    stack.database.db,
    {
      email: admin.email,
      role: 'admin',
      parkIds: [],
      password: E2E_PASSWORD,
      displayName: admin.displayName,
    },
    'system',
  );
  await e2eOfficerCovers(stack, admin.email, direction);
  return stack;
}

/** A Taiwanese requester's demand straight through the public API (phone 0912-345-678); its reference. */
export async function submitLeadByApi(
  stack: Stack,
  lead: { companyName: string; direction: string; areaM2?: number; investmentWan?: number },
): Promise<string> {
  const res = await fetch(`${stack.baseUrl}/api/leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    body: JSON.stringify({ contactName: '林小姐', phone: '0912-345-678', consent: true, ...lead }),
  });
  if (res.status !== 201) throw new Error(`lead: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { reference: string }).reference;
}
