import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/modules/identity/index.js';
import {
  apiLogin,
  browserPages,
  E2E_OFFICER_EMAIL,
  E2E_PASSWORD,
  e2eOfficerCovers,
  type Stack,
  seriousViolations,
  signIn,
  startStack,
  submitLeadByApi,
} from './browser.js';

const OFFICER_EMAIL = E2E_OFFICER_EMAIL;
const ADMIN_EMAIL = 'e2e.leads.admin@test.medzone.local';
const RUN = Date.now().toString(36);
const DIRECTION = 'high_quality_medicine';

let stack: Stack;
let otherOfficerId: number;

beforeAll(async () => {
  stack = await startStack();
  await createUser(
    stack.database.db,
    { email: ADMIN_EMAIL, role: 'admin', parkIds: [], password: E2E_PASSWORD, displayName: '线索管理员' },
    'system',
  );
  const other = await createUser(
    stack.database.db,
    {
      email: 'e2e.leads.other@test.medzone.local',
      role: 'officer',
      parkIds: [],
      password: E2E_PASSWORD,
      displayName: '另一位专员',
    },
    'system',
  );
  otherOfficerId = other.principal.userId;
  // The test officer alone covers the direction the test leads name: new leads naming it are theirs.
  await e2eOfficerCovers(stack, ADMIN_EMAIL, DIRECTION);
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

function submitLead(companyName: string): Promise<string> {
  return submitLeadByApi(stack, { companyName, direction: DIRECTION, areaM2: 1200, investmentWan: 30000 });
}

const searchParams = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('leads table and lead page', () => {
  it('an officer finds their lead, reveals the contact, logs a visit, and the lead becomes contacted', async () => {
    const company = `台湾 E2E 生技股份有限公司 ${RUN}`;
    const reference = await submitLead(company);

    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/leads`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, OFFICER_EMAIL);
    await page.getByTestId('leads-table').waitFor();
    expect(await page.getByTestId('leads-link').getAttribute('href')).toBe('/workbench/leads');

    // "My overdue" keeps both filters in the URL; the new lead is not overdue yet.
    await page.getByTestId('leads-my-overdue').click();
    await expect.poll(() => searchParams(page)).toEqual({ mine: 'true', overdue: 'true' });
    await page.getByTestId('leads-clear').click();
    await expect.poll(() => searchParams(page)).toEqual({});

    // Mine only: the lead is this officer's, new, its amount in 亿元.
    await page.locator('#leads-mine').click();
    await expect.poll(() => searchParams(page)).toEqual({ mine: 'true' });
    const row = page.getByTestId(`leads-row-${reference}`);
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells).toContain(company);
    expect(cells).toContain('新线索');
    expect(cells).toContain('3.00 亿元');
    expect(cells).toContain('测试专员');
    expect(await seriousViolations(page)).toEqual([]);

    // The row opens the lead; the phone is masked until asked for, and the view is logged.
    await row.locator('td').nth(1).click();
    await page.getByTestId('lead-page').waitFor();
    expect(await page.getByTestId('lead-company').innerText()).toBe(company);
    expect(await page.getByTestId('lead-status').innerText()).toBe('新线索');
    const phone = page.getByTestId('lead-phone');
    expect(await phone.innerText()).toContain('****');
    expect(await page.getByTestId('lead-contact').innerText()).toContain('查看完整联系方式会被记录');
    await page.getByTestId('lead-reveal').click();
    await page.getByTestId('lead-contact-full').waitFor();
    expect(await phone.innerText()).toBe('+886912345678');
    await page.getByTestId('timeline-contact_revealed').waitFor();

    // A visit with two attendees.
    const form = page.getByTestId('follow-up-form');
    await page.getByTestId('follow-up-kind').click();
    const visit = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) [title="走访"]');
    await visit.click();
    await visit.waitFor({ state: 'hidden' });
    const summary = `实地走访厂房，企业关注洁净车间 ${RUN}`;
    await form.getByLabel('跟进情况').fill(summary);
    await form.getByLabel('参与人').fill('王经理、李博士');
    await form.getByLabel('下一步', { exact: true }).fill('发送园区政策材料');
    await page.getByTestId('follow-up-submit').click();

    await expect.poll(() => page.getByTestId('lead-status').innerText()).toBe('已联系');
    const log = page.getByTestId('follow-up-log');
    await log.waitFor();
    const entry = log.locator('[data-testid^="follow-up-"]', { hasText: summary }).first();
    expect(await entry.innerText()).toContain('走访');
    expect(await entry.innerText()).toContain('王经理、李博士');
    expect(await entry.innerText()).toContain('发送园区政策材料');
    const timeline = page.getByTestId('lead-timeline');
    await timeline.getByTestId('timeline-follow_up').waitFor();
    expect(await timeline.innerText()).toContain('记录了跟进');
    expect(await timeline.innerText()).toContain('查看了联系方式');
    // Once contacted it can still be made a project.
    await page.getByTestId('lead-qualify').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Back in the table, the lead shows as contacted.
    await page.locator('.breadcrumb').getByRole('link', { name: '需求线索' }).click();
    await page.getByTestId('leads-table').waitFor();
    await expect
      .poll(async () =>
        (await page.getByTestId(`leads-row-${reference}`).locator('td').allInnerTexts()).join('|'),
      )
      .toContain('已联系');
  });

  it('links to the leads from the board and explains why another officer’s lead’s contact is refused', async () => {
    const reference = await submitLead(`E2E 医疗器械有限公司 ${RUN}`);
    const admin = await apiLogin(stack, ADMIN_EMAIL);
    const list = (await (await admin.send('GET', '/api/leads?limit=100')).json()) as {
      items: { id: number; reference: string }[];
    };
    const lead = list.items.find((item) => item.reference === reference);
    expect(lead).toBeDefined();
    const assigned = await admin.send('POST', `/api/leads/${lead?.id}/assign`, { officerId: otherOfficerId });
    expect(assigned.status).toBe(204);

    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/pipeline`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, OFFICER_EMAIL);
    await page.getByTestId('pipeline-leads-link').click();
    await page.getByTestId('leads-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/workbench/leads');

    // The other officer's lead: the contact is refused, and the page says why.
    await page.getByTestId(`leads-link-${reference}`).click();
    await page.getByTestId('lead-page').waitFor();
    expect(await page.getByTestId('lead-deadline').innerText()).toContain('另一位专员');
    await page.getByTestId('lead-reveal').click();
    const refusal = page.getByTestId('lead-reveal-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('只有该线索的负责人与管理员可以查看完整联系方式');
    expect(await page.getByTestId('lead-phone').innerText()).toContain('****');
  });

  it('an officer closes a lead with a reason, sees why on the lead and its timeline, and reopens it', async () => {
    const reference = await submitLead(`E2E 关闭线索有限公司 ${RUN}`);
    const officer = await apiLogin(stack, OFFICER_EMAIL);
    const list = (await (await officer.send('GET', '/api/leads?mine=true&limit=100')).json()) as {
      items: { id: number; reference: string }[];
    };
    const lead = list.items.find((item) => item.reference === reference);
    expect(lead).toBeDefined();

    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/leads/${lead?.id}`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, OFFICER_EMAIL);
    await page.getByTestId('lead-page').waitFor();
    await page.getByTestId('lead-close').click();
    const form = page.getByTestId('close-lead-form');
    await form.waitFor();
    // Checked before the select opens: antd's hidden option list for screen readers has no name of its own.
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('close-lead-reason').click();
    await page.locator('.ant-select-item-option', { hasText: '暂无合适空间' }).click();
    await form.locator('textarea').fill('需要甲类仓库 3000 平方米');
    await page
      .getByRole('button', { name: '关 闭' })
      .or(page.getByRole('button', { name: '关闭' }))
      .last()
      .click();

    const notice = page.getByTestId('lead-closed');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('暂无合适空间');
    expect(await notice.innerText()).toContain('需要甲类仓库 3000 平方米');
    expect(await page.getByTestId('lead-status').innerText()).toContain('已关闭');
    await page.getByTestId('lead-timeline').getByTestId('timeline-closed').waitFor();
    expect(await page.getByTestId('lead-qualify').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('lead-reopen').click();
    await page.getByTestId('lead-qualify').waitFor();
    expect(await page.getByTestId('lead-closed').count()).toBe(0);
    await page.getByTestId('lead-timeline').getByTestId('timeline-reopened').waitFor();
  });
});
