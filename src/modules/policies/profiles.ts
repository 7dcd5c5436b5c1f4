import { type SQL, sql } from 'drizzle-orm';

/**
 * Every enterprise as the policy rules see it: one row per enterprise with a column per attribute of the
 * catalogue (rules/attributes.ts), so a compiled rule is a WHERE clause over it and the same row, read
 * into an object, is what the evaluator explains. Figures come from the latest year with metrics; area
 * and rent from the units the enterprise leases. Attributes the registry does not hold yet (approvals,
 * talents, a project's investment) are NULL here: a rule needing them cannot pass for a
 * registered enterprise and an ad-hoc profile supplies them.
 */
export function enterpriseProfiles(where: SQL = sql`true`): SQL {
  return sql`(
    SELECT e.id,
      e.direction_code AS direction,
      CASE WHEN e.chain_link_code IS NULL THEN NULL ELSE ARRAY[e.chain_link_code] END AS chain_links,
      e.industry_code,
      e.is_taiwan_funded, e.is_mah_holder, e.is_high_tech, e.is_leading, e.is_backbone,
      e.registered_capital_wan_yuan AS registered_capital_wan,
      m.operating_revenue_yuan / 10000 AS revenue_wan,
      CASE WHEN m.operating_revenue_yuan > 0
        THEN round(m.rd_spend_yuan * 100 / m.operating_revenue_yuan, 2) END AS rd_ratio,
      m.employees,
      NULL::numeric AS investment_wan,
      u.leased_area_m2,
      u.rent_yuan_per_m2_month,
      e.settled_on,
      z.code AS zone, b.code AS block, p.code AS park,
      NULL::integer AS approvals,
      NULL::integer AS talents
    FROM enterprises e
    LEFT JOIN parks p ON p.id = e.park_id
    LEFT JOIN zones z ON z.id = p.zone_id
    LEFT JOIN blocks b ON b.id = p.block_id
    LEFT JOIN LATERAL (
      SELECT em.operating_revenue_yuan, em.rd_spend_yuan, em.employees
      FROM enterprise_metrics em WHERE em.enterprise_id = e.id
      ORDER BY em.year DESC LIMIT 1
    ) m ON true
    LEFT JOIN LATERAL (
      SELECT sum(un.area_m2) AS leased_area_m2,
        round(sum(un.rent_yuan_per_m2_month * un.area_m2) / nullif(sum(un.area_m2), 0), 2)
          AS rent_yuan_per_m2_month
      FROM units un WHERE un.tenant_enterprise_id = e.id AND un.status = 'leased'
    ) u ON true
    WHERE ${where}
  )`;
}
