import { type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { escapeLike } from '../../core/db/text-match.js';
import { nameKey, PUBLIC_LEXEME, type SearchType } from '../../core/search/index.js';
import { frequentLexemes } from './frequent-lexemes.js';
import { highlightAll, snippet } from './highlight.js';
import type { SearchHit, SearchQuery, SearchResponse } from './schema.js';
import {
  queryTerms,
  render,
  sharedPairsQuery,
  similarNamesQueries,
  type TsQuery,
  titleContainsQuery,
  withoutFrequent,
  wordsQuery,
} from './ts-query.js';

/** Staff (admins, investment officers) read every document; everyone else the public ones. */
function isStaff(principal: Principal | null): boolean {
  return principal !== null && (principal.role === 'admin' || principal.role === 'officer');
}

/** A query, and the part of it worth asking the index (null: all of it). */
type Match = { full: TsQuery; driver: TsQuery | null };

function matchOf(full: TsQuery, frequent: ReadonlySet<string>): Match {
  const driver = withoutFrequent(full, (lexeme) => frequent.has(lexeme));
  return { full, driver: driver && render(driver) !== render(full) ? driver : null };
}

/**
 * The match as SQL, for this caller. The index is asked the selective part; the full query then checks
 * the rows it returns (ts_match_vq is @@'s function: as a call it is a filter, never an index condition).
 * For the public the index query also requires the public lexeme, so the index skips staff documents (most
 * of a target universe) instead of the heap filtering them out.
 */
function matchFor(match: Match, staff: boolean): SQL {
  const asked = render(match.driver ?? match.full);
  const recheck = match.driver ? sql` AND ts_match_vq(d.document, ${render(match.full)}::tsquery)` : sql``;
  return staff
    ? sql`d.document @@ ${asked}::tsquery${recheck}`
    : sql`d.document @@ ${`(${asked}) & '${PUBLIC_LEXEME}'`}::tsquery AND d.audience = 'public'${recheck}`;
}

/**
 * The match as a filter only, for rows another index finds (names by their prefix): the planner would
 * otherwise AND the GIN bitmap of a broad query (福州: 80,000 documents) with the name range.
 */
function matchFilter(match: Match, staff: boolean): SQL {
  const full = sql`ts_match_vq(d.document, ${render(match.full)}::tsquery)`;
  return staff ? full : sql`${full} AND d.audience = 'public'`;
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

// Among equally good matches: places and policies before firms, firms before the units in a building.
const TYPE_ORDER = sql`array_position(ARRAY['park', 'policy', 'enterprise', 'news', 'lead', 'project', 'unit', 'building'], c.type)`;

type Ranking = {
  tsQuery: TsQuery;
  /** Titles holding the whole query as written: first after exact and prefix names. */
  wholeQuery: TsQuery | null;
  titleQuery: TsQuery | null;
  key: string;
};

/**
 * One statement for the facets and the page: the matches (up to COUNT_CAP) are read once, counted per type,
 * and ranked with the other candidates. Order: exact name, name starting with the query, title holding the
 * whole query, title alone matching every term, kind, tsvector rank (name A > subtitle and tags B > body C),
 * shorter titles first.
 */
async function facetsAndPage(
  db: Executor,
  parts: { matched: SQL; others: SQL[] },
  ranking: Ranking,
  q: SearchQuery,
): Promise<{ facets: { type: SearchType; count: number }[]; rows: Row[] }> {
  // (PostgreSQL refuses a constant in ORDER BY: a tier without its query is left out.)
  const tier = (query: TsQuery | null) =>
    query ? sql`c.document @@ ${render(query)}::tsquery DESC,` : sql``;
  const candidates = sql.join([...parts.others, sql`(SELECT * FROM matched)`], sql` UNION `);
  const [result] = await queryRows<{ facets: { type: SearchType; count: number }[]; rows: Row[] }>(
    db,
    sql`WITH matched AS MATERIALIZED (${parts.matched}),
      candidates AS (${candidates}),
      ranked AS (
        SELECT c.type, c.entity_id AS id, c.title, c.subtitle, c.url, c.excerpt,
          row_number() OVER (ORDER BY c.name_key = ${ranking.key} DESC, starts_with(c.name_key, ${ranking.key}) DESC,
            ${tier(ranking.wholeQuery)} ${tier(ranking.titleQuery)}
            ${TYPE_ORDER}, ts_rank(c.document, ${render(ranking.tsQuery)}::tsquery) DESC, length(c.title), c.entity_id
          ) AS position
        FROM candidates c ${q.type ? sql`WHERE c.type = ${q.type}` : sql``})
      SELECT
        (SELECT coalesce(json_agg(f ORDER BY f.count DESC, f.type), '[]')
          FROM (SELECT m.type, count(*)::int AS count FROM matched m GROUP BY m.type) f) AS facets,
        (SELECT coalesce(json_agg(r ORDER BY r.position), '[]')
          FROM (SELECT type, id, title, subtitle, url, excerpt, position FROM ranked
            WHERE position > ${q.offset} AND position <= ${q.offset + q.limit}) r) AS rows`,
  );
  return result!;
}

/**
 * Word matches: up to COUNT_CAP of them, counted; ranked with them, documents named exactly as the query or
 * starting with it (through the name index) and those holding it whole in their title (through its rare
 * character pairs), however many other matches there are — of the selected type, when one is (the first
 * COUNT_CAP matches may hold none of it).
 */
function wordParts(
  match: Match,
  ranking: Ranking,
  whole: Match | null,
  staff: boolean,
  q: SearchQuery,
): { matched: SQL; others: SQL[] } {
  const typeFilter = q.type ? sql`AND d.type = ${q.type}` : sql``;
  const others: SQL[] = [];
  if (ranking.key)
    others.push(sql`(SELECT d.* FROM search_documents d
      WHERE d.name_key LIKE ${`${escapeLike(ranking.key)}%`} AND ${matchFilter(match, staff)} ${typeFilter}
      LIMIT ${RANK_CAP})`);
  if (whole)
    others.push(sql`(SELECT d.* FROM search_documents d
      WHERE ${matchFor(whole, staff)} ${typeFilter} LIMIT ${RANK_CAP})`);
  if (q.type)
    others.push(sql`(SELECT d.* FROM search_documents d
      WHERE ${matchFor(match, staff)} ${typeFilter} LIMIT ${RANK_CAP})`);
  return {
    matched: sql`SELECT d.* FROM search_documents d WHERE ${matchFor(match, staff)} LIMIT ${COUNT_CAP}`,
    others,
  };
}

/** Names one edit away: each alternative on its own, a few names each. */
function similarCandidates(alternatives: readonly Match[], staff: boolean): SQL {
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

async function wordResults(
  db: Executor,
  terms: string[],
  key: string,
  staff: boolean,
  q: SearchQuery,
  frequent: ReadonlySet<string>,
) {
  const wholeQuery = titleContainsQuery(q.q);
  const words = wordsQuery(terms)!;
  // Every term, or the whole query as written inside a title (和嘉医疗 in a name whose words differ).
  const tsQuery: TsQuery = wholeQuery ? { or: [words, wholeQuery] } : words;
  const match = matchOf(tsQuery, frequent);
  const whole = wholeQuery ? matchOf(wholeQuery, frequent) : null;
  const ranking = {
    tsQuery,
    wholeQuery,
    titleQuery: wordsQuery(terms, { titles: true }),
    key,
  };
  return facetsAndPage(db, wordParts(match, ranking, whole, staff, q), ranking, q);
}

async function similarResults(
  db: Executor,
  alternatives: TsQuery[],
  key: string,
  staff: boolean,
  q: SearchQuery,
  frequent: ReadonlySet<string>,
) {
  const candidates = similarCandidates(
    alternatives.map((a) => matchOf(a, frequent)),
    staff,
  );
  // Ranked by how many of the query's character pairs a name shares.
  const shared: TsQuery = sharedPairsQuery(q.q) ?? { or: alternatives };
  const ranking = { tsQuery: shared, wholeQuery: null, titleQuery: null, key };
  return facetsAndPage(db, { matched: candidates, others: [] }, ranking, q);
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
  const frequent = await frequentLexemes(db);
  let result = await wordResults(db, terms, key, staff, q, frequent);
  if (result.facets.length === 0) {
    const alternatives = similarNamesQueries(q.q);
    if (alternatives.length === 0) return empty;
    mode = 'similar';
    result = await similarResults(db, alternatives, key, staff, q, frequent);
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
