import { and, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { gradesAtLeastRank } from '../space/cleanroom.js';
import { units } from '../space/tables.js';
import type { MatchContext } from './context.js';
import type { HardConstraintKey, MatchResult } from './schema.js';

/** A hard constraint: a unit failing it is not proposed at all. */
type HardConstraint = { key: HardConstraintKey; labelZh: string; labelEn: string; condition: SQL };

/** Never NULL: a unit with an unknown value fails the constraint (and is counted as failing it). */
const strictly = (condition: SQL) => sql`coalesce((${condition}), false)`;

/** Rent × area, to the fen: what a month of the unit costs before subsidies. */
export const monthlyRent = sql`round(${units.rentYuanPerM2Month} * ${units.areaM2}, 2)`;

/**
 * The hard constraints a demand sets (docs/matching.md), over the units table alone. A minimum of power or
 * floor load is failed by a unit that does not state it: unknown is not enough. A budget needs a rent to
 * compare with, so units without one are left out, counted under rentKnown rather than budget.
 */
export function hardConstraints({ demand, gradeRank }: MatchContext): HardConstraint[] {
  const out: HardConstraint[] = [
    {
      key: 'use',
      labelZh: '用途',
      labelEn: 'Use',
      condition: strictly(sql`${units.use} = ${demand.use}`),
    },
    {
      key: 'area',
      labelZh: '面积范围',
      labelEn: 'Area range',
      condition: strictly(
        sql`${units.areaM2} BETWEEN ${String(demand.areaMin)}::numeric AND ${String(demand.areaMax)}::numeric`,
      ),
    },
  ];
  if (gradeRank !== null) {
    const grades = gradesAtLeastRank(gradeRank);
    out.push({
      key: 'cleanroom',
      labelZh: '洁净等级',
      labelEn: 'Cleanroom grade',
      condition: strictly(
        sql`${units.cleanroomGrade}::text IN (${sql.join(
          grades.map((g) => sql`${g}`),
          sql`, `,
        )})`,
      ),
    });
  }
  if (demand.powerKva !== undefined)
    out.push({
      key: 'powerKva',
      labelZh: '电力容量',
      labelEn: 'Power supply',
      condition: strictly(sql`${units.powerKva} >= ${String(demand.powerKva)}::numeric`),
    });
  if (demand.floorLoadKnPerM2 !== undefined)
    out.push({
      key: 'floorLoad',
      labelZh: '楼面荷载',
      labelEn: 'Floor load',
      condition: strictly(sql`${units.floorLoadKnPerM2} >= ${String(demand.floorLoadKnPerM2)}::numeric`),
    });
  if (demand.moveInBy !== undefined)
    out.push({
      key: 'moveInBy',
      labelZh: '可入驻日期',
      labelEn: 'Available by',
      condition: strictly(
        sql`${units.availableFrom} IS NULL OR ${units.availableFrom} <= ${demand.moveInBy}::date`,
      ),
    });
  if (demand.budgetYuanPerMonth !== undefined) {
    out.push({
      key: 'rentKnown',
      labelZh: '已标租金',
      labelEn: 'Rent stated',
      condition: strictly(sql`${units.rentYuanPerM2Month} IS NOT NULL`),
    });
    out.push({
      key: 'budget',
      labelZh: '月租预算',
      labelEn: 'Monthly budget',
      condition: strictly(
        sql`${units.rentYuanPerM2Month} IS NULL OR ${monthlyRent} <= ${String(demand.budgetYuanPerMonth)}::numeric`,
      ),
    });
  }
  return out;
}

/** Every hard constraint at once, on available units: the WHERE of the ranking. */
export function meetsAll(constraints: HardConstraint[]): SQL {
  return and(sql`${units.status} = 'available'`, ...constraints.map((c) => c.condition))!;
}

/**
 * How many available units there are, how many meet everything, and how many each constraint turns away
 * (a unit may fail several): one pass over the units, the answer to "why so few".
 */
export async function countConstraints(
  db: Executor,
  constraints: HardConstraint[],
): Promise<{ candidates: number; excluded: MatchResult['excluded'] }> {
  const failing = constraints.map(
    (c, i) => sql`, count(*) FILTER (WHERE NOT ${c.condition})::int AS "c${sql.raw(String(i))}"`,
  );
  const all = constraints.length ? and(...constraints.map((c) => c.condition))! : sql`true`;
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`SELECT count(*)::int AS available, count(*) FILTER (WHERE ${all})::int AS candidates ${sql.join(failing, sql``)}
        FROM ${units} WHERE ${units.status} = 'available'`,
  );
  return {
    candidates: Number(row?.candidates ?? 0),
    excluded: {
      available: Number(row?.available ?? 0),
      constraints: constraints.map((c, i) => ({
        key: c.key,
        labelZh: c.labelZh,
        labelEn: c.labelEn,
        count: Number(row?.[`c${i}`] ?? 0),
      })),
    },
  };
}
