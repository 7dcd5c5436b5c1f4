import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/core/db/db.js';
import { generateEnterprises } from '../src/data/generate/index.js';
import { refreshTargetScores } from '../src/modules/targets/index.js';
import { buildApp } from '../src/server/app.js';
import { prepareDatabase } from '../src/server/bootstrap.js';
import { writeResult } from './result.js';
import { freshBenchDatabase } from './support/fresh-database.js';
import { log, percentile, progress, round, timed } from './support/measure.js';
import { officerCookie } from './support/sign-in.js';

/**
 * Target ranking at scale: `npm run bench -- targets`.
 *
 *   a. a fresh database (PGlite in a temporary directory, or `medzone_bench_targets` on the PostgreSQL server of
 *      BENCH_DATABASE_URL), prepared as the server prepares it;
 *   b. ENTERPRISES enterprises from the generator (88 % targets), then refreshTargetScores for all, timed;
 *   c. GET /api/targets through the real HTTP server, signed in as an officer, REQUESTS sequential requests per
 *      query shape after warm-ups: top 50 overall, top 50 of a chain link, top 50 of a direction, and a deep
 *      page (offset 450); p50 / p95 / p99;
 *   d. EXPLAIN of each shape, to show which index it reads; a table and bench/results/targets-<time>.json.
 *
 * Index use (EXPLAIN, verified on PGlite with 100,000 enterprises, after ANALYZE): the overall top 50 and the
 * deep page read target_scores_score_idx (score DESC, enterprise_id) in order (Index Only Scan) and join
 * enterprises by primary key, stopping after offset + 50 rows; a link's top 50 reads
 * target_scores_link_score_idx (chain_link_code, score DESC, enterprise_id); the direction filter walks the
 * score index and probes enterprises by primary key until 50 rows match (about a third of the targets are
 * of each direction). No shape sorts the table. The count stops at 10,001 rows. Each run prints the plans
 * it measured, so the 1,000,000-row PostgreSQL run shows its own.
 * Options (environment or --flag): DATABASE pglite|postgres, ENTERPRISES (default 1000000), REQUESTS
 * (default 100), SEED (default 1), KEEP_DATABASE=1.
 */

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    database: { type: 'string' },
    enterprises: { type: 'string' },
    requests: { type: 'string' },
    seed: { type: 'string' },
    keep: { type: 'boolean' },
  },
  allowPositionals: true,
});
const count = (raw: string | undefined, fallback: number) =>
  raw === undefined || raw === '' ? fallback : Number(raw.replace(/_/g, ''));
const engine = values.database ?? process.env.DATABASE ?? 'pglite';
const enterprisesWanted = count(values.enterprises ?? process.env.ENTERPRISES, 1_000_000);
const requests = count(values.requests ?? process.env.REQUESTS, 100);
const seed = count(values.seed ?? process.env.SEED, 1);
const keep = values.keep ?? process.env.KEEP_DATABASE === '1';
const WARM_UP = 5;

if (engine !== 'pglite' && engine !== 'postgres')
  throw new Error(`DATABASE: pglite or postgres, not '${engine}'`);
const fresh = await freshBenchDatabase(
  engine,
  { postgres: 'medzone_bench_targets', pglite: 'targets' },
  keep,
);
log(`targets benchmark: ${engine} at ${fresh.where}, ${enterprisesWanted.toLocaleString('en')} enterprises`);

try {
  const { database } = fresh;
  const prepared = await prepareDatabase(database, { loadDemo: false });
  const generation = await timed('generate enterprises', () =>
    generateEnterprises(database.db, {
      count: enterprisesWanted,
      seed,
      onProgress: progress('enterprises', enterprisesWanted),
    }),
  );
  await database.db.execute(sql`ANALYZE`);
  const scoring = await timed('refreshTargetScores (all)', () => refreshTargetScores(database.db));

  const app = await buildApp({ database, cookieSecret: prepared.cookieSecret, logLevel: 'warn' });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const cookie = await officerCookie(app, database, 'targets');

  const [busiest] = await queryRows<{ code: string }>(
    database.db,
    sql`SELECT chain_link_code AS code FROM target_scores WHERE chain_link_code IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const shapes = [
    { name: 'top 50 overall', query: 'limit=50' },
    { name: `top 50 of link ${busiest?.code}`, query: `limit=50&chainLinkCode=${busiest?.code}` },
    { name: 'top 50 of a direction', query: 'limit=50&directionCode=specialty_medical_devices' },
    { name: 'deep page (offset 450)', query: 'limit=50&offset=450' },
    { name: 'Taiwan link, top 50', query: 'limit=50&taiwanFunded=true' },
  ];
  const results = [];
  for (const shape of shapes) {
    const times: number[] = [];
    let errors = 0;
    for (let i = 0; i < WARM_UP + requests; i++) {
      const started = performance.now();
      const res = await fetch(`${address}/api/targets?${shape.query}`, { headers: { cookie } });
      await res.arrayBuffer();
      if (i >= WARM_UP) {
        times.push(performance.now() - started);
        if (res.status !== 200) errors += 1;
      }
    }
    times.sort((a, b) => a - b);
    results.push({
      shape: shape.name,
      requests,
      errors,
      p50Ms: round(percentile(times, 50), 1),
      p95Ms: round(percentile(times, 95), 1),
      p99Ms: round(percentile(times, 99), 1),
    });
  }
  // The plans of the ordered scan (the shapes' main query, without the page's figures).
  const plans: Record<string, string> = {};
  for (const [name, where] of [
    ['overall', sql`true`],
    ['link', sql`ts.chain_link_code = ${busiest?.code ?? ''}`],
    ['direction', sql`e.direction_code = 'specialty_medical_devices'`],
  ] as const) {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(
      database.db,
      sql`EXPLAIN SELECT ts.enterprise_id FROM target_scores ts JOIN enterprises e ON e.id = ts.enterprise_id
        WHERE ${where} ORDER BY ts.score DESC, ts.enterprise_id LIMIT 50 OFFSET 450`,
    );
    plans[name] = rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  await app.close();

  console.log('');
  console.log(
    `engine: ${engine}; enterprises: ${generation.value.toLocaleString('en')} in ${generation.seconds} s`,
  );
  console.log(`target scores: ${scoring.value.scored.toLocaleString('en')} in ${scoring.seconds} s`);
  console.table(results);
  for (const [name, plan] of Object.entries(plans)) console.log(`plan (${name}):\n${plan}\n`);
  writeResult('targets', {
    engine,
    enterprises: generation.value,
    generationSeconds: generation.seconds,
    scored: scoring.value.scored,
    scoringSeconds: scoring.seconds,
    requests: results,
    plans,
  });
} finally {
  await fresh.cleanup();
}
