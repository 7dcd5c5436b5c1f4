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
/** In every enterprise name of this file: searching for it leaves the demo enterprises out. */
const TOKEN = `名录E2E${RUN}`;

let stack: Stack;
const ids = { settled: 0, target: 0 };

async function send(officer: ApiSession, method: string, url: string, body: unknown, expected: number) {
  const res = await officer.send(method, url, body);
  if (res.status !== expected) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : ((await res.json()) as { id: number });
}

beforeAll(async () => {
  stack = await startStack();
  const officer = await apiLogin(stack, E2E_OFFICER_EMAIL);
  const parks = (await (await officer.send('GET', '/api/parks?limit=200')).json()) as {
    items: { id: number; code: string }[];
  };
  const ruike = parks.items.find((p) => p.code === 'ruike')!.id;
  ids.settled = (await send(
    officer,
    'POST',
    '/api/registry/enterprises',
    {
      nameZh: `福州${TOKEN}生物医药有限公司`,
      status: 'settled',
      parkId: ruike,
      industryCode: 'C2762',
      directionCode: 'high_quality_medicine',
      settledOn: '2022-04-01',
      isHighTech: true,
      source: '园区登记',
    },
    201,
  ))!.id;
  ids.target = (await send(
    officer,
    'POST',
    '/api/registry/enterprises',
    { nameZh: `厦门${TOKEN}医疗器械有限公司`, status: 'target', source: '公开资料' },
    201,
  ))!.id;
  await send(
    officer,
    'PUT',
    `/api/registry/enterprises/${ids.settled}/metrics/2024`,
    { operatingRevenueWan: '12345.67', taxWan: '500', source: '2024 年统计年报' },
    200,
  );
  await send(
    officer,
    'POST',
    `/api/registry/enterprises/${ids.settled}/milestones`,
    {
      kind: 'approval',
      title: '一类创新药获批上市',
      quantity: 1,
      occurredOn: '2023-09-15',
      source: '国家药监局公告',
    },
    201,
  );
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

const rowIds = (page: Page) => idsByTestId(page, 'registry-link-');

describe('enterprise registry', () => {
  it('an officer opens the settled firms from a link, filters, and reads an enterprise’s sourced timeline', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/enterprises?status=settled`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, E2E_OFFICER_EMAIL);
    await page.getByTestId('registry-table').waitFor();
    expect(searchParamsOf(page)).toMatchObject({ status: 'settled' });
    expect(await page.getByTestId('registry-link').getAttribute('href')).toBe('/workbench/enterprises');

    // antd puts the test id on the search box's wrapper.
    const q = page.locator('[data-testid="registry-q"] input, input[data-testid="registry-q"]').first();
    await q.fill(TOKEN);
    await q.press('Enter');
    await expect.poll(() => searchParamsOf(page)).toEqual({ status: 'settled', q: TOKEN });
    await expect.poll(() => rowIds(page)).toEqual([ids.settled]);
    const row = await page
      .locator('tr', { has: page.getByTestId(`registry-link-${ids.settled}`) })
      .innerText();
    expect(row).toContain('12,345.67');
    expect(row).toContain('2024 年统计年报');
    expect(await seriousViolations(page)).toEqual([]);

    // The export carries the same filters.
    const href = (await page.getByTestId('registry-export').getAttribute('href')) ?? '';
    const exportUrl = new URL(href, stack.baseUrl);
    expect(exportUrl.pathname).toBe('/api/registry/export.xlsx');
    expect(Object.fromEntries(exportUrl.searchParams)).toMatchObject({ status: 'settled', q: TOKEN });
    const file = await page.request.get(exportUrl.toString());
    expect(file.status()).toBe(200);

    await page.getByTestId(`registry-link-${ids.settled}`).click();
    await page.getByTestId('enterprise-timeline').waitFor();
    const timeline = page.getByTestId('enterprise-timeline');
    expect(await timeline.getByTestId('timeline-settled').innerText()).toContain('2022-04-01');
    const milestone = await timeline.getByTestId('timeline-milestone').innerText();
    expect(milestone).toContain('一类创新药获批上市');
    expect(milestone).toContain('国家药监局公告');
    const figures = await timeline.getByTestId('timeline-metrics').innerText();
    expect(figures).toContain('2024 年度数据');
    expect(figures).toContain('2024 年统计年报');
    await page.getByTestId('enterprise-edit').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reads in traditional Chinese with no serious accessibility violations', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/enterprises?q=${encodeURIComponent(TOKEN)}`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, E2E_OFFICER_EMAIL);
    await page.getByTestId('registry-table').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    await page.getByRole('heading', { name: '企業名錄' }).waitFor();
    await expect.poll(() => rowIds(page).then((r) => r.sort())).toEqual([ids.settled, ids.target].sort());
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${stack.baseUrl}/enterprises/${ids.settled}`);
    await page.getByTestId('enterprise-timeline').waitFor();
    await page.getByRole('heading', { name: '發展歷程' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
