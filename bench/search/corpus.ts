import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../src/core/db/db.js';
import {
  generateEnterprises,
  generateNews,
  generatePolicies,
  generateUnits,
} from '../../src/data/generate/index.js';
import { newsRefs } from '../../src/data/reference-news.js';
import { newsItems } from '../../src/modules/portal/tables.js';
import { reindexAll } from '../../src/modules/search/index.js';
import { type Prepared, prepareDatabase } from '../../src/server/bootstrap.js';
import type { Fresh } from '../support/fresh-database.js';
import { log, mebibytes, progress, round, thousands } from '../support/measure.js';
import type { CorpusSizes } from './queries.js';

// ---------------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------------

export type Timed = { seconds: number; rows: number; rowsPerS: number };

export type CorpusReport = {
  prepared: Prepared;
  setupS: number;
  generate: Record<'enterprises' | 'units' | 'policies' | 'news', Timed>;
  /** The seed documents added as news items: file and 'news:id'. */
  seedDocuments: { file: string; key: string }[];
  /** MedZone's index time: reindexAll over every source (the GIN index is updated as rows are written). */
  reindexS: number;
  /** VACUUM ANALYZE of the index table afterwards, as autovacuum would on a live server. */
  vacuumS: number;
  documents: number;
  publicDocuments: number;
  byType: Record<string, { documents: number; public: number }>;
  /** pg_total_relation_size: search_documents with its indexes and TOAST. */
  indexMiB: { total: number; table: number; indexes: number };
};

async function timedGeneration(
  what: string,
  total: number,
  generate: (onProgress: (done: number) => void) => Promise<number>,
): Promise<Timed> {
  const started = performance.now();
  const rows = await generate(progress(what, total));
  const seconds = (performance.now() - started) / 1000;
  if (rows !== total) throw new Error(`${what}: ${rows} generated, expected ${total} in a fresh database`);
  log(`  ${what}: ${thousands(rows)} in ${round(seconds)} s`);
  return { seconds: round(seconds), rows, rowsPerS: Math.round(rows / Math.max(seconds, 0.001)) };
}

/** The seed documents' directory: ../shared/seeds beside the repository (absent in a user's clone). */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

/** A seed document's headline: its first line of content (a portal's breadcrumb is not one). */
function seedTitle(text: string, file: string): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0 && !/当前位置|首页\s*>/.test(l));
  if (!line) return file;
  if (line.length <= 200) return line;
  const cut = line.slice(0, 200);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 100)).trim();
}

/**
 * The two seed documents as news items, their full text as body (benchmark only: the product's data
 * restates them, see data/reference-news.ts). Skipped with a warning when the directory is absent.
 */
async function addSeedDocuments(database: Database): Promise<{ file: string; key: string }[]> {
  if (!fs.existsSync(SEEDS_DIR)) {
    log(`  WARNING: no seed documents at ${SEEDS_DIR}: the corpus is the generated data alone`);
    return [];
  }
  const files = fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const out: { file: string; key: string }[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
    const [row] = await database.db
      .insert(newsItems)
      .values({
        kind: 'news',
        titleZh: seedTitle(text, file),
        bodyZh: text,
        publishedOn: newsRefs.find((r) => r.source === file)?.publishedOn ?? '2023-01-01',
        source: file,
        isDemo: true,
      })
      .returning({ id: newsItems.id });
    out.push({ file, key: `news:${row!.id}` });
  }
  log(`  seed documents: ${out.map((s) => `${s.file} → ${s.key}`).join(', ')}`);
  return out;
}

async function indexFigures(database: Database) {
  const [size] = await queryRows<{ total: string; table: string; indexes: string }>(
    database.db,
    sql`SELECT pg_total_relation_size('search_documents') AS total, pg_relation_size('search_documents') AS table,
        pg_indexes_size('search_documents') AS indexes`,
  );
  const types = await queryRows<{ type: string; documents: number; public: number }>(
    database.db,
    sql`SELECT type, count(*)::int AS documents, count(*) FILTER (WHERE audience = 'public')::int AS public
      FROM search_documents GROUP BY type ORDER BY type`,
  );
  return {
    indexMiB: {
      total: mebibytes(Number(size!.total)),
      table: mebibytes(Number(size!.table)),
      indexes: mebibytes(Number(size!.indexes)),
    },
    byType: Object.fromEntries(types.map((t) => [t, { documents: t.documents, public: t.public }])) as never,
    documents: types.reduce((s, t) => s + t.documents, 0),
    publicDocuments: types.reduce((s, t) => s + t.public, 0),
  };
}

/**
 * Prepares the database as the server does (migrations, reference data), generates the corpus in order —
 * enterprises, units, policies, news, each with the seed's generator, then the seed documents —, and
 * re-indexes it all with reindexAll, timed: MedZone's index time.
 */
export async function buildCorpus(fresh: Fresh, sizes: CorpusSizes): Promise<CorpusReport> {
  const { database } = fresh;
  const started = performance.now();
  const prepared = await prepareDatabase(database, { loadDemo: false });
  const setupS = round((performance.now() - started) / 1000);
  log(`  fresh ${fresh.engine} database at ${fresh.where}: ${setupS} s`);
  const { db } = database;
  const { seed } = sizes;
  const generate = {
    enterprises: await timedGeneration('enterprises', sizes.enterprises, (onProgress) =>
      // Yearly figures are not searched: none are generated (the dashboard bench makes them).
      generateEnterprises(db, { count: sizes.enterprises, seed, metricYears: 0, onProgress }),
    ),
    units: await timedGeneration('units', sizes.units, (onProgress) =>
      generateUnits(db, { count: sizes.units, seed, onProgress }),
    ),
    policies: await timedGeneration('policies', sizes.policies, (onProgress) =>
      generatePolicies(db, { count: sizes.policies, seed, onProgress }),
    ),
    news: await timedGeneration('news', sizes.news, (onProgress) =>
      generateNews(db, { count: sizes.news, seed, onProgress }),
    ),
  };
  const seedDocuments = await addSeedDocuments(database);

  const [{ n: rows }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM search_documents`,
  )) as [{ n: number }];
  // reindexAll reports per source; the line shows the documents done over all of them.
  const show = progress('reindexAll', rows);
  const doneByType = new Map<string, number>();
  const reindexStarted = performance.now();
  await reindexAll(db, {
    onProgress: ({ type, done }) => {
      doneByType.set(type, done);
      show(
        Math.min(
          rows - 1,
          [...doneByType.values()].reduce((a, b) => a + b, 0),
        ),
      );
    },
  });
  show(rows);
  const reindexS = round((performance.now() - reindexStarted) / 1000);
  log(`  reindexAll: ${reindexS} s`);
  const vacuumStarted = performance.now();
  await db.execute(sql`VACUUM ANALYZE search_documents`);
  const vacuumS = round((performance.now() - vacuumStarted) / 1000);
  log(`  VACUUM ANALYZE search_documents: ${vacuumS} s`);
  return { prepared, setupS, generate, seedDocuments, reindexS, vacuumS, ...(await indexFigures(database)) };
}
