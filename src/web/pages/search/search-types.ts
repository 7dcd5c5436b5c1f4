import { SEARCH_TYPES } from '../../../core/search/search-types';
import type { paths } from '../../api/schema';

// The contract of GET /api/search from the generated client types (src/web/api/schema.d.ts), named here
// once for the header box and the results page. No runtime imports but the (import-free) list of types,
// so the pure helpers and their tests can use it without a browser.

type Search = paths['/api/search']['get'];

export type SearchRequest = Search['parameters']['query'];
export type SearchResult = Search['responses'][200]['content']['application/json'];
export type SearchHit = SearchResult['items'][number];
export type SearchType = SearchHit['type'];
export type TextPiece = SearchHit['titlePieces'][number];

/** Every type, in the order the results page lists its facets: the server's own list. */
export const searchTypes = SEARCH_TYPES satisfies readonly SearchType[];
