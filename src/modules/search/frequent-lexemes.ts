import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';

/**
 * The lexemes in more than this share of the search documents: not worth asking the index for (see
 * withoutFrequent). At a million documents 2% is 20,000 postings; 有限 and 公司 are 900,000.
 */
const FREQUENT_SHARE = 0.02;
/** How long a reading of the statistics is used: they change with ANALYZE, not with each write. */
const REFRESH_MS = 5 * 60_000;

type Reading = { at: number; lexemes: Promise<ReadonlySet<string>> };
const readings = new WeakMap<object, Reading>();

/**
 * The frequent lexemes, from the statistics ANALYZE keeps of the tsvector column (most_common_elems, as
 * the planner uses them). Empty until the table has been analysed — the queries are then sent whole, as
 * they are right.
 */
async function readFrequent(db: Executor): Promise<ReadonlySet<string>> {
  const rows = await queryRows<{ lexeme: string }>(
    db,
    sql`SELECT u.lexeme FROM pg_stats s,
        unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(lexeme, share)
      WHERE s.tablename = 'search_documents' AND s.attname = 'document'
        AND s.schemaname = current_schema() AND u.lexeme IS NOT NULL AND u.share >= ${FREQUENT_SHARE}`,
  );
  return new Set(rows.map((r) => r.lexeme));
}

export function frequentLexemes(db: Executor): Promise<ReadonlySet<string>> {
  const now = Date.now();
  const reading = readings.get(db);
  if (reading && now - reading.at < REFRESH_MS) return reading.lexemes;
  const lexemes = readFrequent(db).catch(() => new Set<string>());
  readings.set(db, { at: now, lexemes });
  return lexemes;
}

/** Forgets the reading of a database (tests that ANALYZE and want the new statistics at once). */
export function forgetFrequentLexemes(db: Executor): void {
  readings.delete(db);
}
