import { z } from 'zod';
import { type SearchRequest, searchTypes } from './search-types';

/** Results per page of /search. */
export const SEARCH_PAGE_SIZE = 20;
/** The API pages no further than offset 500: the last page that can be asked for. */
const LAST_OFFSET = 500;
export const SEARCH_LAST_PAGE = Math.floor(LAST_OFFSET / SEARCH_PAGE_SIZE) + 1;
/** How long a query the API accepts. */
export const SEARCH_MAX_LENGTH = 200;

// Each field of a shared or hand-edited link is checked on its own and dropped when invalid.
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** The results page's URL, in the API's own names; defaults are left out. */
export const searchPageSchema = z.object({
  q: optional(z.string().max(SEARCH_MAX_LENGTH)),
  type: optional(z.enum(searchTypes)),
  page: optional(z.coerce.number().int().positive().max(SEARCH_LAST_PAGE)),
});

export type SearchPageParams = z.output<typeof searchPageSchema>;

/** The request of the page on screen, or null when there is nothing to search for. */
export function toSearchRequest(params: SearchPageParams): SearchRequest | null {
  const q = params.q?.trim();
  if (!q) return null;
  const page = params.page ?? 1;
  return { q, type: params.type, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE };
}

/** How many results the pager can reach: all of them, up to the API's last page. */
export function reachableTotal(total: number): number {
  return Math.min(total, SEARCH_LAST_PAGE * SEARCH_PAGE_SIZE);
}
