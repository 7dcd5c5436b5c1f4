import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  apiLogin,
  browserPages,
  E2E_OFFICER_EMAIL,
  idsByTestId,
  type Stack,
  searchParamsOf,
  seriousViolations,
  signIn,
  startStack,
} from './browser.js';

const RUN = Date.now().toString(36);
/** In every project name of this file: searching for it leaves the demo projects out. */
const TOKEN = `表格E2E${RUN}`;

let stack: Stack;
const ids: Record<'medicine' | 'device' | 'signed', number> = { medicine: 0, device: 0, signed: 0 };

async function createProject(officer: ApiSession, body: Record<string, unknown>): Promise<number> {
  const res = await officer.send('POST', '/api/projects', body);
  if (res.status !== 201) throw new Error(`project: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

async function moveProject(officer: ApiSession, id: number, body: Record<string, unknown>): Promise<void> {
  const res = await officer.send('POST', `/api/projects/${id}/stage`, body);
  if (res.status !== 200) throw new Error(`move: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  stack = await startStack();
  const officer = await apiLogin(stack, E2E_OFFICER_EMAIL);
  ids.medicine = await createProject(officer, {
    name: `${TOKEN} 创新药`,
    companyName: `厦门${TOKEN}药业有限公司`,
    direction: 'high_quality_medicine',
    plannedInvestmentWan: 12000,
  });
  ids.device = await createProject(officer, {
    name: `${TOKEN} 器械`,
    companyName: `福州${TOKEN}医疗器械有限公司`,
    plannedInvestmentWan: 3000.5,
  });
  await moveProject(officer, ids.device, { to: 'site_visit' });
  ids.signed = await createProject(officer, {
    name: `${TOKEN} 签约`,
    companyName: `平潭${TOKEN}生物科技有限公司`,
    plannedInvestmentWan: 5000,
  });
  for (const to of ['site_visit', 'negotiating']) await moveProject(officer, ids.signed, { to });
  await moveProject(officer, ids.signed, { to: 'signed', signedAmountWan: 20843, signedOn: '2024-06-18' });
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

const rowIds = (page: Page) => idsByTestId(page, 'projects-row-');

/** Picks an option of an antd select by its text, in the dropdown that is open. */
async function choose(page: Page, select: string, option: string): Promise<void> {
  await page.getByTestId(select).click();
  const item = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) [title="${option}"]`);
  await item.click();
}

describe('projects table', () => {
  it('an officer finds projects by text and stage, with the totals of the matches, and exports them', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/projects`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, E2E_OFFICER_EMAIL);
    await page.getByTestId('projects-table').waitFor();
    expect(await page.getByTestId('projects-link').getAttribute('href')).toBe('/workbench/projects');

    // The text search runs once typing pauses, and is kept in the URL.
    await page.getByTestId('projects-search').fill(TOKEN);
    await expect.poll(() => searchParamsOf(page)).toEqual({ q: TOKEN });
    await expect
      .poll(async () => (await rowIds(page)).sort())
      .toEqual([ids.medicine, ids.device, ids.signed].sort());
    const count = page.getByTestId('projects-summary-count');
    await expect.poll(() => count.getAttribute('data-value')).toBe('3');
    // 12000 + 3000.5 + 5000 planned; 20843 signed: in 万元 and in 亿元.
    expect(await page.getByTestId('projects-summary-planned').innerText()).toBe('20,000.5 万元（2.00 亿元）');
    expect(await page.getByTestId('projects-summary-signed').innerText()).toBe('20,843 万元（2.08 亿元）');
    expect(await page.getByTestId(`projects-stage-${ids.signed}`).innerText()).toBe('已签约');
    const medicineRow = await page.getByTestId(`projects-row-${ids.medicine}`).locator('td').allInnerTexts();
    expect(medicineRow.slice(0, 6)).toEqual([
      `${TOKEN} 创新药`,
      `厦门${TOKEN}药业有限公司`,
      '初步接洽',
      '测试专员',
      '高品质医药',
      '12,000',
    ]);
    // A project without a lead leads to its pipeline's board.
    expect(await page.getByTestId(`projects-link-${ids.device}`).getAttribute('href')).toBe(
      '/workbench/pipeline?pipeline=investment',
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Sorting by planned investment: largest first on the first click, the sort in the URL.
    await page.getByRole('columnheader', { name: /计划投资/ }).click();
    await expect.poll(() => searchParamsOf(page)).toMatchObject({ sort: 'plannedInvestment', order: 'desc' });
    await expect.poll(() => rowIds(page)).toEqual([ids.medicine, ids.signed, ids.device]);

    // A stage of the chosen pipeline: only the project at the site visit, and the totals follow.
    await choose(page, 'projects-pipeline', '招商项目');
    await expect.poll(() => searchParamsOf(page).pipeline).toBe('investment');
    await choose(page, 'projects-stage', '实地考察');
    await page.keyboard.press('Escape');
    await expect.poll(() => searchParamsOf(page).stage).toBe('site_visit');
    await expect.poll(() => rowIds(page)).toEqual([ids.device]);
    await expect.poll(() => count.getAttribute('data-value')).toBe('1');
    expect(await page.getByTestId('projects-summary-planned').innerText()).toBe('3,000.5 万元（0.30 亿元）');

    // The export link carries the same filters; the workbook is there for the session.
    const href = (await page.getByTestId('projects-export').getAttribute('href')) ?? '';
    const exportUrl = new URL(href, stack.baseUrl);
    expect(exportUrl.pathname).toBe('/api/projects/export.xlsx');
    expect(Object.fromEntries(exportUrl.searchParams)).toMatchObject({
      q: TOKEN,
      pipeline: 'investment',
      stage: 'site_visit',
    });
    const file = await page.request.get(exportUrl.toString());
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');

    // The board and the table link to each other.
    await page.getByTestId('projects-board-link').click();
    await page.getByTestId('pipeline-board').waitFor();
    await page.getByTestId('pipeline-table-link').click();
    await page.getByTestId('projects-table').waitFor();
    expect(searchParamsOf(page)).toEqual({ pipeline: 'investment' });
  });

  it('reads in traditional Chinese with no serious accessibility violations', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/projects?q=${encodeURIComponent(TOKEN)}`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, E2E_OFFICER_EMAIL);
    await page.getByTestId('projects-table').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    await page.getByRole('heading', { name: '專案列表' }).waitFor();
    expect(await page.getByTestId('projects-link').innerText()).toBe('專案列表');
    await expect.poll(() => page.getByTestId('projects-summary-count').getAttribute('data-value')).toBe('3');
    await expect
      .poll(() => page.getByTestId('projects-summary-signed').innerText())
      .toBe('20,843 萬元（2.08 億元）');
    await expect.poll(() => page.getByTestId(`projects-stage-${ids.device}`).innerText()).toBe('實地考察');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
