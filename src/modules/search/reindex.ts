import { and, eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import {
  allIds,
  chunksOf,
  indexInBulk,
  type SearchSource,
  searchDocuments,
  unindexedIds,
} from '../../core/search/index.js';
import { extendDictionary } from '../../core/text/index.js';
import { SEARCH_SOURCES } from './sources.js';

export type ReindexProgress = { type: string; done: number; total: number };

async function countOf(db: Executor, source: SearchSource): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(source.table)}`,
  );
  return row?.n ?? 0;
}

/**
 * Rebuilds every document from its entity (`medzone reindex`): after a change of the dictionary or of
 * what a source indexes. Batches commit one by one, so searches keep working meanwhile; documents whose
 * entity is gone are removed at the end.
 */
export async function reindexAll(
  db: Executor,
  options: { onProgress?: (progress: ReindexProgress) => void; types?: readonly string[] } = {},
): Promise<{ documents: number }> {
  await loadSearchDictionary(db);
  let documents = 0;
  for (const source of SEARCH_SOURCES) {
    if (options.types && !options.types.includes(source.type)) continue;
    const [clock] = await queryRows<{ started: string }>(db, sql`SELECT now()::text AS started`);
    const total = await countOf(db, source);
    let done = 0;
    await indexInBulk(db, source, allIds(db, source), (ids) => {
      done += ids.length;
      options.onProgress?.({ type: source.type, done, total });
    });
    // Every document still there was rewritten after `started`; older ones belong to deleted entities.
    await db
      .delete(searchDocuments)
      .where(
        and(
          eq(searchDocuments.type, source.type),
          sql`${searchDocuments.updatedAt} < ${clock!.started}::timestamptz`,
        ),
      );
    documents += done;
  }
  await analyzeDocuments(db);
  return { documents };
}

/** Bulk writes of at least this many documents are followed by fresh statistics. */
const ANALYZE_AFTER = 1_000;

/**
 * Statistics of the index table after a bulk write: the search reads its frequent lexemes from them and
 * the planner its estimates. PGlite runs no autovacuum, so nothing else would take them.
 */
async function analyzeDocuments(db: Executor): Promise<void> {
  await db.execute(sql`ANALYZE search_documents`);
}

/** Indexes entities that have no document yet: what bulk loaders (reference and demo data) wrote. */
export async function indexMissing(db: Executor, types?: readonly string[]): Promise<number> {
  let indexed = 0;
  for (const source of SEARCH_SOURCES) {
    if (types && !types.includes(source.type)) continue;
    const ids = await unindexedIds(db, source);
    await indexInBulk(db, source, chunksOf(ids));
    indexed += ids.length;
  }
  if (indexed >= ANALYZE_AFTER) await analyzeDocuments(db);
  return indexed;
}

/**
 * Teaches the segmenter the names in the data: zones, blocks, parks, and the enterprises settled in the
 * zone (its own firms; the million-firm target universe would cost ~500 MB of dictionary for little —
 * target names are found through their characters).
 */
export async function loadSearchDictionary(db: Executor): Promise<number> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`SELECT name_zh AS name FROM zones
      UNION ALL SELECT name_zh FROM blocks
      UNION ALL SELECT name_zh FROM parks
      UNION ALL SELECT name_zh FROM enterprises WHERE status IN ('settled', 'left')`,
  );
  return extendDictionary(rows.map((r) => r.name));
}

/** At start: the dictionary from the data, and documents for whatever was loaded without them. */
export async function prepareSearch(db: Executor): Promise<void> {
  await loadSearchDictionary(db);
  await indexMissing(db);
}
