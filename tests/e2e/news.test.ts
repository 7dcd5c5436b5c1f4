import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newsRefs } from '../../src/data/reference-news.js';
import { SEED_PLAN, SEED_PORTAL } from '../../src/data/sources.js';
import { newsItems } from '../../src/modules/portal/tables.js';
import { zones } from '../../src/modules/space/tables.js';
import { browserPages, type Stack, seriousViolations, startStack } from './browser.js';

const RUN = Date.now().toString(36);
/** A generated (demo) event with a body, newer than every reference item so that it is listed first. */
const DEMO_TITLE = `生物医药招商推介会 E2E ${RUN}`;
const DEMO_BODY = [
  '推介会将介绍实验区的产业空间与扶持政策。',
  '',
  '参会企业可现场洽谈入驻意向。',
  '报名截止日期为活动前一周。',
].join('\n');

let stack: Stack;
let demoId = 0;
/** The reference items' ids by title. */
const refIds = new Map<string, number>();
const refEvent = newsRefs.find((n) => n.kind === 'event')!;
const refTaiwan = newsRefs.find((n) => n.titleZh.startsWith('闽台'))!;

beforeAll(async () => {
  stack = await startStack();
  const db = stack.database.db;
  // The API cannot write a demo item (only the generator flags them), so the test writes the row itself.
  const [zone] = await db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'fuzhou-imcez'));
  const [created] = await db
    .insert(newsItems)
    .values({
      kind: 'event',
      titleZh: DEMO_TITLE,
      summaryZh: '实验区将举办生物医药专场招商推介会。',
      bodyZh: DEMO_BODY,
      publishedOn: '2099-06-18',
      eventStartsOn: '2099-06-20',
      eventEndsOn: '2099-06-21',
      location: '福州海峡国际会展中心',
      zoneId: zone!.id,
      source: 'generated',
      isDemo: true,
    })
    .returning({ id: newsItems.id });
  demoId = created!.id;
  const res = await fetch(`${stack.baseUrl}/api/news?limit=200`);
  const list = (await res.json()) as { items: { id: number; titleZh: string }[] };
  for (const item of list.items) refIds.set(item.titleZh, item.id);
  for (const ref of newsRefs) if (!refIds.has(ref.titleZh)) throw new Error(`missing: ${ref.titleZh}`);
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** The ids of the listed items, top to bottom. */
async function listedIds(page: Page): Promise<number[]> {
  const testIds = await page
    .getByTestId('news-list')
    .locator(':scope > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid') ?? ''));
  return testIds.map((id) => Number(id.replace('news-item-', '')));
}

describe('news list and item (zh-CN)', () => {
  it('lists the reference news newest first with kind, dates, place and source; filters; no serious violations', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/`);
    await page.getByTestId('nav-news').click();
    await page.getByTestId('news-list').waitFor();
    // The pointer off the link it clicked: axe would measure the link's hover colour, mid-transition.
    await page.mouse.move(0, 0);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('资讯动态');
    expect(await page.getByTestId('nav-news').getAttribute('aria-current')).toBe('page');

    const listText = await page.getByTestId('news-list').innerText();
    for (const ref of newsRefs) expect(listText).toContain(ref.titleZh);
    // Newest first: the demo event (2099), then the reference items by publication day.
    const ids = await listedIds(page);
    expect(ids[0]).toBe(demoId);
    const days = await page
      .getByTestId('news-list')
      .locator(':scope > li .news-meta time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(days.length).toBe(ids.length);
    expect(days).toEqual([...days].sort().reverse());

    // The generated item says it is demo, and where it comes from in words.
    const demo = page.getByTestId(`news-item-${demoId}`);
    expect(await demo.getByTestId('demo-tag').innerText()).toContain('演示');
    expect(await demo.getByTestId('news-source').innerText()).toBe('来源：系统生成的演示内容，并非事实');

    // The reference event: its kind, the event's days and place, the zone and its document.
    const event = page.getByTestId(`news-item-${refIds.get(refEvent.titleZh)}`);
    expect(await event.getByTestId('news-kind').innerText()).toBe('活动');
    expect(await event.getByTestId('demo-tag').count()).toBe(0);
    expect(await event.getByTestId('news-event-days').innerText()).toBe(
      '活动时间：2023年3月2日至2023年3月4日',
    );
    expect(await event.getByTestId('news-location').innerText()).toBe('地点：福州市');
    expect(await event.innerText()).toContain('福州国际医疗综合实验区');
    expect(await event.getByTestId('news-source').innerText()).toBe(`来源：${SEED_PORTAL}`);
    const plan = page.getByTestId(`news-item-${refIds.get(refTaiwan.titleZh)}`);
    expect(await plan.getByTestId('news-kind').innerText()).toBe('资讯');
    expect(await plan.getByTestId('news-source').innerText()).toBe(`来源：${SEED_PLAN}`);
    expect(await seriousViolations(page)).toEqual([]);

    // Events only: the reference event and the demo one.
    await page.getByTestId('news-kind-filter').getByText('活动', { exact: true }).click();
    await expect.poll(() => listedIds(page)).toEqual([demoId, refIds.get(refEvent.titleZh)]);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('event');

    // Words, across every kind again.
    await page.getByTestId('news-kind-filter').getByText('全部', { exact: true }).click();
    await page.getByTestId('news-search').fill('闽台');
    await expect.poll(() => listedIds(page)).toEqual([refIds.get(refTaiwan.titleZh)]);
    expect(await page.getByTestId('news-total').innerText()).toBe('共 1 条');
    await page.getByTestId('news-search').fill('没有这样的资讯');
    await page.getByTestId('news-empty').waitFor();
    await page.getByTestId('news-clear').click();
    await expect.poll(async () => (await listedIds(page)).length).toBe(newsRefs.length + 1);
  });

  it('opens an item with its facts, summary and body paragraphs; no serious violations', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/news`);
    await page.getByTestId(`news-link-${demoId}`).click();
    await page.getByTestId('news-detail-page').waitFor();
    expect(await page.getByTestId('news-title').innerText()).toBe(DEMO_TITLE);
    expect(await page.title()).toBe(`${DEMO_TITLE} · 资讯动态 · MedZone`);
    expect(await page.getByTestId('news-kind').innerText()).toBe('活动');
    expect(await page.getByTestId('demo-tag').count()).toBe(1);
    expect(await page.getByTestId('news-published-on').innerText()).toBe('2099年6月18日');
    expect(await page.getByTestId('news-event-days').innerText()).toBe('2099年6月20日至2099年6月21日');
    expect(await page.getByTestId('news-location').innerText()).toBe('福州海峡国际会展中心');
    expect(await page.getByTestId('news-zone').innerText()).toBe('福州国际医疗综合实验区');
    expect(await page.getByTestId('news-source').innerText()).toBe('系统生成的演示内容，并非事实');
    const paragraphs = await page.getByTestId('news-body').locator('p').allInnerTexts();
    expect(paragraphs).toEqual([
      '推介会将介绍实验区的产业空间与扶持政策。',
      '参会企业可现场洽谈入驻意向。',
      '报名截止日期为活动前一周。',
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    // A reference item: its summary (the documents give no more) and its document as source.
    await page.goto(`${stack.baseUrl}/news/${refIds.get(refTaiwan.titleZh)}`);
    await page.getByTestId('news-detail-page').waitFor();
    expect(await page.getByTestId('news-title').innerText()).toBe(refTaiwan.titleZh);
    expect(await page.getByTestId('news-summary').innerText()).toBe(refTaiwan.summaryZh);
    expect(await page.getByTestId('news-source').innerText()).toBe(SEED_PLAN);
    expect(await page.getByTestId('news-event-days').count()).toBe(0);
    expect(await page.getByTestId('news-zone').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Back to the list by the breadcrumb.
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '资讯动态' }).click();
    await page.getByTestId('news-list').waitFor();
  });

  it('says an item is not found, for a deleted id and a mistyped one', async () => {
    const page = await pages.open();
    for (const path of ['/news/99999999', '/news/abc']) {
      await page.goto(`${stack.baseUrl}${path}`);
      await page.getByTestId('news-not-found').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('未找到该资讯');
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '返回资讯列表' }).click();
    await page.getByTestId('news-list').waitFor();
  });
});

describe('news in zh-TW', () => {
  it('shows the list and an item in traditional characters', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/news`);
    await page.getByTestId('news-list').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => page.getByTestId('nav-news').innerText()).toBe('資訊');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('資訊動態');
    await expect
      .poll(() => page.getByTestId('news-list').innerText())
      .toContain('閩臺生物醫藥融合發展：合作領域、臺灣人才與藥品特別審評審批');
    const event = page.getByTestId(`news-item-${refIds.get(refEvent.titleZh)}`);
    expect(await event.getByTestId('news-kind').innerText()).toBe('活動');
    expect(await event.getByTestId('news-source').innerText()).toBe(`來源：${SEED_PORTAL}`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId(`news-link-${refIds.get(refEvent.titleZh)}`).click();
    await page.getByTestId('news-detail-page').waitFor();
    expect(await page.getByTestId('news-title').innerText()).toBe(
      '福州國際醫療綜合實驗區首次亮相中國醫療器械監督管理國際會議',
    );
    expect(await page.getByTestId('news-zone').innerText()).toBe('福州國際醫療綜合實驗區');
    expect(await page.getByTestId('news-summary').innerText()).toContain(
      '第十三屆中國醫療器械監督管理國際會議在福州舉行',
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${stack.baseUrl}/news/${demoId}`);
    await page.getByTestId('news-body').waitFor();
    await expect
      .poll(() => page.getByTestId('news-body').innerText())
      .toContain('參會企業可現場洽談入駐意向。');
  });
});
