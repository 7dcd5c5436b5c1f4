import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { type Database, type Engine, queryRows } from '../src/core/db/db.js';
import { DemoRandom } from '../src/data/demo-random.js';
import { generateEnterprises, generatePolicies, generateUnits } from '../src/data/generate/index.js';
import { matchDemand } from '../src/modules/matching/schema.js';
import { effectiveRule, policiesInForce } from '../src/modules/policies/calculator.js';
import { executeMatchRun, type MatchRun, startMatchRun } from '../src/modules/policies/matching-run.js';
import { enterpriseProfiles } from '../src/modules/policies/profiles.js';
import { compileRule, type Rule } from '../src/modules/policies/rules/index.js';
import { policyBody } from '../src/modules/policies/schema.js';
import { policies, policyZones } from '../src/modules/policies/tables.js';
import { zones } from '../src/modules/space/tables.js';
import { buildApp } from '../src/server/app.js';
import { prepareDatabase } from '../src/server/bootstrap.js';
import { writeResult } from './result.js';
import { freshBenchDatabase } from './support/fresh-database.js';
import { machineInfo } from './support/machine.js';
import { log, percentile, progress, round } from './support/measure.js';

/**
 * Matching at scale: `npm run bench -- matching`.
 *
 *   a. a fresh database (PGlite in a temporary directory, or a database `medzone_bench` dropped and created
 *      on a PostgreSQL server), prepared as the server prepares it (migrations, reference data);
 *   b. ENTERPRISES enterprises, then UNITS units (let to the settled enterprises, hence after them), then
 *      POLICIES policies, with the `medzone generate` generators, each timed;
 *   c. POST /api/match through the real HTTP server on 127.0.0.1 (buildApp, as `medzone serve` builds it):
 *      REQUESTS demands of a realistic mix, CONCURRENCY at a time, from autocannon in a worker thread so the load driver
 *      does not share the server's event loop; latency percentiles, requests/s, non-200 answers as errors;
 *   d. proactive matching (免申即享) of one published policy over every enterprise (startMatchRun +
 *      executeMatchRun), against the bare SQL count of the same predicate; the two counts must agree;
 *   e. one table of every figure, and bench/results/matching-<time>.json.
 *
 * Options, as environment variables or --flags (a flag wins):
 *   DATABASE      pglite (default) | postgres — postgres uses BENCH_DATABASE_URL, else DATABASE_URL
 *   UNITS         units to generate (default 100000)
 *   POLICIES      policies to generate (default 1000)
 *   ENTERPRISES   enterprises to generate (default 1000000)
 *   REQUESTS      POST /api/match requests measured (default 200), after a few unmeasured warm-ups
 *   CONCURRENCY   requests in flight at once (default 4)
 *   SEED          generator seed (default 1)
 *   KEEP_DATABASE 1: keep the database (PGlite directory or medzone_bench) afterwards for inspection
 * A quick smoke run: UNITS=2000 POLICIES=50 ENTERPRISES=20000 npm run bench -- matching
 *
 * /api/match allows 30 requests a minute per client address; every request here comes with an
 * X-Forwarded-For address of its own (the app trusts the proxy header), as from as many visitors, so the
 * figures are the endpoint's and not the rate limiter's.
 */

const DEFAULTS = {
  units: 100_000,
  policies: 1_000,
  enterprises: 1_000_000,
  requests: 200,
  concurrency: 4,
  seed: 1,
};
const WARM_UP = 5;
const BENCH_DATABASE = 'medzone_bench';
const BENCH_POLICY_CODE = 'bench-high-tech-rd';

type Sizes = typeof DEFAULTS;

// ---------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------

function parseOptions(): { engine: Engine; sizes: Sizes; keep: boolean } {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      database: { type: 'string' },
      units: { type: 'string' },
      policies: { type: 'string' },
      enterprises: { type: 'string' },
      requests: { type: 'string' },
      concurrency: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean' },
    },
    // bench/run.ts leaves the benchmark's own name ("matching") in argv.
    allowPositionals: true,
  });
  const sizes = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Sizes)[]) {
    const raw = values[key] ?? process.env[key.toUpperCase()];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw.replace(/_/g, ''));
    const least = key === 'concurrency' || key === 'requests' ? 1 : 0;
    if (!Number.isInteger(n) || n < least) throw new Error(`${key.toUpperCase()}: not a count: ${raw}`);
    sizes[key] = n;
  }
  const database = values.database ?? process.env.DATABASE ?? 'pglite';
  if (database !== 'pglite' && database !== 'postgres')
    throw new Error(`DATABASE: expected pglite or postgres, not '${database}'`);
  return { engine: database, sizes, keep: values.keep ?? process.env.KEEP_DATABASE === '1' };
}

// ---------------------------------------------------------------------------------------------------
// a. A fresh database
// ---------------------------------------------------------------------------------------------------

// freshBenchDatabase: bench/support/fresh-database.ts

// ---------------------------------------------------------------------------------------------------
// b. Generation
// ---------------------------------------------------------------------------------------------------

type Timed = { seconds: number; rows: number; rowsPerS: number };

async function timedGeneration(
  what: string,
  total: number,
  generate: (onProgress: (done: number) => void) => Promise<number>,
): Promise<Timed> {
  const started = performance.now();
  const rows = await generate(progress(what, total));
  const seconds = (performance.now() - started) / 1000;
  if (rows !== total) throw new Error(`${what}: ${rows} generated, expected ${total} in a fresh database`);
  return { seconds: round(seconds), rows, rowsPerS: Math.round(rows / Math.max(seconds, 0.001)) };
}

// ---------------------------------------------------------------------------------------------------
// c. POST /api/match under load
// ---------------------------------------------------------------------------------------------------

type Demand = z.input<typeof matchDemand>;

/**
 * A realistic mix of investors' demands: production (GMP grades), labs, offices; 200–3000 m²; often a
 * budget, sometimes a zone or park, a move-in date, power and floor load, a direction and chain link, and
 * what the policies need to know of the investor.
 */
function demands(
  count: number,
  seed: number,
  codes: { zones: string[]; parks: string[]; chainLinks: string[] },
): Demand[] {
  const random = new DemoRandom(seed * 31 + 7);
  return Array.from({ length: count }, () => {
    const use = random.weighted([
      ['gmp_production', 40],
      ['rd_lab', 35],
      ['office', 25],
    ] as const);
    const areaMin = random.int(4, 50) * 50;
    const areaMax = Math.min(3_000, Math.round((areaMin * random.pick([12, 15, 20])) / 10 / 50) * 50);
    const demand: Demand = { use, areaMin, areaMax: Math.max(areaMin, areaMax) };
    if (use === 'gmp_production')
      demand.cleanroomGrade = random.weighted([
        ['gmp_d', 4],
        ['gmp_c', 3],
        ['gmp_b', 1],
      ] as const);
    if (use === 'rd_lab' && random.chance(50))
      demand.cleanroomGrade = random.pick(['iso_8', 'iso_7'] as const);
    if (random.chance(60))
      demand.budgetYuanPerMonth = Math.round((((areaMin + areaMax) / 2) * random.int(35, 90)) / 100) * 100;
    if (random.chance(40)) demand.zones = [random.pick(codes.zones)];
    if (random.chance(10)) demand.parks = [random.pick(codes.parks)];
    if (random.chance(20)) demand.moveInBy = random.pick(['2026-12-31', '2027-06-30']);
    if (use === 'gmp_production' && random.chance(30)) demand.powerKva = random.pick([100, 200, 315]);
    if (use === 'gmp_production' && random.chance(20)) demand.floorLoadKnPerM2 = random.pick([5, 8]);
    if (random.chance(60))
      demand.direction = random.pick([
        'high_quality_medicine',
        'specialty_medical_devices',
        'internet_medicine',
      ]);
    if (random.chance(30) && codes.chainLinks.length > 0) demand.chainLink = random.pick(codes.chainLinks);
    if (random.chance(50))
      demand.profile = {
        investmentWan: random.int(1, 100) * 500,
        registeredCapitalWan: random.pick([500, 1_000, 3_000, 10_000]),
        revenueWan: random.int(0, 200) * 100,
        rdRatio: random.int(2, 20),
        employees: random.int(10, 500),
        isHighTech: random.chance(40),
        isTaiwanFunded: random.chance(15),
      };
    // The bench holds itself to the API's contract: a demand it makes that does not parse is its bug.
    const parsed = matchDemand.safeParse(demand);
    if (!parsed.success) throw new Error(`bench demand invalid: ${JSON.stringify(parsed.error.issues)}`);
    return demand;
  });
}

type Answer = {
  status: number;
  bytes: number;
  units: number;
  candidates: number;
  error: string | null;
};

// The load driver: autocannon in a worker thread (so it does not share the server's event loop), one
// demand per request in order, each from its own client address (the public match is rate-limited per
// address: the bench measures the endpoint, not the limit). autocannon gives the aggregate figures; the
// per-answer status, size and counts are read in onResponse.
const DRIVER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require('autocannon');
const { url, bodies, concurrency, addressOffset } = workerData;
const answers = [];
let sent = 0;
const address = (n) => '10.' + ((n >> 16) & 255) + '.' + ((n >> 8) & 255) + '.' + (n & 255);
const startedAt = new Map();
const times = [];
const started = performance.now();
const instance = autocannon(
  {
    url,
    connections: concurrency,
    amount: bodies.length,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = sent++;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'accept-language': 'zh-CN',
              'x-forwarded-for': address(addressOffset + i),
            },
            body: bodies[i % bodies.length],
          };
        },
        onResponse: (status, body) => {
          let units = 0, candidates = 0, error = null;
          if (status === 200) {
            try {
              const parsed = JSON.parse(body);
              units = parsed.units.length;
              candidates = parsed.candidates;
            } catch (e) {
              error = 'unreadable 200 answer: ' + String(e);
            }
          } else error = String(body).slice(0, 300);
          answers.push({ status, bytes: body.length, units, candidates, error });
        },
      },
    ],
  },
  (err, result) => {
    if (err) throw err;
    parentPort.postMessage({ answers, times, seconds: (performance.now() - started) / 1000 });
  },
);
// autocannon's own percentiles skip p95: every response time is kept to compute it.
instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
`;

function drive(
  url: string,
  bodies: string[],
  concurrency: number,
  addressOffset: number,
): Promise<{ answers: Answer[]; times: number[]; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DRIVER, {
      eval: true,
      workerData: { url, bodies, concurrency, addressOffset },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load driver exited ${code}`));
    });
  });
}

async function codesFor(database: Database) {
  const column = async (statement: ReturnType<typeof sql>) =>
    (await queryRows<{ code: string }>(database.db, statement)).map((r) => r.code);
  return {
    zones: await column(sql`SELECT code FROM zones ORDER BY code`),
    parks: await column(sql`SELECT code FROM parks ORDER BY code`),
    chainLinks: await column(sql`SELECT code FROM chain_links ORDER BY position`),
  };
}

async function matchLoad(database: Database, app: FastifyInstance, sizes: Sizes) {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `${address}/api/match`;
  const all = demands(WARM_UP + sizes.requests, sizes.seed, await codesFor(database)).map((d) =>
    JSON.stringify(d),
  );
  // Warm-up (not measured): the first requests compile schemas and fill caches.
  const warm = await drive(url, all.slice(0, WARM_UP), 1, 0);
  const { answers, times, seconds } = await drive(url, all.slice(WARM_UP), sizes.concurrency, WARM_UP);
  const ok = answers.filter((a) => a.status === 200 && a.error === null);
  const errors = answers.length - ok.length;
  const sorted = [...times].sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const firstError = answers.find((a) => a.error !== null)?.error ?? null;
  const warmErrors = warm.answers.filter((a) => a.status !== 200).length;
  const mean = (f: (a: Answer) => number) =>
    ok.length ? round(ok.reduce((s, a) => s + f(a), 0) / ok.length, 1) : 0;
  return {
    requests: answers.length,
    concurrency: sizes.concurrency,
    warmUp: WARM_UP,
    warmUpErrors: warmErrors,
    errors,
    statuses,
    firstError,
    seconds: round(seconds),
    requestsPerS: round(answers.length / seconds, 1),
    p50Ms: round(percentile(sorted, 50), 1),
    p95Ms: round(percentile(sorted, 95), 1),
    p99Ms: round(percentile(sorted, 99), 1),
    maxMs: round(sorted.at(-1) ?? Number.NaN, 1),
    meanUnitsReturned: mean((a) => a.units),
    meanCandidates: mean((a) => a.candidates),
    meanResponseKiB: mean((a) => a.bytes / 1024),
  };
}

// ---------------------------------------------------------------------------------------------------
// d. Proactive matching of one policy
// ---------------------------------------------------------------------------------------------------

/**
 * A typical high-tech support policy of the Fuzhou zone: 高新技术企业, registered capital ≥ 1000 万元, R&D
 * spend ≥ 5 % of revenue, located in the zone. Inserted as the generator inserts, validated the same way.
 */
async function createBenchPolicy(database: Database): Promise<{ id: number; rule: Rule; zones: string[] }> {
  const body = policyBody.parse({
    code: BENCH_POLICY_CODE,
    titleZh: '福州国际医疗综合实验区关于支持高新技术生物医药企业研发创新的若干措施（基准测试）',
    titleEn:
      'Measures of the Fuzhou International Medical Comprehensive Experimental Zone to Support R&D in High-Tech Biomedical Enterprises (benchmark)',
    issuerZh: '福州国际医疗综合实验区管理委员会',
    issuerEn: 'Management Committee of the Fuzhou International Medical Comprehensive Experimental Zone',
    level: 'zone',
    docNumber: '榕医实管〔2025〕1号',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    zones: ['fuzhou-imcez'],
    rule: {
      all: [
        { attr: 'isHighTech', op: 'is', value: true },
        { attr: 'registeredCapitalWan', op: 'gte', value: 1_000 },
        { attr: 'rdRatio', op: 'gte', value: 5 },
      ],
    },
    benefits: [
      {
        code: 'rd-award',
        labelZh: '研发投入奖励',
        labelEn: 'R&D award',
        formula: { kind: 'one_off', amountYuan: 500_000 },
        demo: true,
      },
    ],
    source: 'benchmark',
  });
  const { zones: zoneCodes, ...row } = body;
  return database.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(policies)
      .values({ ...row, status: 'published', isDemo: true, publishedAt: new Date() })
      .returning({ id: policies.id });
    const zoneRows = await tx.select({ id: zones.id, code: zones.code }).from(zones);
    const ids = zoneRows.filter((z) => zoneCodes.includes(z.code)).map((z) => z.id);
    if (ids.length !== zoneCodes.length) throw new Error(`unknown zone among ${zoneCodes.join(', ')}`);
    await tx.insert(policyZones).values(ids.map((zoneId) => ({ policyId: created!.id, zoneId })));
    return { id: created!.id, rule: body.rule, zones: zoneCodes };
  });
}

async function proactive(database: Database, enterprises: number) {
  const policy = await createBenchPolicy(database);
  const show = progress('proactive matching', enterprises);
  const started = performance.now();
  const run = await startMatchRun(database.db, policy.id, 'system');
  const done: MatchRun = await executeMatchRun(database.db, run.id, (r) => show(r.evaluated));
  const seconds = (performance.now() - started) / 1000;
  if (done.status !== 'done') throw new Error(`match run ended '${done.status}': ${done.error}`);

  // The same predicate (the rule with the zone requirement, as the run applies it) as one bare count.
  const condition = compileRule(effectiveRule(policy), 'ep');
  const bare = async () => {
    const t = performance.now();
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM ${enterpriseProfiles()} ep WHERE ${condition}`,
    );
    return { n: row!.n, seconds: (performance.now() - t) / 1000 };
  };
  // Best of two: the first may pay for a cold cache the run already warmed for itself.
  const [first, second] = [await bare(), await bare()];
  const bareSeconds = Math.min(first.seconds, second.seconds);
  return {
    policyCode: BENCH_POLICY_CODE,
    rule: effectiveRule(policy),
    runSeconds: round(seconds),
    enterprisesPerS: Math.round(done.evaluated / Math.max(seconds, 0.001)),
    evaluated: done.evaluated,
    eligible: done.eligible,
    nearMiss: done.nearMiss,
    notified: done.notified,
    bareSqlSeconds: round(bareSeconds, 3),
    bareSqlCount: first.n,
    ratio: round(seconds / Math.max(bareSeconds, 0.0001), 1),
    eligibleMatchesBareSql: done.eligible === first.n && first.n === second.n,
  };
}

// ---------------------------------------------------------------------------------------------------
// Machine, table, result
// ---------------------------------------------------------------------------------------------------

async function databaseMiB(database: Database): Promise<number> {
  const [row] = await queryRows<{ bytes: string | number }>(
    database.db,
    sql`SELECT pg_database_size(current_database()) AS bytes`,
  );
  return round(Number(row?.bytes ?? 0) / 2 ** 20, 1);
}

type Report = {
  engine: Engine;
  sizes: Sizes;
  setupS: number;
  generate: { enterprises: Timed; units: Timed; policies: Timed };
  databaseMiB: number;
  /** Published and valid today: what every POST /api/match evaluates. */
  policiesInForce: number;
  match: Awaited<ReturnType<typeof matchLoad>>;
  proactive: Awaited<ReturnType<typeof proactive>>;
};

function figures(r: Report): { figure: string; value: string | number }[] {
  const gen = (what: string, t: Timed) => [
    { figure: `generate ${what}: rows`, value: t.rows },
    { figure: `generate ${what}: seconds`, value: t.seconds },
    { figure: `generate ${what}: rows/s`, value: t.rowsPerS },
  ];
  const m = r.match;
  const p = r.proactive;
  return [
    { figure: 'database', value: r.engine },
    { figure: 'fresh database: migrate + reference data, s', value: r.setupS },
    ...gen('enterprises', r.generate.enterprises),
    ...gen('units', r.generate.units),
    ...gen('policies', r.generate.policies),
    { figure: 'database size, MiB', value: r.databaseMiB },
    { figure: 'policies in force (each match evaluates them)', value: r.policiesInForce },
    { figure: `POST /api/match: requests (concurrency ${m.concurrency})`, value: m.requests },
    { figure: 'POST /api/match: errors (non-200)', value: m.errors },
    { figure: 'POST /api/match: p50 ms', value: m.p50Ms },
    { figure: 'POST /api/match: p95 ms', value: m.p95Ms },
    { figure: 'POST /api/match: p99 ms', value: m.p99Ms },
    { figure: 'POST /api/match: max ms', value: m.maxMs },
    { figure: 'POST /api/match: requests/s', value: m.requestsPerS },
    {
      figure: 'POST /api/match: mean candidates / units returned',
      value: `${m.meanCandidates} / ${m.meanUnitsReturned}`,
    },
    { figure: 'POST /api/match: mean response KiB', value: m.meanResponseKiB },
    { figure: 'proactive run: seconds', value: p.runSeconds },
    { figure: 'proactive run: enterprises/s', value: p.enterprisesPerS },
    { figure: 'proactive run: evaluated', value: p.evaluated },
    { figure: 'proactive run: eligible', value: p.eligible },
    { figure: 'proactive run: near-miss', value: p.nearMiss },
    { figure: 'bare SQL count: seconds', value: p.bareSqlSeconds },
    { figure: 'bare SQL count: eligible', value: p.bareSqlCount },
    { figure: 'run seconds / bare SQL seconds', value: p.ratio },
    { figure: 'eligible: run = bare SQL', value: p.eligibleMatchesBareSql ? 'yes' : 'NO (MISMATCH)' },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

async function main() {
  const { engine, sizes, keep } = parseOptions();
  log(`matching bench on ${engine}: ${JSON.stringify(sizes)}`);
  const setupStarted = performance.now();
  const fresh = await freshBenchDatabase(engine, { postgres: BENCH_DATABASE, pglite: 'matching' }, keep);
  let app: FastifyInstance | undefined;
  try {
    const prepared = await prepareDatabase(fresh.database, { loadDemo: false });
    const setupS = round((performance.now() - setupStarted) / 1000);
    log(`  fresh database at ${fresh.where}: ${setupS} s`);
    const { db } = fresh.database;
    const { seed } = sizes;
    const generate = {
      enterprises: await timedGeneration('enterprises', sizes.enterprises, (onProgress) =>
        generateEnterprises(db, { count: sizes.enterprises, seed, onProgress }),
      ),
      units: await timedGeneration('units', sizes.units, (onProgress) =>
        generateUnits(db, { count: sizes.units, seed, onProgress }),
      ),
      policies: await timedGeneration('policies', sizes.policies, (onProgress) =>
        generatePolicies(db, { count: sizes.policies, seed, onProgress }),
      ),
    };
    // Planner statistics for the new rows, as autovacuum would gather them on a live server.
    await db.execute(sql`ANALYZE`);

    app = await buildApp({
      database: fresh.database,
      cookieSecret: prepared.cookieSecret,
      logLevel: 'warn',
      trustProxy: true,
      webRoot: '/nonexistent',
    });
    log(`  POST /api/match: ${WARM_UP} warm-up + ${sizes.requests} requests, ${sizes.concurrency} at a time`);
    const match = await matchLoad(fresh.database, app, sizes);
    await app.close();
    app = undefined;

    const report: Report = {
      engine,
      sizes,
      setupS,
      generate,
      databaseMiB: await databaseMiB(fresh.database),
      policiesInForce: (await policiesInForce(db)).length,
      match,
      proactive: await proactive(fresh.database, sizes.enterprises),
    };
    const machine = await machineInfo(fresh.database);
    console.table(figures(report));
    if (match.firstError) log(`first error answer: ${match.firstError}`);
    writeResult('matching', { ...report, machine, database: fresh.where });
    if (match.errors > 0) process.exitCode = 1;
    if (!report.proactive.eligibleMatchesBareSql) {
      log(
        `MISMATCH: the run found ${report.proactive.eligible} eligible, the bare SQL ${report.proactive.bareSqlCount}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await app?.close();
    await fresh.cleanup();
    if (keep) log(`database kept: ${fresh.where}`);
  }
}

await main();
