import { and, eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { appMeta } from '../../core/db/meta-table.js';
import { buildings, unitStatusHistory, units } from '../../modules/space/tables.js';
import { demoUnit } from '../demo.js';
import { DemoRandom } from '../demo-random.js';

const FLOORS = 10;
const UNITS_PER_FLOOR = 20;
const PER_BUILDING = FLOORS * UNITS_PER_FLOOR;

export type UnitSpec = { count: number; seed: number; onProgress?: (done: number) => void };

const progressKey = (seed: number) => `generated_units:${seed}`;

/**
 * Generates units in buildings of 200 (10 floors of 20), the buildings spread over the parks in turn; the
 * units are the demo dataset's kind (uses, cleanroom grades, rents and loads in proportion), let to the
 * park's settled enterprises while there are any. Cumulative per seed like the enterprise generator, each
 * unit with its first status-history row; every row flagged demo.
 */
export async function generateUnits(db: Executor, spec: UnitSpec): Promise<number> {
  const parks = await queryRows<{ id: number }>(db, sql`SELECT id FROM parks ORDER BY id`);
  if (parks.length === 0) return 0;
  const [done] = await db
    .select()
    .from(appMeta)
    .where(eq(appMeta.key, progressKey(spec.seed)));
  const from = (done?.value as { count?: number } | undefined)?.count ?? 0;
  // Settled enterprises without a unit yet, per park: the tenants of the units generated there.
  const free = await queryRows<{ parkId: number; id: number }>(
    db,
    sql`SELECT e.park_id AS "parkId", e.id FROM enterprises e
      WHERE e.status = 'settled' AND e.park_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM units u WHERE u.tenant_enterprise_id = e.id)
      ORDER BY e.id`,
  );
  const tenants = new Map<number, number[]>();
  for (const row of free) tenants.set(row.parkId, [...(tenants.get(row.parkId) ?? []), row.id]);

  let made = 0;
  for (let start = from; start < spec.count; ) {
    // A run may stop inside a building: the next one fills it up before starting another.
    const buildingNo = Math.floor(start / PER_BUILDING);
    const end = Math.min(spec.count, (buildingNo + 1) * PER_BUILDING);
    const first = start % PER_BUILDING;
    const park = parks[buildingNo % parks.length]!;
    const random = new DemoRandom(spec.seed * 7_777_777 + buildingNo * PER_BUILDING + first);
    await db.transaction(async (tx) => {
      const code = `S${spec.seed}-${buildingNo + 1}`;
      const [created] = await tx
        .insert(buildings)
        .values({
          parkId: park.id,
          code,
          nameZh: `${buildingNo + 1}号研发生产楼（生成）`,
          floors: FLOORS,
          completionYear: random.int(2012, 2026),
          isDemo: true,
        })
        .onConflictDoNothing()
        .returning({ id: buildings.id });
      const buildingId =
        created?.id ??
        (
          await tx
            .select({ id: buildings.id })
            .from(buildings)
            .where(and(eq(buildings.parkId, park.id), eq(buildings.code, code)))
        )[0]!.id;
      const parkTenants = tenants.get(park.id) ?? [];
      const rows = [];
      for (let i = first; i < first + (end - start); i++) {
        rows.push(
          demoUnit(
            random,
            buildingId,
            Math.floor(i / UNITS_PER_FLOOR) + 1,
            (i % UNITS_PER_FLOOR) + 1,
            parkTenants,
          ),
        );
      }
      const inserted = await tx
        .insert(units)
        .values(rows)
        .returning({ id: units.id, status: units.status, areaM2: units.areaM2 });
      await tx
        .insert(unitStatusHistory)
        .values(
          inserted.map((u) => ({ unitId: u.id, fromStatus: null, toStatus: u.status, areaM2: u.areaM2 })),
        );
      await tx
        .insert(appMeta)
        .values({ key: progressKey(spec.seed), value: { count: end } })
        .onConflictDoUpdate({ target: appMeta.key, set: { value: { count: end } } });
      made += inserted.length;
    });
    spec.onProgress?.(end);
    start = end;
  }
  return made;
}
