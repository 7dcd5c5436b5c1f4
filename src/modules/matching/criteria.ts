import { type SQL, sql } from 'drizzle-orm';
import type { CandidateRow } from './candidates.js';
import type { MatchContext } from './context.js';
import { figure, gradeText, headroomPercent, scoreText } from './explain.js';
import type { CriterionKey } from './schema.js';

type Explained = { inputs: Record<string, string | number | null>; zh: string; en: string };

/**
 * A soft criterion (docs/matching.md): whether a demand uses it, its score 0–1 as SQL over the candidate
 * columns (c.*, and m.median), and the line that says how a unit's score came about.
 */
type CriterionDef = {
  key: CriterionKey;
  labelZh: string;
  labelEn: string;
  /** Its share before the weights of the criteria a demand uses are scaled to 100. */
  baseWeight: number;
  applies(ctx: MatchContext): boolean;
  score(ctx: MatchContext): SQL;
  explain(row: CandidateRow, ctx: MatchContext, score: number): Explained;
};

/** Units with 5 or more settled enterprises of the demand's direction in their park score full marks. */
export const CLUSTER_FULL = 5;
/** Steps on the cleanroom ladder (cleanroom.ts) between its lowest and highest grade. */
const LADDER_SPAN = 3;

const num = (value: number) => sql`${String(value)}::numeric`;
const textList = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

const area: CriterionDef = {
  key: 'area',
  labelZh: '面积契合',
  labelEn: 'Area fit',
  baseWeight: 25,
  applies: () => true,
  // 1 at the middle of the range, 0 at its ends, falling with the square of the distance.
  score: ({ demand: d }) =>
    sql`CASE WHEN ${num(d.areaMax)} = ${num(d.areaMin)} THEN 1
      ELSE greatest(0, 1 - power((c.area - (${num(d.areaMin)} + ${num(d.areaMax)}) / 2)
        / ((${num(d.areaMax)} - ${num(d.areaMin)}) / 2), 2)) END`,
  explain: (row, { demand: d }, s) => {
    const [a, min, max, mid] = [row.area, d.areaMin, d.areaMax, (d.areaMin + d.areaMax) / 2].map(figure);
    return {
      inputs: { areaM2: row.area, areaMin: d.areaMin, areaMax: d.areaMax },
      zh: `面积 ${a} m²，需求 ${min}–${max} m²（中点 ${mid}）→ ${scoreText(s)}`,
      en: `area ${a} m² in ${min}–${max} m² (middle ${mid}) → ${scoreText(s)}`,
    };
  },
};

const price: CriterionDef = {
  key: 'price',
  labelZh: '价格',
  labelEn: 'Price',
  baseWeight: 25,
  applies: () => true,
  // With a budget: the share of it left over. Without: rent per m² against the candidates' median (0.5 at
  // the median, 1 when free, 0 at twice the median). A unit without rent cannot be cheaper: 0.
  score: ({ demand: d }) =>
    d.budgetYuanPerMonth !== undefined
      ? sql`CASE WHEN c.monthly IS NULL THEN 0
          ELSE coalesce(greatest(0, least(1, 1 - c.monthly / nullif(${num(d.budgetYuanPerMonth)}, 0))), 1) END`
      : sql`CASE WHEN c.rent IS NULL THEN 0 WHEN m.median IS NULL OR m.median = 0 THEN 1
          ELSE greatest(0, least(1, 0.5 + (m.median - c.rent) / (2 * m.median))) END`,
  explain: (row, { demand: d }, s): Explained => {
    const budget = d.budgetYuanPerMonth;
    if (row.rent === null || row.monthly === null)
      return {
        inputs: { rent: null },
        zh: `未标租金，无法比较 → 0.00`,
        en: `no rent stated, cannot compare → 0.00`,
      };
    const [rent, a, monthly] = [row.rent, row.area, row.monthly].map(figure);
    if (budget !== undefined) {
      const b = figure(budget);
      return {
        inputs: { monthlyRentYuan: row.monthly, budgetYuanPerMonth: budget },
        zh: `月租 ${monthly} 元（${rent} 元/m²·月 × ${a} m²），预算 ${b} 元/月：1 − ${monthly} ÷ ${b} → ${scoreText(s)}`,
        en: `monthly rent ${monthly} yuan (${rent} yuan/m²·month × ${a} m²), budget ${b} yuan/month: 1 − ${monthly} ÷ ${b} → ${scoreText(s)}`,
      };
    }
    const median = row.median === null ? '—' : figure(row.median);
    return {
      inputs: { rentYuanPerM2Month: row.rent, medianRentYuanPerM2Month: row.median },
      zh: `租金 ${rent} 元/m²·月，候选单元租金中位数 ${median} 元/m²·月 → ${scoreText(s)}`,
      en: `rent ${rent} yuan/m²·month, candidates' median ${median} yuan/m²·month → ${scoreText(s)}`,
    };
  },
};

const location: CriterionDef = {
  key: 'location',
  labelZh: '区位偏好',
  labelEn: 'Location preference',
  baseWeight: 15,
  applies: ({ demand: d }) => d.zones.length > 0 || d.parks.length > 0,
  // A preferred park: 1. A preferred zone: 1, or 0.5 when parks were named too (near, not in, one).
  score: ({ demand: d, parkZones }) => {
    const zoneCodes = [...new Set([...d.zones, ...parkZones])];
    const inPark = d.parks.length ? sql`WHEN c.park_code IN (${textList(d.parks)}) THEN 1` : sql``;
    const inZone = zoneCodes.length
      ? sql`WHEN c.zone_code IN (${textList(zoneCodes)}) THEN ${d.parks.length ? sql`0.5` : sql`1`}`
      : sql``;
    return sql`CASE ${inPark} ${inZone} ELSE 0 END`;
  },
  explain: (row, { demand: d }, s) => {
    const inputs = { park: row.park_code, zone: row.zone_code };
    if (d.parks.includes(row.park_code))
      return {
        inputs,
        zh: `位于偏好园区“${row.park_name_zh}” → ${scoreText(s)}`,
        en: `in the preferred park ${row.park_name_en} → ${scoreText(s)}`,
      };
    if (s > 0)
      return {
        inputs,
        zh: `位于偏好区域“${row.zone_name_zh}”${d.parks.length ? '（不在偏好园区内）' : ''} → ${scoreText(s)}`,
        en: `in the preferred zone ${row.zone_name_en}${d.parks.length ? ' (not in a preferred park)' : ''} → ${scoreText(s)}`,
      };
    return {
      inputs,
      zh: `位于“${row.park_name_zh}”（${row.zone_name_zh}），不在偏好的园区或区域 → ${scoreText(s)}`,
      en: `in ${row.park_name_en} (${row.zone_name_en}), outside the preferred parks and zones → ${scoreText(s)}`,
    };
  },
};

const cleanroom: CriterionDef = {
  key: 'cleanroom',
  labelZh: '洁净等级契合',
  labelEn: 'Cleanroom fit',
  baseWeight: 10,
  applies: ({ gradeRank }) => gradeRank !== null,
  // Over-specification costs money: each step above the demand takes a third off.
  score: ({ gradeRank }) =>
    sql`greatest(0, 1 - (c.grade_rank - ${num(gradeRank ?? 0)}) / ${num(LADDER_SPAN)})`,
  explain: (row, { demand: d, gradeRank }, s) => {
    const steps = row.grade_rank - (gradeRank ?? 0);
    const wanted = d.cleanroomGrade ?? 'none';
    const inputs = { unitGrade: row.grade, demandedGrade: wanted, stepsAbove: steps };
    if (steps === 0)
      return {
        inputs,
        zh: `${gradeText(row.grade, 'zh')}，与需求（${gradeText(wanted, 'zh')}）同级 → ${scoreText(s)}`,
        en: `${gradeText(row.grade, 'en')}, the grade asked for (${gradeText(wanted, 'en')}) → ${scoreText(s)}`,
      };
    return {
      inputs,
      zh: `${gradeText(row.grade, 'zh')}，需求至少 ${gradeText(wanted, 'zh')}：高出 ${steps} 级（每级扣 1/3）→ ${scoreText(s)}`,
      en: `${gradeText(row.grade, 'en')} for at least ${gradeText(wanted, 'en')}: ${steps} step(s) above (a third off each) → ${scoreText(s)}`,
    };
  },
};

const utilities: CriterionDef = {
  key: 'utilities',
  labelZh: '电力与荷载余量',
  labelEn: 'Power and floor-load headroom',
  baseWeight: 10,
  applies: ({ demand: d }) => d.powerKva !== undefined || d.floorLoadKnPerM2 !== undefined,
  // Meeting a minimum exactly: 0.5; 50 % above it or more: 1. Both given: the mean.
  score: ({ demand: d }) => {
    const parts = [
      d.powerKva === undefined
        ? null
        : sql`least(1, 0.5 + (c.power - ${num(d.powerKva)}) / ${num(d.powerKva)})`,
      d.floorLoadKnPerM2 === undefined
        ? null
        : sql`least(1, 0.5 + (c.load - ${num(d.floorLoadKnPerM2)}) / ${num(d.floorLoadKnPerM2)})`,
    ].filter((p): p is SQL => p !== null);
    return sql`(${sql.join(parts, sql` + `)}) / ${num(parts.length)}`;
  },
  explain: (row, { demand: d }, s) => {
    const zh: string[] = [];
    const en: string[] = [];
    if (d.powerKva !== undefined && row.power !== null) {
      const pct = headroomPercent(row.power, d.powerKva);
      zh.push(`电力 ${figure(row.power)} kVA（需 ≥ ${figure(d.powerKva)}，富余 ${pct}%）`);
      en.push(`power ${figure(row.power)} kVA (≥ ${figure(d.powerKva)} needed, ${pct}% headroom)`);
    }
    if (d.floorLoadKnPerM2 !== undefined && row.load !== null) {
      const pct = headroomPercent(row.load, d.floorLoadKnPerM2);
      zh.push(`楼面荷载 ${figure(row.load)} kN/m²（需 ≥ ${figure(d.floorLoadKnPerM2)}，富余 ${pct}%）`);
      en.push(
        `floor load ${figure(row.load)} kN/m² (≥ ${figure(d.floorLoadKnPerM2)} needed, ${pct}% headroom)`,
      );
    }
    return {
      inputs: { powerKva: row.power, floorLoadKnPerM2: row.load },
      zh: `${zh.join('；')}；刚好满足 0.5，富余 50% 及以上 1${zh.length > 1 ? '，取平均' : ''} → ${scoreText(s)}`,
      en: `${en.join('; ')}; just enough 0.5, 50% headroom or more 1${en.length > 1 ? ', averaged' : ''} → ${scoreText(s)}`,
    };
  },
};

const cluster: CriterionDef = {
  key: 'cluster',
  labelZh: '产业集聚',
  labelEn: 'Industry cluster',
  baseWeight: 15,
  applies: ({ direction }) => direction !== null,
  score: () => sql`least(c.cluster_n, ${num(CLUSTER_FULL)}) / ${num(CLUSTER_FULL)}`,
  explain: (row, { direction }, s) => ({
    inputs: { settledSameDirection: row.cluster_n, direction: direction?.code ?? null },
    zh: `园区内已落户“${direction?.nameZh}”方向企业 ${row.cluster_n} 家（${CLUSTER_FULL} 家及以上满分）→ ${scoreText(s)}`,
    en: `${row.cluster_n} settled ${direction?.nameEn} enterprise(s) in the park (full marks at ${CLUSTER_FULL}) → ${scoreText(s)}`,
  }),
};

const ALL: CriterionDef[] = [area, price, location, cleanroom, utilities, cluster];

export type WeightedCriterion = CriterionDef & { weight: number };

/**
 * The criteria a demand uses, their base weights scaled to sum to exactly 100.00 (largest remainder on
 * hundredths), so a unit's points always add up to a score out of 100.
 */
export function criteriaFor(ctx: MatchContext): WeightedCriterion[] {
  const used = ALL.filter((c) => c.applies(ctx));
  const total = used.reduce((sum, c) => sum + c.baseWeight, 0);
  const exact = used.map((c) => (c.baseWeight * 10_000) / total);
  const hundredths = exact.map(Math.floor);
  let left = 10_000 - hundredths.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    hundredths[i] = (hundredths[i] ?? 0) + 1;
  }
  return used.map((c, i) => ({ ...c, weight: (hundredths[i] ?? 0) / 100 }));
}
