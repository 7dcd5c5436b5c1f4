import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/modules/identity/index.js';
import { browserPages, E2E_PASSWORD, type Stack, seriousViolations, signIn, startStack } from './browser.js';

const MANAGER_EMAIL = 'e2e.importer@test.medzone.local';
const HEADER =
  '园区编码,楼栋编码,单元编码,楼层,面积(m²),用途,洁净等级,租售方式,租金(元/m²·月),状态,承租企业名称';
const UNIT_CODE = 'E2E-IMP-101';

let stack: Stack;
let park: { id: number; code: string; nameZh: string };
let tempDir: string;

async function api<T>(urlPath: string): Promise<T> {
  const res = await fetch(`${stack.baseUrl}${urlPath}`);
  expect(res.status, urlPath).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  stack = await startStack();
  tempDir = await mkdtemp(path.join(tmpdir(), 'medzone-e2e-import-'));
  const parks = await api<{ items: { id: number; code: string; nameZh: string }[] }>(
    `/api/parks?q=${encodeURIComponent('瑞科')}`,
  );
  park = parks.items[0]!;
  await createUser(
    stack.database.db,
    {
      email: MANAGER_EMAIL,
      role: 'park_manager',
      parkIds: [park.id],
      password: E2E_PASSWORD,
      displayName: '测试导入负责人',
    },
    'system',
  );
});

afterAll(async () => {
  await stack?.close();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

const pages = browserPages(() => stack);
const openPage = () => pages.open();

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** The number a result figure shows (import-created, import-rejected, …). */
async function figure(page: Page, name: string): Promise<number> {
  const value = await page.getByTestId(`import-${name}`).locator('dd').getAttribute('data-value');
  return Number(value);
}

/** The summary of the job on screen once it has finished: dry run or import. */
async function finishedSummary(page: Page, dryRun: boolean) {
  const summary = page.locator(`[data-testid="import-summary"][data-dry-run="${dryRun}"]`);
  await summary.waitFor();
  return summary;
}

describe('unit import page', () => {
  it('checks a CSV (dry run) listing the bad row, imports it, and the public search shows the new unit', async () => {
    const csvPath = path.join(tempDir, '单元导入-e2e.csv');
    await writeFile(
      csvPath,
      [
        HEADER,
        `${park.code},E2E,${UNIT_CODE},1,123.45,办公,无,出租,42,可租售,`,
        `${park.code},E2E,E2E-IMP-102,1,-5,办公,无,出租,42,可租售,`,
      ].join('\n'),
    );

    const page = await openPage();
    // Signed out: sent to sign in first, then back to the workbench, whose link opens the import page.
    await page.goto(`${stack.baseUrl}/workbench`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, MANAGER_EMAIL);
    await page.getByTestId('workbench').waitFor();
    await page.getByTestId('workbench-import-link').click();
    await page.getByTestId('import-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/workbench/import');

    // The template and this manager's one park to export.
    expect(await page.getByTestId('import-template-link').getAttribute('href')).toBe(
      '/api/imports/units/template.xlsx',
    );
    await expect.poll(() => page.getByTestId('import-exports').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId(`import-export-xlsx-${park.id}`).getAttribute('href')).toBe(
      `/api/units/export.xlsx?park=${park.id}`,
    );

    // Nothing chosen yet: nothing to start.
    expect(await page.getByTestId('import-dry-run').isDisabled()).toBe(true);
    await page.getByTestId('import-upload').locator('input[type="file"]').setInputFiles(csvPath);
    await expect.poll(() => page.getByTestId('import-dry-run').isEnabled()).toBe(true);

    // Dry run: one unit would be created, the row with a negative area (row 3) is listed and skipped.
    await page.getByTestId('import-dry-run').click();
    const dry = await finishedSummary(page, true);
    expect(await dry.innerText()).toContain('未写入任何数据');
    expect(await figure(page, 'created')).toBe(1);
    expect(await figure(page, 'rejected')).toBe(1);
    expect(await page.getByTestId('import-created').innerText()).toContain('将新建');
    const errorRows = page.getByTestId('import-errors').locator('tbody tr.ant-table-row');
    await expect.poll(() => errorRows.count()).toBe(1);
    const cells = await errorRows.first().locator('td').allInnerTexts();
    expect(cells[1]).toBe('3');
    expect(cells[2]).toBe('面积(m²)');
    expect(cells[3]).toBe('-5');
    // Nothing written: the park's units do not include it yet.
    const before = await api<{ total: number }>(`/api/units?park=${park.id}&minArea=123&maxArea=124`);
    expect(before.total).toBe(0);

    // The same file, imported for real.
    await page.getByTestId('import-now').click();
    const done = await finishedSummary(page, false);
    expect(await done.innerText()).toContain('导入完成');
    expect(await figure(page, 'created')).toBe(1);
    expect(await figure(page, 'rejected')).toBe(1);

    // Importing it once more changes nothing and duplicates nothing.
    const shownJob = () => page.getByTestId('import-job').getAttribute('data-job-id');
    const imported = await shownJob();
    await page.getByTestId('import-commit').click();
    await expect.poll(shownJob).not.toBe(imported);
    await finishedSummary(page, false);
    expect(await figure(page, 'unchanged')).toBe(1);
    expect(await figure(page, 'created')).toBe(0);

    // The recent imports list has all three, newest first.
    const history = page.getByTestId('import-history').locator('tbody tr.ant-table-row');
    await expect.poll(() => history.count()).toBe(3);
    expect(await history.first().innerText()).toContain('单元导入-e2e.csv');

    expect(await seriousViolations(page)).toEqual([]);

    // Anyone, not signed in, finds the new unit in the public space search.
    const anonymous = await openPage();
    await anonymous.goto(`${stack.baseUrl}/space?park=${park.id}&minArea=123&maxArea=124`);
    const results = anonymous.getByTestId('space-results').locator('tbody tr[data-row-key]');
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.first().innerText()).toContain(UNIT_CODE);
  });

  it('says why a file cannot be read, in the interface language', async () => {
    const csvPath = path.join(tempDir, 'wrong-columns.csv');
    await writeFile(csvPath, '名称,备注\n一号楼,无\n');
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/workbench/import`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, MANAGER_EMAIL);
    await page.getByTestId('import-page').waitFor();
    await page.getByTestId('import-upload').locator('input[type="file"]').setInputFiles(csvPath);
    await page.getByTestId('import-dry-run').click();

    const failure = page.getByTestId('import-failure');
    await expect.poll(() => failure.innerText(), { timeout: 15_000 }).toContain('缺少必需的列');
    expect(await page.getByTestId('import-now').count()).toBe(0);
    // The server words the failure in the language the page asks in (Accept-Language): switching asks again.
    await page.getByTestId('lang-option-en').click();
    await expect.poll(() => failure.innerText()).toContain('Required columns are missing');
    expect(await failure.innerText()).toContain('The dry run did not complete');
  });

  it('is for staff: a signed-out reader is sent to sign in and back', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/workbench/import`);
    await page.waitForURL(/\/login\?redirect=/);
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/workbench/import');
    await signIn(page, MANAGER_EMAIL);
    await page.getByTestId('import-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/workbench/import');
  });
});
