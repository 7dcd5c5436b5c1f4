import type { Writable } from 'node:stream';
import { type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { cellNumber, streamingWorkbook } from '../../core/excel/table-export.js';
import { idList } from '../../core/search/index.js';
import type { Cell } from '../space-io/cells.js';
import { addDataSheet, addInstructionsSheet } from '../space-io/unit-export.js';
import { exactWanOf } from './amounts.js';
import {
  ENTERPRISES_SHEET,
  enterpriseColumns,
  METRICS_SHEET,
  metricColumns,
  REGISTRY_IMPORT_RULE,
  STATUS_CELL_LABELS,
} from './registry-columns.js';
import { registryWhere } from './registry-list.js';
import type { EnterpriseStatus, RegistryFilters } from './schema.js';

/** A workbook of the registry is for working through a list, not for copying the database out. */
export const REGISTRY_EXPORT_LIMIT = 50_000;
const PAGE = 2_000;

type ExportRow = {
  id: number;
  uscc: string | null;
  nameZh: string;
  nameEn: string | null;
  status: EnterpriseStatus;
  parkCode: string | null;
  parkName: string | null;
  divisionCode: string | null;
  direction: string | null;
  industryCode: string | null;
  chainLink: string | null;
  isMahHolder: boolean;
  isTaiwanFunded: boolean;
  taiwanUbn: string | null;
  isLeading: boolean;
  isBackbone: boolean;
  isHighTech: boolean;
  capital: string | null;
  foundedYear: number | null;
  settledOn: string | null;
  source: string;
};

const yesNo = (v: boolean) => (v ? '是' : '否');

function enterpriseCells(r: ExportRow): Cell[] {
  const values: Record<string, Cell> = {
    ...r,
    status: STATUS_CELL_LABELS[r.status].zh,
    directionCode: r.direction,
    chainLinkCode: r.chainLink,
    isMahHolder: yesNo(r.isMahHolder),
    isTaiwanFunded: yesNo(r.isTaiwanFunded),
    isLeading: yesNo(r.isLeading),
    isBackbone: yesNo(r.isBackbone),
    isHighTech: yesNo(r.isHighTech),
    registeredCapitalWan: cellNumber(r.capital),
  };
  return enterpriseColumns.map((c) => values[c.key] ?? null);
}

/** The export's enterprises in the list's name order, a page at a time, up to the limit. */
async function* exportEnterprises(db: Executor, where: SQL | undefined): AsyncGenerator<ExportRow> {
  for (let offset = 0; offset < REGISTRY_EXPORT_LIMIT; offset += PAGE) {
    const rows = await queryRows<ExportRow>(
      db,
      sql`SELECT enterprises.id, enterprises.uscc, enterprises.name_zh AS "nameZh", enterprises.name_en AS "nameEn",
          enterprises.status, p.code AS "parkCode", p.name_zh AS "parkName", enterprises.division_code AS "divisionCode",
          d.name_zh AS direction, enterprises.industry_code AS "industryCode", c.name_zh AS "chainLink",
          enterprises.is_mah_holder AS "isMahHolder", enterprises.is_taiwan_funded AS "isTaiwanFunded",
          enterprises.taiwan_ubn AS "taiwanUbn", enterprises.is_leading AS "isLeading",
          enterprises.is_backbone AS "isBackbone", enterprises.is_high_tech AS "isHighTech",
          enterprises.registered_capital_wan_yuan::text AS capital, enterprises.founded_year AS "foundedYear",
          enterprises.settled_on::text AS "settledOn", enterprises.source
        FROM enterprises
          LEFT JOIN parks p ON p.id = enterprises.park_id
          LEFT JOIN directions d ON d.code = enterprises.direction_code
          LEFT JOIN chain_links c ON c.code = enterprises.chain_link_code
        ${where ? sql`WHERE ${where}` : sql``}
        ORDER BY enterprises.name_zh, enterprises.id
        LIMIT ${Math.min(PAGE, REGISTRY_EXPORT_LIMIT - offset)} OFFSET ${offset}`,
    );
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

type MetricRow = {
  uscc: string | null;
  nameZh: string;
  year: number;
  revenue: string | null;
  tax: string | null;
  rd: string | null;
  output: string | null;
  employees: number | null;
  source: string;
};

function metricCells(r: MetricRow): Cell[] {
  const values: Record<string, Cell> = {
    uscc: r.uscc,
    nameZh: r.nameZh,
    year: r.year,
    operatingRevenueWan: cellNumber(r.revenue),
    taxWan: cellNumber(r.tax),
    rdSpendWan: cellNumber(r.rd),
    outputValueWan: cellNumber(r.output),
    employees: r.employees,
    source: r.source,
  };
  return metricColumns.map((c) => values[c.key] ?? null);
}

/** Every year of figures of the exported firms, in 万元 with every digit (an export imports back exactly). */
async function* exportMetrics(db: Executor, ids: number[]): AsyncGenerator<MetricRow> {
  for (let i = 0; i < ids.length; i += PAGE) {
    const chunk = ids.slice(i, i + PAGE);
    yield* await queryRows<MetricRow>(
      db,
      sql`SELECT e.uscc, e.name_zh AS "nameZh", m.year, ${exactWanOf(sql`m.operating_revenue_yuan`)} AS revenue,
          ${exactWanOf(sql`m.tax_yuan`)} AS tax, ${exactWanOf(sql`m.rd_spend_yuan`)} AS rd,
          ${exactWanOf(sql`m.output_value_yuan`)} AS output, m.employees, m.source
        FROM enterprise_metrics m JOIN enterprises e ON e.id = m.enterprise_id
        WHERE m.enterprise_id IN ${idList(chunk)}
        ORDER BY e.name_zh, e.id, m.year`,
    );
  }
}

/**
 * The registry workbook: the enterprises the filters match (a park manager's parks only), every year of
 * their figures, and the instructions. Without rows (filters null) it is the import template.
 */
export async function writeRegistryXlsx(
  out: Writable,
  db: Executor,
  scope: { principal: Principal; filters: Omit<RegistryFilters, 'sort'> } | null,
): Promise<number> {
  const workbook = streamingWorkbook(out);
  const enterpriseSheet = addDataSheet(workbook, ENTERPRISES_SHEET, enterpriseColumns);
  const ids: number[] = [];
  if (scope) {
    for await (const row of exportEnterprises(db, registryWhere(scope.principal, scope.filters))) {
      enterpriseSheet.addRow(enterpriseCells(row)).commit();
      ids.push(row.id);
    }
  }
  enterpriseSheet.commit();
  const metricSheet = addDataSheet(workbook, METRICS_SHEET, metricColumns);
  for await (const row of exportMetrics(db, ids)) metricSheet.addRow(metricCells(row)).commit();
  metricSheet.commit();
  addInstructionsSheet(workbook, [...enterpriseColumns, ...metricColumns], REGISTRY_IMPORT_RULE);
  await workbook.commit();
  return ids.length;
}
