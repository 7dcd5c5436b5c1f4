import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { refreshRollups } from '../../src/modules/analytics/index.js';
import { enterpriseMetrics, enterprises } from '../../src/modules/enterprises/tables.js';
import { createUser } from '../../src/modules/identity/index.js';
import { parks } from '../../src/modules/space/tables.js';
import { browserPages, E2E_PASSWORD, type Stack, seriousViolations, signIn, startStack } from './browser.js';

const OFFICER_EMAIL = 'e2e.dashboard.officer@test.medzone.local';
/** A Fujian firm's 2025 revenue: 300 亿元 of the 1,200 亿元 the plan sets for 2025. */
const YEAR = 2025;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
  const { db } = stack.database;
  await createUser(
    db,
    { email: OFFICER_EMAIL, role: 'officer', parkIds: [], password: E2E_PASSWORD, displayName: '看板专员' },
    'system',
  );
  // The demo's metrics end in 2024 and carry no registered division: one Fujian firm with 2025 figures.
  const [ruike] = await db.select({ id: parks.id }).from(parks).where(eq(parks.code, 'ruike'));
  const [firm] = await db
    .insert(enterprises)
    .values({
      nameZh: '看板测试生物医药有限公司',
      status: 'settled',
      parkId: ruike!.id,
      divisionCode: '350104',
      directionCode: 'high_quality_medicine',
      source: 'e2e',
      isDemo: true,
    })
    .returning({ id: enterprises.id });
  await db.insert(enterpriseMetrics).values({
    enterpriseId: firm!.id,
    year: YEAR,
    operatingRevenueYuan: '30000000000.00',
    source: 'e2e',
    isDemo: true,
  });
  await refreshRollups(db);
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

async function openDashboard(): Promise<Page> {
  const page = await pages.open();
  await page.goto(`${stack.baseUrl}/login?redirect=${encodeURIComponent('/workbench/dashboard')}`);
  await signIn(page, OFFICER_EMAIL);
  await page.getByTestId('dashboard-page').waitFor();
  await page.getByTestId('kpi-fujian-pharma-revenue-2025').waitFor();
  return page;
}

describe('the dashboard against the plan', () => {
  it('shows the revenue against the 1,200 亿元 target with the period, in zh-CN and zh-TW', async () => {
    const page = await openDashboard();
    const card = page.getByTestId('kpi-fujian-pharma-revenue-2025');
    await expect.poll(() => card.textContent()).toContain('全省医药工业营业收入');
    expect(await card.textContent()).toContain('目标 1,200 亿元');
    expect(await page.getByTestId('kpi-actual-fujian-pharma-revenue-2025').textContent()).toBe('300 亿元');
    expect(await page.getByTestId('kpi-period-fujian-pharma-revenue-2025').textContent()).toContain(
      `${YEAR} 年度 · 来源：企业年度指标（含示例数据）`,
    );
    expect(await card.getByRole('progressbar').getAttribute('aria-label')).toContain('25%');
    await page.getByTestId('dashboard-map-chart').waitFor();
    expect(await page.getByTestId('dashboard-map-chart').getAttribute('aria-label')).toContain('福州市');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => card.textContent()).toContain('目標 1,200 億元');
    expect(await page.getByTestId('kpi-actual-fujian-pharma-revenue-2025').textContent()).toBe('300 億元');
    expect(await page.getByTestId('kpi-period-fujian-pharma-revenue-2025').textContent()).toContain(
      `${YEAR} 年度 · 來源：企業年度指標（含示範資料）`,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('links a figure to the registry rows it is computed from', async () => {
    const page = await openDashboard();
    const link = page.getByTestId('kpi-actual-fujian-pharma-revenue-2025');
    expect(await link.getAttribute('href')).toBe(`/workbench/enterprises?divisionCode=350000&year=${YEAR}`);
    const ruike = page.getByTestId('dashboard-parks-table-ruike');
    const parkHref = await ruike.getAttribute('href');
    expect(parkHref).toMatch(
      new RegExp(`^/workbench/enterprises\\?status=settled&parkId=\\d+&year=${YEAR}$`),
    );
    await link.click();
    await page.waitForURL((url) => url.pathname === '/workbench/enterprises');
    // The router writes a number-like string JSON-quoted (divisionCode="350000"): read the values as it does.
    const read = (value: string) => {
      try {
        return String(JSON.parse(value));
      } catch {
        return value;
      }
    };
    const params = Object.fromEntries([...new URL(page.url()).searchParams].map(([k, v]) => [k, read(v)]));
    expect(params).toMatchObject({ divisionCode: '350000', year: String(YEAR) });
    // The registry lists the Fujian firms with figures for the year: the test firm is among them.
    await page.getByText('看板测试生物医药有限公司').first().waitFor({ timeout: 15_000 });
  });

  it('narrows to a direction through the URL and exports the same figures to Excel', async () => {
    const page = await openDashboard();
    await page.goto(`${stack.baseUrl}/workbench/dashboard?directionCode=specialty_medical_devices`);
    await page.getByTestId('dashboard-page').waitFor();
    const ruike = page.getByTestId('dashboard-parks-table-row-ruike');
    await ruike.waitFor();
    // The test firm is of another direction: Ruike's 300 亿元 is not among the devices figures.
    expect(await ruike.textContent()).not.toContain('300 亿元');
    const exportLink = page.getByTestId('dashboard-export');
    expect(await exportLink.getAttribute('href')).toBe(
      '/api/dashboard.xlsx?directionCode=specialty_medical_devices',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^招商数据看板-\d{4}\.xlsx$/);
    expect(await download.failure()).toBeNull();
  });

  it('prints the figures without the header, navigation and buttons', async () => {
    const page = await openDashboard();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: '当前位置' }).isVisible()).toBe(false);
    expect(await page.getByTestId('dashboard-print').isVisible()).toBe(false);
    expect(await page.getByTestId('dashboard-export').isVisible()).toBe(false);
    expect(await page.getByTestId('kpi-fujian-pharma-revenue-2025').isVisible()).toBe(true);
    expect(await page.getByTestId('dashboard-trend').isVisible()).toBe(true);
    // Each section after the first starts a new page.
    const breaks = await page
      .locator('.dashboard-section + .dashboard-section')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks.length).toBeGreaterThan(2);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
  });
});
