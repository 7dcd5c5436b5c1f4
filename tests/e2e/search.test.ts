import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  browserPages,
  E2E_OFFICER_EMAIL,
  type Stack,
  seriousViolations,
  signIn,
  startStack,
  submitLeadByApi,
} from './browser.js';

const RUN = Date.now().toString(36);
const PARK = '瑞科医药健康产业园';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** The answer of GET /api/search for `q`, once the page has asked for it. */
function searchAnswer(page: Page, q: string) {
  return page.waitForResponse((res) => {
    const url = new URL(res.url());
    return url.pathname === '/api/search' && url.searchParams.get('q') === q;
  });
}

/** The type of each result on the results page, from the rows' test ids (search-result-<type>-<id>). */
async function resultTypes(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('search-results')
    .locator('[data-testid^="search-result-"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''));
  return ids.filter((id) => id !== 'search-result-link').map((id) => id.split('-')[2] ?? '');
}

describe('global search', () => {
  it('finds a park from the header box as you type and opens it with the keyboard', async () => {
    const page = await pages.open();
    await page.goto(stack.baseUrl);
    const input = page.getByRole('combobox', { name: '全站搜索' });
    await input.click();
    await input.pressSequentially('瑞科', { delay: 30 });

    // Under the park group, the name with the typed words marked.
    const group = page.getByTestId('global-search-group-park');
    await group.waitFor();
    expect(await group.innerText()).toMatch(/^园区 · \d+/);
    const option = group.getByRole('option').filter({ hasText: PARK });
    await option.waitFor();
    expect(await option.locator('mark').count()).toBeGreaterThan(0);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('global-search-all').innerText()).toBe('查看“瑞科”的全部结果');
    expect(await seriousViolations(page)).toEqual([]);

    // The arrows move through the options (the input keeps the focus); Enter opens the highlighted one.
    const optionId = await option.getAttribute('id');
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('ArrowDown');
      if ((await input.getAttribute('aria-activedescendant')) === optionId) break;
    }
    expect(await input.getAttribute('aria-activedescendant')).toBe(optionId);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/parks\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain(PARK);

    // Escape closes the list; Enter with nothing highlighted opens the results page.
    await input.fill('医药');
    await page.getByTestId('global-search-group-park').waitFor();
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('global-search-popup').isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: '医药' });
    await page.getByTestId('search-results').waitFor();
    expect(await page.getByTestId('search-page-input').inputValue()).toBe('医药');
  });

  it('finds simplified names for a traditional query, counts them by type and filters by type', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/search?q=${encodeURIComponent('醫藥')}`);
    const results = page.getByTestId('search-results');
    await results.waitFor();
    expect(await page.title()).toBe('搜索：醫藥 · MedZone');
    expect(await page.getByTestId('search-page-input').inputValue()).toBe('醫藥');
    // The park itself (its enterprises name it too, in their subtitles).
    const park = results.locator('[data-testid^="search-result-park-"]').filter({ hasText: PARK });
    await park.waitFor();
    expect(await park.locator('mark').count()).toBeGreaterThan(0);
    expect(await park.getByTestId('search-result-link').getAttribute('href')).toMatch(/^\/parks\/\d+$/);
    const parkFacet = await page.getByTestId('search-facet-park').innerText();
    expect(parkFacet).toMatch(/^园区\s+[1-9][\d,]*$/);
    expect(await page.getByTestId('search-total').innerText()).toMatch(/^共 [\d,]+ 条结果$/);
    expect(await page.getByTestId('search-facet-all').getAttribute('aria-current')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    // One type: the URL keeps it, every result is of it, and the total is that type's count.
    await page.getByTestId('search-facet-park').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('park');
    await expect.poll(async () => [...new Set(await resultTypes(page))]).toEqual(['park']);
    const count = parkFacet.replace(/\D/g, '');
    expect(await page.getByTestId('search-total').innerText()).toBe(`共 ${count} 条结果`);
    await page.getByTestId('search-facet-all').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBeNull();

    // zh-TW: the interface in Taiwan wording, the data in traditional characters, marks kept.
    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('搜尋');
    await expect.poll(() => results.innerText()).toContain('瑞科醫藥健康產業園');
    expect(await results.innerText()).not.toContain(PARK);
    expect(await page.getByTestId('search-facet-park').innerText()).toMatch(/^園區\s+[1-9]/);
    expect(await page.getByTestId('search-total').innerText()).toMatch(/^共 [\d,]+ 筆結果$/);
    const tw = results
      .locator('[data-testid^="search-result-park-"]')
      .filter({ hasText: '瑞科醫藥健康產業園' });
    expect(await tw.locator('mark').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds a lead for a signed-in officer but not for a visitor', async () => {
    const company = `岱屿生技 E2E ${RUN}`;
    await submitLeadByApi(stack, { companyName: company, direction: 'high_quality_medicine' });

    // A visitor: the search runs, and no lead comes back, in the box or on the results page.
    const visitor = await pages.open();
    await visitor.goto(stack.baseUrl);
    const answered = searchAnswer(visitor, company);
    await visitor.getByTestId('global-search-input').fill(company);
    const answer = (await (await answered).json()) as {
      facets: { type: string }[];
      items: { type: string }[];
    };
    expect(answer.items.map((item) => item.type)).not.toContain('lead');
    expect(answer.facets.map((facet) => facet.type)).not.toContain('lead');
    await visitor.getByTestId('global-search-all').waitFor();
    expect(await visitor.getByTestId('global-search-group-lead').count()).toBe(0);
    await visitor.keyboard.press('Enter');
    await visitor.waitForURL(/\/search\?/);
    await visitor.locator('[data-testid="search-empty"], [data-testid="search-results"]').first().waitFor();
    expect(await visitor.getByTestId('search-facet-lead').count()).toBe(0);

    // An officer: the lead group, with the company, opening the lead's page.
    const officer = await pages.open();
    await officer.goto(`${stack.baseUrl}/login`);
    await signIn(officer, E2E_OFFICER_EMAIL);
    const input = officer.getByTestId('global-search-input');
    await input.fill(company);
    const group = officer.getByTestId('global-search-group-lead');
    await group.waitFor();
    expect(await group.innerText()).toContain('线索');
    const option = group.getByRole('option').filter({ hasText: company });
    await option.waitFor();
    expect(await seriousViolations(officer)).toEqual([]);
    await option.click();
    await officer.waitForURL(/\/workbench\/leads\/\d+$/);
    await expect.poll(() => officer.getByTestId('lead-company').innerText()).toBe(company);
  });
});
