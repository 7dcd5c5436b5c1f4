import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { containsInAnyScript } from '../../core/db/text-match.js';
import { invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { indexDocuments } from '../../core/search/index.js';
import { zones } from '../space/tables.js';
import type { NewsBody, NewsItem, NewsListQuery } from './news-schema.js';
import { newsSearchSource } from './search-source.js';
import { newsItems } from './tables.js';

type NewsRow = typeof newsItems.$inferSelect;
type ZoneRef = { code: string; nameZh: string; nameEn: string } | null;

const zoneColumns = { code: zones.code, nameZh: zones.nameZh, nameEn: zones.nameEn };

function summaryOf(n: NewsRow, zone: ZoneRef) {
  return {
    id: n.id,
    kind: n.kind,
    titleZh: n.titleZh,
    summaryZh: n.summaryZh,
    publishedOn: n.publishedOn,
    eventStartsOn: n.eventStartsOn,
    eventEndsOn: n.eventEndsOn,
    location: n.location,
    zone,
    updatedAt: n.updatedAt.toISOString(),
    source: n.source,
    isDemo: n.isDemo,
  };
}

function listWhere(query: NewsListQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.kind) conditions.push(eq(newsItems.kind, query.kind));
  if (query.zone) conditions.push(eq(zones.code, query.zone));
  if (query.q)
    conditions.push(containsInAnyScript([newsItems.titleZh, newsItems.summaryZh, newsItems.bodyZh], query.q));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Newest first (by publication, then the latest written), filtered, a page at a time. */
export async function listNews(db: Executor, query: NewsListQuery) {
  const where = listWhere(query);
  const [rows, [total]] = await Promise.all([
    db
      .select({ news: newsItems, zone: zoneColumns })
      .from(newsItems)
      .leftJoin(zones, eq(zones.id, newsItems.zoneId))
      .where(where)
      .orderBy(desc(newsItems.publishedOn), desc(newsItems.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(newsItems).leftJoin(zones, eq(zones.id, newsItems.zoneId)).where(where),
  ]);
  return {
    items: rows.map((r) => summaryOf(r.news, r.zone)),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getNews(db: Executor, id: number): Promise<NewsItem> {
  const [row] = await db
    .select({ news: newsItems, zone: zoneColumns })
    .from(newsItems)
    .leftJoin(zones, eq(zones.id, newsItems.zoneId))
    .where(eq(newsItems.id, id));
  if (!row) throw notFound('news');
  return { ...summaryOf(row.news, row.zone), bodyZh: row.news.bodyZh };
}

/** The body's columns, the zone code resolved to its id (an unknown code is the zone field's error). */
async function columnsOf(db: Executor, body: NewsBody) {
  let zoneId: number | null = null;
  if (body.zone) {
    const [zone] = await db.select({ id: zones.id }).from(zones).where(eq(zones.code, body.zone));
    if (!zone) throw invalidFields({ path: 'zone', key: 'unknownZone' });
    zoneId = zone.id;
  }
  const { zone: _zone, ...columns } = body;
  return { ...columns, zoneId };
}

/** A new item, searchable as soon as it is saved: the index changes in the same transaction. */
export async function createNews(db: Executor, principal: Principal, body: NewsBody, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(newsItems)
      .values(await columnsOf(tx, body))
      .returning();
    await indexDocuments(tx, newsSearchSource, [created!.id]);
    await recordAudit(tx, {
      actor: principal,
      action: 'news.create',
      entityType: 'news',
      entityId: created!.id,
      after: body,
      ...meta,
    });
    return created!.id;
  });
}

/**
 * Replaces an item's fields and re-indexes it. The demo flag is not the editor's to clear: a generated
 * item an administrator touches up is still mostly generated text.
 */
export async function updateNews(
  db: Executor,
  principal: Principal,
  id: number,
  body: NewsBody,
  meta: RequestMeta,
) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(newsItems).where(eq(newsItems.id, id)).for('update');
    if (!before) throw notFound('news');
    await tx
      .update(newsItems)
      .set({ ...(await columnsOf(tx, body)), updatedAt: sql`now()` })
      .where(eq(newsItems.id, id));
    await indexDocuments(tx, newsSearchSource, [id]);
    await recordAudit(tx, {
      actor: principal,
      action: 'news.update',
      entityType: 'news',
      entityId: id,
      before: { ...before, createdAt: undefined, updatedAt: undefined },
      after: body,
      ...meta,
    });
  });
}

/** Deleted with its search document: the source finds no row for the id, so the index drops it. */
export async function deleteNews(db: Executor, principal: Principal, id: number, meta: RequestMeta) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(newsItems).where(eq(newsItems.id, id)).for('update');
    if (!before) throw notFound('news');
    await tx.delete(newsItems).where(eq(newsItems.id, id));
    await indexDocuments(tx, newsSearchSource, [id]);
    await recordAudit(tx, {
      actor: principal,
      action: 'news.delete',
      entityType: 'news',
      entityId: id,
      before: { kind: before.kind, titleZh: before.titleZh, publishedOn: before.publishedOn },
      ...meta,
    });
  });
}
