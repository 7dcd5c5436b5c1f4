import { eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { appMeta } from '../../core/db/meta-table.js';
import { isValidTaiwanUbn, USCC_ALPHABET, usccCheckChar } from '../../core/ids/index.js';
import { enterpriseMetrics, enterprises } from '../../modules/enterprises/tables.js';
import { DemoRandom } from '../demo-random.js';
import { chainLinkOf } from '../reference.js';
import { companyName } from './company-names.js';
import { type Place, places } from './places.js';

/** Where generated rows say they come from; every one is also flagged is_demo. */
export const GENERATED = 'generated';

const BATCH = 2_000;
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

export type EnterpriseSpec = { count: number; seed: number; onProgress?: (done: number) => void };

const STATUS_WEIGHTS = [
  ['target', 88],
  ['in_contact', 4],
  ['settled', 7],
  ['left', 1],
] as const;

type Generated = {
  row: typeof enterprises.$inferInsert;
  revenueWan: number;
  growth: number;
  rdRatio: number;
  employees: number;
};

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
  const place: Place = settledHere
    ? random.pick(fujian)
    : random.weighted([
        [random.pick(mainland), 60],
        [random.pick(fujian), 25],
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
      registeredCapitalWanYuan: wanToYuan(Math.max(10, logNormal(random, 2_000, 1.2))),
      foundedYear: random.int(1990, 2025),
      settledOn:
        status === 'settled'
          ? `${random.int(2015, 2026)}-${String(random.int(1, 12)).padStart(2, '0')}-01`
          : null,
      source: GENERATED,
      isDemo: true,
    },
    revenueWan,
    growth: normal(random, 0.12, 0.2),
    rdRatio: business.direction === 'high_quality_medicine' ? random.int(3, 25) : random.int(2, 15),
    employees: Math.max(5, Math.round(revenueWan / 80 + normal(random, 0, 10))),
  };
}

/** Two years of figures per firm: revenue, then tax, R&D and output in proportion; the growth between. */
function metricsOf(enterpriseId: number, g: Generated): (typeof enterpriseMetrics.$inferInsert)[] {
  return (
    [
      [2024, g.revenueWan],
      [2025, g.revenueWan * (1 + g.growth)],
    ] as const
  ).map(([year, revenue]) => {
    const wan = Math.max(10, revenue);
    return {
      enterpriseId,
      year,
      operatingRevenueYuan: wanToYuan(wan),
      taxYuan: wanToYuan(wan * 0.06),
      rdSpendYuan: wanToYuan((wan * g.rdRatio) / 100),
      outputValueYuan: wanToYuan(wan * 1.05),
      employees: g.employees,
      source: GENERATED,
      isDemo: true,
    };
  });
}

const progressKey = (seed: number) => `generated_enterprises:${seed}`;

/**
 * Generates a biomedical enterprise universe: mostly targets across the mainland and Taiwan, a share settled
 * in the zone's parks, two years of metrics each. Names come from real places and industry words; credit
 * codes and 統一編號 are valid; sizes are log-normal. Deterministic for a seed, and cumulative: the database
 * remembers how many firms of a seed exist, so asking for 1,000 twice leaves 1,000, and then for 2,000
 * adds the next 1,000. Every row is flagged demo.
 */
export async function generateEnterprises(db: Executor, spec: EnterpriseSpec): Promise<number> {
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
      const ids = await tx
        .insert(enterprises)
        .values(batch.map((g) => g.row))
        .returning({ id: enterprises.id });
      // Serial ids are handed out in the order of the VALUES list: the i-th smallest id is the i-th row.
      const sorted = ids.map((r) => r.id).sort((a, b) => a - b);
      await tx.insert(enterpriseMetrics).values(batch.flatMap((g, i) => metricsOf(sorted[i]!, g)));
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
