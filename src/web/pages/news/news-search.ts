import { z } from 'zod';
import { type NewsListRequest, newsKinds } from './news-types';

/** Items per page of /news. */
export const NEWS_PAGE_SIZE = 20;

// Each field of a shared or hand-edited link is checked on its own and dropped when invalid.
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** The list's URL, in the API's own names; defaults are left out. */
export const newsSearchSchema = z.object({
  q: optional(z.string().max(100)),
  kind: optional(z.enum(newsKinds)),
  zone: optional(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)),
  page: optional(z.coerce.number().int().positive().max(50_000)),
});

export type NewsSearch = z.output<typeof newsSearchSchema>;

/** The request of the page on screen. */
export function toNewsListQuery(search: NewsSearch): NewsListRequest {
  const page = search.page ?? 1;
  const q = search.q?.trim();
  return {
    q: q || undefined,
    kind: search.kind,
    zone: search.zone,
    limit: NEWS_PAGE_SIZE,
    offset: (page - 1) * NEWS_PAGE_SIZE,
  };
}

export function hasNewsFilters(search: NewsSearch): boolean {
  const { page: _page, ...filters } = search;
  return Object.values(filters).some((value) => value !== undefined);
}
