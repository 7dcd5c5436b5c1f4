import { count, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { leads } from '../../src/modules/leads/tables.js';
import { browserPages, type Stack, seriousViolations, startStack } from './browser.js';

const REFERENCE = /MZ-\d{8}-[2-9A-Z]{5}/;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);
const openPage = () => pages.open();

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

async function storedLeads(): Promise<number> {
  const [row] = await stack.database.db.select({ n: count() }).from(leads);
  return row?.n ?? 0;
}

/** Counts the demand submissions the page sends. */
function countSubmissions(page: Page): () => number {
  let sent = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/leads') sent++;
  });
  return () => sent;
}

/** The message under a field of the demand form (antd's `<form name>_<field>_help`). */
function fieldHelp(page: Page, field: string) {
  return page.locator(`#demand_${field}_help`);
}

describe('demand form (需求对接)', () => {
  it('takes a request from a Taiwan visitor in zh-TW and gives a reference; a repeat joins it', async () => {
    const page = await openPage();
    await page.goto(stack.baseUrl);
    await page.getByTestId('home-hero').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    await page.getByTestId('nav-demand').click();
    const form = page.getByTestId('demand-form');
    await form.waitFor();
    expect(new URL(page.url()).pathname).toBe('/demand');
    expect(await page.locator('h1').innerText()).toBe('需求對接');

    // The consent is not given for the visitor, and its link opens the statement beside the form.
    const consent = form.getByRole('checkbox', { name: /我已閱讀並同意/ });
    expect(await consent.isChecked()).toBe(false);
    const statement = page.getByTestId('demand-privacy-link');
    expect(await statement.innerText()).toContain('個人資料處理說明');
    expect(await statement.getAttribute('href')).toBe('/privacy/leads');
    expect(await statement.getAttribute('target')).toBe('_blank');
    expect(await statement.getAttribute('rel')).toContain('noopener');

    const fill = async () => {
      await form.getByLabel('企業名稱').fill('臺北安心生技股份有限公司');
      await form.getByLabel('聯絡人姓名').fill('林小姐');
      await form.getByLabel('聯絡電話').fill('0912-345-678');
      await consent.check();
      await page.getByTestId('demand-submit').click();
    };
    await fill();

    const result = page.getByTestId('demand-result');
    await result.waitFor();
    expect(await result.getAttribute('data-merged')).toBe('false');
    expect(await result.innerText()).toContain('需求已送出');
    const reference = (await page.getByTestId('demand-reference').innerText()).trim();
    expect(reference).toMatch(REFERENCE);

    const [stored] = await stack.database.db.select().from(leads).where(eq(leads.reference, reference));
    expect(stored).toMatchObject({
      companyName: '臺北安心生技股份有限公司',
      contactName: '林小姐',
      phoneE164: '+886912345678',
      lang: 'zh-TW',
      consentVersion: '2026-11',
      submissionCount: 1,
    });

    // The same company and phone again: added to the open request, under the same reference.
    await page.getByTestId('demand-another').click();
    await form.waitFor();
    expect(await consent.isChecked()).toBe(false);
    await fill();
    await result.waitFor();
    expect(await result.getAttribute('data-merged')).toBe('true');
    expect(await result.innerText()).toContain('已併入您先前送出的需求');
    expect((await page.getByTestId('demand-reference').innerText()).trim()).toBe(reference);
    const [merged] = await stack.database.db.select().from(leads).where(eq(leads.reference, reference));
    expect(merged?.submissionCount).toBe(2);
  });

  it('sends nothing without consent, and shows the server’s message under the field it refuses', async () => {
    const page = await openPage();
    const submissions = countSubmissions(page);
    const before = await storedLeads();
    await page.goto(`${stack.baseUrl}/demand`);
    const form = page.getByTestId('demand-form');
    await form.waitFor();

    await form.getByLabel('企业名称').fill('福州测试医药有限公司');
    await form.getByLabel('联系人姓名').fill('王先生');
    await form.getByLabel('联系电话').fill('13391219793');
    await page.getByTestId('demand-submit').click();
    await expect
      .poll(() => fieldHelp(page, 'consent').innerText())
      .toContain('请阅读并同意个人信息处理说明后再提交');
    expect(await form.getByRole('checkbox').getAttribute('aria-invalid')).toBe('true');
    expect(submissions()).toBe(0);
    expect(await storedLeads()).toBe(before);

    // A number of the right shape that is no real phone number: the server says so, under the phone field.
    await form.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await form.getByLabel('联系电话').fill('12345678');
    await page.getByTestId('demand-submit').click();
    await expect.poll(() => fieldHelp(page, 'phone').innerText()).toContain('手机号或电话号码格式不正确');
    expect(await page.getByTestId('form-error').innerText()).toContain('请求参数有误');
    expect(submissions()).toBe(1);
    expect(await storedLeads()).toBe(before);
    expect(await page.getByTestId('demand-result').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Correcting the field takes the server's message away.
    await form.getByLabel('联系电话').fill('13391219793');
    await expect.poll(() => fieldHelp(page, 'phone').count()).toBe(0);
  });

  it('hides the trap field from people and assistive technology, without display:none', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/demand`);
    await page.getByTestId('demand-form').waitFor();
    const trap = page.locator('input[name="website"]');
    expect(await trap.getAttribute('tabindex')).toBe('-1');
    expect(await trap.getAttribute('autocomplete')).toBe('off');
    const shown = await trap.evaluate((input) => {
      const hidden = input.closest('[aria-hidden="true"]');
      const box = input.getBoundingClientRect();
      let display = true;
      for (let e: Element | null = input; e; e = e.parentElement)
        if (getComputedStyle(e).display === 'none') display = false;
      return { ariaHidden: hidden !== null, displayed: display, right: box.right };
    });
    expect(shown).toEqual({ ariaHidden: true, displayed: true, right: expect.any(Number) });
    expect(shown.right).toBeLessThanOrEqual(0);
  });

  it('has no serious or critical accessibility violations on the form and the statement', async () => {
    const page = await openPage();
    await page.goto(`${stack.baseUrl}/demand`);
    await page.getByTestId('demand-form').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The footer leads to the purpose statement, which names its version.
    await page.getByTestId('footer-privacy-leads').click();
    await page.getByTestId('privacy-leads-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/privacy/leads');
    expect(await page.getByTestId('privacy-version').innerText()).toContain('2026-11');
    expect(await page.locator('main').innerText()).toContain('《中华人民共和国个人信息保护法》');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('privacy-back-to-form').click();
    await page.getByTestId('demand-form').waitFor();
  });
});
