import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { containsInAnyScript, escapeLike } from '../../core/db/text-match.js';
import { wanOf } from './amounts.js';
import type { EnterpriseFlag, RegistryFilters, RegistryListQuery, RegistryRow } from './schema.js';
import { enterprises } from './tables.js';

const FLAG_COLUMNS: Record<EnterpriseFlag, AnyPgColumn> = {
  mahHolder: enterprises.isMahHolder,
  taiwanFunded: enterprises.isTaiwanFunded,
  leading: enterprises.isLeading,
  backbone: enterprises.isBackbone,
  highTech: enterprises.isHighTech,
};

/** 350000 → 35, 350100 → 3501, 350104 → 350104: the prefix a division's own codes share. */
export function divisionPrefix(code: string): string {
  return code.replace(/(00)+$/, '') || code;
}

/**
 * The WHERE of the registry: every filter given, ANDed. A park manager sees the firms of their parks only
 * (the list, its export and the import's matches alike).
 */
export function registryWhere(
  principal: Principal | 'system',
  f: Omit<RegistryFilters, 'sort'>,
): SQL | undefined {
  const conditions: SQL[] = [];
  if (principal !== 'system' && principal.role === 'park_manager') {
    conditions.push(
      principal.parkIds.length > 0
        ? sql`${enterprises.parkId} IN (${sql.join(
            principal.parkIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  if (f.q) conditions.push(containsInAnyScript([enterprises.nameZh, enterprises.nameEn], f.q));
  if (f.status) conditions.push(eq(enterprises.status, f.status));
  if (f.parkId) conditions.push(eq(enterprises.parkId, f.parkId));
  if (f.zoneId)
    conditions.push(sql`${enterprises.parkId} IN (SELECT id FROM parks WHERE zone_id = ${f.zoneId})`);
  if (f.blockId)
    conditions.push(sql`${enterprises.parkId} IN (SELECT id FROM parks WHERE block_id = ${f.blockId})`);
  if (f.directionCode) conditions.push(eq(enterprises.directionCode, f.directionCode));
  if (f.chainLinkCode) conditions.push(eq(enterprises.chainLinkCode, f.chainLinkCode));
  if (f.divisionCode) {
    conditions.push(
      sql`${enterprises.divisionCode} LIKE ${`${escapeLike(divisionPrefix(f.divisionCode))}%`}`,
    );
  }
  for (const flag of f.flag ?? []) conditions.push(eq(FLAG_COLUMNS[flag], true));
  if (f.year !== undefined) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM enterprise_metrics y WHERE y.enterprise_id = ${enterprises.id} AND y.year = ${f.year})`,
    );
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

type RawRow = {
  id: number;
  nameZh: string;
  nameEn: string | null;
  status: RegistryRow['status'];
  parkId: number | null;
  parkZh: string | null;
  parkEn: string | null;
  directionCode: string | null;
  directionZh: string | null;
  directionEn: string | null;
  chainLinkCode: string | null;
  chainLinkZh: string | null;
  chainLinkEn: string | null;
  isMahHolder: boolean;
  isTaiwanFunded: boolean;
  isLeading: boolean;
  isBackbone: boolean;
  isHighTech: boolean;
  uscc: string | null;
  taiwanUbn: string | null;
  divisionCode: string | null;
  industryCode: string | null;
  source: string;
  isDemo: boolean;
  year: number | null;
  revenueWan: string | null;
  taxWan: string | null;
  rdSpendWan: string | null;
  outputValueWan: string | null;
  employees: number | null;
  metricsSource: string | null;
  metricsDemo: boolean | null;
};

function labelOf(code: string | null, zh: string | null, en: string | null) {
  return code && zh !== null && en !== null ? { code, nameZh: zh, nameEn: en } : null;
}

function rowView(r: RawRow): RegistryRow {
  return {
    id: r.id,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    status: r.status,
    park:
      r.parkId !== null && r.parkZh !== null && r.parkEn !== null
        ? { id: r.parkId, nameZh: r.parkZh, nameEn: r.parkEn }
        : null,
    direction: labelOf(r.directionCode, r.directionZh, r.directionEn),
    chainLink: labelOf(r.chainLinkCode, r.chainLinkZh, r.chainLinkEn),
    flags: {
      mahHolder: r.isMahHolder,
      taiwanFunded: r.isTaiwanFunded,
      leading: r.isLeading,
      backbone: r.isBackbone,
      highTech: r.isHighTech,
    },
    uscc: r.uscc,
    taiwanUbn: r.taiwanUbn,
    divisionCode: r.divisionCode,
    industryCode: r.industryCode,
    figures:
      r.year === null
        ? null
        : {
            year: r.year,
            operatingRevenueWan: r.revenueWan,
            taxWan: r.taxWan,
            rdSpendWan: r.rdSpendWan,
            outputValueWan: r.outputValueWan,
            employees: r.employees,
            source: r.metricsSource ?? '',
            isDemo: r.metricsDemo ?? false,
          },
    source: r.source,
    isDemo: r.isDemo,
  };
}

/** The figures a row shows: the year asked for, else the latest on record (one row per firm either way). */
function figuresJoin(year: number | undefined): SQL {
  const pick =
    year === undefined
      ? sql`WHERE mm.enterprise_id = enterprises.id ORDER BY mm.year DESC LIMIT 1`
      : sql`WHERE mm.enterprise_id = enterprises.id AND mm.year = ${year}`;
  return sql`LEFT JOIN LATERAL (SELECT * FROM enterprise_metrics mm ${pick}) m ON true`;
}

/** The rows of the registry in its order, a window of them (the page, or the export's first rows). */
export async function registryRows(
  db: Executor,
  where: SQL | undefined,
  query: Pick<RegistryFilters, 'sort' | 'year'> & { limit: number; offset: number },
): Promise<RegistryRow[]> {
  const order =
    query.sort === 'name'
      ? sql`enterprises.name_zh ASC, enterprises.id ASC`
      : sql`m.operating_revenue_yuan DESC NULLS LAST, enterprises.id ASC`;
  // No alias for enterprises: the filter's columns are written "enterprises"."x" by drizzle.
  const rows = await queryRows<RawRow>(
    db,
    sql`SELECT enterprises.id, enterprises.name_zh AS "nameZh", enterprises.name_en AS "nameEn", enterprises.status, enterprises.park_id AS "parkId",
        p.name_zh AS "parkZh", p.name_en AS "parkEn",
        enterprises.direction_code AS "directionCode", d.name_zh AS "directionZh", d.name_en AS "directionEn",
        enterprises.chain_link_code AS "chainLinkCode", c.name_zh AS "chainLinkZh", c.name_en AS "chainLinkEn",
        enterprises.is_mah_holder AS "isMahHolder", enterprises.is_taiwan_funded AS "isTaiwanFunded", enterprises.is_leading AS "isLeading",
        enterprises.is_backbone AS "isBackbone", enterprises.is_high_tech AS "isHighTech", enterprises.uscc, enterprises.taiwan_ubn AS "taiwanUbn",
        enterprises.division_code AS "divisionCode", enterprises.industry_code AS "industryCode", enterprises.source, enterprises.is_demo AS "isDemo",
        m.year, ${wanOf(sql`m.operating_revenue_yuan`)} AS "revenueWan", ${wanOf(sql`m.tax_yuan`)} AS "taxWan",
        ${wanOf(sql`m.rd_spend_yuan`)} AS "rdSpendWan", ${wanOf(sql`m.output_value_yuan`)} AS "outputValueWan",
        m.employees, m.source AS "metricsSource", m.is_demo AS "metricsDemo"
      FROM enterprises
        ${figuresJoin(query.year)}
        LEFT JOIN parks p ON p.id = enterprises.park_id
        LEFT JOIN directions d ON d.code = enterprises.direction_code
        LEFT JOIN chain_links c ON c.code = enterprises.chain_link_code
      ${where ? sql`WHERE ${where}` : sql``}
      ORDER BY ${order}
      LIMIT ${query.limit} OFFSET ${query.offset}`,
  );
  return rows.map(rowView);
}

async function registryCount(db: Executor, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(enterprises).where(where);
  return row?.n ?? 0;
}

/** A page of the registry and how many firms the filters match. */
export async function listRegistry(db: Executor, principal: Principal, query: RegistryListQuery) {
  const where = registryWhere(principal, query);
  const limit = query.pageSize;
  const offset = (query.page - 1) * query.pageSize;
  const [items, total] = await Promise.all([
    registryRows(db, where, { ...query, limit, offset }),
    registryCount(db, where),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
