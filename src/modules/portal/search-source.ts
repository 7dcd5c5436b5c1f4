import { sql } from 'drizzle-orm';
import { queryRows } from '../../core/db/db.js';
import { idList, type SearchDocumentInput, type SearchSource } from '../../core/search/index.js';
import type { NewsKind } from './news-schema.js';

/** How a result names the kind of item: the search page shows these words as they are. */
export const NEWS_KIND_LABELS: Record<NewsKind, string> = { news: '新闻', event: '活动', notice: '公告' };

type NewsRow = {
  id: number;
  kind: NewsKind;
  titleZh: string;
  summaryZh: string;
  bodyZh: string;
  publishedOn: string;
  eventStartsOn: string | null;
  zone: string | null;
};

/** '活动 · 2025-06-01': an event is dated by when it takes place, the rest by publication. */
function subtitleOf(n: NewsRow): string {
  const date = n.kind === 'event' ? (n.eventStartsOn ?? n.publishedOn) : n.publishedOn;
  return `${NEWS_KIND_LABELS[n.kind]} · ${date}`;
}

/** News, events and notices: title, kind and date, zone, summary and body. All public, demo items too. */
export const newsSearchSource: SearchSource = {
  type: 'news',
  table: 'news_items',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<NewsRow>(
      db,
      sql`SELECT n.id, n.kind, n.title_zh AS "titleZh", n.summary_zh AS "summaryZh", n.body_zh AS "bodyZh",
          n.published_on::text AS "publishedOn", n.event_starts_on::text AS "eventStartsOn", z.name_zh AS zone
        FROM news_items n LEFT JOIN zones z ON z.id = n.zone_id
        WHERE n.id IN ${idList(ids)}`,
    );
    return rows.map(
      (n): SearchDocumentInput => ({
        entityId: n.id,
        title: n.titleZh,
        subtitle: subtitleOf(n),
        tags: [NEWS_KIND_LABELS[n.kind], n.zone],
        body: [n.summaryZh, n.bodyZh].filter(Boolean).join('\n'),
        url: `/news/${n.id}`,
        audience: 'public',
      }),
    );
  },
};
