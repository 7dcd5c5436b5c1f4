import type { paths } from '../../api/schema';

// The contract of GET /api/search from the generated client types (src/web/api/schema.d.ts), named here
// once for the header box and the results page. No runtime imports but the list of types, so the pure
// helpers and their tests can use it without a browser.

type Search = paths['/api/search']['get'];

export type SearchRequest = Search['parameters']['query'];
export type SearchResult = Search['responses'][200]['content']['application/json'];
export type SearchHit = SearchResult['items'][number];
export type SearchType = SearchHit['type'];
export type TextPiece = SearchHit['titlePieces'][number];

/** Every type, in the order the results page lists its facets (the API's own order). */
export const searchTypes = [
  'park',
  'building',
  'unit',
  'enterprise',
  'policy',
  'news',
  'lead',
  'project',
] as const satisfies readonly SearchType[];

// A type the API adds must be added above too (the facets list and the page's URL check use the list).
type Missing = Exclude<SearchType, (typeof searchTypes)[number]>;
const everyType: Missing extends never ? true : Missing = true;
void everyType;
