import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

const ADMIN_EMAIL = 'e2e.pipelines.admin@test.medzone.local';
const RUN = Date.now().toString(36);
const CODE = `e2e_incubator_${RUN}`;
const NAME_ZH = `孵化器入驻 E2E ${RUN}`;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
  await createUser(
    stack.database.db,
    { email: ADMIN_EMAIL, role: 'admin', parkIds: [], password: E2E_PASSWORD, displayName: '流程管理员' },
    'system',
  );
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** Picks an option of the antd select with this test id. */
function choose(page: Page, testId: string, option: string): Promise<void> {
  return chooseOption(page, page.getByTestId(testId), option);
}

async function fillStage(page: Page, index: number, code: string, nameZh: string, nameEn: string) {
  await page.getByTestId(`stage-code-${index}`).fill(code);
  await page.getByTestId(`stage-nameZh-${index}`).fill(nameZh);
  await page.getByTestId(`stage-nameEn-${index}`).fill(nameEn);
}

describe('pipelines defined by an administrator', () => {
  it('creates a pipeline of three stages in the editor, and the kanban offers it', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/pipelines`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, ADMIN_EMAIL);
    await page.getByTestId('pipeline-list').waitFor();
    expect(await page.getByTestId('pipelines-admin-link').getAttribute('href')).toBe('/workbench/pipelines');
    expect(await page.getByTestId('pipeline-list').innerText()).toContain('招商项目');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('pipeline-new').click();
    await page.getByTestId('pipeline-editor').waitFor();
    await page.getByTestId('pipeline-code').fill(CODE);
    await page.getByTestId('pipeline-nameZh').fill(NAME_ZH);
    await page.getByTestId('pipeline-nameEn').fill(`Incubator intake E2E ${RUN}`);
    for (let i = 0; i < 3; i++) await page.getByTestId('stage-add').click();
    await fillStage(page, 0, 'applied', '已申请', 'Applied');
    await fillStage(page, 1, 'reviewed', '已评审', 'Reviewed');
    // A code used twice is refused by the server, and the message stands at the row's code.
    await fillStage(page, 2, 'applied', '已入孵', 'Admitted');
    await page.getByTestId('pipeline-save').click();
    const duplicate = page.locator('#stage-2-code-errors');
    await duplicate.waitFor();
    expect(await duplicate.innerText()).toBe('已有阶段使用此编码');
    expect(await page.getByTestId('stage-code-2').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('stage-code-2').fill('admitted');
    await expect.poll(() => duplicate.count()).toBe(0);
    await expect.poll(() => page.getByTestId('form-error').count()).toBe(0);

    // The last stage is where projects are signed: choosing it ticks "needs the signed amount".
    await choose(page, 'stage-outcome-2', '已签约');
    expect(await page.getByTestId('stage-requiresAmount-2').isChecked()).toBe(true);
    // Reorder and back: the rows follow the buttons.
    await page.getByTestId('stage-down-0').click();
    expect(await page.getByTestId('stage-code-0').inputValue()).toBe('reviewed');
    await page.getByTestId('stage-up-1').click();
    expect(await page.getByTestId('stage-code-0').inputValue()).toBe('applied');

    // Moves: applied → reviewed, reviewed → applied and → admitted.
    await page.getByRole('checkbox', { name: '从“已申请”可推进到“已评审”' }).check();
    await page.getByTestId('move-1-0').check();
    await page.getByTestId('move-1-2').check();
    // Entering review sets a follow-up task.
    await page.getByTestId('action-add').click();
    await choose(page, 'action-stage-0', '已评审');
    await choose(page, 'action-kind-0', '创建跟进任务');
    await page.getByTestId('action-titleZh-0').fill('评审后回访：{project}');
    await page.getByTestId('action-titleEn-0').fill('Call back after the review: {project}');
    expect(await page.getByTestId('action-due-0').inputValue()).toBe('3');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('pipeline-save').click();
    await page.locator('.ant-message-notice', { hasText: '已保存' }).waitFor();
    // Saved: the code is now fixed, as are the stages' codes.
    expect(await page.getByTestId('pipeline-code').evaluate((e) => e.tagName)).toBe('CODE');
    expect(await page.getByTestId('stage-code-0').innerText()).toBe('applied');

    const saved = await page.request.get(`${stack.baseUrl}/api/pipelines/${CODE}`);
    expect(await saved.json()).toMatchObject({
      nameZh: NAME_ZH,
      stages: [
        { code: 'applied', outcome: 'open', next: ['reviewed'] },
        { code: 'reviewed', next: ['applied', 'admitted'] },
        { code: 'admitted', outcome: 'signed', requiresAmount: true, next: [] },
      ],
    });

    // The kanban lists it with the defaults and shows its stages.
    await page.getByTestId('pipeline-link').click();
    await page.getByTestId('pipeline-board').waitFor();
    await choose(page, 'pipeline-select', NAME_ZH);
    await page.getByTestId('board-column-reviewed').waitFor();
    expect(new URL(page.url()).searchParams.get('pipeline')).toBe(CODE);
    expect(await page.getByTestId('board-column-contacted').count()).toBe(0);
  });

  it('reads in traditional characters for a zh-TW administrator, without serious accessibility issues', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/workbench/pipelines`);
    await signIn(page, ADMIN_EMAIL);
    await page.getByTestId('pipeline-list').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('流程設定');
    await expect.poll(() => page.getByTestId('pipeline-list').innerText()).toContain('招商項目');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('pipeline-edit-investment').click();
    await page.getByTestId('move-matrix').waitFor();
    await expect.poll(() => page.getByTestId('move-matrix').innerText()).toContain('實地考察');
    expect(await seriousViolations(page)).toEqual([]);

    // The kanban's select names the pipelines in traditional characters too.
    await page.goto(`${stack.baseUrl}/workbench/pipeline`);
    await page.getByTestId('pipeline-board').waitFor();
    await page.getByTestId('pipeline-select').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByTitle('租賃洽談', { exact: true })
      .waitFor();
    await page.keyboard.press('Escape');
  });
});
