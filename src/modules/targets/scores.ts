import { asc, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { gapLinkCodes } from '../chain/chain.js';
import { targetScoreFactors } from './tables.js';

/**
 * How each factor's raw figure becomes a value from 0 to 1 (documented in docs/chain.md):
 * - revenue and R&D growth: the yearly growth between the last two metric years, log-scaled, 0 when flat or
 *   shrinking, full marks at GROWTH_FULL_MARKS a year (ln(1+g)/ln(1+full)): steady growth counts, a
 *   jump from a tiny base cannot outweigh everything else;
 * - approvals: market approvals in the last APPROVAL_WINDOW_YEARS years, full marks at APPROVALS_FULL_MARKS;
 * - funding: funding rounds in the same window, log-scaled from FUNDING_FLOOR_YUAN (0) to FUNDING_FULL_YUAN (1);
 * - chain gap: 1 when the enterprise's link is a gap of the zone (GAP_RULE in chain.ts);
 * - Taiwan link: 1 when Taiwan-funded or holding a Taiwan 統一編號.
 */
export const GROWTH_FULL_MARKS = 0.5;
export const APPROVAL_WINDOW_YEARS = 3;
export const APPROVALS_FULL_MARKS = 3;
export const FUNDING_FLOOR_YUAN = 1_000_000;
export const FUNDING_FULL_YUAN = 1_000_000_000;

/** The factors in their column order: code in target_score_factors → column of target_scores. */
export const FACTORS = [
  { code: 'revenue_growth', column: 'revenue_growth' },
  { code: 'rd_growth', column: 'rd_growth' },
  { code: 'approvals', column: 'approvals' },
  { code: 'funding', column: 'funding' },
  { code: 'chain_gap', column: 'chain_gap' },
  { code: 'taiwan_link', column: 'taiwan_link' },
] as const;
export type FactorCode = (typeof FACTORS)[number]['code'];

/** Enterprise ids per statement of a full refresh: a million targets in a few dozen statements. */
const ID_RANGE = 50_000;
/** Ids per statement when refreshing a given set. */
const ID_CHUNK = 5_000;

export type Weights = Record<FactorCode, number>;

export async function loadWeights(db: Executor): Promise<Weights> {
  const rows = await db.select().from(targetScoreFactors).orderBy(asc(targetScoreFactors.position));
  const weights = Object.fromEntries(FACTORS.map((f) => [f.code, 0])) as Weights;
  for (const r of rows) if (r.code in weights) weights[r.code as FactorCode] = Number(r.weight);
  return weights;
}

const textArray = (values: string[]): SQL =>
  values.length === 0
    ? sql`ARRAY[]::text[]`
    : sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;

/** Yearly growth between two years' figures as 0..1 (see GROWTH_FULL_MARKS), 4 decimals. */
function growthValue(before: SQL, after: SQL): SQL {
  return sql`CASE WHEN ${before} > 0 AND ${after} > 0 AND m.y1 > m.y0
    THEN round(least(1, greatest(0, ln(${after} / ${before}) / (m.y1 - m.y0) / ln(${1 + GROWTH_FULL_MARKS}::numeric))), 4)
    ELSE 0 END`;
}

/**
 * The raw figures behind the factors, per enterprise `e`: its last two metric years (y0 < y1) with revenue
 * and R&D, approvals and funding in the window. The same joins serve the refresh and the breakdown, so
 * what officers see is what was scored.
 */
const FACTOR_INPUTS = sql`
  LEFT JOIN LATERAL (
    SELECT max(year) FILTER (WHERE rn = 2) AS y0, max(year) FILTER (WHERE rn = 1) AS y1,
      max(operating_revenue_yuan) FILTER (WHERE rn = 2) AS r0, max(operating_revenue_yuan) FILTER (WHERE rn = 1) AS r1,
      max(rd_spend_yuan) FILTER (WHERE rn = 2) AS rd0, max(rd_spend_yuan) FILTER (WHERE rn = 1) AS rd1
    FROM (SELECT year, operating_revenue_yuan, rd_spend_yuan, row_number() OVER (ORDER BY year DESC) AS rn
      FROM enterprise_metrics WHERE enterprise_id = e.id ORDER BY year DESC LIMIT 2) last_two
  ) m ON true
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE kind = 'approval') AS approvals,
      coalesce(sum(quantity) FILTER (WHERE kind = 'funding'), 0) AS funding
    FROM enterprise_milestones
    WHERE enterprise_id = e.id AND kind IN ('approval', 'funding')
      AND occurred_on >= current_date - make_interval(years => ${APPROVAL_WINDOW_YEARS})
  ) ms ON true`;

function factorValues(gaps: string[]): Record<FactorCode, SQL> {
  return {
    revenue_growth: growthValue(sql`m.r0`, sql`m.r1`),
    rd_growth: growthValue(sql`m.rd0`, sql`m.rd1`),
    approvals: sql`round(least(1, ms.approvals::numeric / ${APPROVALS_FULL_MARKS}), 4)`,
    funding: sql`CASE WHEN ms.funding > ${FUNDING_FLOOR_YUAN} THEN round(least(1,
      (log(ms.funding) - ${Math.log10(FUNDING_FLOOR_YUAN)}) / ${Math.log10(FUNDING_FULL_YUAN / FUNDING_FLOOR_YUAN)}), 4)
      ELSE 0 END`,
    chain_gap: sql`CASE WHEN e.chain_link_code = ANY(${textArray(gaps)}) THEN 1 ELSE 0 END`,
    taiwan_link: sql`CASE WHEN e.is_taiwan_funded OR e.taiwan_ubn IS NOT NULL THEN 1 ELSE 0 END`,
  };
}

/** 100 × Σ(weight × value) / Σweight over the given value expressions (0 when every weight is 0). */
function weightedScore(weights: Weights, value: (f: (typeof FACTORS)[number]) => SQL): SQL {
  const total = FACTORS.reduce((sum, f) => sum + weights[f.code], 0);
  if (total <= 0) return sql`0`;
  const terms = sql.join(
    FACTORS.map((f) => sql`${weights[f.code]}::numeric * ${value(f)}`),
    sql` + `,
  );
  return sql`round(100 * (${terms}) / ${total}::numeric, 2)`;
}

async function upsertScores(db: Executor, where: SQL, gaps: string[], weights: Weights): Promise<number> {
  const values = factorValues(gaps);
  const rows = await queryRows<{ n: number }>(
    db,
    sql`WITH scored AS (
        INSERT INTO target_scores (enterprise_id, chain_link_code, revenue_growth, rd_growth, approvals, funding,
          chain_gap, taiwan_link, score, computed_at)
        SELECT id, chain_link_code, revenue_growth, rd_growth, approvals, funding, chain_gap, taiwan_link,
          ${weightedScore(weights, (f) => sql.raw(`v.${f.column}`))}, now()
        FROM (
          SELECT e.id, e.chain_link_code,
            ${values.revenue_growth} AS revenue_growth, ${values.rd_growth} AS rd_growth,
            ${values.approvals} AS approvals, ${values.funding} AS funding,
            ${values.chain_gap} AS chain_gap, ${values.taiwan_link} AS taiwan_link
          FROM enterprises e ${FACTOR_INPUTS}
          WHERE e.status IN ('target', 'in_contact') AND ${where}
        ) v
        ON CONFLICT (enterprise_id) DO UPDATE SET chain_link_code = excluded.chain_link_code,
          revenue_growth = excluded.revenue_growth, rd_growth = excluded.rd_growth,
          approvals = excluded.approvals, funding = excluded.funding, chain_gap = excluded.chain_gap,
          taiwan_link = excluded.taiwan_link, score = excluded.score, computed_at = excluded.computed_at
        RETURNING 1
      ) SELECT count(*)::int AS n FROM scored`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Computes the six factor values and the score of every target (status target or in_contact), or of the
 * given enterprises, in SQL: an INSERT … SELECT … ON CONFLICT DO UPDATE per id range, so a million targets
 * never pass through the application. Enterprises no longer targets (settled, left) lose their score row.
 * Call it after anything that changes targets, metrics or milestones (registry, generator, import).
 */
export async function refreshTargetScores(
  db: Executor,
  enterpriseIds?: readonly number[],
): Promise<{ scored: number }> {
  const [gaps, weights] = await Promise.all([gapLinkCodes(db), loadWeights(db)]);
  let scored = 0;
  if (enterpriseIds) {
    for (let i = 0; i < enterpriseIds.length; i += ID_CHUNK) {
      const chunk = enterpriseIds.slice(i, i + ID_CHUNK);
      const list = sql.join(
        chunk.map((id) => sql`${id}`),
        sql`, `,
      );
      await db.execute(
        sql`DELETE FROM target_scores ts USING enterprises e WHERE e.id = ts.enterprise_id
          AND ts.enterprise_id IN (${list}) AND e.status NOT IN ('target', 'in_contact')`,
      );
      scored += await upsertScores(db, sql`e.id IN (${list})`, gaps, weights);
    }
    return { scored };
  }
  await db.execute(
    sql`DELETE FROM target_scores ts USING enterprises e WHERE e.id = ts.enterprise_id
      AND e.status NOT IN ('target', 'in_contact')`,
  );
  const [range] = await queryRows<{ lo: number | null; hi: number | null }>(
    db,
    sql`SELECT min(id) AS lo, max(id) AS hi FROM enterprises`,
  );
  if (range?.lo == null || range.hi == null) return { scored };
  for (let lo = range.lo; lo <= range.hi; lo += ID_RANGE) {
    scored += await upsertScores(db, sql`e.id >= ${lo} AND e.id < ${lo + ID_RANGE}`, gaps, weights);
  }
  // Every row was rewritten: fresh statistics keep the ranking on its score indexes.
  await db.execute(sql`ANALYZE target_scores`);
  return { scored };
}

/** Targets without a score yet (a registry filled before scores existed, reference firms): scored at start-up. */
export async function scoreUnscoredTargets(db: Executor): Promise<{ scored: number }> {
  const [gaps, weights] = await Promise.all([gapLinkCodes(db), loadWeights(db)]);
  const scored = await upsertScores(
    db,
    sql`NOT EXISTS (SELECT 1 FROM target_scores ts WHERE ts.enterprise_id = e.id)`,
    gaps,
    weights,
  );
  return { scored };
}

/**
 * After settled firms, their park or their figures changed, a link may have become or stopped being a
 * gap: every target's chain-gap value and score follow, in one UPDATE of the rows whose value changes.
 */
export async function refreshChainGaps(db: Executor): Promise<void> {
  const [gaps, weights] = await Promise.all([gapLinkCodes(db), loadWeights(db)]);
  const gap = sql`CASE WHEN chain_link_code = ANY(${textArray(gaps)}) THEN 1 ELSE 0 END`;
  await db.execute(
    sql`UPDATE target_scores SET chain_gap = ${gap},
        score = ${weightedScore(weights, (f) => (f.code === 'chain_gap' ? gap : sql.raw(f.column)))}
      WHERE chain_gap IS DISTINCT FROM ${gap}`,
  );
}

/** New weights apply to the stored factor values: one UPDATE, no figure is read again. */
export async function rescoreWithWeights(db: Executor, weights: Weights): Promise<void> {
  await db.execute(sql`UPDATE target_scores SET score = ${weightedScore(weights, (f) => sql.raw(f.column))}`);
}

export type FactorInputs = {
  id: number;
  y0: number | null;
  y1: number | null;
  r0: string | null;
  r1: string | null;
  rd0: string | null;
  rd1: string | null;
  approvals: number;
  funding: string;
};

/** The raw figures behind the factors of a page of targets (the breakdown's "why"). */
export async function factorInputs(db: Executor, ids: readonly number[]): Promise<Map<number, FactorInputs>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<FactorInputs>(
    db,
    sql`SELECT e.id, m.y0, m.y1, m.r0::text AS r0, m.r1::text AS r1, m.rd0::text AS rd0, m.rd1::text AS rd1,
        ms.approvals::int AS approvals, ms.funding::text AS funding
      FROM enterprises e ${FACTOR_INPUTS}
      WHERE e.id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}
