import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../../core/db/db.js';
import { appMeta } from '../../core/db/meta-table.js';
import { isValidTaiwanUbn, USCC_ALPHABET, usccCheckChar } from '../../core/ids/index.js';
import { enterpriseMetrics, enterpriseMilestones, enterprises } from '../../modules/enterprises/tables.js';
import { DemoRandom } from '../demo-random.js';
import { fujianDivisions } from '../divisions.js';
import { chainLinkOf } from '../reference.js';
import { type Business, companyName } from './company-names.js';
import { type Place, places } from './places.js';

/** Where generated rows say they come from; every one is also flagged is_demo. */
export const GENERATED = 'generated';

/** Firms per transaction; their metrics (up to ten years each) go in the same one. */
const BATCH = 2_000;
/** The last year of generated figures: metricYears years end here. */
export const LAST_METRIC_YEAR = 2025;
const USCC_SPACE = 31 ** 9;
/** Coprime with 31⁹: index → credit-code body is one-to-one, so a million codes never collide. */
const USCC_STRIDE = 1_000_000_007;

/** A valid credit code, unique per (seed, index): 91 (enterprise), the place's division, body, check. */
export function generatedUscc(seed: number, index: number, divisionCode: string): string {
  let n = (index * USCC_STRIDE + seed * 7_919) % USCC_SPACE;
  let body = '';
  for (let i = 0; i < 9; i++) {
    body = USCC_ALPHABET[n % 31] + body;
    n = Math.floor(n / 31);
  }
  const code = `91${divisionCode}${body}`;
  return code + usccCheckChar(code);
}

function taiwanUbn(random: DemoRandom): string {
  for (;;) {
    const digits = String(random.int(10_000_000, 99_999_999));
    if (isValidTaiwanUbn(digits)) return digits;
  }
}

/** A normally distributed number (Box–Muller) from the seeded source. */
function normal(random: DemoRandom, mean: number, sd: number): number {
  const u = random.int(1, 1_000_000) / 1_000_001;
  const v = random.int(1, 1_000_000) / 1_000_001;
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Firm sizes are log-normal: many small, a few very large. */
function logNormal(random: DemoRandom, median: number, spread: number): number {
  return median * Math.exp(normal(random, 0, spread));
}

/** 万元 → a yuan decimal string with two places (exact: whole 万元 × 10,000). */
function wanToYuan(wan: number): string {
  return `${Math.round(wan) * 10_000}.00`;
}

type Park = { id: number; divisionCode: string | null };

export type EnterpriseSpec = {
  count: number;
  seed: number;
  /** Consecutive years of figures per firm, ending 2025 (default 2; 0: none). */
  metricYears?: number;
  onProgress?: (done: number) => void;
};

/** Fujian's county-level divisions by city: a Fujian firm is registered in one of its city's counties. */
let countiesByCity: Map<string, string[]> | undefined;
function fujianCounty(random: DemoRandom, cityCode: string): string {
  if (!countiesByCity) {
    countiesByCity = new Map();
    for (const d of fujianDivisions()) {
      if (d.level !== 'county' || !d.parentCode) continue;
      countiesByCity.set(d.parentCode, [...(countiesByCity.get(d.parentCode) ?? []), d.code]);
    }
  }
  const counties = countiesByCity.get(cityCode);
  return counties && counties.length > 0 ? random.pick(counties) : cityCode;
}

const STATUS_WEIGHTS = [
  ['target', 88],
  ['in_contact', 4],
  ['settled', 7],
  ['left', 1],
] as const;

type Milestone = Omit<typeof enterpriseMilestones.$inferInsert, 'enterpriseId'>;

type Generated = {
  row: typeof enterprises.$inferInsert;
  /** Revenue in the last year (万元); earlier years are discounted by the firm's own growth. */
  revenueWan: number;
  growth: number;
  /** R&D grows at its own pace: firms ramping research up (or cutting it) stand out from their revenue. */
  rdGrowth: number;
  rdRatio: number;
  employees: number;
  milestones: Milestone[];
};

/** Chances finer than a percent: PDX model banks and platforms are rare. */
function perMille(random: DemoRandom, n: number): boolean {
  return random.int(1, 1000) <= n;
}

const CLINICAL_STAGES = ['phase_1', 'phase_2', 'phase_3', 'nda'] as const;
const FUNDING_ROUNDS = ['天使轮', 'A轮', 'B轮', 'C轮', 'Pre-IPO'] as const;

function dateIn(random: DemoRandom, from: number, to: number): string {
  return `${random.int(from, to)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/**
 * A realistic minority has milestones: approvals for about one firm in ten making drugs or devices,
 * clinical trials and funding rounds for a few, PDX model banks and technology platforms rarely.
 */
function milestonesOf(random: DemoRandom, direction: Business['direction'], founded: number): Milestone[] {
  const out: Milestone[] = [];
  const from = Math.max(founded, 2012);
  const base = { source: GENERATED, isDemo: true } as const;
  const makesProducts = direction !== 'internet_medicine';
  if (makesProducts && random.chance(10)) {
    const n = random.int(1, 6);
    out.push({
      ...base,
      kind: 'approval',
      title: direction === 'specialty_medical_devices' ? `${n} 项医疗器械注册证` : `${n} 个品种获批上市`,
      stage: null,
      quantity: String(n),
      occurredOn: dateIn(random, from, 2025),
    });
  }
  if (direction === 'high_quality_medicine' && random.chance(5)) {
    const stage = random.pick(CLINICAL_STAGES);
    out.push({
      ...base,
      kind: 'clinical_trial',
      title: '在研创新药进入临床',
      stage,
      quantity: null,
      occurredOn: dateIn(random, from, 2025),
    });
  }
  if (random.chance(6)) {
    const round = random.pick(FUNDING_ROUNDS);
    const amountWan = Math.round(logNormal(random, 5_000, 1.0));
    out.push({
      ...base,
      kind: 'funding',
      title: `完成${round}融资`,
      stage: round,
      quantity: wanToYuan(Math.max(100, amountWan)),
      occurredOn: dateIn(random, from, 2025),
    });
  }
  if (direction === 'high_quality_medicine' && perMille(random, 3)) {
    const n = random.int(20, 300);
    out.push({
      ...base,
      kind: 'pdx_models',
      title: `已建立 ${n} 种PDX模型`,
      stage: null,
      quantity: String(n),
      occurredOn: dateIn(random, from, 2025),
    });
  }
  if (perMille(random, 5)) {
    out.push({
      ...base,
      kind: 'platform',
      title: '建成公共技术服务平台',
      stage: null,
      quantity: null,
      occurredOn: dateIn(random, from, 2025),
    });
  }
  return out;
}

/**
 * The index-th enterprise of a seed, from a random source of its own: the same (seed, index) always gives
 * the same firm, however the generation was split into runs.
 */
function enterpriseAt(
  seed: number,
  index: number,
  parks: readonly Park[],
  usedNames: Set<string>,
): Generated {
  const random = new DemoRandom(seed * 10_000_019 + index);
  const { mainland, fujian, taiwan } = places();
  const status = parks.length > 0 ? random.weighted(STATUS_WEIGHTS) : 'target';
  const settledHere = status === 'settled' || status === 'left';
  // Most targets are near (a Fujian zone courts Fujian firms first), many elsewhere on the mainland, some in Taiwan.
  const place: Place = settledHere
    ? random.pick(fujian)
    : random.weighted([
        [random.pick(mainland), 35],
        [random.pick(fujian), 50],
        [random.pick(taiwan), 15],
      ] as const);
  let { name, business } = companyName(random, place.name);
  // Registries refuse a second firm of the same name: re-roll, as a founder would pick another.
  for (let tries = 0; usedNames.has(name) && tries < 8; tries++) {
    ({ name, business } = companyName(random, place.name));
  }
  if (usedNames.has(name))
    name = name.replace(business.words, `${random.pick([...'鑫泓峰'])}${business.words}`);
  usedNames.add(name);
  const taiwanFunded = place.taiwan || random.chance(3);
  const park = settledHere ? random.pick(parks) : undefined;
  const revenueWan = Math.max(20, logNormal(random, 5_000, 1.4));
  // Where it is registered: its park's county, else a county of its Fujian city, else its city (or Taiwan).
  const divisionCode =
    park?.divisionCode ??
    (place.divisionCode.startsWith('35') ? fujianCounty(random, place.divisionCode) : place.divisionCode);
  const foundedYear = random.int(1990, 2025);
  return {
    row: {
      nameZh: name,
      // Firms in Taiwan have no mainland credit code, only their 統一編號.
      uscc: place.taiwan ? null : generatedUscc(seed, index, park?.divisionCode ?? place.divisionCode),
      taiwanUbn: taiwanFunded ? taiwanUbn(random) : null,
      status,
      parkId: park?.id ?? null,
      directionCode: business.direction,
      industryCode: business.industryCode,
      chainLinkCode: chainLinkOf(business.direction, business.industryCode),
      isMahHolder: business.direction === 'high_quality_medicine' && random.chance(20),
      isTaiwanFunded: taiwanFunded,
      isLeading: random.chance(1),
      isBackbone: random.chance(5),
      isHighTech: random.chance(35),
      divisionCode,
      registeredCapitalWanYuan: wanToYuan(Math.max(10, logNormal(random, 2_000, 1.2))),
      foundedYear,
      settledOn:
        status === 'settled'
          ? `${random.int(2015, 2026)}-${String(random.int(1, 12)).padStart(2, '0')}-01`
          : null,
      source: GENERATED,
      isDemo: true,
    },
    revenueWan,
    growth: Math.max(-0.4, normal(random, 0.12, 0.2)),
    rdGrowth: Math.max(-0.4, normal(random, 0.15, 0.25)),
    rdRatio: business.direction === 'high_quality_medicine' ? random.int(3, 25) : random.int(2, 15),
    employees: Math.max(5, Math.round(revenueWan / 80 + normal(random, 0, 10))),
    milestones: milestonesOf(random, business.direction, foundedYear),
  };
}

/**
 * The firm's years of figures, ending 2025: revenue compounds at the firm's growth, R&D at its own; tax,
 * output and head count follow revenue. The last year is the firm's size.
 */
function metricsOf(
  enterpriseId: number,
  g: Generated,
  years: number,
): (typeof enterpriseMetrics.$inferInsert)[] {
  const rows: (typeof enterpriseMetrics.$inferInsert)[] = [];
  const rdLast = (g.revenueWan * g.rdRatio) / 100;
  for (let back = years - 1; back >= 0; back--) {
    const revenue = Math.max(10, g.revenueWan / (1 + g.growth) ** back);
    rows.push({
      enterpriseId,
      year: LAST_METRIC_YEAR - back,
      operatingRevenueYuan: wanToYuan(revenue),
      taxYuan: wanToYuan(revenue * 0.06),
      rdSpendYuan: wanToYuan(rdLast / (1 + g.rdGrowth) ** back),
      outputValueYuan: wanToYuan(revenue * 1.05),
      employees: Math.max(3, Math.round(g.employees / (1 + g.growth / 2) ** back)),
      source: GENERATED,
      isDemo: true,
    });
  }
  return rows;
}

/**
 * Inserts rows as one JSON parameter unpacked by jsonb_to_recordset, in the order given (WITH ORDINALITY):
 * no bind-parameter limit (PostgreSQL's 65,535) however many rows and columns, and none of the query
 * builder's per-value work, which dominated the generator's time with 20,000 metric rows a batch.
 */
async function insertJson<T extends PgTable>(
  db: Executor,
  table: T,
  tableName: string,
  rows: T['$inferInsert'][],
  returningId: boolean,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in (rows[0] as object));
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  const types = sql.raw(columns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '));
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [key, column] of columns) record[column.name] = (row as Record<string, unknown>)[key] ?? null;
    return record;
  });
  const result = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO ${sql.raw(`"${tableName}"`)} (${names})
      SELECT ${names} FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS (${types}))
        WITH ORDINALITY AS r(${names}, ord)
      ORDER BY ord
      ${returningId ? sql`RETURNING id` : sql``}`,
  );
  return result.map((r) => r.id);
}

const progressKey = (seed: number) => `generated_enterprises:${seed}`;

/**
 * Generates a biomedical enterprise universe: mostly targets in Fujian, across the mainland and in Taiwan, a
 * share settled in the zone's parks, `metricYears` years of metrics each (ending 2025), a registered
 * division, and milestones for a realistic minority. Names come from real places and industry words; credit
 * codes and 統一編號 are valid; sizes are log-normal. Deterministic for a seed, and cumulative: the database
 * remembers how many firms of a seed exist, so asking for 1,000 twice leaves 1,000, and then for 2,000
 * adds the next 1,000. Every row is flagged demo.
 */
export async function generateEnterprises(db: Executor, spec: EnterpriseSpec): Promise<number> {
  const years = spec.metricYears ?? 2;
  if (!Number.isInteger(years) || years < 0 || years > LAST_METRIC_YEAR - 1949) {
    throw new RangeError(`metricYears must be a whole number from 0 to ${LAST_METRIC_YEAR - 1949}`);
  }
  const parks = await queryRows<Park>(
    db,
    sql`SELECT id, division_code AS "divisionCode" FROM parks ORDER BY id`,
  );
  const [done] = await db
    .select()
    .from(appMeta)
    .where(eq(appMeta.key, progressKey(spec.seed)));
  const from = (done?.value as { count?: number } | undefined)?.count ?? 0;
  // Names already given (earlier runs, lower indexes): the re-roll below then depends on the index alone.
  const usedNames = new Set(
    from === 0
      ? []
      : (
          await queryRows<{ name: string }>(
            db,
            sql`SELECT name_zh AS name FROM enterprises WHERE source = ${GENERATED}`,
          )
        ).map((r) => r.name),
  );
  let inserted = 0;
  for (let start = from; start < spec.count; start += BATCH) {
    const end = Math.min(spec.count, start + BATCH);
    const batch: Generated[] = [];
    for (let index = start; index < end; index++)
      batch.push(enterpriseAt(spec.seed, index, parks, usedNames));
    await db.transaction(async (tx) => {
      const ids = await insertJson(
        tx,
        enterprises,
        'enterprises',
        batch.map((g) => g.row),
        true,
      );
      // Serial ids are handed out in the order the rows are inserted: the i-th smallest id is the i-th row.
      const sorted = ids.sort((a, b) => a - b);
      await insertJson(
        tx,
        enterpriseMetrics,
        'enterprise_metrics',
        batch.flatMap((g, i) => metricsOf(sorted[i]!, g, years)),
        false,
      );
      await insertJson(
        tx,
        enterpriseMilestones,
        'enterprise_milestones',
        batch.flatMap((g, i) => g.milestones.map((m) => ({ ...m, enterpriseId: sorted[i]! }))),
        false,
      );
      await tx
        .insert(appMeta)
        .values({ key: progressKey(spec.seed), value: { count: end } })
        .onConflictDoUpdate({ target: appMeta.key, set: { value: { count: end } } });
    });
    inserted += end - start;
    spec.onProgress?.(end);
  }
  return inserted;
}
