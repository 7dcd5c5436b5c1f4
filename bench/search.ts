import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeResult } from './result.js';
import { buildCorpus, type CorpusReport, SEEDS_DIR } from './search/corpus.js';
import { type BenchDocument, corpusFingerprint, foldPublic, loadDocuments } from './search/documents.js';
import { dataWords, inProcessFigures, pretokenize, segmenterSample } from './search/in-process.js';
import { startApi } from './search/medzone.js';
import {
  CATEGORIES,
  type CorpusSizes,
  countsOf,
  expectedDocuments,
  type LabelledQuery,
  makeQuerySet,
  readQueryFile,
  sameSizes,
  writeQueryFile,
} from './search/queries.js';
import { type EngineFigures, figures, runQueries } from './search/scoring.js';
import { type Fresh, freshPglite, freshPostgres } from './support/fresh-database.js';
import { machineInfo } from './support/machine.js';
import { log, progress, round, timed } from './support/measure.js';

/**
 * Search at scale: `npm run bench -- search`. MedZone's search against Orama, MiniSearch and FlexSearch on
 * one corpus and one labelled query set, in one process.
 *
 *   a. the corpus, in a fresh database (a database `medzone_bench_search` dropped and created on the
 *      PostgreSQL server at BENCH_DATABASE_URL or DATABASE_URL; PGlite in a temporary directory when neither
 *      is set), prepared as the server prepares it: ENTERPRISES, UNITS, POLICIES and NEWS from the
 *      generators at SEED, in that order, then the two seed documents of ../shared/seeds as news items with
 *      their full text (skipped with a warning where absent); then reindexAll, timed: MedZone's index time;
 *   b. the documents read back through SEARCH_SOURCES' load (exactly what is indexed), for the in-process
 *      engines and the query set;
 *   c. the labelled query set (see search/queries.ts for what each category is and how its expected documents
 *      are defined): bench/search-queries.json, kept in the repository and written from the default-size
 *      corpus by --write-queries. A run uses it when its sizes are the default ones, and refuses it unless
 *      the corpus has the fingerprint it records (the documents' keys, audience and text): a file written
 *      before the generators, the search sources or the seed documents changed would score engines against
 *      documents that are not there; rewrite it. At other sizes (a smoke run) the set is generated in memory
 *      by the same code, so that a small corpus is measured with queries of its own and not with queries
 *      whose documents it lacks — unless --write-queries wrote one for those sizes (bench/search-queries-
 *      <sizes>.json, checked the same way). The result says where the queries came from;
 *   d. the engines, one after another, each freed before the next, with the same queries (a few warm-ups
 *      first, then each query timed alone):
 *        postgres    MedZone on the full corpus, GET /api/search?q=…&limit=10 through the real HTTP server
 *        orama, minisearch, flexsearch   in process on the same documents with the same tokenizer, each
 *                    in a worker thread of its own (search/in-process.ts: its heap measured alone, freed
 *                    whole, and a query that runs for minutes stoppable); search/engines.ts says how each
 *                    is configured, and why
 *        pglite      MedZone on PGlite with a corpus of SCALE_PGLITE × each size — the generators being
 *                    deterministic per index and ids given in generation order, its documents are the full
 *                    corpus's first ones —; each query's expected set is recomputed on it (by the same
 *                    definition: what the full set holds among its documents), queries left with none are
 *                    skipped and counted;
 *   e. a table of every engine (documents, index time, memory or size on disk, p50/p95/p99 latency,
 *      recall@10, MRR), one of recall per category, and bench/results/search-<time>.json.
 *
 * Recall@10 = |top 10 ∩ expected| / min(10, |expected|); MRR = 1 / rank of the first expected document in
 * the top 10 (0 when none); both averaged over the queries, and per category. Memory: heap + external bytes
 * held after a forced gc (in-process engines); for MedZone, pg_total_relation_size of search_documents.
 *
 * Options, as environment variables or --flags (a flag wins):
 *   ENTERPRISES   enterprises to generate (default 900000)
 *   UNITS         units (default 80000)
 *   POLICIES      policies (default 10000)
 *   NEWS          news items (default 10000)
 *   SEED          generator seed (default 1)
 *   SCALE_PGLITE  the PGlite corpus as a fraction of each size (default 0.1)
 *   PER_CATEGORY  queries per category when the set is made (default 40)
 *   ENGINES       comma list of postgres, orama, minisearch, flexsearch, pglite (default all)
 *   QUERY_BUDGET_S  seconds each engine may spend on the queries (default 60): the queries run in an order
 *                 that takes the categories in turn, so an engine stopped by the budget is scored on a fair
 *                 sample of them (the table says how many it answered). At a million documents Orama takes
 *                 seconds a query and MiniSearch about one; MedZone answers all 240 in seconds
 *   QUERY_TIMEOUT_S  a query taking longer stops its engine there (default 30)
 *   HEAP_MB       heap limit of the worker thread each in-process engine runs in (default 12288: FlexSearch
 *                 holds about 7 GiB at a million documents, Orama about 5.5)
 *   KEEP_DATABASE 1: keep the databases afterwards for inspection
 *   --write-queries  (re)write the query file for these sizes from this corpus, then run the engines
 *                    (ENGINES=none to stop there)
 * A smoke run (about two minutes): ENTERPRISES=20000 UNITS=2000 POLICIES=200 NEWS=200 npm run bench -- search
 */

const DEFAULT_SIZES: CorpusSizes = {
  enterprises: 900_000,
  units: 80_000,
  policies: 10_000,
  news: 10_000,
  seed: 1,
};
const ENGINES = ['postgres', 'orama', 'minisearch', 'flexsearch', 'pglite'] as const;
type EngineKey = (typeof ENGINES)[number];
/**
 * The query set kept for a corpus: bench/search-queries.json for the default sizes (in the repository), a
 * file named by its sizes for any other (written on request, e.g. to inspect a smoke run's queries).
 */
function queryFileFor(sizes: CorpusSizes): string {
  const name = sameSizes(sizes, DEFAULT_SIZES)
    ? 'search-queries.json'
    : `search-queries-${sizes.enterprises}-${sizes.units}-${sizes.policies}-${sizes.news}-seed${sizes.seed}.json`;
  return path.resolve(import.meta.dirname, name);
}
const BENCH_DATABASE = 'medzone_bench_search';
const WARM_UP = 5;

type Options = {
  sizes: CorpusSizes;
  scale: number;
  perCategory: number;
  engines: EngineKey[];
  heapMb: number;
  budgetS: number;
  timeoutS: number;
  keep: boolean;
  writeQueries: boolean;
  postgresUrl: string | null;
};

function parseOptions(): Options {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      enterprises: { type: 'string' },
      units: { type: 'string' },
      policies: { type: 'string' },
      news: { type: 'string' },
      seed: { type: 'string' },
      'scale-pglite': { type: 'string' },
      'per-category': { type: 'string' },
      engines: { type: 'string' },
      'heap-mb': { type: 'string' },
      'query-budget-s': { type: 'string' },
      'query-timeout-s': { type: 'string' },
      keep: { type: 'boolean' },
      'write-queries': { type: 'boolean' },
    },
    // bench/run.ts leaves the benchmark's own name ("search") in argv.
    allowPositionals: true,
  });
  const raw = (flag: keyof typeof values, env: string) => {
    const v = values[flag] ?? process.env[env];
    return typeof v === 'string' && v !== '' ? v.replace(/_/g, '') : undefined;
  };
  const count = (flag: keyof typeof values, env: string, fallback: number, least = 0) => {
    const v = raw(flag, env);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < least) throw new Error(`${env}: not a count: ${v}`);
    return n;
  };
  const sizes: CorpusSizes = {
    enterprises: count('enterprises', 'ENTERPRISES', DEFAULT_SIZES.enterprises),
    units: count('units', 'UNITS', DEFAULT_SIZES.units),
    policies: count('policies', 'POLICIES', DEFAULT_SIZES.policies),
    news: count('news', 'NEWS', DEFAULT_SIZES.news),
    seed: count('seed', 'SEED', DEFAULT_SIZES.seed, 1),
  };
  const scale = Number(raw('scale-pglite', 'SCALE_PGLITE') ?? 0.1);
  if (!(scale > 0 && scale <= 1))
    throw new Error(`SCALE_PGLITE: expected a fraction in (0, 1], not ${scale}`);
  const engineList = raw('engines', 'ENGINES') ?? ENGINES.join(',');
  const engines =
    engineList === 'none'
      ? []
      : engineList.split(',').map((e) => {
          const name = e.trim() as EngineKey;
          if (!ENGINES.includes(name))
            throw new Error(`ENGINES: unknown '${e}' (known: ${ENGINES.join(', ')})`);
          return name;
        });
  return {
    sizes,
    scale,
    perCategory: count('per-category', 'PER_CATEGORY', 40, 1),
    engines,
    heapMb: count('heap-mb', 'HEAP_MB', 12_288, 64),
    budgetS: count('query-budget-s', 'QUERY_BUDGET_S', 60, 1),
    timeoutS: count('query-timeout-s', 'QUERY_TIMEOUT_S', 30, 1),
    keep: values.keep ?? process.env.KEEP_DATABASE === '1',
    writeQueries: values['write-queries'] ?? false,
    postgresUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || null,
  };
}

// ---------------------------------------------------------------------------------------------------
// The query set
// ---------------------------------------------------------------------------------------------------

type QuerySet = { queries: LabelledQuery[]; origin: string; fingerprint: string };

function querySet(
  options: Options,
  docs: readonly BenchDocument[],
  seeds: CorpusReport['seedDocuments'],
): QuerySet {
  const fingerprint = corpusFingerprint(docs);
  const file = queryFileFor(options.sizes);
  const stored = readQueryFile(file);
  const relative = path.relative(process.cwd(), file);
  if (!options.writeQueries && stored) {
    if (!sameSizes(stored.sizes, options.sizes))
      throw new Error(`${relative} records other sizes (${JSON.stringify(stored.sizes)}): rewrite it`);
    if (stored.seedDocuments.length > 0 && seeds.length === 0)
      throw new Error(
        `${relative} was written with the seed documents in the corpus, and there are none at ${SEEDS_DIR}: ` +
          'run at other sizes (queries are then made in memory) or where the seed documents are',
      );
    if (stored.corpus.fingerprint !== fingerprint)
      throw new Error(
        `${relative} was written for a corpus of these sizes whose documents differ from this one's ` +
          `(fingerprint ${stored.corpus.fingerprint.slice(0, 12)}…, this corpus ${fingerprint.slice(0, 12)}…): ` +
          'the generators, the search sources or the seed documents changed since. Rewrite it: ' +
          'npm run bench -- search --write-queries',
      );
    log(`  queries: ${stored.queries.length} from ${relative}`);
    return { queries: stored.queries, origin: relative, fingerprint };
  }
  const made = timedSync('queries: labelled set made from the corpus', () => {
    const folded = foldPublic(docs);
    return makeQuerySet(docs, folded, {
      perCategory: options.perCategory,
      seed: options.sizes.seed,
      pinned: seeds.map((s) => s.key),
    });
  });
  if (options.writeQueries) {
    writeQueryFile(file, {
      description:
        'Labelled queries for `npm run bench -- search`, generated from the corpus of these sizes by ' +
        '`npm run bench -- search --write-queries` (bench/search/queries.ts defines the categories and the ' +
        'expected documents). The bench refuses the file on a corpus with another fingerprint.',
      sizes: options.sizes,
      seedDocuments: seeds.map((s) => s.file),
      corpus: { documents: docs.length, publicDocuments: docs.filter((d) => d.isPublic).length, fingerprint },
      counts: countsOf(made),
      queries: made,
    });
    log(`  queries: ${made.length} written to ${relative}`);
    return { queries: made, origin: `${relative} (written now)`, fingerprint };
  }
  log(`  queries: ${made.length} generated in memory (no ${relative})`);
  return { queries: made, origin: 'generated in memory for these sizes', fingerprint };
}

function timedSync<T>(what: string, step: () => T): T {
  const started = performance.now();
  const value = step();
  log(`  ${what}: ${round((performance.now() - started) / 1000)} s`);
  return value;
}

/** The queries taking the categories in turn (first of each, second of each …): any prefix is a fair sample. */
function inTurn(queries: readonly LabelledQuery[]): LabelledQuery[] {
  const place = new Map<LabelledQuery, number>();
  const seen = new Map<string, number>();
  for (const q of queries) {
    const n = seen.get(q.category) ?? 0;
    seen.set(q.category, n + 1);
    place.set(q, n * CATEGORIES.length + CATEGORIES.indexOf(q.category));
  }
  return [...queries].sort((a, b) => place.get(a)! - place.get(b)!);
}

// ---------------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------------

async function medzoneFigures(
  engine: 'postgres' | 'pglite',
  fresh: Fresh,
  corpus: CorpusReport,
  queries: readonly LabelledQuery[],
  skipped: number,
  { budgetS, timeoutS }: { budgetS: number; timeoutS: number },
): Promise<EngineFigures> {
  const api = await startApi(fresh.database, corpus.prepared.cookieSecret);
  try {
    const { value: answers } = await timed(`MedZone on ${fresh.engine}: ${queries.length} queries`, () =>
      runQueries(queries, async (q) => ({ keys: await api.search(q) }), {
        warmUp: WARM_UP,
        budgetS,
        timeoutS,
        afterWarmUp: () => {
          api.modes.words = 0;
          api.modes.similar = 0;
        },
      }),
    );
    return figures(
      {
        engine,
        label: `MedZone (${fresh.engine === 'postgres' ? 'PostgreSQL' : 'PGlite'}, HTTP API)`,
        documents: corpus.documents,
        indexS: corpus.reindexS,
        memoryMiB: null,
        onDiskMiB: corpus.indexMiB.total,
        settings: {
          through: 'GET /api/search?q=…&limit=10, anonymous, sequential',
          answers: `${api.modes.words} words, ${api.modes.similar} similar (no document had every term)`,
        },
      },
      queries,
      answers,
      skipped,
    );
  } finally {
    await api.close();
  }
}

/**
 * The queries on the scaled corpus: expected documents recomputed on its documents by the same definition
 * (its documents are the full corpus's first ones, so this is the full set restricted to what it holds; the
 * seed documents, added last, have other ids there). Queries left with none are skipped.
 */
function scaledQueries(
  queries: readonly LabelledQuery[],
  docs: readonly BenchDocument[],
  seedKeys: ReadonlySet<string>,
) {
  const keys = new Set(docs.map((d) => d.key));
  const { keys: expected } = expectedDocuments(
    queries.map((q) => q.match),
    foldPublic(docs),
    Number.POSITIVE_INFINITY,
  );
  const kept: LabelledQuery[] = [];
  // Where the recomputed set is not the full set restricted to this corpus, a document's text differs
  // between the two corpora: the prefix property does not hold (the seed documents, added last, have other
  // ids in each, and are left out of the comparison). The first few are kept to look at.
  let differsFromRestriction = 0;
  const differences: { id: string; onlyHere: string[]; onlyInFull: string[] }[] = [];
  queries.forEach((q, i) => {
    const own = expected[i]!;
    const restricted = q.expected.filter((k) => keys.has(k) && !seedKeys.has(k));
    const onlyHere = own.filter((k) => !restricted.includes(k) && !seedKeys.has(k));
    const onlyInFull = restricted.filter((k) => !own.includes(k));
    if (onlyHere.length > 0 || onlyInFull.length > 0) {
      differsFromRestriction++;
      if (differences.length < 10)
        differences.push({ id: q.id, onlyHere: onlyHere.slice(0, 3), onlyInFull: onlyInFull.slice(0, 3) });
    }
    if (own.length > 0) kept.push({ ...q, expected: own });
  });
  return { kept, skipped: queries.length - kept.length, differsFromRestriction, differences };
}

// ---------------------------------------------------------------------------------------------------
// Machine, tables
// ---------------------------------------------------------------------------------------------------

const cell = (n: number | null) => (n === null || Number.isNaN(n) ? '—' : n);

function printTables(results: readonly EngineFigures[], total: number) {
  console.table(
    results.map((r) => ({
      engine: r.label,
      documents: r.documents,
      'index s': cell(r.indexS),
      'memory MiB': cell(r.memoryMiB),
      'on disk MiB': cell(r.onDiskMiB),
      'p50 ms': r.latency.p50Ms,
      'p95 ms': r.latency.p95Ms,
      'p99 ms': r.latency.p99Ms,
      'recall@10': r.quality.recallAt10,
      MRR: r.quality.mrr,
      answered: `${r.answered}/${total - r.skippedQueries}`,
      errors: r.errors,
    })),
  );
  console.log('recall@10 / MRR per category');
  console.table(
    CATEGORIES.map((c) => ({
      category: c,
      ...Object.fromEntries(
        results.map((r) => [
          r.engine,
          `${r.byCategory[c].recallAt10} / ${r.byCategory[c].mrr} (${r.byCategory[c].queries})`,
        ]),
      ),
    })),
  );
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

async function main() {
  const options = parseOptions();
  const { sizes } = options;
  const steps: Record<string, number> = {};
  log(`search bench: ${JSON.stringify(sizes)}, engines ${options.engines.join(', ') || 'none'}`);
  if (!options.postgresUrl && options.engines.includes('postgres'))
    log(
      '  no BENCH_DATABASE_URL or DATABASE_URL: the full corpus is built on PGlite, and postgres is skipped',
    );

  const started = performance.now();
  const full = options.postgresUrl
    ? await freshPostgres(options.postgresUrl, BENCH_DATABASE, options.keep)
    : await freshPglite('search', options.keep);
  const results: EngineFigures[] = [];
  const failed: { engine: string; error: string }[] = [];
  let scaledInfo: Record<string, unknown> | null = null;
  try {
    const corpus = await buildCorpus(full, sizes);
    steps.corpusS = round((performance.now() - started) / 1000);
    log(
      `  corpus: ${corpus.documents} documents (${corpus.publicDocuments} public), index ${corpus.indexMiB.total} MiB`,
    );
    const read = await timed('documents read through SEARCH_SOURCES', () =>
      loadDocuments(full.database.db, corpus.documents),
    );
    steps.readDocumentsS = read.seconds;
    let docs: BenchDocument[] | null = read.value;
    const setStarted = performance.now();
    const set = querySet(options, docs, corpus.seedDocuments);
    steps.querySetS = round((performance.now() - setStarted) / 1000);
    // Wall time of each engine's part (index, warm-up, queries), for estimating a run's length.
    const step = async <T>(name: string, part: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      try {
        return await part();
      } finally {
        steps[`${name}S`] = round((performance.now() - t) / 1000);
      }
    };
    const runOrder = inTurn(set.queries);
    const machine = {
      ...(await machineInfo(full.database, [
        '@electric-sql/pglite',
        '@orama/orama',
        'minisearch',
        'flexsearch',
        '@node-rs/jieba',
      ])),
      workerHeapLimitMiB: options.heapMb,
    };

    if (options.engines.includes('postgres') && full.engine === 'postgres')
      results.push(
        await step('postgres', () => medzoneFigures('postgres', full, corpus, runOrder, 0, options)),
      );
    const inProcess = (['orama', 'minisearch', 'flexsearch'] as const).filter((n) =>
      options.engines.includes(n),
    );
    if (inProcess.length > 0) {
      const words = await dataWords(full.database.db, docs);
      const sample = segmenterSample(docs);
      const all = docs;
      const cut = await timed('documents cut for the in-process engines', async () =>
        pretokenize(all, progress('documents cut', all.length)),
      );
      steps.tokenizeS = cut.seconds;
      docs = null;
      const input = { docs: cut.value, words, sample, tokenizeS: cut.seconds };
      for (const name of inProcess) {
        try {
          results.push(
            await step(name, () =>
              inProcessFigures(name, input, runOrder, {
                warmUp: WARM_UP,
                budgetS: options.budgetS,
                timeoutS: options.timeoutS,
                heapMb: options.heapMb,
              }),
            ),
          );
        } catch (error) {
          // One engine running out of heap (say) leaves the others' figures worth having.
          log(`  ${name} FAILED: ${String(error)}`);
          failed.push({ engine: name, error: String(error) });
        }
      }
    }
    docs = null;

    if (options.engines.includes('pglite')) {
      const scaledSizes: CorpusSizes = {
        enterprises: Math.round(sizes.enterprises * options.scale),
        units: Math.round(sizes.units * options.scale),
        policies: Math.round(sizes.policies * options.scale),
        news: Math.round(sizes.news * options.scale),
        seed: sizes.seed,
      };
      log(`PGlite corpus at ${options.scale}: ${JSON.stringify(scaledSizes)}`);
      const scaledStarted = performance.now();
      const scaled = await freshPglite('search', options.keep);
      try {
        const scaledCorpus = await buildCorpus(scaled, scaledSizes);
        const scaledDocs = await loadDocuments(scaled.database.db, scaledCorpus.documents);
        const { kept, skipped, differsFromRestriction, differences } = scaledQueries(
          runOrder,
          scaledDocs,
          new Set([...corpus.seedDocuments, ...scaledCorpus.seedDocuments].map((s) => s.key)),
        );
        log(`  PGlite: ${kept.length} queries with expected documents there, ${skipped} skipped`);
        results.push(await medzoneFigures('pglite', scaled, scaledCorpus, kept, skipped, options));
        scaledInfo = {
          sizes: scaledSizes,
          corpus: omitPrepared(scaledCorpus),
          skipped,
          differsFromRestriction,
          differences,
        };
      } finally {
        await scaled.cleanup();
        if (options.keep) log(`PGlite database kept: ${scaled.where}`);
        steps.pgliteS = round((performance.now() - scaledStarted) / 1000);
      }
    }
    steps.totalS = round((performance.now() - started) / 1000);

    for (const f of failed) log(`${f.engine} failed: ${f.error}`);
    if (results.length === 0) return;
    printTables(results, set.queries.length);
    for (const r of results) if (r.firstError) log(`${r.label}: first error: ${r.firstError}`);
    writeResult('search', {
      sizes,
      scalePglite: options.scale,
      seedDocuments: fs.existsSync(SEEDS_DIR) ? corpus.seedDocuments : 'absent',
      machine,
      corpus: { database: full.engine, where: full.where, ...omitPrepared(corpus) },
      scaled: scaledInfo,
      queries: {
        origin: set.origin,
        count: set.queries.length,
        counts: countsOf(set.queries),
        fingerprint: set.fingerprint,
      },
      steps,
      engines: results,
      failed,
    });
    if (failed.length > 0 || results.some((r) => r.errors > 0)) process.exitCode = 1;
  } finally {
    await full.cleanup();
    if (options.keep) log(`database kept: ${full.where}`);
  }
}

function omitPrepared({ prepared: _prepared, ...rest }: CorpusReport) {
  return rest;
}

await main();
