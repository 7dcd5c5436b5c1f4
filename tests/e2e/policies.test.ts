import { asc } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enterprises } from '../../src/modules/enterprises/tables.js';
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

const ADMIN_EMAIL = 'e2e.policies.admin@test.medzone.local';
const RUN = Date.now().toString(36);
const CODE = `e2e-high-tech-${RUN}`;
const TITLE_ZH = `高新技术企业落户奖励 E2E ${RUN}`;

let stack: Stack;
/** The reference MAH policy (福州, 扶持药品上市许可持有人发展若干措施). */
let mahPolicyId = 0;

beforeAll(async () => {
  stack = await startStack();
  await createUser(
    stack.database.db,
    { email: ADMIN_EMAIL, role: 'admin', parkIds: [], password: E2E_PASSWORD, displayName: '政策管理员' },
    'system',
  );
  const res = await fetch(`${stack.baseUrl}/api/policies?q=fuzhou-mah-support`);
  const list = (await res.json()) as { items: { id: number; code: string }[] };
  mahPolicyId = list.items.find((p) => p.code === 'fuzhou-mah-support')?.id ?? 0;
  if (!mahPolicyId) throw new Error('the reference MAH policy is missing');
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** Picks an option of the antd select with this test id, typing `search` first. */
function choose(page: Page, testId: string, option: string, search?: string): Promise<void> {
  return chooseOption(page, page.getByTestId(testId), option, search);
}

describe('policy calculator', () => {
  it('shows a zh-TW visitor the MAH policy eligible with its amounts, then one requirement away', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/policies`);
    await page.getByTestId('policies-table').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => page.getByTestId('nav-policies').innerText()).toBe('政策');
    await expect
      .poll(() => page.getByTestId('policies-table').innerText())
      .toContain('扶持藥品上市許可持有人');
    expect(await page.getByTestId(`policies-row-${mahPolicyId}`).innerText()).toContain('示例金額');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('policies-calculator-link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('政策計算器');
    await page.getByTestId('calculator-results').waitFor();

    await choose(page, 'profile-isMahHolder', '是');
    // The zone's name is data, shown in traditional characters.
    await choose(page, 'profile-zone', '福州國際醫療綜合實驗區');
    await page.getByTestId('profile-approvals').fill('2');
    await page.getByTestId('profile-rentYuanPerM2Month').fill('45');
    await page.getByTestId('profile-leasedAreaM2').fill('1000');

    const eligible = page.getByTestId('calculator-eligible').getByTestId(`policy-result-${mahPolicyId}`);
    await eligible.waitFor();
    // 2 × 1,000,000 (cap 5,000,000) + 50% × 45 × 1,000 m² × 36 months = 2,000,000 + 810,000.
    await expect
      .poll(() => eligible.getByTestId('policy-result-total').innerText())
      .toBe('合計可獲 2,810,000 元');
    expect(await eligible.innerText()).toContain('扶持藥品上市許可持有人');
    expect(await eligible.getByTestId('policy-demo-figures').count()).toBeGreaterThan(0);
    await eligible.getByTestId(`policy-result-toggle-${mahPolicyId}`).click();
    expect(
      await eligible.getByTestId(`policy-result-toggle-${mahPolicyId}`).getAttribute('aria-expanded'),
    ).toBe('true');
    const clauses = eligible.getByTestId('policy-clause');
    expect(await clauses.count()).toBe(2);
    for (const clause of await clauses.all()) {
      expect(await clause.getAttribute('data-satisfied')).toBe('true');
      expect(await clause.innerText()).toContain('✓ 滿足');
    }
    expect(await eligible.getByTestId('policy-benefit-approval-award').innerText()).toContain('2,000,000 元');
    expect(await eligible.getByTestId('policy-benefit-rent-subsidy').innerText()).toContain('810,000 元');
    expect(await page.getByTestId('calculator-summary').innerText()).toContain('2,810,000 元');
    expect(await seriousViolations(page)).toEqual([]);

    // Not an MAH holder: the policy is one requirement away, and that requirement is the MAH clause.
    await choose(page, 'profile-isMahHolder', '否');
    const nearMiss = page.getByTestId('calculator-near-misses').getByTestId(`policy-result-${mahPolicyId}`);
    await nearMiss.waitFor();
    const line = await nearMiss.getByTestId('policy-near-miss').innerText();
    expect(line).toContain('差一項：');
    expect(line).toContain('藥品上市許可持有人');
    expect(line).not.toContain('福州');
    expect(
      await page.getByTestId('calculator-eligible').getByTestId(`policy-result-${mahPolicyId}`).count(),
    ).toBe(0);
  });

  it('opens on the policy a notice links to, marked and expanded', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/policies/calculator?policy=${mahPolicyId}`);
    const card = page.getByTestId(`policy-result-${mahPolicyId}`);
    await card.waitFor();
    expect(await card.getAttribute('data-highlighted')).toBe('true');
    expect(await card.getByTestId(`policy-result-toggle-${mahPolicyId}`).getAttribute('aria-expanded')).toBe(
      'true',
    );
    // An empty profile: the zone and the MAH clause are both unknown, so neither is met.
    expect(await card.getByTestId('policy-clause').first().innerText()).toContain('缺少数据');
  });
});

describe('policy calculator for staff', () => {
  it('starts from a registered enterprise, named on the page, with the form’s values on top', async () => {
    const [enterprise] = await stack.database.db
      .select({ id: enterprises.id, nameZh: enterprises.nameZh })
      .from(enterprises)
      .orderBy(asc(enterprises.id))
      .limit(1);
    if (!enterprise) throw new Error('no demo enterprise');
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/policies/calculator`);
    await signIn(page, ADMIN_EMAIL);
    await page.getByTestId('calculator-enterprise').fill(String(enterprise.id));
    await expect
      .poll(() => page.getByTestId('calculator-enterprise-name').innerText())
      .toBe(`测算对象：${enterprise.nameZh}`);
    expect(new URL(page.url()).searchParams.get('enterprise')).toBe(String(enterprise.id));
    // The MAH policy's clause reads the registry's value until the form gives one.
    await choose(page, 'profile-isMahHolder', '是');
    await choose(page, 'profile-zone', '福州国际医疗综合实验区');
    await page.getByTestId('calculator-eligible').getByTestId(`policy-result-${mahPolicyId}`).waitFor();
    // No such enterprise: said at the field.
    await page.getByTestId('calculator-enterprise').fill('99999999');
    await page.locator('#calculator-enterprise-errors').waitFor();
    expect(await page.locator('#calculator-enterprise-errors').innerText()).toBe('找不到这家企业');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('policy editor', () => {
  it('builds a rule of two clauses, follows it in the live test, saves, publishes and reports the run', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/policies`);
    await signIn(page, ADMIN_EMAIL);
    await page.getByTestId('policies-table').waitFor();
    await page.getByTestId('policies-new').click();
    await page.getByTestId('policy-editor').waitFor();

    await page.getByTestId('policy-code').fill(CODE);
    await page.getByTestId('policy-titleZh').fill(TITLE_ZH);
    await page.getByTestId('policy-titleEn').fill(`High-tech settlement award E2E ${RUN}`);
    await page.getByTestId('policy-issuerZh').fill('福州市');
    await page.getByTestId('policy-issuerEn').fill('Fuzhou Municipality');
    await page.getByTestId('policy-source').fill('e2e test');

    // Clause 1: a high-tech enterprise (yes/no: "yes" to start with).
    await choose(page, 'rule-attr-1', '高新技术企业', '高新');
    expect(await page.getByTestId('rule-value-1').innerText()).toContain('是');
    // Clause 2: registered capital of at least 1,000 万元.
    await page.getByTestId('rule-add-clause-root').click();
    await choose(page, 'rule-attr-2', '注册资本', '注册资本');
    await choose(page, 'rule-op-2', '不低于（≥）');
    await page.getByTestId('rule-value-2').fill('1000');
    // A one-off award of 200,000 yuan.
    await page.getByTestId('benefit-add').click();
    await page.getByTestId('benefit-0-code').fill('award');
    await page.getByTestId('benefit-0-labelZh').fill('落户奖励');
    await page.getByTestId('benefit-0-labelEn').fill('Settlement award');
    await page.getByTestId('benefit-0-amountYuan').fill('200000');

    // The live test asks for what the draft reads, and answers as it changes.
    const outcome = page.getByTestId('policy-test-outcome');
    await expect.poll(() => outcome.getAttribute('data-state')).toBe('other');
    await choose(page, 'profile-isHighTech', '是');
    await expect.poll(() => outcome.getAttribute('data-state')).toBe('nearMiss');
    expect(await outcome.innerText()).toContain('注册资本');
    await page.getByTestId('profile-registeredCapitalWan').fill('2000');
    await expect.poll(() => outcome.getAttribute('data-state')).toBe('eligible');
    expect(await outcome.innerText()).toContain('200,000 元');
    expect(await seriousViolations(page)).toEqual([]);

    // An unfinished clause is refused by the server, and the message stands at the clause.
    await page.getByTestId('rule-add-clause-root').click();
    await page.getByTestId('policy-save').click();
    await page.locator('[data-testid="rule-clause-3"] .field-errors').first().waitFor();
    await page.getByTestId('rule-remove-3').click();

    await page.getByTestId('policy-save').click();
    await page.getByTestId('policy-detail-page').waitFor();
    expect(await page.getByTestId('policy-title').innerText()).toBe(TITLE_ZH);
    const lines = await page.getByTestId('policy-rule-lines').innerText();
    expect(lines).toContain('高新技术企业');
    expect(lines).toContain('注册资本');
    expect(await page.getByTestId('policy-status').innerText()).toBe('草稿');

    await page.getByTestId('policy-publish').click();
    const report = page.getByTestId('policy-run-report');
    await report.waitFor();
    await expect.poll(() => report.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    const evaluated = Number(
      await page.getByTestId('policy-run-evaluated').locator('dd').getAttribute('data-value'),
    );
    expect(evaluated).toBeGreaterThan(0);
    expect(await page.getByTestId('policy-run-evaluated').innerText()).toContain(
      `${evaluated.toLocaleString('en')} / `,
    );
    expect(await page.getByTestId('policy-run-duration').count()).toBe(1);
    expect(await page.getByTestId('policy-status').innerText()).toBe('已发布');
    expect(await seriousViolations(page)).toEqual([]);

    // The library lists it, published, for everyone.
    const saved = await fetch(`${stack.baseUrl}/api/policies?q=${encodeURIComponent(CODE)}`);
    expect(((await saved.json()) as { items: { status: string }[] }).items).toMatchObject([
      { status: 'published' },
    ]);
  });

  it('has no serious accessibility issues in the editor with nested groups and every benefit kind', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/workbench/policies/new`);
    await signIn(page, ADMIN_EMAIL);
    await page.getByTestId('policy-editor').waitFor();
    await page.getByTestId('rule-add-group-root').click();
    await choose(page, 'rule-attr-2.1', '所在区域', '所在区域');
    await choose(page, 'rule-op-2.1', '属于其中之一');
    await page.getByTestId('rule-negate-2').check();
    for (const [index, kind] of ['租金补贴', '分档奖励'].entries()) {
      await page.getByTestId('benefit-add').click();
      await choose(page, `benefit-${index}-kind`, kind);
    }
    expect(await seriousViolations(page)).toEqual([]);

    // The MAH policy in the editor: a one-clause rule shown inside the top group.
    await page.goto(`${stack.baseUrl}/workbench/policies/${mahPolicyId}/edit`);
    await page.getByTestId('rule-clause-1').waitFor();
    expect(await page.getByTestId('benefit-0-code').inputValue()).toBe('approval-award');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
