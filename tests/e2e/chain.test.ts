import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseMetrics, enterprises } from '../../src/modules/enterprises/tables.js';
import { parks } from '../../src/modules/space/tables.js';
import { refreshTargetScores } from '../../src/modules/targets/index.js';
import {
  browserPages,
  E2E_OFFICER_EMAIL,
  type Stack,
  seriousViolations,
  signIn,
  startStackWithAdmin,
} from './browser.js';

const ADMIN_EMAIL = 'e2e.chain.admin@test.medzone.local';
const LINK = 'diagnostics';
const DIRECTION = 'specialty_medical_devices';
const RUN = Date.now().toString(36);
const TARGET_NAMES = ['甲', '乙', '丙'].map((n) => `诊断目标${n}${RUN}有限公司`);

let stack: Stack;

beforeAll(async () => {
  stack = await startStackWithAdmin({ email: ADMIN_EMAIL, displayName: '产业链管理员' }, DIRECTION);
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** Two settled diagnostics firms (fewer than three: a gap) and three targets there with growing revenue. */
async function diagnosticsLink() {
  const { db } = stack.database;
  const [park] = await db.select().from(parks).limit(1);
  const settled = await db
    .insert(enterprises)
    .values(
      ['一', '二'].map((n) => ({
        nameZh: `区内诊断企业${n}${RUN}`,
        status: 'settled' as const,
        parkId: park!.id,
        chainLinkCode: LINK,
        directionCode: DIRECTION,
        source: 'test',
      })),
    )
    .returning({ id: enterprises.id });
  const targets = await db
    .insert(enterprises)
    .values(
      TARGET_NAMES.map((nameZh, i) => ({
        nameZh,
        status: 'target' as const,
        chainLinkCode: LINK,
        directionCode: DIRECTION,
        isTaiwanFunded: i === 0,
        source: 'test',
      })),
    )
    .returning({ id: enterprises.id });
  await db.insert(enterpriseMetrics).values(
    [...settled, ...targets].flatMap(({ id }, i) => [
      { enterpriseId: id, year: 2024, operatingRevenueYuan: '10000000.00', source: 'test' },
      { enterpriseId: id, year: 2025, operatingRevenueYuan: `${11000000 + i * 1000000}.00`, source: 'test' },
    ]),
  );
  await refreshTargetScores(db);
}

async function openChain(page: Page) {
  await page.goto(`${stack.baseUrl}/login?redirect=/workbench/chain`);
  await signIn(page, E2E_OFFICER_EMAIL);
  await page.getByTestId('chain-page').waitFor();
  await page.getByTestId('chain-table').waitFor();
}

describe('the chain map', () => {
  it('marks gaps on the demo data, in zh-CN and zh-TW, without serious accessibility violations', async () => {
    const page = await pages.open();
    await openChain(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('产业链图谱');
    const gapRows = page.locator('.chain-gap-row');
    expect(await gapRows.count()).toBeGreaterThan(0);
    // Gaps are marked in words, not colour alone.
    expect(await gapRows.first().innerText()).toContain('⚠ 缺链');
    expect(await page.getByTestId('chain-legend').innerText()).toContain('缺链');
    expect(await seriousViolations(page)).toEqual([]);
    // The demo data has targets outside the zone at its gaps (CRO/CDMO among them), scored with breakdowns.
    const demoGap = await page.request.get(`${stack.baseUrl}/api/targets?chainLinkCode=cro_cdmo&limit=10`);
    expect(demoGap.status()).toBe(200);
    const ranked = (await demoGap.json()) as { items: { nameZh: string; breakdown: unknown[] }[] };
    expect(ranked.items.length).toBeGreaterThanOrEqual(3);
    expect(ranked.items.every((t) => t.nameZh.includes('演示目标') && t.breakdown.length === 6)).toBe(true);

    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('產業鏈圖譜');
    expect(await gapRows.first().innerText()).toContain('⚠ 缺鏈');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a gap: the zone’s enterprises there and ranked targets with their breakdowns', async () => {
    await diagnosticsLink();
    const page = await pages.open();
    await openChain(page);
    await page.getByTestId(`chain-row-${LINK}`).click();
    const panel = page.getByTestId('chain-panel');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('缺链');
    await expect.poll(() => page.getByTestId('chain-in-zone').innerText()).toContain(`区内诊断企业一${RUN}`);
    expect(await page.getByTestId('chain-registry-link').getAttribute('href')).toBe(
      `/workbench/enterprises?chainLinkCode=${LINK}&status=settled`,
    );
    const targets = page.getByTestId('chain-target');
    await expect.poll(() => targets.count()).toBe(3);
    const first = await targets.first().innerText();
    expect(first).toContain('补链');
    expect(first).toMatch(/营收增长：[\d.]+ 分/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('targets into leads', () => {
  it('turns three targets into three leads from /workbench/targets', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/workbench/targets?chainLinkCode=${LINK}`);
    await signIn(page, E2E_OFFICER_EMAIL);
    const table = page.getByTestId('targets-table');
    await table.waitFor();
    for (const name of TARGET_NAMES) {
      const row = table.locator('tr', { hasText: name });
      await row.waitFor();
      await row.locator('input[type="checkbox"]').check();
    }
    await page.getByTestId('targets-add-to-list-new-name').fill(`诊断补链${RUN}`);
    await page.getByTestId('targets-add-to-list-button').click();
    await page.locator('.ant-message-notice').first().waitFor();

    await page.getByTestId('targets-list-select').click();
    await page.locator('.ant-select-item-option', { hasText: `诊断补链${RUN}` }).click();
    const panel = page.getByTestId('target-list-panel');
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(3);
    await page.getByTestId('turn-into-leads').click();
    const result = page.getByTestId('leads-result');
    await result.waitFor();
    await expect.poll(() => result.getByTestId('created-lead').count()).toBe(3);
    expect(await result.innerText()).toContain('按产业方向分配');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${stack.baseUrl}/workbench/leads`);
    const leadsTable = page.getByTestId('leads-page');
    for (const name of TARGET_NAMES) await expect.poll(() => leadsTable.innerText()).toContain(name);
    // Nobody to reveal on such a lead: it says so, and leads to the target enterprise instead.
    await leadsTable
      .locator('tr', { hasText: TARGET_NAMES[0]! })
      .locator('a[data-testid^="leads-link-"]')
      .click();
    const noContact = page.getByTestId('lead-no-contact');
    await noContact.waitFor();
    expect(await noContact.innerText()).toContain('尚无联系人');
    expect(await page.getByTestId('lead-reveal').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
