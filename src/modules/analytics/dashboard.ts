import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { fileDate } from '../../core/http/download.js';
import { directions } from '../chain/tables.js';
import { occupancyBy } from '../space/occupancy.js';
import { blocks, parks, zones } from '../space/tables.js';
import { listPlanTargets } from './plan-targets.js';
import { FUJIAN_CODE, rollupState } from './rollups.js';
import type { Dashboard, DashboardQuery, PlanMetric, PlanTarget } from './schema.js';
import { referenceFigures } from './tables.js';

/**
 * The dashboard against the plan, read from metric_rollups and small tables only (zones, parks, targets, the
 * settled enterprises' counts by park, signed projects, units): never a scan of enterprise_metrics.
 */

/** Where each kind of actual comes from (the Excel export and the page show it next to the figure). */
export const ACTUAL_SOURCES = {
  rollup: 'enterprise_metrics',
  settled: 'enterprises',
  signed: 'projects',
  occupancy: 'units',
} as const;

/** The rollup metrics the dashboard shows, by the name of their figure. */
const SHOWN_METRICS = {
  revenueYuan: 'operating_revenue_yuan',
  rdSpendYuan: 'rd_spend_yuan',
  taxYuan: 'tax_yuan',
} as const;

type RollupRow = {
  metric: string;
  year: number;
  scopeType: string;
  scopeCode: string;
  directionCode: string;
  value: string;
  enterpriseCount: number;
};

// ——— Exact decimals: yuan sums travel as strings, added as integer cents ———

function toCents(decimal: string): bigint {
  const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
  const cents = BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2));
  return decimal.startsWith('-') ? -cents : cents;
}

function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

function addDecimals(values: (string | null)[]): string | null {
  const present = values.filter((v): v is string => v !== null);
  return present.length === 0 ? null : fromCents(present.reduce((sum, v) => sum + toCents(v), 0n));
}

// ——— Links to the rows behind a figure (the registry list's agreed search params) ———

type RegistryFilter = {
  status?: 'settled';
  zoneId?: number;
  blockId?: number;
  parkId?: number;
  directionCode?: string | null;
  divisionCode?: string;
  year?: number | null;
};

export function registryUrl(filter: RegistryFilter): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const query = params.toString();
  return `/workbench/enterprises${query ? `?${query}` : ''}`;
}

// ——— Reading the rollups ———

class Figures {
  private readonly rows = new Map<string, RollupRow>();

  constructor(rows: RollupRow[]) {
    for (const row of rows) this.rows.set(Figures.key(row), row);
  }

  private static key(r: Pick<RollupRow, 'metric' | 'year' | 'scopeType' | 'scopeCode' | 'directionCode'>) {
    return `${r.metric}|${r.year}|${r.scopeType}|${r.scopeCode}|${r.directionCode}`;
  }

  get(metric: string, year: number, scopeType: string, scopeCode: string, directionCode: string) {
    return this.rows.get(Figures.key({ metric, year, scopeType, scopeCode, directionCode })) ?? null;
  }

  /** Revenue, R&D and tax of scopes summed (one scope, or several such as all zones), with the revenue count. */
  shown(year: number | null, scopeType: string, scopeCodes: string[], directionCode: string, url: string) {
    const pick = (metric: string) =>
      year === null ? [] : scopeCodes.map((code) => this.get(metric, year, scopeType, code, directionCode));
    const revenue = pick(SHOWN_METRICS.revenueYuan);
    return {
      revenueYuan: addDecimals(revenue.map((r) => r?.value ?? null)),
      rdSpendYuan: addDecimals(pick(SHOWN_METRICS.rdSpendYuan).map((r) => r?.value ?? null)),
      taxYuan: addDecimals(pick(SHOWN_METRICS.taxYuan).map((r) => r?.value ?? null)),
      enterpriseCount: revenue.reduce((n, r) => n + (r?.enterpriseCount ?? 0), 0),
      rowsUrl: url,
    };
  }
}

async function rollupYears(db: Executor): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    db,
    sql`SELECT DISTINCT year FROM metric_rollups WHERE metric = 'operating_revenue_yuan' ORDER BY year`,
  );
  return rows.map((r) => r.year);
}

const rollupColumns = sql`metric, year, scope_type AS "scopeType", scope_code AS "scopeCode",
  direction_code AS "directionCode", value::text AS value, enterprise_count AS "enterpriseCount"`;

/** The year's figures of every scope and direction, and every year's of the province and the zones. */
async function readRollups(db: Executor, year: number | null, directionCode: string): Promise<Figures> {
  const metrics = Object.values(SHOWN_METRICS);
  const metricList = sql.join(
    metrics.map((m) => sql`${m}`),
    sql`, `,
  );
  const rows = await queryRows<RollupRow>(
    db,
    sql`SELECT ${rollupColumns} FROM metric_rollups
      WHERE metric IN (${metricList}) AND (
        ${year === null ? sql`false` : sql`year = ${year}::int`}
        OR (scope_type IN ('province', 'zone') AND direction_code = ${directionCode}))`,
  );
  return new Figures(rows);
}

// ——— The places ———

async function places(db: Executor) {
  const [zoneRows, blockRows, parkRows, directionRows, cityRows] = await Promise.all([
    db
      .select({ id: zones.id, code: zones.code, nameZh: zones.nameZh, nameEn: zones.nameEn })
      .from(zones)
      .orderBy(zones.sortOrder, zones.id),
    db
      .select({
        id: blocks.id,
        code: blocks.code,
        zoneId: blocks.zoneId,
        nameZh: blocks.nameZh,
        nameEn: blocks.nameEn,
      })
      .from(blocks)
      .orderBy(blocks.id),
    db
      .select({
        id: parks.id,
        code: parks.code,
        zoneId: parks.zoneId,
        blockId: parks.blockId,
        nameZh: parks.nameZh,
        nameEn: parks.nameEn,
      })
      .from(parks)
      .orderBy(parks.id),
    db
      .select({ code: directions.code, nameZh: directions.nameZh, nameEn: directions.nameEn })
      .from(directions)
      .orderBy(directions.code),
    queryRows<{ code: string; nameZh: string }>(
      db,
      sql`SELECT code, name_zh AS "nameZh" FROM divisions WHERE level = 'city' ORDER BY code`,
    ),
  ]);
  return { zones: zoneRows, blocks: blockRows, parks: parkRows, directions: directionRows, cities: cityRows };
}
type Places = Awaited<ReturnType<typeof places>>;

function scopeName(all: Places, type: string, code: string): { zh: string; en: string } {
  if (type === 'province') return { zh: '福建省', en: 'Fujian Province' };
  const list = type === 'zone' ? all.zones : type === 'block' ? all.blocks : all.parks;
  const found = list.find((p) => p.code === code);
  return found ? { zh: found.nameZh, en: found.nameEn } : { zh: code, en: code };
}

/** The registry filter of a place: the province by registered division, the rest by settled firms' park. */
function placeFilter(all: Places, type: string, code: string): RegistryFilter {
  if (type === 'province') return { divisionCode: FUJIAN_CODE };
  const list = type === 'zone' ? all.zones : type === 'block' ? all.blocks : all.parks;
  const id = list.find((p) => p.code === code)?.id;
  const key = type === 'zone' ? 'zoneId' : type === 'block' ? 'blockId' : 'parkId';
  return { status: 'settled', [key]: id };
}

// ——— Actuals of targets that are not rollups ———

type Actual = {
  actual: string | null;
  basis: 'enterprises' | 'projects' | 'units';
  basisCount: number;
  period: { kind: 'year' | 'today'; year: number | null };
  actualSource: string;
  rowsUrl: string;
};

/** Settled enterprises per park and direction: one grouped read over the status index. */
async function settledCounts(db: Executor) {
  return queryRows<{ parkId: number | null; directionCode: string | null; n: number }>(
    db,
    sql`SELECT park_id AS "parkId", direction_code AS "directionCode", count(*)::int AS n
      FROM enterprises WHERE status = 'settled' GROUP BY 1, 2`,
  );
}
type SettledCounts = Awaited<ReturnType<typeof settledCounts>>;

function settledActual(all: Places, counts: SettledCounts, target: PlanTarget): Actual {
  const parkIds = new Set(
    all.parks
      .filter((p) => {
        if (target.scopeType === 'province') return true;
        if (target.scopeType === 'park') return p.code === target.scopeCode;
        const scope = target.scopeType === 'zone' ? all.zones : all.blocks;
        const id = scope.find((s) => s.code === target.scopeCode)?.id;
        return (target.scopeType === 'zone' ? p.zoneId : p.blockId) === id;
      })
      .map((p) => p.id),
  );
  const n = counts
    .filter((c) => target.scopeType === 'province' || (c.parkId !== null && parkIds.has(c.parkId)))
    .filter((c) => !target.directionCode || c.directionCode === target.directionCode)
    .reduce((sum, c) => sum + c.n, 0);
  const place = target.scopeType === 'province' ? {} : placeFilter(all, target.scopeType, target.scopeCode);
  return {
    actual: `${n}.00`,
    basis: 'enterprises',
    basisCount: n,
    period: { kind: 'today', year: null },
    actualSource: ACTUAL_SOURCES.settled,
    rowsUrl: registryUrl({ ...place, status: 'settled', directionCode: target.directionCode }),
  };
}

/** Projects signed in the year (by signing date), in 亿元: all of them, or those signed at a zone's events. */
async function signedActual(db: Executor, all: Places, target: PlanTarget, year: number): Promise<Actual> {
  const zoneId =
    target.scopeType === 'zone' ? (all.zones.find((z) => z.code === target.scopeCode)?.id ?? -1) : null;
  const [row] = await queryRows<{ n: number; yi: string }>(
    db,
    sql`SELECT count(*)::int AS n,
        (coalesce(sum(p.signed_amount_wan), 0) / 10000)::numeric(20,2)::text AS yi
      FROM projects p
      JOIN pipeline_stages s ON s.pipeline_code = p.pipeline_code AND s.code = p.stage_code
      LEFT JOIN signing_events e ON e.id = p.signing_event_id
      WHERE s.outcome = 'signed'
        AND p.signed_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
        ${target.directionCode ? sql`AND p.direction_code = ${target.directionCode}` : sql``}
        ${zoneId === null ? sql`` : sql`AND e.zone_id = ${zoneId}`}`,
  );
  const params = new URLSearchParams({
    outcome: 'signed',
    signedFrom: `${year}-01-01`,
    signedTo: `${year}-12-31`,
  });
  if (target.directionCode) params.set('direction', target.directionCode);
  return {
    actual: row?.yi ?? '0.00',
    basis: 'projects',
    basisCount: row?.n ?? 0,
    period: { kind: 'year', year },
    actualSource: ACTUAL_SOURCES.signed,
    rowsUrl: `/workbench/projects?${params.toString()}`,
  };
}

type Occupancy = Awaited<ReturnType<typeof occupancyBy>>[number];

function occupancyActual(occupancy: Occupancy[], target: PlanTarget): Actual {
  const row = occupancy.find((o) => o.level === target.scopeType && o.code === target.scopeCode);
  const rate = row?.occupancyRate ?? null;
  const params = new URLSearchParams({ status: 'leased,sold' });
  // The space search's own names: zone and block by code, park by id (looked up by the caller's link).
  if (target.scopeType === 'zone') params.set('zone', target.scopeCode);
  if (target.scopeType === 'block') params.set('block', target.scopeCode);
  return {
    actual: rate === null ? null : (Number(rate) * 100).toFixed(2),
    basis: 'units',
    basisCount: row?.unitCount ?? 0,
    period: { kind: 'today', year: null },
    actualSource: ACTUAL_SOURCES.occupancy,
    rowsUrl: `/space?${params.toString()}`,
  };
}

function rollupActual(all: Places, figures: Figures, target: PlanTarget, year: number | null): Actual {
  const metric = target.metric === 'rd_spend_yuan' ? 'rd_spend_yuan' : 'operating_revenue_yuan';
  const row =
    year === null
      ? null
      : figures.get(metric, year, target.scopeType, target.scopeCode, target.directionCode ?? '');
  return {
    actual: row?.value ?? null,
    basis: 'enterprises',
    basisCount: row?.enterpriseCount ?? 0,
    period: { kind: 'year', year },
    actualSource: ACTUAL_SOURCES.rollup,
    rowsUrl: registryUrl({
      ...placeFilter(all, target.scopeType, target.scopeCode),
      directionCode: target.directionCode,
      year,
    }),
  };
}

function progress(actual: string | null, target: string): number | null {
  if (actual === null || Number(target) === 0) return null;
  return Math.round((Number(actual) / Number(target)) * 1000) / 10;
}

/** A zone filter keeps the province's targets and those of the zone, its blocks and parks. */
function targetInView(all: Places, target: PlanTarget, query: DashboardQuery): boolean {
  if (query.directionCode && target.directionCode && target.directionCode !== query.directionCode)
    return false;
  if (!query.zoneId || target.scopeType === 'province') return true;
  const list =
    target.scopeType === 'zone' ? all.zones : target.scopeType === 'block' ? all.blocks : all.parks;
  const place = list.find((p) => p.code === target.scopeCode);
  return !!place && ('zoneId' in place ? place.zoneId : place.id) === query.zoneId;
}

async function targetsWithActuals(
  db: Executor,
  all: Places,
  figures: Figures,
  query: DashboardQuery,
  year: number | null,
  today: string,
) {
  const targets = (await listPlanTargets(db)).filter((t) => targetInView(all, t, query));
  const metrics = new Set(targets.map((t) => t.metric as PlanMetric));
  const counts = metrics.has('enterprises_settled') ? await settledCounts(db) : [];
  const occupancy = metrics.has('space_occupancy_pct')
    ? (await Promise.all((['zone', 'block', 'park'] as const).map((l) => occupancyBy(db, l)))).flat()
    : [];
  const parkIdOf = (code: string) => all.parks.find((p) => p.code === code)?.id;
  return Promise.all(
    targets.map(async (target) => {
      const metric = target.metric as PlanMetric;
      let actual: Actual;
      if (metric === 'enterprises_settled') actual = settledActual(all, counts, target);
      else if (metric === 'space_occupancy_pct') {
        actual = occupancyActual(occupancy, target);
        if (target.scopeType === 'park') actual.rowsUrl += `&park=${parkIdOf(target.scopeCode) ?? ''}`;
      } else if (metric === 'signed_investment_yi')
        actual = await signedActual(db, all, target, year ?? Number(today.slice(0, 4)));
      else actual = rollupActual(all, figures, target, year);
      const name = scopeName(all, target.scopeType, target.scopeCode);
      return {
        ...target,
        scopeNameZh: name.zh,
        scopeNameEn: name.en,
        ...actual,
        period: { ...actual.period, date: today },
        progressPct: progress(actual.actual, target.targetValue),
      };
    }),
  );
}

// ——— Breakdowns ———

function breakdowns(all: Places, figures: Figures, query: DashboardQuery, year: number | null) {
  const dir = query.directionCode ?? '';
  const inZone = <T extends { zoneId: number }>(rows: T[]) =>
    query.zoneId ? rows.filter((r) => r.zoneId === query.zoneId) : rows;
  const zoneList = query.zoneId ? all.zones.filter((z) => z.id === query.zoneId) : all.zones;
  const base = { directionCode: query.directionCode, year };
  const byZone = zoneList.map((z) => ({
    ...z,
    ...figures.shown(year, 'zone', [z.code], dir, registryUrl({ status: 'settled', zoneId: z.id, ...base })),
  }));
  const byBlock = inZone(all.blocks).map((b) => ({
    ...b,
    ...figures.shown(
      year,
      'block',
      [b.code],
      dir,
      registryUrl({ status: 'settled', blockId: b.id, ...base }),
    ),
  }));
  const byPark = inZone(all.parks).map(({ blockId: _b, ...p }) => ({
    ...p,
    ...figures.shown(year, 'park', [p.code], dir, registryUrl({ status: 'settled', parkId: p.id, ...base })),
  }));
  const zoneCodes = zoneList.map((z) => z.code);
  const byDirection = all.directions.map((d) => ({
    ...d,
    ...figures.shown(
      year,
      'zone',
      zoneCodes,
      d.code,
      registryUrl({ status: 'settled', zoneId: query.zoneId, directionCode: d.code, year }),
    ),
  }));
  const byCity = all.cities.map((c) => ({
    ...c,
    ...figures.shown(year, 'city', [c.code], dir, registryUrl({ divisionCode: c.code, ...base })),
  }));
  return { byZone, byBlock, byPark, byDirection, byCity, zoneCodes };
}

function trendOf(figures: Figures, years: number[], query: DashboardQuery, zoneCodes: string[]) {
  const dir = query.directionCode ?? '';
  return years.map((year) => {
    const base = { directionCode: query.directionCode, year };
    return {
      year,
      province: figures.shown(
        year,
        'province',
        [FUJIAN_CODE],
        dir,
        registryUrl({ divisionCode: FUJIAN_CODE, ...base }),
      ),
      zones: figures.shown(
        year,
        'zone',
        zoneCodes,
        dir,
        registryUrl({ status: 'settled', zoneId: query.zoneId, ...base }),
      ),
    };
  });
}

async function references(db: Executor, all: Places) {
  const rows = await db.select().from(referenceFigures).orderBy(referenceFigures.id);
  return rows.map((r) => {
    const name = scopeName(all, r.subjectType, r.subjectCode);
    return {
      code: r.code,
      subjectType: r.subjectType,
      subjectCode: r.subjectCode,
      subjectNameZh: name.zh,
      subjectNameEn: name.en,
      metric: r.metric,
      value: r.value,
      comparator: r.comparator,
      unit: r.unit,
      asOf: r.asOf,
      labelZh: r.labelZh,
      labelEn: r.labelEn,
      source: r.source,
      isDemo: r.isDemo,
    };
  });
}

/** Demo or generated enterprises exist (their metrics then count in every figure; the page says so). */
async function includesDemo(db: Executor): Promise<boolean> {
  const [row] = await queryRows<{ demo: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM app_meta
      WHERE key = 'demo_loaded' OR key LIKE 'generated_enterprises:%') AS demo`,
  );
  return row?.demo ?? false;
}

export async function dashboard(db: Executor, query: DashboardQuery): Promise<Dashboard> {
  const [years, all, state, demo] = await Promise.all([
    rollupYears(db),
    places(db),
    rollupState(db),
    includesDemo(db),
  ]);
  const year = query.year ?? years.at(-1) ?? null;
  const figures = await readRollups(db, year, query.directionCode ?? '');
  const today = fileDate();
  const parts = breakdowns(all, figures, query, year);
  const { zoneCodes, ...shown } = parts;
  return {
    year,
    years,
    zoneId: query.zoneId ?? null,
    directionCode: query.directionCode ?? null,
    status: { ...state, includesDemo: demo },
    targets: await targetsWithActuals(db, all, figures, query, year, today),
    ...shown,
    trend: trendOf(figures, years, query, zoneCodes),
    references: await references(db, all),
  };
}
