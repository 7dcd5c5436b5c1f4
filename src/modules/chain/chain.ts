import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { type FieldProblem, invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import type { ChainLinkPatch } from './schema.js';
import { chainLinks, directions, industryCodes } from './tables.js';

/**
 * When the zone is weak at a link (a gap, 缺链): fewer than `minSettled` settled enterprises there, or
 * fewer than `minWithRevenue` of them with operating revenue in their latest metric year (a link held only
 * by firms not yet producing). docs/chain.md explains it; the target score's chain-gap factor reads it.
 */
export const GAP_RULE = { minSettled: 3, minWithRevenue: 1 } as const;

/** Strength of a link that is not a gap, by its settled enterprises: the first level reached wins. */
export const STRENGTH_LEVELS = [
  { level: 'strong', minSettled: 10 },
  { level: 'medium', minSettled: 5 },
  { level: 'weak', minSettled: 0 },
] as const;

/** Said of a link an admin has edited: load-reference then leaves it as the admin wrote it. */
export const EDITED_TAXONOMY = 'MedZone chain taxonomy, edited by an administrator';

export type ChainScope = { zoneId?: number; parkId?: number };
type Level = 'gap' | (typeof STRENGTH_LEVELS)[number]['level'];

type Row = {
  code: string;
  segment: number;
  position: number;
  name_zh: string;
  name_en: string;
  industry_prefixes: string[];
  direction_codes: string[];
  source: string;
  settled: number;
  with_revenue: number;
  leading: number;
  backbone: number;
  revenue_year: number | null;
  revenue_yuan: string | null;
};

export function isGap(settled: number, withRevenue: number): boolean {
  return settled < GAP_RULE.minSettled || withRevenue < GAP_RULE.minWithRevenue;
}

export function strengthLevel(settled: number, withRevenue: number): Level {
  if (isGap(settled, withRevenue)) return 'gap';
  return (STRENGTH_LEVELS.find((l) => settled >= l.minSettled) ?? STRENGTH_LEVELS[2]).level;
}

function scopeCondition(scope: ChainScope): SQL {
  const parts: SQL[] = [];
  if (scope.zoneId !== undefined) parts.push(sql`AND p.zone_id = ${scope.zoneId}`);
  if (scope.parkId !== undefined) parts.push(sql`AND e.park_id = ${scope.parkId}`);
  return sql.join(parts, sql` `);
}

/**
 * Every link with the zone's settled enterprises there (in a zone or park when asked; all the platform's
 * parks otherwise): count, leading and backbone firms, the latest year's operating revenue, the strength
 * level and whether it is a gap. One query: the settled firms are a small share of the registry.
 */
export async function chainStrength(db: Executor, scope: ChainScope = {}) {
  const rows = await queryRows<Row>(
    db,
    sql`WITH settled AS (
        SELECT e.id, e.chain_link_code AS link, e.is_leading, e.is_backbone
        FROM enterprises e LEFT JOIN parks p ON p.id = e.park_id
        WHERE e.status = 'settled' AND e.chain_link_code IS NOT NULL ${scopeCondition(scope)}
      ), latest AS (
        SELECT s.link, m.year, m.operating_revenue_yuan AS revenue
        FROM settled s
        JOIN LATERAL (SELECT year, operating_revenue_yuan FROM enterprise_metrics
          WHERE enterprise_id = s.id ORDER BY year DESC LIMIT 1) m ON true
      ), link_year AS (
        SELECT link, max(year) AS year FROM latest GROUP BY link
      ), revenue AS (
        SELECT l.link, y.year, sum(l.revenue) AS yuan
        FROM latest l JOIN link_year y ON y.link = l.link AND y.year = l.year
        GROUP BY l.link, y.year
      ), counts AS (
        SELECT link, count(*)::int AS settled, count(*) FILTER (WHERE is_leading)::int AS leading,
          count(*) FILTER (WHERE is_backbone)::int AS backbone
        FROM settled GROUP BY link
      ), earning AS (
        SELECT link, count(*)::int AS with_revenue FROM latest WHERE revenue > 0 GROUP BY link
      )
      SELECT cl.code, cl.segment, cl.position, cl.name_zh, cl.name_en, cl.industry_prefixes,
        cl.direction_codes, cl.source, coalesce(c.settled, 0) AS settled,
        coalesce(er.with_revenue, 0) AS with_revenue, coalesce(c.leading, 0) AS leading,
        coalesce(c.backbone, 0) AS backbone, r.year AS revenue_year, r.yuan::text AS revenue_yuan
      FROM chain_links cl
      LEFT JOIN counts c ON c.link = cl.code
      LEFT JOIN earning er ON er.link = cl.code
      LEFT JOIN revenue r ON r.link = cl.code
      ORDER BY cl.segment, cl.position, cl.code`,
  );
  return rows.map((r) => {
    const level = strengthLevel(r.settled, r.with_revenue);
    return {
      code: r.code,
      segment: r.segment,
      position: r.position,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      industryPrefixes: r.industry_prefixes,
      directionCodes: r.direction_codes,
      source: r.source,
      settled: r.settled,
      withRevenue: r.with_revenue,
      leading: r.leading,
      backbone: r.backbone,
      revenue:
        r.revenue_year === null || r.revenue_yuan === null
          ? null
          : { year: r.revenue_year, yuan: r.revenue_yuan },
      level,
      gap: level === 'gap',
    };
  });
}

export async function chainOverview(db: Executor, scope: ChainScope) {
  return {
    items: await chainStrength(db, scope),
    gapRule: { ...GAP_RULE },
    levels: STRENGTH_LEVELS.map((l) => ({ ...l })),
    scope: { zoneId: scope.zoneId ?? null, parkId: scope.parkId ?? null },
  };
}

/** The codes of the links that are gaps across all the platform's parks (the score's chain-gap factor). */
export async function gapLinkCodes(db: Executor): Promise<string[]> {
  return (await chainStrength(db)).filter((l) => l.gap).map((l) => l.code);
}

/** Industry codes and directions named in an edit must exist. */
async function checkReferences(db: Executor, body: ChainLinkPatch) {
  const problems: FieldProblem[] = [];
  const prefixes = [...new Set(body.industryPrefixes ?? [])];
  if (prefixes.length > 0) {
    const known = new Set(
      (
        await db
          .select({ code: industryCodes.code })
          .from(industryCodes)
          .where(inArray(industryCodes.code, prefixes))
      ).map((r) => r.code),
    );
    (body.industryPrefixes ?? []).forEach((code, i) => {
      if (!known.has(code)) problems.push({ path: `industryPrefixes.${i}`, key: 'unknownIndustryCode' });
    });
  }
  const codes = [...new Set(body.directionCodes ?? [])];
  if (codes.length > 0) {
    const known = new Set(
      (
        await db.select({ code: directions.code }).from(directions).where(inArray(directions.code, codes))
      ).map((r) => r.code),
    );
    (body.directionCodes ?? []).forEach((code, i) => {
      if (!known.has(code)) problems.push({ path: `directionCodes.${i}`, key: 'unknownDirection' });
    });
  }
  if (problems.length > 0) throw invalidFields(...problems);
}

/**
 * An admin renames a link or changes its GB/T 4754 codes or directions; audited with before and after.
 * Enterprises keep the link they have: the codes classify enterprises registered or imported from now on.
 */
export async function updateChainLink(
  db: Executor,
  principal: Principal,
  code: string,
  body: ChainLinkPatch,
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(chainLinks).where(eq(chainLinks.code, code)).for('update');
    if (!before) throw notFound('chain link');
    await checkReferences(tx, body);
    const change = {
      ...(body.nameZh !== undefined && { nameZh: body.nameZh }),
      ...(body.nameEn !== undefined && { nameEn: body.nameEn }),
      ...(body.industryPrefixes !== undefined && { industryPrefixes: [...new Set(body.industryPrefixes)] }),
      ...(body.directionCodes !== undefined && { directionCodes: [...new Set(body.directionCodes)] }),
    };
    const [after] = await tx
      .update(chainLinks)
      .set({ ...change, source: EDITED_TAXONOMY })
      .where(eq(chainLinks.code, code))
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'chain_link.update',
      entityType: 'chain_link',
      entityId: code,
      before,
      after,
      ...meta,
    });
    return after!;
  });
}
