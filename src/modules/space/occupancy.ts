import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import type { Occupancy } from './schema.js';
import { blocks, buildings, parks, units, zones } from './tables.js';

/**
 * Occupancy as SQL aggregates over units: exact numeric sums, leased = leased or sold, rate = leased ÷ total.
 * One expression list, used for a park, and grouped by park, block or zone.
 */
const occupancyColumns = {
  totalM2: sql<string>`coalesce(sum(${units.areaM2}), 0)::numeric(14,2)::text`,
  availableM2: sql<string>`coalesce(sum(${units.areaM2}) filter (where ${units.status} = 'available'), 0)::numeric(14,2)::text`,
  reservedM2: sql<string>`coalesce(sum(${units.areaM2}) filter (where ${units.status} = 'reserved'), 0)::numeric(14,2)::text`,
  leasedM2: sql<string>`coalesce(sum(${units.areaM2}) filter (where ${units.status} in ('leased', 'sold')), 0)::numeric(14,2)::text`,
  occupancyRate: sql<
    string | null
  >`(sum(${units.areaM2}) filter (where ${units.status} in ('leased', 'sold')) / nullif(sum(${units.areaM2}), 0))::numeric(5,4)::text`,
  unitCount: sql<number>`count(${units.id})::int`,
};

const EMPTY: Occupancy = {
  totalM2: '0.00',
  availableM2: '0.00',
  reservedM2: '0.00',
  leasedM2: '0.00',
  occupancyRate: null,
  unitCount: 0,
};

export async function parkOccupancy(db: Executor, parkId: number): Promise<Occupancy> {
  const [row] = await db
    .select(occupancyColumns)
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .where(eq(buildings.parkId, parkId));
  return row && row.unitCount > 0 ? { ...row, occupancyRate: row.occupancyRate } : EMPTY;
}

export type OccupancyLevel = 'zone' | 'block' | 'park';

/** Occupancy of every zone, block or park (those without units included, at zero). */
export async function occupancyBy(db: Executor, level: OccupancyLevel) {
  const groups: Record<OccupancyLevel, { code: SQL; nameZh: SQL; nameEn: SQL }> = {
    zone: { code: sql`${zones.code}`, nameZh: sql`${zones.nameZh}`, nameEn: sql`${zones.nameEn}` },
    block: { code: sql`${blocks.code}`, nameZh: sql`${blocks.nameZh}`, nameEn: sql`${blocks.nameEn}` },
    park: { code: sql`${parks.code}`, nameZh: sql`${parks.nameZh}`, nameEn: sql`${parks.nameEn}` },
  };
  const g = groups[level];
  const columns = {
    code: sql<string>`${g.code}`,
    nameZh: sql<string>`${g.nameZh}`,
    nameEn: sql<string>`${g.nameEn}`,
    ...occupancyColumns,
  };
  const scoped =
    level === 'park'
      ? db.select(columns).from(parks)
      : level === 'block'
        ? db.select(columns).from(blocks).leftJoin(parks, eq(parks.blockId, blocks.id))
        : db.select(columns).from(zones).leftJoin(parks, eq(parks.zoneId, zones.id));
  const rows = await scoped
    .leftJoin(buildings, eq(buildings.parkId, parks.id))
    .leftJoin(units, eq(units.buildingId, buildings.id))
    .groupBy(g.code, g.nameZh, g.nameEn)
    .orderBy(asc(g.code));
  return rows.map((r) => ({ level, ...r }));
}
