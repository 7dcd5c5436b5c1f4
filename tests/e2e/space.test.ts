import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/core/audit/tables.js';
import { createUser } from '../../src/modules/identity/index.js';
import {
  browserPages,
  chooseOption,
  E2E_PASSWORD,
  type Stack,
  seriousViolations,
  signIn,
  startStack,
} from './browser.js';

const MANAGER_EMAIL = 'e2e.manager@test.medzone.local';

let stack: Stack;
let park: { id: number; nameZh: string };
let managerId: number;

type SearchItem = {
  id: number;
  code: string;
  use: string;
  areaM2: string;
  status: string;
  rentYuanPerM2Month: string | null;
  park: { id: number };
};
type SearchAnswer = { items: SearchItem[]; total: number };

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${stack.baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  stack = await startStack();
  // A park manager for one demo park, created the way browser.ts creates the officer.
  const parks = await api<{ items: { id: number; nameZh: string }[] }>(
    `/api/parks?q=${encodeURIComponent('瑞科')}`,
  );
  park = parks.items[0]!;
  const created = await createUser(
    stack.database.db,
    {
      email: MANAGER_EMAIL,
      role: 'park_manager',
      parkIds: [park.id],
      password: E2E_PASSWORD,
      displayName: '测试园区负责人',
    },
    'system',
  );
  managerId = created.principal.userId;
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);
const openPage = () => pages.open();

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** Picks an option of the antd Select with this test id. */
function chooseIn(page: Page, select: string, option: string): Promise<void> {
  return chooseOption(page, page.getByTestId(select), option);
}

/** The results' total as the page states it, once the page's request has come back. */
async function shownTotal(page: Page): Promise<number | null> {
  const total = await page.getByTestId('space-total').getAttribute('data-total');
  const busy = await page.getByTestId('space-results').getAttribute('aria-busy');
  return total && busy !== 'true' ? Number(total) : null;
}

describe('workbench → search → audit', () => {
  it('a park manager reserves a unit and changes its rent; the public search shows it; the audit log has both', async () => {
    const { items } = await api<SearchAnswer>(
      `/api/units?park=${park.id}&status=available&dealType=lease&minPrice=1&limit=1`,
    );
    const unit = items[0]!;
    const oldRent = unit.rentYuanPerM2Month!;
    const newRent = (Number(oldRent) + 7.5).toFixed(2);

    const page = await openPage();
    await page.goto(`${stack.baseUrl}/login`);
    await signIn(page, MANAGER_EMAIL);
    await page.getByTestId('workbench-link').click();
    await page.getByTestId('workbench').waitFor();
    // A park manager works on their own park only.
    await expect.poll(() => page.getByTestId('parks-overview').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('workbench-park-select').innerText()).toContain(park.nameZh);

    const row = page.getByTestId(`unit-row-${unit.id}`);
    await row.waitFor();

    // Leased without a tenant: the API refuses it and its field message appears in the row.
    await chooseIn(page, `unit-status-${unit.id}`, '已出租');
    await page.getByTestId(`unit-save-${unit.id}`).click();
    await expect.poll(() => row.innerText()).toContain('已租单元必须指定承租企业');

    // A status that needs no tenant clears the message at once.
    await chooseIn(page, `unit-status-${unit.id}`, '已预订');
    await expect.poll(() => row.innerText()).not.toContain('已租单元必须指定承租企业');
    await page.getByTestId(`unit-price-${unit.id}`).fill(newRent);
    await page.getByTestId(`unit-save-${unit.id}`).click();
    // Saved: confirmed once the park has been fetched again; the row then has nothing left to save.
    await page.locator('.ant-message').getByText('已保存').waitFor();
    await expect.poll(() => page.getByTestId(`unit-save-${unit.id}`).isDisabled()).toBe(true);
    expect(await page.getByTestId(`unit-status-${unit.id}`).innerText()).toContain('已预订');

    // Anyone, not signed in, now finds the unit as reserved at the new rent.
    const anonymous = await openPage();
    await anonymous.goto(`${stack.baseUrl}/space?park=${park.id}&status=reserved`);
    const result = anonymous.getByTestId('space-results').locator(`tr[data-row-key="${unit.id}"]`);
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain(unit.code);
    expect(text).toContain('已预订');
    expect(text).toContain(`${Number(newRent)} 元/m²·月`);
    expect(await anonymous.getByTestId('current-user').count()).toBe(0);

    // One audit entry: the refused attempt wrote nothing.
    const entries = await stack.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unit.update'), eq(auditLog.entityId, String(unit.id))));
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ actorUserId: managerId, actorRole: 'park_manager', entityType: 'unit' });
    expect(entry!.before).toMatchObject({ status: 'available', rentYuanPerM2Month: oldRent });
    expect(entry!.after).toMatchObject({ status: 'reserved', rentYuanPerM2Month: newRent });
  });
});

describe('park page', () => {
  it('says when and by whom the park was last updated, where it lies and how full it is', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/parks/${park.id}`);
    await expect.poll(() => page.getByTestId('park-title').innerText()).toContain(park.nameZh);
    // The workbench test above saved a unit of this park as the manager.
    expect(await page.getByTestId('park-updated').innerText()).toContain('由测试园区负责人更新');
    expect(await page.getByTestId('occupancy-rate').innerText()).toMatch(/^\d+(\.\d)?%$/);
    expect(await page.getByTestId('location-approximate').innerText()).toContain('近似位置');
    await expect
      .poll(() => page.getByTestId('park-location-map').locator('canvas').count())
      .toBeGreaterThan(0);
    expect(await page.getByTestId('units-table').locator('tbody tr').count()).toBeGreaterThan(0);
  });
});

describe('space search', () => {
  it('filters by the URL, and the total matches GET /api/units', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/space?use=gmp_production&minArea=500`);
    const expected = await api<SearchAnswer>('/api/units?use=gmp_production&minArea=500&limit=200');
    expect(expected.total).toBeGreaterThan(0);
    await expect.poll(() => shownTotal(page)).toBe(expected.total);

    const rows = page.getByTestId('space-results').locator('tbody tr[data-row-key]');
    expect(await rows.count()).toBe(Math.min(expected.total, 20));
    const shownIds = (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')))).map(
      Number,
    );
    const matching = new Map(expected.items.map((item) => [item.id, item]));
    for (const id of shownIds) {
      const item = matching.get(id);
      expect(item, `unit ${id} is not in the API's answer`).toBeDefined();
      expect(item!.use).toBe('gmp_production');
      expect(Number(item!.areaM2)).toBeGreaterThanOrEqual(500);
    }
    for (const use of await rows.locator('td:nth-child(4)').allInnerTexts()) expect(use).toBe('GMP 生产厂房');

    // The controls show the URL's filters, found by their labels.
    const filters = page.getByTestId('space-filters');
    expect(await filters.getByLabel(/GMP 生产厂房/).isChecked()).toBe(true);
    expect(await filters.getByLabel('最小面积（m²）').inputValue()).toBe('500');
    const exportHref = await page.getByTestId('space-export-link').getAttribute('href');
    expect(exportHref).toMatch(/^\/api\/units\/export\.xlsx\?/);
    expect(new URLSearchParams(exportHref!.split('?')[1]).get('use')).toBe('gmp_production');
    expect(new URLSearchParams(exportHref!.split('?')[1]).get('minArea')).toBe('500');
  });

  it('puts a filter chosen on the page into the URL, and the back button undoes it', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/space?use=gmp_production`);
    const before = await api<SearchAnswer>('/api/units?use=gmp_production&limit=1');
    await expect.poll(() => shownTotal(page)).toBe(before.total);

    await page
      .getByTestId('space-filters')
      .getByLabel(/可租售/)
      .check();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('available');
    const after = await api<SearchAnswer>('/api/units?use=gmp_production&status=available&limit=1');
    await expect.poll(() => shownTotal(page)).toBe(after.total);
    const href = await page.getByTestId('space-export-link').getAttribute('href');
    expect(href).toContain('status=available');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBeNull();
    await expect.poll(() => shownTotal(page)).toBe(before.total);
    expect(
      await page
        .getByTestId('space-filters')
        .getByLabel(/可租售/)
        .isChecked(),
    ).toBe(false);
  });

  it('is reachable from the header', async () => {
    const page = await openPage();
    await page.goto(stack.baseUrl);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '找空间' }).click();
    await page.getByTestId('space-results').waitFor();
    expect(new URL(page.url()).pathname).toBe('/space');
  });
});

describe('accessibility', () => {
  it('/space has no serious or critical violations', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/space`);
    await expect.poll(() => shownTotal(page)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('/workbench has no serious or critical violations (reached through sign-in)', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/workbench`);
    // Signed out: sent to sign in first, then back to the workbench.
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, MANAGER_EMAIL);
    await page.getByTestId('workbench').waitFor();
    expect(new URL(page.url()).pathname).toBe('/workbench');
    await page.getByTestId('units-editor').locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
