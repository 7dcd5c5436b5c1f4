import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  apiLogin,
  browserPages,
  chooseOption,
  E2E_OFFICER_EMAIL,
  type Stack,
  seriousViolations,
  signIn,
  startStackWithAdmin,
} from './browser.js';

const ADMIN_EMAIL = 'e2e.match.admin@test.medzone.local';
const DIRECTION = 'high_quality_medicine';

let stack: Stack;

beforeAll(async () => {
  stack = await startStackWithAdmin({ email: ADMIN_EMAIL, displayName: '匹配管理员' }, DIRECTION);
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** Picks an option of the antd select of this form field. */
function choose(page: Page, field: string, option: string): Promise<void> {
  return chooseOption(page, page.locator(`#${field}`), option);
}

/** GMP production space of 300–2,400 m² (the demo units' range), submitted. */
async function fillDemand(page: Page, use: string) {
  const form = page.getByTestId('match-form');
  await form.waitFor();
  await choose(page, 'match_use', use);
  await page.locator('#match_areaMin').fill('300');
  await page.locator('#match_areaMax').fill('2400');
  await page.getByTestId('match-submit').click();
  await page.getByTestId('match-results').waitFor();
}

/** The scores of the ranked units, top to bottom. */
async function scores(page: Page): Promise<number[]> {
  return (await page.getByTestId('match-score').allInnerTexts()).map(Number);
}

describe('space matching (需求匹配)', () => {
  it('ranks units for a visitor in zh-CN, each with the breakdown of its score', async () => {
    const page = await pages.open();
    await page.goto(stack.baseUrl);
    await page.getByTestId('nav-match').click();
    await page.getByTestId('match-form').waitFor();
    expect(new URL(page.url()).pathname).toBe('/match');
    expect(await page.locator('h1').innerText()).toBe('需求匹配');

    await fillDemand(page, 'GMP 生产厂房');
    expect(await page.getByTestId('match-summary').innerText()).toMatch(/符合全部硬性条件的单元共 [\d,]+ 个/);
    const ranked = await scores(page);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    expect(await page.getByTestId('match-excluded').innerText()).toContain('用途：');

    await page.getByTestId('match-expand').first().click();
    const breakdown = page.getByTestId('match-breakdown').first();
    await breakdown.waitFor();
    const text = await breakdown.innerText();
    expect(text).toContain('面积契合');
    expect(text).toMatch(/面积 [\d,.]+ m²，需求 300–2,400 m²/);
    // The breakdown's points add up to the score in the ranking.
    expect(Number(await breakdown.getByTestId('match-breakdown-total').innerText())).toBe(ranked[0]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('renders the page and its answer in traditional characters for zh-TW', async () => {
    const page = await pages.open();
    await page.goto(stack.baseUrl);
    await page.getByTestId('lang-option-zh-TW').click();
    await page.getByTestId('nav-match').click();
    await page.getByTestId('match-form').waitFor();
    expect(await page.locator('h1').innerText()).toBe('需求媒合');
    expect(await page.getByTestId('match-submit').innerText()).toMatch(/開始媒合|開 始 媒 合/);

    await fillDemand(page, 'GMP 生產廠房');
    expect(await page.getByTestId('match-summary').innerText()).toContain('符合全部硬性條件');
    await page.getByTestId('match-expand').first().click();
    // The server's lines are simplified Chinese: they are converted like data (面积 → 面積).
    await expect.poll(() => page.getByTestId('match-breakdown').first().innerText()).toContain('面積契合');
    expect(await page.getByTestId('match-breakdown').first().innerText()).not.toContain('面积');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets the lead’s officer match space from the lead, prefilled, and keeps it with the lead', async () => {
    const res = await fetch(`${stack.baseUrl}/api/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify({
        companyName: '福州匹配演示药业有限公司',
        contactName: '陈先生',
        phone: '13391219793',
        direction: DIRECTION,
        intendedUse: 'gmp_production',
        areaM2: 1000,
        consent: true,
      }),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const admin = await apiLogin(stack, ADMIN_EMAIL);
    const list = (await (await admin.send('GET', '/api/leads?limit=200')).json()) as {
      items: { id: number; reference: string }[];
    };
    const lead = list.items.find((item) => item.reference === reference)!;

    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/leads/${lead.id}`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, E2E_OFFICER_EMAIL);
    const section = page.getByTestId('lead-matches');
    await section.waitFor();
    expect(await section.innerText()).toContain('尚未为此线索匹配空间');
    await page.getByTestId('lead-match-open').click();
    const form = page.getByTestId('lead-match-form');
    await form.waitFor();
    // Prefilled from the lead: its area ± 20 %.
    expect(await page.locator('#lead-match_areaMin').inputValue()).toBe('800');
    expect(await page.locator('#lead-match_areaMax').inputValue()).toBe('1200');
    await page.getByTestId('lead-match-submit').click();
    await section.getByTestId('lead-match').first().waitFor();
    expect(await section.innerText()).toMatch(/个单元符合条件/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
