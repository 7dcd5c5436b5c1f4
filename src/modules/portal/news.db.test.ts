import { and, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { auditLog } from '../../core/audit/tables.js';
import { searchDocuments } from '../../core/search/index.js';
import { loadReferenceData } from '../../data/load-reference.js';
import { newsRefs } from '../../data/reference-news.js';
import { SEED_PLAN, SEED_PORTAL } from '../../data/sources.js';
import { newsItems } from './tables.js';

let app: FastifyInstance;
let admin: Client;

type NewsItem = {
  id: number;
  kind: string;
  titleZh: string;
  summaryZh: string;
  bodyZh: string;
  publishedOn: string;
  eventStartsOn: string | null;
  eventEndsOn: string | null;
  location: string | null;
  zone: { code: string; nameZh: string } | null;
  source: string;
  isDemo: boolean;
};
type NewsPage = { items: NewsItem[]; total: number; limit: number; offset: number };
type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

function item(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'news',
    titleZh: unique('瑞科医药健康产业园新一批企业入驻'),
    summaryZh: '园区新增一批生物医药企业。',
    bodyZh: '园区新增一批生物医药企业，涵盖创新药和医疗器械。',
    publishedOn: '2025-05-20',
    zone: 'fuzhou-imcez',
    source: '福州国际医疗综合实验区管委会',
    ...overrides,
  };
}

async function create(payload: Record<string, unknown>): Promise<NewsItem> {
  const res = await admin.request({ method: 'POST', url: '/api/news', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as NewsItem;
}

async function searchDocument(id: number) {
  const { db } = await testDatabase();
  const [doc] = await db
    .select()
    .from(searchDocuments)
    .where(and(eq(searchDocuments.type, 'news'), eq(searchDocuments.entityId, id)));
  return doc;
}

async function list(query: string): Promise<NewsPage> {
  const res = await app.inject({ url: `/api/news?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as NewsPage;
}

beforeAll(async () => {
  app = await testApp();
  admin = await signedInClient('admin');
});

describe('news: the public list and page', () => {
  it('lists newest first, filtered by kind, zone and words in either script, a page at a time', async () => {
    const marker = unique('两岸生物医药论坛');
    const older = await create(item({ titleZh: `${marker} 预告`, publishedOn: '2024-03-01' }));
    const event = await create(
      item({
        kind: 'event',
        titleZh: `${marker} 开幕`,
        publishedOn: '2024-06-01',
        eventStartsOn: '2024-06-10',
        eventEndsOn: '2024-06-12',
        location: '福州海峡国际会展中心',
      }),
    );
    const notice = await create(
      item({ kind: 'notice', titleZh: `${marker} 报名通知`, publishedOn: '2024-05-01', zone: null }),
    );

    const all = await list(`q=${encodeURIComponent(marker)}`);
    expect(all.total).toBe(3);
    expect(all.items.map((n) => n.id)).toEqual([event.id, notice.id, older.id]);
    // The list leaves the body out; the event keeps its dates and place.
    expect(all.items[0]).not.toHaveProperty('bodyZh');
    expect(all.items[0]).toMatchObject({
      kind: 'event',
      eventStartsOn: '2024-06-10',
      eventEndsOn: '2024-06-12',
      location: '福州海峡国际会展中心',
      zone: { code: 'fuzhou-imcez', nameZh: '福州国际医疗综合实验区' },
      isDemo: false,
    });

    // Traditional characters find the simplified title.
    const traditional = marker.replace('两岸', '兩岸').replace('医药', '醫藥').replace('论坛', '論壇');
    expect((await list(`q=${encodeURIComponent(traditional)}`)).total).toBe(3);
    expect((await list(`q=${encodeURIComponent(marker)}&kind=event`)).items.map((n) => n.id)).toEqual([
      event.id,
    ]);
    expect((await list(`q=${encodeURIComponent(marker)}&zone=fuzhou-imcez`)).items.map((n) => n.id)).toEqual([
      event.id,
      older.id,
    ]);
    expect((await list(`q=${encodeURIComponent(marker)}&zone=nowhere`)).total).toBe(0);
    const second = await list(`q=${encodeURIComponent(marker)}&limit=2&offset=2`);
    expect(second).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(second.items.map((n) => n.id)).toEqual([older.id]);
  });

  it('shows an item with its body to anyone, and answers 404 from the catalogue for a missing one', async () => {
    const created = await create(item());
    const res = await app.inject({ url: `/api/news/${created.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: created.id,
      bodyZh: '园区新增一批生物医药企业，涵盖创新药和医疗器械。',
    });
    const missing = await app.inject({ url: '/api/news/999999999', headers: { 'accept-language': 'en' } });
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as ErrorBody).error.code).toBe('NOT_FOUND');
  });

  it('holds the reference news, restating the two documents with their source, once however often loaded', async () => {
    const { db } = await testDatabase();
    await loadReferenceData(db);
    const rows = await db.select().from(newsItems).where(eq(newsItems.isDemo, false));
    for (const ref of newsRefs) {
      const matches = rows.filter((r) => r.titleZh === ref.titleZh && r.source === ref.source);
      expect(matches, ref.titleZh).toHaveLength(1);
      expect([SEED_PLAN, SEED_PORTAL]).toContain(matches[0]!.source);
      const doc = await searchDocument(matches[0]!.id);
      expect(doc).toMatchObject({ title: ref.titleZh, audience: 'public', url: `/news/${matches[0]!.id}` });
    }
    const plan = rows.find((r) => r.titleZh.includes('1200亿元'))!;
    expect(plan).toMatchObject({ source: SEED_PLAN, kind: 'news' });
    const conference = rows.find((r) => r.titleZh.includes('医疗器械监督管理国际会议'))!;
    expect(conference).toMatchObject({
      kind: 'event',
      eventStartsOn: '2023-03-02',
      eventEndsOn: '2023-03-04',
    });
  });
});

describe('news: administrators write, the search index follows in the same transaction', () => {
  it('creates, edits and deletes an item; its search document appears, changes and disappears', async () => {
    const created = await create(
      item({
        kind: 'event',
        titleZh: unique('创新药研发与产业化研讨会'),
        publishedOn: '2025-05-20',
        eventStartsOn: '2025-06-01',
        location: '金山医药产业园',
      }),
    );
    expect(created).toMatchObject({ kind: 'event', isDemo: false, zone: { code: 'fuzhou-imcez' } });
    expect(await searchDocument(created.id)).toMatchObject({
      title: created.titleZh,
      subtitle: '活动 · 2025-06-01',
      url: `/news/${created.id}`,
      audience: 'public',
      excerpt: '园区新增一批生物医药企业。\n园区新增一批生物医药企业，涵盖创新药和医疗器械。',
    });

    const title = unique('研讨会改期');
    const put = await admin.request({
      method: 'PUT',
      url: `/api/news/${created.id}`,
      payload: item({ kind: 'notice', titleZh: title, summaryZh: '改期通知。', bodyZh: '', zone: null }),
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ kind: 'notice', titleZh: title, zone: null, eventStartsOn: null });
    expect(await searchDocument(created.id)).toMatchObject({
      title,
      subtitle: '公告 · 2025-05-20',
      excerpt: '改期通知。',
    });

    const del = await admin.request({ method: 'DELETE', url: `/api/news/${created.id}` });
    expect(del.statusCode).toBe(204);
    expect(await searchDocument(created.id)).toBeUndefined();
    expect((await app.inject({ url: `/api/news/${created.id}` })).statusCode).toBe(404);
    expect((await admin.request({ method: 'DELETE', url: `/api/news/${created.id}` })).statusCode).toBe(404);

    const { db } = await testDatabase();
    const audits = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'news'), eq(auditLog.entityId, String(created.id))));
    expect(audits.map((a) => a.action).sort()).toEqual(['news.create', 'news.delete', 'news.update']);
  });

  it('refuses invalid fields one by one, in the caller’s language, and keeps nothing', async () => {
    const title = unique('无效资讯');
    const res = await admin.request({
      method: 'POST',
      url: '/api/news',
      payload: item({ titleZh: title, kind: 'event', publishedOn: '2025-02-30', eventStartsOn: null }),
    });
    expect(res.statusCode).toBe(400);
    const fields = new Map((res.json() as ErrorBody).error.fields.map((f) => [f.path, f.message]));
    expect(fields.get('publishedOn')).toBe('日期格式应为 2026-03-01');

    // The refinements run on an otherwise valid body: an event needs its start, in order with its end.
    const event = await admin.request({
      method: 'POST',
      url: '/api/news',
      payload: item({
        titleZh: title,
        kind: 'event',
        eventStartsOn: '2025-06-02',
        eventEndsOn: '2025-06-01',
      }),
    });
    expect((event.json() as ErrorBody).error.fields).toEqual([
      { path: 'eventEndsOn', message: '结束日期不能早于开始日期' },
    ]);
    const noStart = await admin.request({
      method: 'POST',
      url: '/api/news',
      payload: item({ titleZh: title, kind: 'event' }),
      headers: { 'accept-language': 'en' },
    });
    expect((noStart.json() as ErrorBody).error.fields).toEqual([
      { path: 'eventStartsOn', message: 'This field is required' },
    ]);
    const notice = await admin.request({
      method: 'POST',
      url: '/api/news',
      payload: item({ titleZh: title, kind: 'notice', location: '瑞科医药健康产业园' }),
    });
    expect((notice.json() as ErrorBody).error.fields).toEqual([
      { path: 'location', message: '只有活动可以填写活动日期和地点' },
    ]);
    const zone = await admin.request({
      method: 'POST',
      url: '/api/news',
      payload: item({ titleZh: title, zone: 'atlantis' }),
    });
    expect(zone.statusCode).toBe(400);
    expect((zone.json() as ErrorBody).error.fields).toEqual([{ path: 'zone', message: '没有这个区域' }]);
    const empty = await admin.request({
      method: 'POST',
      url: '/api/news',
      payload: item({ titleZh: '  ', source: '' }),
    });
    expect((empty.json() as ErrorBody).error.fields.map((f) => f.path).sort()).toEqual(['source', 'titleZh']);

    const { db } = await testDatabase();
    const [kept] = await db.select({ n: count() }).from(newsItems).where(eq(newsItems.titleZh, title));
    expect(kept?.n).toBe(0);
  });

  it('lets only administrators write: officers get 403, the signed-out 401', async () => {
    const created = await create(item());
    const officer = await signedInClient('officer');
    expect((await officer.request({ method: 'POST', url: '/api/news', payload: item() })).statusCode).toBe(
      403,
    );
    expect(
      (await officer.request({ method: 'PUT', url: `/api/news/${created.id}`, payload: item() })).statusCode,
    ).toBe(403);
    expect((await officer.request({ method: 'DELETE', url: `/api/news/${created.id}` })).statusCode).toBe(
      403,
    );
    expect((await app.inject({ method: 'POST', url: '/api/news', payload: item() })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: `/api/news/${created.id}` })).statusCode).toBe(401);
    expect(await searchDocument(created.id)).toMatchObject({ title: created.titleZh });
  });
});
