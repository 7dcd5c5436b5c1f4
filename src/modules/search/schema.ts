import { z } from 'zod';
import { SEARCH_TYPES } from '../../core/search/index.js';

export const searchTypeSchema = z.enum(SEARCH_TYPES);

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe('Words in simplified or traditional Chinese, Latin, numbers'),
  type: searchTypeSchema.optional().describe('Only this kind of result; the facets still count every kind'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(500).default(0),
});
export type SearchQuery = z.output<typeof searchQuery>;

/** A piece of text, marked when it matched the query: the page renders hits as <mark>. */
const textPiece = z.object({ text: z.string(), hit: z.boolean() });
export type TextPiece = z.output<typeof textPiece>;

export const searchHit = z.object({
  type: searchTypeSchema,
  id: z.number().int(),
  title: z.string(),
  titlePieces: z.array(textPiece),
  subtitle: z.string().nullable(),
  /** Around the first match in the body (or its start); empty when the document has no body. */
  snippet: z.array(textPiece),
  url: z.string().describe('The web page of the entity'),
});
export type SearchHit = z.output<typeof searchHit>;

export const searchResponse = z.object({
  q: z.string(),
  /** The query's terms after folding and segmentation, as the index compares them. */
  terms: z.array(z.string()),
  /** words: every term matched; similar: no document had them all, these names are close (typos). */
  mode: z.enum(['words', 'similar']),
  /** Matches of the selected type (or all types), counting only what the caller may read. */
  total: z.number().int(),
  /** Counting stopped at 10,000 matches: total and facets are at least that. */
  capped: z.boolean(),
  facets: z.array(z.object({ type: searchTypeSchema, count: z.number().int() })),
  items: z.array(searchHit),
});
export type SearchResponse = z.output<typeof searchResponse>;
