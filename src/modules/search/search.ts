import { type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { escapeLike } from '../../core/db/text-match.js';
import { nameKey, PUBLIC_LEXEME, type SearchType } from '../../core/search/index.js';
import { highlightAll, snippet } from './highlight.js';
import type { SearchHit, SearchQuery, SearchResponse } from './schema.js';
import {
  queryTerms,
  sharedPairsQuery,
  similarNamesQueries,
  titleContainsQuery,
  wordsQuery,
} from './ts-query.js';

/** Staff (admins, investment officers) read every document; everyone else the public ones. */
function isStaff(principal: Principal | null): boolean {
  return principal !== null && (principal.role === 'admin' || principal.role === 'officer');
}

/**
 * The match, for this caller: for the public the query also requires the public lexeme, so the index
 * skips staff documents (most of a target universe) instead of the heap filtering them out.
 */
function matchFor(tsQuery: string, staff: boolean): SQL {
  return staff
    ? sql`d.document @@ ${tsQuery}::tsquery`
    : sql`d.document @@ ${`(${tsQuery}) & '${PUBLIC_LEXEME}'`}::tsquery AND d.audience = 'public'`;
}

type Row = {
  type: SearchType;
  id: number;
  title: string;
  subtitle: string | null;
  url: string;
  excerpt: string;
};

type Mode = SearchResponse['mode'];

/** Counting stops here: "医药" matches a third of a million-firm registry, and nobody pages that far. */
const COUNT_CAP = 1_000;
/** Matches ranked per query: the exact and prefix names always, plus this many others. */
const RANK_CAP = 500;
/** Names kept per one-edit alternative of a typo. */
const SIMILAR_CAP = 50;

/** Counts per type of the matches (up to COUNT_CAP): the facets, and the total. */
async function facetCounts(db: Executor, matches: SQL) {
  return queryRows<{ type: SearchType; count: number }>(
    db,
    sql`SELECT m.type, count(*)::int AS count FROM (${matches}) m
      GROUP BY m.type ORDER BY count(*) DESC, m.type`,
  );
}

// Among equally good matches: places and policies before firms, firms before the units in a building.
const TYPE_ORDER = sql`array_position(ARRAY['park', 'policy', 'enterprise', 'news', 'lead', 'project', 'unit', 'building'], c.type)`;

type Ranking = {
  tsQuery: string;
  /** Titles holding the whole query as written: first after exact and prefix names. */
  wholeQuery: string | null;
  titleQuery: string | null;
  key: string;
};

/**
 * The ranked page of the candidates. Order: exact name, name starting with the query, title holding the
 * whole query, title alone matching every term, kind, tsvector rank (name A > subtitle and tags B > body C),
 * shorter titles first.
 */
async function rankedPage(db: Executor, candidates: SQL, ranking: Ranking, q: SearchQuery) {
  // (PostgreSQL refuses a constant in ORDER BY: a tier without its query is left out.)
  const tier = (query: string | null) => (query ? sql`c.document @@ ${query}::tsquery DESC,` : sql``);
  return queryRows<Row>(
    db,
    sql`WITH candidates AS (${candidates})
      SELECT c.type, c.entity_id AS id, c.title, c.subtitle, c.url, c.excerpt FROM candidates c
      ${q.type ? sql`WHERE c.type = ${q.type}` : sql``}
      ORDER BY c.name_key = ${ranking.key} DESC, starts_with(c.name_key, ${ranking.key}) DESC,
        ${tier(ranking.wholeQuery)} ${tier(ranking.titleQuery)}
        ${TYPE_ORDER}, ts_rank(c.document, ${ranking.tsQuery}::tsquery) DESC, length(c.title), c.entity_id
      LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
}

/**
 * Word matches to rank: documents named exactly as the query, starting with it (through the name index) or
 * holding it whole in their title (through its rare character pairs), however many other matches there
 * are; and up to RANK_CAP others (of the selected type).
 */
function wordCandidates(match: SQL, ranking: Ranking, staff: boolean, q: SearchQuery): SQL {
  const typeFilter = q.type ? sql`AND d.type = ${q.type}` : sql``;
  const branches: SQL[] = [];
  if (ranking.key)
    branches.push(sql`(SELECT d.* FROM search_documents d
      WHERE d.name_key LIKE ${`${escapeLike(ranking.key)}%`} AND ${match} ${typeFilter} LIMIT ${RANK_CAP})`);
  if (ranking.wholeQuery)
    branches.push(sql`(SELECT d.* FROM search_documents d
      WHERE ${matchFor(ranking.wholeQuery, staff)} ${typeFilter} LIMIT ${RANK_CAP})`);
  branches.push(sql`(SELECT d.* FROM search_documents d WHERE ${match} ${typeFilter} LIMIT ${RANK_CAP})`);
  return sql.join(branches, sql` UNION `);
}

/** Names one edit away: each alternative on its own, a few names each. */
function similarCandidates(alternatives: readonly string[], staff: boolean): SQL {
  return sql.join(
    alternatives.map(
      (alternative) =>
        sql`(SELECT d.* FROM search_documents d WHERE ${matchFor(alternative, staff)} LIMIT ${SIMILAR_CAP})`,
    ),
    sql` UNION `,
  );
}

function hitOf(row: Row, highlightTerms: readonly string[]): SearchHit {
  return {
    type: row.type,
    id: row.id,
    title: row.title,
    titlePieces: highlightAll(row.title, highlightTerms),
    subtitle: row.subtitle,
    snippet: snippet(row.excerpt, highlightTerms),
    url: row.url,
  };
}

async function wordResults(db: Executor, terms: string[], key: string, staff: boolean, q: SearchQuery) {
  const wholeQuery = titleContainsQuery(q.q);
  // Every term, or the whole query as written inside a title (和嘉医疗 in a name whose words differ).
  const tsQuery = wholeQuery ? `(${wordsQuery(terms)}) | (${wholeQuery})` : wordsQuery(terms)!;
  const match = matchFor(tsQuery, staff);
  const ranking = {
    tsQuery,
    wholeQuery,
    titleQuery: wordsQuery(terms, { titles: true }),
    key,
  };
  const [facets, rows] = await Promise.all([
    facetCounts(db, sql`SELECT d.type FROM search_documents d WHERE ${match} LIMIT ${COUNT_CAP}`),
    rankedPage(db, wordCandidates(match, ranking, staff, q), ranking, q),
  ]);
  return { facets, rows };
}

async function similarResults(
  db: Executor,
  alternatives: string[],
  key: string,
  staff: boolean,
  q: SearchQuery,
) {
  const candidates = similarCandidates(alternatives, staff);
  // Ranked by how many of the query's character pairs a name shares.
  const shared = sharedPairsQuery(q.q) ?? alternatives.map((a) => `(${a})`).join(' | ');
  const ranking = { tsQuery: shared, wholeQuery: null, titleQuery: null, key };
  const [facets, rows] = await Promise.all([
    facetCounts(db, sql`SELECT type FROM (${candidates}) s`),
    rankedPage(db, candidates, ranking, q),
  ]);
  return { facets, rows };
}

/**
 * Searches every document the caller may read. Words first: every term must match; when nothing does,
 * names one edit away (typos). Results a caller may not read are neither listed nor counted.
 */
export async function search(
  db: Executor,
  principal: Principal | null,
  q: SearchQuery,
): Promise<SearchResponse> {
  const terms = queryTerms(q.q);
  const key = nameKey(q.q);
  const staff = isStaff(principal);
  const empty = { q: q.q, terms, mode: 'words' as Mode, total: 0, capped: false, facets: [], items: [] };
  if (terms.length === 0) return empty;
  let mode: Mode = 'words';
  let result = await wordResults(db, terms, key, staff, q);
  if (result.facets.length === 0) {
    const alternatives = similarNamesQueries(q.q);
    if (alternatives.length === 0) return empty;
    mode = 'similar';
    result = await similarResults(db, alternatives, key, staff, q);
  }
  const counted = result.facets.reduce((sum, f) => sum + f.count, 0);
  const total = result.facets
    .filter((f) => !q.type || f.type === q.type)
    .reduce((sum, f) => sum + f.count, 0);
  return {
    q: q.q,
    terms,
    mode,
    total,
    capped: mode === 'words' && counted >= COUNT_CAP,
    facets: result.facets,
    items: result.rows.map((row) => hitOf(row, terms)),
  };
}
