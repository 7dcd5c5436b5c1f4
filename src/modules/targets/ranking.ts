import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import type { RankingQuery } from './schema.js';
import { FACTORS, type FactorCode, factorInputs, loadWeights, rescoreWithWeights } from './scores.js';
import { targetScoreFactors } from './tables.js';

/** Counting matches stops here: the page needs "many", not an exact count of a million. */
const COUNT_CAP = 10_000;

type ScoreRow = {
  enterprise_id: number;
  score: string;
  revenue_growth: string;
  rd_growth: string;
  approvals: string;
  funding: string;
  chain_gap: string;
  taiwan_link: string;
  computed_at: Date | string;
  name_zh: string;
  name_en: string | null;
  status: 'target' | 'in_contact';
  direction_code: string | null;
  division_code: string | null;
  taiwan_ubn: string | null;
  is_taiwan_funded: boolean;
  is_demo: boolean;
  link_code: string | null;
  link_zh: string | null;
  link_en: string | null;
};

export async function listFactors(db: Executor) {
  const rows = await db.select().from(targetScoreFactors).orderBy(asc(targetScoreFactors.position));
  return rows.map((r) => ({ ...r, code: r.code as FactorCode, weight: Number(r.weight) }));
}

/** An admin sets factor weights; every stored score is recomputed from the stored values. Audited. */
export async function saveWeights(
  db: Executor,
  principal: Principal,
  factors: { code: FactorCode; weight: number }[],
  meta: RequestMeta,
) {
  await db.transaction(async (tx) => {
    const before = await listFactors(tx);
    for (const f of factors) {
      await tx
        .update(targetScoreFactors)
        .set({ weight: f.weight.toFixed(2) })
        .where(eq(targetScoreFactors.code, f.code));
    }
    await rescoreWithWeights(tx, await loadWeights(tx));
    await recordAudit(tx, {
      actor: principal,
      action: 'target_score.weights',
      entityType: 'target_score_factors',
      before: before.map((f) => ({ code: f.code, weight: f.weight })),
      after: factors,
      ...meta,
    });
  });
  return listFactors(db);
}

/**
 * The filters, and whether they need the enterprise row. target_scores holds targets only (a refresh drops
 * the rows of enterprises that settled or left), so an unfiltered or per-link ranking reads the score index
 * alone and joins the 50 rows it returns.
 */
function filters(query: RankingQuery): { where: SQL; needsEnterprise: boolean } {
  const parts: SQL[] = [];
  if (query.chainLinkCode) parts.push(sql`ts.chain_link_code = ${query.chainLinkCode}`);
  if (query.directionCode) parts.push(sql`e.direction_code = ${query.directionCode}`);
  if (query.taiwanFunded === 'true') parts.push(sql`(e.is_taiwan_funded OR e.taiwan_ubn IS NOT NULL)`);
  if (query.taiwanFunded === 'false') parts.push(sql`NOT e.is_taiwan_funded AND e.taiwan_ubn IS NULL`);
  return {
    where: parts.length > 0 ? sql.join(parts, sql` AND `) : sql`true`,
    needsEnterprise: query.directionCode !== undefined || query.taiwanFunded !== undefined,
  };
}

const pct = (before: string | null, after: string | null, years: number) => {
  const a = Number(before);
  const b = Number(after);
  if (!(a > 0) || !(b > 0) || years <= 0) return null;
  return Math.round(((b / a) ** (1 / years) - 1) * 1000) / 10;
};

/**
 * Targets ranked by score, best first (ties by id), a page at a time, each with its breakdown: per factor
 * value × weight as points of 100, and the raw figures the values came from. The order reads the score
 * index (or the link's score index with chainLinkCode); the figures are read for the page only.
 */
export async function rankTargets(db: Executor, query: RankingQuery) {
  const { where, needsEnterprise } = filters(query);
  const [rows, [counted], factors] = await Promise.all([
    queryRows<ScoreRow>(
      db,
      sql`SELECT ts.enterprise_id, ts.score::text AS score, ts.revenue_growth::text AS revenue_growth,
          ts.rd_growth::text AS rd_growth, ts.approvals::text AS approvals, ts.funding::text AS funding,
          ts.chain_gap::text AS chain_gap, ts.taiwan_link::text AS taiwan_link, ts.computed_at,
          e.name_zh, e.name_en, e.status, e.direction_code, e.division_code, e.taiwan_ubn, e.is_taiwan_funded,
          e.is_demo, cl.code AS link_code, cl.name_zh AS link_zh, cl.name_en AS link_en
        FROM target_scores ts
        JOIN enterprises e ON e.id = ts.enterprise_id
        LEFT JOIN chain_links cl ON cl.code = e.chain_link_code
        WHERE ${where}
        ORDER BY ts.score DESC, ts.enterprise_id
        LIMIT ${query.limit} OFFSET ${query.offset}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM target_scores ts
        ${needsEnterprise ? sql`JOIN enterprises e ON e.id = ts.enterprise_id` : sql``}
        WHERE ${where} LIMIT ${COUNT_CAP + 1}) capped`,
    ),
    listFactors(db),
  ]);
  const inputs = await factorInputs(
    db,
    rows.map((r) => r.enterprise_id),
  );
  const totalWeight = factors.reduce((sum, f) => sum + f.weight, 0);
  const n = counted?.n ?? 0;
  return {
    items: rows.map((r, i) => {
      const raw = inputs.get(r.enterprise_id);
      const span = raw?.y0 != null && raw.y1 != null ? raw.y1 - raw.y0 : 0;
      const values: Record<FactorCode, number> = {
        revenue_growth: Number(r.revenue_growth),
        rd_growth: Number(r.rd_growth),
        approvals: Number(r.approvals),
        funding: Number(r.funding),
        chain_gap: Number(r.chain_gap),
        taiwan_link: Number(r.taiwan_link),
      };
      const link = r.link_code ? { code: r.link_code, nameZh: r.link_zh!, nameEn: r.link_en! } : null;
      return {
        enterpriseId: r.enterprise_id,
        rank: query.offset + i + 1,
        nameZh: r.name_zh,
        nameEn: r.name_en,
        status: r.status,
        directionCode: r.direction_code,
        chainLink: link,
        divisionCode: r.division_code,
        isDemo: r.is_demo,
        score: Number(r.score),
        breakdown: FACTORS.map(({ code }) => {
          const f = factors.find((x) => x.code === code);
          const weight = f?.weight ?? 0;
          return {
            code,
            labelZh: f?.labelZh ?? code,
            labelEn: f?.labelEn ?? code,
            value: values[code],
            weight,
            points: totalWeight > 0 ? Math.round((10_000 * weight * values[code]) / totalWeight) / 100 : 0,
          };
        }),
        figures: {
          revenueGrowthPct: raw ? pct(raw.r0, raw.r1, span) : null,
          rdGrowthPct: raw ? pct(raw.rd0, raw.rd1, span) : null,
          years: raw?.y0 != null && raw.y1 != null ? ([raw.y0, raw.y1] as [number, number]) : null,
          approvals: raw?.approvals ?? 0,
          fundingYuan: raw?.funding ?? '0',
          gapLink: values.chain_gap > 0 ? link : null,
          taiwanUbn: r.taiwan_ubn,
          isTaiwanFunded: r.is_taiwan_funded,
        },
        computedAt: new Date(r.computed_at).toISOString(),
      };
    }),
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    limit: query.limit,
    offset: query.offset,
  };
}
