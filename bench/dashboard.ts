import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Database, type Engine, queryRows } from '../src/core/db/db.js';
import { generateEnterprises } from '../src/data/generate/index.js';
import { refreshRollups, rollupSelect } from '../src/modules/analytics/rollups.js';
import { buildApp } from '../src/server/app.js';
import { prepareDatabase } from '../src/server/bootstrap.js';
import { writeResult } from './result.js';
import { freshBenchDatabase } from './support/fresh-database.js';
import { machineInfo } from './support/machine.js';
import { log, percentile, progress, round, timed } from './support/measure.js';
import { officerCookie } from './support/sign-in.js';

/**
 * The dashboard at scale: `npm run bench -- dashboard`.
 *
 *   a. a fresh database (PGlite in a temporary directory, or `medzone_bench_dashboard` on a PostgreSQL
 *      server), prepared as the server prepares it (migrations, reference data);
 *   b. ENTERPRISES enterprises with METRIC_YEARS years of metrics each (ENTERPRISES × METRIC_YEARS metric rows;
 *      the default 1,000,000 × 10 is the issue's 10 million) from `medzone generate`'s generator;
 *   c. refreshRollups over every year, timed (the rebuild the server runs after registry changes);
 *   d. GET /api/dashboard through the real HTTP server as a signed-in officer: REQUESTS requests of varied
 *      filters (year, zone, direction), CONCURRENCY at a time, from autocannon in a worker thread;
 *      p50/p95/p99 latency;
 *   e. the same figures computed straight from enterprise_metrics without rollups (the year's scopes and
 *      directions, and every year's trend), timed DIRECT_RUNS times, for comparison;
 *   f. a table, and bench/results/dashboard-<time>.json.
 *
 * Options, as environment variables or --flags (a flag wins):
 *   DATABASE      pglite (default) | postgres — postgres uses BENCH_DATABASE_URL, else DATABASE_URL
 *   ENTERPRISES   enterprises to generate (default 1000000)
 *   METRIC_YEARS  years of metrics per enterprise, ending 2025 (default 10)
 *   REQUESTS      GET /api/dashboard requests measured (default 200), after a few unmeasured warm-ups
 *   CONCURRENCY   requests in flight at once (default 4)
 *   DIRECT_RUNS   runs of the computation without rollups (default 3)
 *   SEED          generator seed (default 1)
 *   KEEP_DATABASE 1: keep the database afterwards
 * A quick run: ENTERPRISES=100000 npm run bench -- dashboard (1,000,000 metric rows)
 */

const DEFAULTS = {
  enterprises: 1_000_000,
  metricYears: 10,
  requests: 200,
  concurrency: 4,
  directRuns: 3,
  seed: 1,
};
const WARM_UP = 5;
const LAST_YEAR = 2025;
const BENCH_DATABASE = 'medzone_bench_dashboard';
const _PASSWORD = 'bench password for the dashboard';

type Sizes = typeof DEFAULTS;

function parseOptions(): { engine: Engine; sizes: Sizes; keep: boolean } {
  const names: Record<keyof Sizes, string> = {
    enterprises: 'ENTERPRISES',
    metricYears: 'METRIC_YEARS',
    requests: 'REQUESTS',
    concurrency: 'CONCURRENCY',
    directRuns: 'DIRECT_RUNS',
    seed: 'SEED',
  };
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      database: { type: 'string' },
      keep: { type: 'boolean' },
      ...Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k, { type: 'string' as const }])),
    },
    allowPositionals: true,
  });
  const sizes = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Sizes)[]) {
    const raw = (values as Record<string, string | undefined>)[key] ?? process.env[names[key]];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`${names[key]}: not a count: ${raw}`);
    sizes[key] = n;
  }
  const database = (values.database as string | undefined) ?? process.env.DATABASE ?? 'pglite';
  if (database !== 'pglite' && database !== 'postgres')
    throw new Error(`DATABASE: expected pglite or postgres, not '${database}'`);
  return {
    engine: database,
    sizes,
    keep: (values.keep as boolean | undefined) ?? process.env.KEEP_DATABASE === '1',
  };
}

// ---------------------------------------------------------------------------------------------------
// b. Enterprises and metric rows
// ---------------------------------------------------------------------------------------------------

async function count(database: Database, statement: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, statement);
  return row?.n ?? 0;
}

/** ENTERPRISES × METRIC_YEARS metric rows from the generator, analysed as autovacuum would. */
async function generate(database: Database, sizes: Sizes) {
  const spec = {
    count: sizes.enterprises,
    seed: sizes.seed,
    metricYears: sizes.metricYears,
    onProgress: progress('enterprises', sizes.enterprises),
  };
  const started = performance.now();
  const inserted = await generateEnterprises(database.db, spec);
  const generateS = round((performance.now() - started) / 1000);
  const metricRows = await count(database, sql`SELECT count(*)::int AS n FROM enterprise_metrics`);
  if (metricRows !== sizes.enterprises * sizes.metricYears)
    throw new Error(
      `${metricRows} metric rows, expected ${sizes.enterprises * sizes.metricYears} in a fresh database`,
    );
  await database.db.execute(sql`ANALYZE`);
  return { inserted, generateS, metricRows };
}

// ---------------------------------------------------------------------------------------------------
// d. GET /api/dashboard under load
// ---------------------------------------------------------------------------------------------------

const DRIVER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require('autocannon');
const { base, paths, concurrency, cookie } = workerData;
let sent = 0;
const statuses = {};
let firstError = null;
const times = [];
const started = performance.now();
const instance = autocannon(
  {
    url: base,
    connections: concurrency,
    amount: paths.length,
    timeout: 120,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[sent++ % paths.length], headers: { cookie } }),
        onResponse: (status, body) => {
          statuses[status] = (statuses[status] || 0) + 1;
          if (status !== 200 && firstError === null) firstError = String(body).slice(0, 300);
        },
      },
    ],
  },
  (err) => {
    if (err) throw err;
    parentPort.postMessage({ statuses, firstError, times, seconds: (performance.now() - started) / 1000 });
  },
);
instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
`;

type Driven = {
  statuses: Record<string, number>;
  firstError: string | null;
  times: number[];
  seconds: number;
};

function drive(base: string, paths: string[], concurrency: number, cookie: string): Promise<Driven> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DRIVER, { eval: true, workerData: { base, paths, concurrency, cookie } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load driver exited ${code}`));
    });
  });
}

/** The filters a reader uses: the latest year mostly, other years, a zone, a direction. */
async function dashboardPaths(database: Database, n: number, years: number): Promise<string[]> {
  const zones = await queryRows<{ id: number }>(database.db, sql`SELECT id FROM zones ORDER BY id`);
  const directions = await queryRows<{ code: string }>(
    database.db,
    sql`SELECT code FROM directions ORDER BY code`,
  );
  return Array.from({ length: n }, (_, i) => {
    const params = new URLSearchParams();
    if (i % 3 === 1) params.set('year', String(LAST_YEAR - (i % years)));
    if (i % 4 === 2 && zones.length) params.set('zoneId', String(zones[i % zones.length]!.id));
    if (i % 5 === 3 && directions.length)
      params.set('directionCode', directions[i % directions.length]!.code);
    const query = params.toString();
    return `/api/dashboard${query ? `?${query}` : ''}`;
  });
}

async function dashboardLoad(database: Database, app: FastifyInstance, sizes: Sizes) {
  const cookie = await officerCookie(app, database, 'dashboard');
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const paths = await dashboardPaths(database, WARM_UP + sizes.requests, sizes.metricYears);
  const sample = await app.inject({ method: 'GET', url: '/api/dashboard', headers: { cookie } });
  await drive(base, paths.slice(0, WARM_UP), 1, cookie);
  const run = await drive(base, paths.slice(WARM_UP), sizes.concurrency, cookie);
  const sorted = [...run.times].sort((a, b) => a - b);
  const ok = run.statuses['200'] ?? 0;
  return {
    requests: sorted.length,
    concurrency: sizes.concurrency,
    errors: sizes.requests - ok,
    statuses: run.statuses,
    firstError: run.firstError,
    requestsPerS: round(sizes.requests / run.seconds, 1),
    p50Ms: round(percentile(sorted, 50), 1),
    p95Ms: round(percentile(sorted, 95), 1),
    p99Ms: round(percentile(sorted, 99), 1),
    maxMs: round(sorted.at(-1) ?? Number.NaN, 1),
    responseKiB: round(sample.body.length / 1024, 1),
  };
}

// ---------------------------------------------------------------------------------------------------
// e. The same figures without rollups
// ---------------------------------------------------------------------------------------------------

/**
 * What one dashboard request reads from the rollups, computed from enterprise_metrics instead: the year's
 * figures of every scope and direction (the rollup statement for that year), and the trend of the province
 * and the zones over every year.
 */
async function directDashboard(database: Database, year: number) {
  const yearRows = await queryRows<unknown>(database.db, rollupSelect({ from: year, to: year }));
  const trend = await queryRows<unknown>(
    database.db,
    sql`SELECT m.year,
        sum(m.operating_revenue_yuan) FILTER (WHERE e.division_code LIKE '35%') AS province,
        sum(m.operating_revenue_yuan) FILTER (WHERE e.status = 'settled' AND e.park_id IS NOT NULL) AS zones
      FROM enterprise_metrics m JOIN enterprises e ON e.id = m.enterprise_id GROUP BY m.year ORDER BY m.year`,
  );
  return yearRows.length + trend.length;
}

async function direct(database: Database, runs: number) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = await directDashboard(database, LAST_YEAR);
    times.push(performance.now() - started);
    log(`  without rollups, run ${i + 1}: ${round(times.at(-1)! / 1000, 2)} s`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    runs,
    rows,
    p50Ms: round(percentile(sorted, 50), 1),
    minMs: round(sorted[0]!, 1),
    maxMs: round(sorted.at(-1)!, 1),
  };
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

async function main() {
  const { engine, sizes, keep } = parseOptions();
  log(`dashboard bench on ${engine}: ${JSON.stringify(sizes)}`);
  const fresh = await freshBenchDatabase(engine, { postgres: BENCH_DATABASE, pglite: 'dashboard' }, keep);
  let app: FastifyInstance | undefined;
  try {
    const setup = await timed('fresh database', () => prepareDatabase(fresh.database, { loadDemo: false }));
    const generated = await generate(fresh.database, sizes);
    log(`  ${generated.metricRows.toLocaleString('en')} metric rows`);
    const refresh = await timed('refreshRollups (every year)', () => refreshRollups(fresh.database.db));
    const refreshYear = await timed(`refreshRollups (${LAST_YEAR} only)`, () =>
      refreshRollups(fresh.database.db, { from: LAST_YEAR, to: LAST_YEAR }),
    );
    await fresh.database.db.execute(sql`ANALYZE metric_rollups`);

    app = await buildApp({
      database: fresh.database,
      cookieSecret: setup.value.cookieSecret,
      logLevel: 'warn',
      webRoot: '/nonexistent',
    });
    log(
      `  GET /api/dashboard: ${WARM_UP} warm-up + ${sizes.requests} requests, ${sizes.concurrency} at a time`,
    );
    const load = await dashboardLoad(fresh.database, app, sizes);
    await app.close();
    app = undefined;
    const withoutRollups = await direct(fresh.database, sizes.directRuns);

    const report = {
      engine,
      sizes,
      setupS: setup.seconds,
      generate: generated,
      rollupRows: refresh.value.rows,
      refreshAllS: refresh.seconds,
      refreshOneYearS: refreshYear.seconds,
      dashboard: load,
      withoutRollups,
      speedup: round(withoutRollups.p50Ms / Math.max(load.p50Ms, 0.1), 0),
    };
    console.table([
      { figure: 'database', value: engine },
      { figure: 'enterprises', value: sizes.enterprises },
      { figure: 'metric rows', value: generated.metricRows },
      { figure: 'generate enterprises + metrics, s', value: generated.generateS },
      { figure: 'rollup rows', value: refresh.value.rows },
      { figure: 'refreshRollups, every year, s', value: refresh.seconds },
      { figure: `refreshRollups, ${LAST_YEAR} only, s`, value: refreshYear.seconds },
      { figure: `GET /api/dashboard: requests (concurrency ${load.concurrency})`, value: load.requests },
      { figure: 'GET /api/dashboard: errors (non-200)', value: load.errors },
      { figure: 'GET /api/dashboard: p50 ms', value: load.p50Ms },
      { figure: 'GET /api/dashboard: p95 ms', value: load.p95Ms },
      { figure: 'GET /api/dashboard: p99 ms', value: load.p99Ms },
      { figure: 'GET /api/dashboard: requests/s', value: load.requestsPerS },
      { figure: 'GET /api/dashboard: response KiB', value: load.responseKiB },
      { figure: 'same figures without rollups: p50 ms', value: withoutRollups.p50Ms },
      { figure: 'without rollups / with rollups (p50)', value: `${report.speedup}×` },
    ]);
    if (load.firstError) log(`first error answer: ${load.firstError}`);
    writeResult('dashboard', {
      ...report,
      machine: await machineInfo(fresh.database),
      database: fresh.where,
    });
    if (load.errors > 0) process.exitCode = 1;
  } finally {
    await app?.close();
    await fresh.cleanup();
    if (keep) log(`database kept: ${fresh.where}`);
  }
}

await main();
