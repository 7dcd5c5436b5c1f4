import { z } from 'zod';
import type { FacetCounts, UnitSearchRequest } from '../../api/queries';
import {
  type CleanroomLevel,
  cleanroomLevels,
  dealTypes,
  sortKeys,
  type UnitStatusValue,
  type UnitUse,
  unitStatuses,
  unitUses,
} from '../../api/space-values';

export const pageSizes = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

// Each field of a shared or hand-edited URL is checked on its own and dropped when invalid (`catch`): a
// stale link still opens the search with the filters that make sense instead of an error page.
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

function oneOf<T extends string>(values: readonly T[]) {
  return optional(z.enum(values as [T, ...T[]]));
}

/** `use=rd_lab,office`: known values only, each once, in the order given; nothing left means no filter. */
function commaList<T extends string>(values: readonly T[]) {
  return optional(
    z.string().transform((text) => {
      const picked = [...new Set(text.split(','))].filter((value): value is T => values.includes(value as T));
      return picked.length > 0 ? picked.join(',') : undefined;
    }),
  );
}

const amount = optional(z.coerce.number().min(0).max(100_000_000));
const code = optional(z.string().trim().min(1).max(64));

/**
 * The search page's URL: the query string of GET /api/units with the same names, so that a URL of the
 * page, the API request behind it and the export link all read alike. Defaults are left out of the URL.
 */
export const spaceSearchSchema = z.object({
  zone: code,
  block: code,
  park: optional(z.coerce.number().int().positive()),
  use: commaList(unitUses),
  minArea: amount,
  maxArea: amount,
  cleanroom: oneOf(cleanroomLevels),
  dealType: oneOf(dealTypes),
  minPrice: amount,
  maxPrice: amount,
  status: commaList(unitStatuses),
  availableBefore: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  sort: oneOf(sortKeys),
  limit: optional(z.coerce.number().int().min(1).max(200)),
  offset: optional(z.coerce.number().int().min(0).max(1_000_000)),
});

export type SpaceSearch = z.output<typeof spaceSearchSchema>;
export type FilterName = Exclude<keyof SpaceSearch, 'sort' | 'limit' | 'offset'>;

export const filterNames = [
  'zone',
  'block',
  'park',
  'use',
  'minArea',
  'maxArea',
  'cleanroom',
  'dealType',
  'minPrice',
  'maxPrice',
  'status',
  'availableBefore',
] as const satisfies readonly FilterName[];

export function splitList<T extends string>(value: string | undefined): T[] {
  return value ? (value.split(',') as T[]) : [];
}

/** The filters of a search, without sort and paging, in the API's terms (lists as arrays). */
export function toApiFilters(search: SpaceSearch): UnitSearchRequest {
  const filters: UnitSearchRequest = {};
  for (const name of filterNames) {
    const value = search[name];
    if (value === undefined) continue;
    if (name === 'use') filters.use = splitList<UnitUse>(search.use);
    else if (name === 'status') filters.status = splitList<UnitStatusValue>(search.status);
    else Object.assign(filters, { [name]: value });
  }
  return filters;
}

/** The whole request of the results page: filters, sort and the page. */
export function toApiQuery(search: SpaceSearch): UnitSearchRequest {
  return {
    ...toApiFilters(search),
    sort: search.sort ?? 'code',
    limit: search.limit ?? DEFAULT_PAGE_SIZE,
    offset: search.offset ?? 0,
  };
}

/**
 * The Excel export of everything the filters match (all pages, so no limit or offset), as a plain link:
 * the browser downloads it with the session cookie like any other file.
 */
export function exportHref(search: SpaceSearch): string {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = search[name];
    if (value !== undefined) params.set(name, String(value));
  }
  if (search.sort && search.sort !== 'code') params.set('sort', search.sort);
  const query = params.toString();
  return `/api/units/export.xlsx${query ? `?${query}` : ''}`;
}

export function hasFilters(search: SpaceSearch): boolean {
  return filterNames.some((name) => search[name] !== undefined);
}

export type FacetName = keyof FacetCounts;

/** Count of one facet value; values the API did not list match nothing under the other filters. */
export function facetCount(facets: FacetCounts | undefined, facet: FacetName, value: string): number {
  return facets?.[facet].find((entry) => entry.value === value)?.count ?? 0;
}

// The ladder the API filters on (space/unit-search.ts): GMP A/B/C/D sit at ISO 5/6/7/8, and "at least C"
// means C or cleaner on either scale.
const gradeRank: Record<string, number> = {
  gmp_d: 1,
  iso_8: 1,
  gmp_c: 2,
  iso_7: 2,
  gmp_b: 3,
  iso_6: 3,
  gmp_a: 4,
  iso_5: 4,
};
const levelRank: Record<CleanroomLevel, number> = {
  D: 1,
  ISO8: 1,
  C: 2,
  ISO7: 2,
  B: 3,
  ISO6: 3,
  A: 4,
  ISO5: 4,
};

/**
 * The facet counts units per grade; the filter offers "at least" levels. The count beside a level is the
 * sum over every grade that satisfies it, which is what choosing that level would return.
 */
export function cleanroomLevelCounts(facets: FacetCounts | undefined): Record<CleanroomLevel, number> {
  const counts = Object.fromEntries(cleanroomLevels.map((level) => [level, 0])) as Record<
    CleanroomLevel,
    number
  >;
  for (const { value, count } of facets?.cleanroomGrade ?? []) {
    const rank = gradeRank[value];
    if (rank === undefined) continue;
    for (const level of cleanroomLevels) if (rank >= levelRank[level]) counts[level] += count;
  }
  return counts;
}
