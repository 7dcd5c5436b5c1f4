import type { SearchHit, SearchResult, SearchType } from '../pages/search/search-types';

/** The hits of one type in the header box's list, under the type's label and its count of matches. */
export type HitGroup = { type: SearchType; count: number; hits: SearchHit[] };

/**
 * The answer's hits grouped by type, the groups in the order of their best hit (the server ranks): a
 * query for a park name lists the parks first.
 */
export function groupHits(result: SearchResult): HitGroup[] {
  const groups = new Map<SearchType, HitGroup>();
  for (const hit of result.items) {
    let group = groups.get(hit.type);
    if (!group) {
      const count = result.facets.find((facet) => facet.type === hit.type)?.count ?? 0;
      group = { type: hit.type, count, hits: [] };
      groups.set(hit.type, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/** The option id of a hit, unique within the list (`base` is the list's own id). */
export function hitOptionId(base: string, hit: Pick<SearchHit, 'type' | 'id'>): string {
  return `${base}-${hit.type}-${hit.id}`;
}

/** The last option, "see all results". */
export function allOptionId(base: string): string {
  return `${base}-all`;
}

/** Every option id in the order the arrow keys go through them: the groups' hits, then "see all". */
export function optionOrder(base: string, groups: HitGroup[]): string[] {
  return [...groups.flatMap((group) => group.hits.map((hit) => hitOptionId(base, hit))), allOptionId(base)];
}

/**
 * The option an arrow key moves to, around the ends; from none, down goes to the first and up to the last.
 * An id no longer in the list (the answer changed) counts as none.
 */
export function moveActive(order: string[], active: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = active === null ? -1 : order.indexOf(active);
  if (at < 0) return (step > 0 ? order[0] : order[order.length - 1]) ?? null;
  return order[(at + step + order.length) % order.length] ?? null;
}
