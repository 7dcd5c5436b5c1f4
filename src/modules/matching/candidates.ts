import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { CLEANROOM_RANK } from '../space/cleanroom.js';
import { blocks, buildings, parks, units, zones } from '../space/tables.js';
import { hardConstraints, meetsAll, monthlyRent } from './constraints.js';
import type { MatchContext } from './context.js';
import type { WeightedCriterion } from './criteria.js';

/** A unit that meets every hard constraint, as the ranking query returns it (decimals as text). */
export type CandidateRow = {
  id: number;
  code: string;
  floor: number | null;
  area: string;
  use: string;
  grade: string;
  grade_rank: number;
  deal_type: string;
  rent: string | null;
  power: string | null;
  load: string | null;
  available_from: string | null;
  is_demo: boolean;
  building_id: number;
  building_code: string;
  building_name: string;
  park_id: number;
  park_code: string;
  park_name_zh: string;
  park_name_en: string;
  zone_code: string;
  zone_name_zh: string;
  zone_name_en: string;
  block_code: string | null;
  monthly: string | null;
  cluster_n: number;
  median: string | null;
  total: string;
} & Record<`s_${string}` | `p_${string}`, string>;

/** The grade's place on the cleanroom ladder, in SQL (the ladder itself lives in cleanroom.ts). */
const gradeRank = sql`CASE ${units.cleanroomGrade}::text ${sql.join(
  Object.entries(CLEANROOM_RANK).map(([grade, rank]) => sql`WHEN ${grade} THEN ${sql.raw(String(rank))}`),
  sql` `,
)} END`;

/** Settled enterprises of the demand's direction per park: the cluster signal (parks have no directions). */
function clusterJoin(ctx: MatchContext): SQL {
  if (!ctx.direction) return sql``;
  return sql`LEFT JOIN (
      SELECT e.park_id, count(*)::int AS n FROM enterprises e
      WHERE e.status = 'settled' AND e.park_id IS NOT NULL AND e.direction_code = ${ctx.direction.code}
      GROUP BY e.park_id
    ) cl ON cl.park_id = ${parks.id}`;
}

/**
 * The best units for a demand, scored and ordered in one statement: the hard constraints filter, every
 * criterion is scored in SQL (4 decimals), its points are weight × score (2 decimals), and the total is
 * the sum of the points. Only `limit` rows leave the database, however many units there are.
 */
export async function rankUnits(
  db: Executor,
  ctx: MatchContext,
  criteria: WeightedCriterion[],
): Promise<CandidateRow[]> {
  const scores = criteria.map((c) => sql`, round(${c.score(ctx)}, 4) AS ${sql.identifier(`s_${c.key}`)}`);
  const points = criteria.map(
    (c) =>
      sql`, round(${sql`${String(c.weight)}::numeric`} * ${sql.identifier(`s_${c.key}`)}, 2) AS ${sql.identifier(`p_${c.key}`)}`,
  );
  const total = criteria.length
    ? sql.join(
        criteria.map((c) => sql.identifier(`p_${c.key}`)),
        sql` + `,
      )
    : sql`0`;
  const texts = criteria.map(
    (c) => sql`, ${sql.identifier(`s_${c.key}`)}::text AS ${sql.identifier(`s_${c.key}`)},
      ${sql.identifier(`p_${c.key}`)}::text AS ${sql.identifier(`p_${c.key}`)}`,
  );
  return queryRows<CandidateRow>(
    db,
    sql`WITH c AS (
        SELECT ${units.id} AS id, ${units.code} AS code, ${units.floor} AS floor, ${units.areaM2} AS area,
          ${units.use}::text AS use, ${units.cleanroomGrade}::text AS grade, ${gradeRank} AS grade_rank,
          ${units.dealType}::text AS deal_type, ${units.rentYuanPerM2Month} AS rent, ${units.powerKva} AS power,
          ${units.floorLoadKnPerM2} AS load, ${units.availableFrom}::text AS available_from,
          ${units.isDemo} AS is_demo, ${buildings.id} AS building_id, ${buildings.code} AS building_code,
          ${buildings.nameZh} AS building_name, ${parks.id} AS park_id, ${parks.code} AS park_code,
          ${parks.nameZh} AS park_name_zh, ${parks.nameEn} AS park_name_en, ${zones.code} AS zone_code,
          ${zones.nameZh} AS zone_name_zh, ${zones.nameEn} AS zone_name_en, ${blocks.code} AS block_code,
          ${monthlyRent} AS monthly, ${ctx.direction ? sql`coalesce(cl.n, 0)` : sql`0`} AS cluster_n
        FROM ${units}
        JOIN ${buildings} ON ${buildings.id} = ${units.buildingId}
        JOIN ${parks} ON ${parks.id} = ${buildings.parkId}
        JOIN ${zones} ON ${zones.id} = ${parks.zoneId}
        LEFT JOIN ${blocks} ON ${blocks.id} = ${parks.blockId}
        ${clusterJoin(ctx)}
        WHERE ${meetsAll(hardConstraints(ctx))}
      ),
      m AS (
        SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY c.rent::float8)::numeric, 2) AS median FROM c
      ),
      s AS (SELECT c.*, m.median ${sql.join(scores, sql``)} FROM c CROSS JOIN m),
      p AS (SELECT s.* ${sql.join(points, sql``)} FROM s)
      SELECT p.id, p.code, p.floor, p.area::text AS area, p.use, p.grade, p.grade_rank, p.deal_type,
        p.rent::text AS rent, p.power::text AS power, p.load::text AS load, p.available_from, p.is_demo,
        p.building_id, p.building_code, p.building_name, p.park_id, p.park_code, p.park_name_zh,
        p.park_name_en, p.zone_code, p.zone_name_zh, p.zone_name_en, p.block_code,
        p.monthly::text AS monthly, p.cluster_n, p.median::text AS median ${sql.join(texts, sql``)},
        (${total})::text AS total
      FROM p
      ORDER BY (${total}) DESC, p.monthly ASC NULLS LAST, p.id ASC
      LIMIT ${ctx.demand.limit}`,
  );
}
