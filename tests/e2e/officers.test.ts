import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/modules/identity/index.js';
import {
  type ApiSession,
  apiLogin,
  browserPages,
  E2E_OFFICER_EMAIL,
  E2E_PASSWORD,
  type Stack,
  seriousViolations,
  signIn,
  startStack,
} from './browser.js';

const ADMIN_EMAIL = 'e2e.officers.admin@test.medzone.local';
const RUN = Date.now().toString(36);
const UNIT_CODE = `e2e_unit_${RUN}`;
const UNIT_ZH = `招商测试处 ${RUN}`;
const DIRECTION = 'specialty_medical_devices';
const SIGNING_UNIT = `e2e_signing_${RUN}`;

let stack: Stack;
let officerId: number;

type OfficerRow = { id: number; orgUnit: string | null; directions: string[] };
type UnitRow = { code: string; nameZh: string; nameEn: string; position: number; members: number };

beforeAll(async () => {
  stack = await startStack();
  await createUser(
    stack.database.db,
    { email: ADMIN_EMAIL, role: 'admin', parkIds: [], password: E2E_PASSWORD, displayName: '分工管理员' },
    'system',
  );
  officerId = (await apiLogin(stack, E2E_OFFICER_EMAIL)).userId;
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** An API answer read with the page's session cookie. */
async function apiAs<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${stack.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** A project of the officer's, taken through the investment pipeline's stages to signed (2.5 亿元). */
async function signProjectAs(officer: ApiSession, companyName: string): Promise<void> {
  const created = await officer.send('POST', '/api/projects', { name: companyName, companyName });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: number };
  for (const to of ['site_visit', 'negotiating']) {
    expect((await officer.send('POST', `/api/projects/${id}/stage`, { to })).status).toBe(200);
  }
  const signed = await officer.send('POST', `/api/projects/${id}/stage`, {
    to: 'signed',
    signedAmountWan: 25000,
  });
  expect(signed.status).toBe(200);
}

/** The open dropdown of an antd select. */
function dropdown(page: Page) {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

async function openAsAdmin(): Promise<Page> {
  const page = await pages.open();
  await page.goto(`${stack.baseUrl}/workbench/officers`);
  await page.waitForURL(/\/login\?redirect=/);
  await signIn(page, ADMIN_EMAIL);
  await page.getByTestId('officers-table').waitFor();
  await page.getByTestId('org-units-table').waitFor();
  return page;
}

describe('officers and organisational units', () => {
  it('lets an administrator create a unit, put an officer in it and set the directions they cover', async () => {
    const page = await openAsAdmin();
    expect(new URL(page.url()).pathname).toBe('/workbench/officers');
    expect(await page.getByTestId('officers-admin-link').getAttribute('href')).toBe('/workbench/officers');
    expect(await page.getByTestId('officers-assignment-hint').innerText()).toContain('轮流分配');
    expect(await page.getByTestId(`officer-row-${officerId}`).innerText()).toContain(E2E_OFFICER_EMAIL);
    expect(await seriousViolations(page)).toEqual([]);

    // A code already in use is refused before it reaches the API, which would rename that unit instead.
    const existing = await apiAs<{ items: UnitRow[] }>(page, '/api/org-units');
    const form = page.getByTestId('org-unit-create-form');
    if (existing.items[0]) {
      await page.getByTestId('org-unit-new-code').fill(existing.items[0].code);
      await page.getByTestId('org-unit-create').click();
      await form.getByText('已有单位使用此编码').waitFor();
    }
    await page.getByTestId('org-unit-new-code').fill('Bad code');
    await form.getByText('编码须以小写字母开头').waitFor();

    await page.getByTestId('org-unit-new-code').fill(UNIT_CODE);
    await page.getByTestId('org-unit-new-nameZh').fill(UNIT_ZH);
    await page.getByTestId('org-unit-new-nameEn').fill(`E2E division ${RUN}`);
    await page.getByTestId('org-unit-new-position').fill('90');
    await page.getByTestId('org-unit-create').click();
    await page.locator('.ant-message-notice', { hasText: '已创建' }).waitFor();
    await page.getByTestId(`org-unit-row-${UNIT_CODE}`).waitFor();
    expect(await page.getByTestId(`org-unit-members-${UNIT_CODE}`).innerText()).toBe('0');
    expect(await page.getByTestId('org-unit-new-code').inputValue()).toBe('');

    // The officer's unit saves as soon as it is chosen.
    await page.getByTestId(`officer-unit-${officerId}`).click();
    const unitOption = dropdown(page).getByTitle(UNIT_ZH, { exact: true });
    await unitOption.click();
    await unitOption.waitFor({ state: 'hidden' });
    await page.locator('.ant-message-notice', { hasText: `已将测试专员调整到“${UNIT_ZH}”` }).waitFor();
    await expect.poll(() => page.getByTestId(`org-unit-members-${UNIT_CODE}`).innerText()).toBe('1');

    // The directions save with the row's button, which is enabled only once something changed.
    const save = page.getByTestId(`officer-directions-save-${officerId}`);
    expect(await save.isDisabled()).toBe(true);
    await page.getByTestId(`officer-directions-${officerId}`).click();
    await dropdown(page).getByTitle('特色医疗器械', { exact: true }).click();
    await page.keyboard.press('Escape');
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    await page.locator('.ant-message-notice', { hasText: '测试专员负责的产业方向已保存' }).waitFor();
    await expect.poll(() => save.isDisabled()).toBe(true);

    const officers = await apiAs<{ items: OfficerRow[] }>(page, '/api/officers');
    const officer = officers.items.find((o) => o.id === officerId);
    expect(officer?.orgUnit).toBe(UNIT_CODE);
    expect(officer?.directions).toContain(DIRECTION);

    // Renamed in place.
    await page.getByTestId(`org-unit-nameZh-${UNIT_CODE}`).fill(`${UNIT_ZH} 改`);
    await page.getByTestId(`org-unit-save-${UNIT_CODE}`).click();
    await page.locator('.ant-message-notice', { hasText: `单位“${UNIT_ZH} 改”已保存` }).waitFor();
    const units = await apiAs<{ items: UnitRow[] }>(page, '/api/org-units');
    expect(units.items.find((u) => u.code === UNIT_CODE)).toMatchObject({
      nameZh: `${UNIT_ZH} 改`,
      position: 90,
      members: 1,
    });

    // A unit with a member cannot be deleted: the confirmation shows the server's reason.
    await page.getByTestId(`org-unit-delete-${UNIT_CODE}`).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    const refusal = page.getByTestId('org-unit-delete-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe('该单位仍有 1 名人员、0 个签约项目，不能删除');
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await refusal.waitFor({ state: 'hidden' });
    expect(await seriousViolations(page)).toEqual([]);

    // Out of the unit again, it can go.
    await page.getByTestId(`officer-unit-${officerId}`).click();
    const none = dropdown(page).getByTitle('无单位', { exact: true });
    await none.click();
    await none.waitFor({ state: 'hidden' });
    await page.locator('.ant-message-notice', { hasText: '测试专员已不属于任何单位' }).waitFor();
    await expect.poll(() => page.getByTestId(`org-unit-members-${UNIT_CODE}`).innerText()).toBe('0');
    await page.getByTestId(`org-unit-delete-${UNIT_CODE}`).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await page.getByTestId(`org-unit-row-${UNIT_CODE}`).waitFor({ state: 'detached' });
    const after = await apiAs<{ items: UnitRow[] }>(page, '/api/org-units');
    expect(after.items.some((u) => u.code === UNIT_CODE)).toBe(false);
  });

  it('reads in traditional characters for a zh-TW administrator, and the figures sum by the signer’s unit', async () => {
    // The officer, in a unit of their own, signs a project: the figures count it for that unit.
    const admin = await apiLogin(stack, ADMIN_EMAIL);
    const officer = await apiLogin(stack, E2E_OFFICER_EMAIL);
    const put = await admin.send('PUT', `/api/org-units/${SIGNING_UNIT}`, {
      nameZh: '签约测试处',
      nameEn: 'Signing test division',
      position: 95,
    });
    expect(put.status).toBe(201);
    expect(
      (await admin.send('PUT', `/api/users/${officerId}/org-unit`, { orgUnit: SIGNING_UNIT })).status,
    ).toBe(204);
    await signProjectAs(officer, `单位签约企业 ${RUN}`);

    const page = await openAsAdmin();
    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('專員與單位');
    await expect.poll(() => page.getByTestId('officers-assignment-hint').innerText()).toContain('輪流分派');
    expect(await page.getByTestId('officers-admin-link').innerText()).toBe('專員與單位');
    await expect
      .poll(() => page.getByTestId(`org-unit-nameZh-${SIGNING_UNIT}`).inputValue())
      .toBe('签约测试处');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${stack.baseUrl}/workbench/figures`);
    const row = page.getByTestId(`figures-unit-${SIGNING_UNIT}`);
    await row.waitFor();
    expect(await page.locator('#figures-byUnit').innerText()).toBe('依單位');
    await expect.poll(() => row.innerText()).toContain('簽約測試處');
    expect(await row.locator('td').nth(1).innerText()).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows an officer no administration', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/workbench/officers`);
    await signIn(page, E2E_OFFICER_EMAIL);
    await page.getByTestId('workbench-forbidden').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('无权管理专员与单位');
    expect(await page.getByTestId('officers-table').count()).toBe(0);
    expect(await page.getByTestId('org-units-table').count()).toBe(0);
    expect(await page.getByTestId('officers-admin-link').count()).toBe(0);
    // The API agrees: the officers' list is for administrators.
    expect((await page.request.get(`${stack.baseUrl}/api/officers`)).status()).toBe(403);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
