import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PASSWORD, type Stack, startStack } from './browser.js';

let stack: Stack;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function openPage(): Promise<Page> {
  context = await stack.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('console', (message) => {
    // Chromium logs every 4xx response as an error; a refused login is an expected answer, not a fault.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
      browserErrors.push(message.text());
  });
  page.on('pageerror', (error) => browserErrors.push(error.message));
  return page;
}

afterEach(async () => {
  await context?.close();
  // The page must not log errors either: a broken request or a React warning fails the test.
  const errors = browserErrors.splice(0);
  expect(errors).toEqual([]);
});

/** Serious and critical accessibility violations on the current page (axe-core). */
async function seriousViolations(p: Page) {
  const result = await new AxeBuilder({ page: p }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The fonts Chromium actually used to draw an element's text (DevTools protocol). */
async function fontsUsedFor(
  p: Page,
  selector: string,
): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

describe('portal home', () => {
  it('renders the zones and parks in Chinese with a real CJK font', async () => {
    const p = await openPage();
    await p.goto(stack.baseUrl);
    await p.getByTestId('home-hero').waitFor();
    await expect.poll(() => p.getByTestId('zone-card').count()).toBe(3);
    const parkNames = await p.getByTestId('park-link').allInnerTexts();
    expect(parkNames).toContain('瑞科医药健康产业园');
    expect(parkNames).toContain('金山医药产业园');
    expect(await p.getByTestId('demo-banner').isVisible()).toBe(true);
    expect(await p.locator('html').getAttribute('lang')).toBe('zh-CN');

    const fonts = await fontsUsedFor(p, '[data-testid="park-link"]');
    const cjk = fonts.filter((f) => /wenquanyi|wqy|noto sans cjk|source han/i.test(f.familyName));
    expect(cjk.length, JSON.stringify(fonts)).toBeGreaterThan(0);
    expect(cjk[0]!.glyphCount).toBeGreaterThan(0);
  });

  it('draws the Fujian map', async () => {
    const p = await openPage();
    await p.goto(stack.baseUrl);
    const map = p.getByTestId('fujian-map');
    await map.waitFor();
    await expect.poll(() => map.locator('canvas').count()).toBeGreaterThan(0);
  });

  it('shows traditional characters, data content included, in zh-TW', async () => {
    const p = await openPage();
    await p.goto(stack.baseUrl);
    await p.getByTestId('home-hero').waitFor();
    await p.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => p.getByTestId('park-link').allInnerTexts()).toContain('瑞科醫藥健康產業園');
    expect(await p.locator('html').getAttribute('lang')).toBe('zh-TW');
    // The choice survives a reload.
    await p.reload();
    await expect.poll(() => p.getByTestId('park-link').allInnerTexts()).toContain('金山醫藥產業園');
  });

  it('switches to English', async () => {
    const p = await openPage();
    await p.goto(stack.baseUrl);
    await p.getByTestId('home-hero').waitFor();
    await p.getByTestId('lang-option-en').click();
    await expect
      .poll(() => p.getByTestId('park-link').allInnerTexts())
      .toContain('Ruike Medicine & Health Industrial Park');
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
  });

  it('has no serious or critical accessibility violations', async () => {
    const p = await openPage();
    await p.goto(stack.baseUrl);
    await p.getByTestId('home-hero').waitFor();
    await p.getByTestId('park-link').first().waitFor();
    expect(await seriousViolations(p)).toEqual([]);
  });
});

describe('park page', () => {
  it('shows the park, its figures and its units, accessibly', async () => {
    const p = await openPage();
    await p.goto(stack.baseUrl);
    await p.getByTestId('park-link').filter({ hasText: '金山医药产业园' }).first().click();
    await expect.poll(() => p.getByTestId('park-title').innerText()).toContain('金山医药产业园');
    await p.getByTestId('units-table').waitFor();
    expect(await p.getByTestId('units-table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await p.content()).toContain('45,000');
    expect(await seriousViolations(p)).toEqual([]);
  });

  it('is reachable directly by URL', async () => {
    const p = await openPage();
    const res = await fetch(`${stack.baseUrl}/api/parks?q=${encodeURIComponent('瑞科')}`);
    const { items } = (await res.json()) as { items: { id: number }[] };
    await p.goto(`${stack.baseUrl}/parks/${items[0]!.id}`);
    await expect.poll(() => p.getByTestId('park-title').innerText()).toContain('瑞科医药健康产业园');
  });
});

describe('login', () => {
  it('signs an officer in and out', async () => {
    const p = await openPage();
    await p.goto(`${stack.baseUrl}/login`);
    const form = p.getByTestId('login-form');
    await form.waitFor();
    expect(await seriousViolations(p)).toEqual([]);
    await form.getByLabel(/邮箱/).fill('e2e.officer@test.medzone.local');
    await form.getByLabel(/密码/).fill(E2E_PASSWORD);
    await form.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => p.getByTestId('current-user').innerText()).toContain('测试专员');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'mz_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    // Sign-out is a POST with the session cookie: it only works if the client sends the CSRF token.
    await p.getByTestId('logout-button').click();
    await p.getByTestId('login-link').waitFor();
    expect(await p.getByTestId('current-user').count()).toBe(0);
    const after = await fetch(`${stack.baseUrl}/api/auth/me`, {
      headers: { cookie: `mz_session=${cookies.find((c) => c.name === 'mz_session')!.value}` },
    });
    expect(((await after.json()) as { user: unknown }).user).toBeNull();
  });

  it('says so when the password is wrong', async () => {
    const p = await openPage();
    await p.goto(`${stack.baseUrl}/login`);
    const form = p.getByTestId('login-form');
    await form.waitFor();
    await form.getByLabel(/邮箱/).fill('e2e.officer@test.medzone.local');
    await form.getByLabel(/密码/).fill('wrong password');
    await form.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => p.getByText('邮箱或密码不正确').count()).toBeGreaterThan(0);
    expect(await p.getByTestId('current-user').count()).toBe(0);
  });
});
