import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { enterprises } from '../enterprises/tables.js';
import { gradesAtLeastRank } from './cleanroom.js';
import type { UnitSearchQuery, UnitSearchResponse } from './schema.js';
import { blocks, buildings, parks, units, zones } from './tables.js';
import { toUnitView, unitViewColumns } from './unit-view.js';

// The search's levels (A–D, ISO 5–8) on the one cleanroom ladder (cleanroom.ts).
const LEVEL_RANK: Record<string, number> = { D: 1, ISO8: 1, C: 2, ISO7: 2, B: 3, ISO6: 3, A: 4, ISO5: 4 };

function gradesAtLeast(level: string): string[] {
  return gradesAtLeastRank(LEVEL_RANK[level] ?? 0);
}

/** Price per m² in the unit's own terms: monthly rent when leased out, sale price when for sale. */
const unitPrice = sql`coalesce(${units.rentYuanPerM2Month}, ${units.salePriceYuanPerM2})`;

type FacetName = 'use' | 'status' | 'dealType' | 'cleanroomGrade' | 'zone' | 'park';

/** Each filter as a condition, named by the facet it narrows (so that facet can leave it out). */
function conditions(
  q: Omit<UnitSearchQuery, 'sort' | 'limit' | 'offset'>,
): { facet: FacetName | null; condition: SQL }[] {
  const out: { facet: FacetName | null; condition: SQL }[] = [];
  const add = (facet: FacetName | null, condition: SQL | undefined) => {
    if (condition) out.push({ facet, condition });
  };
  if (q.zone) add('zone', eq(zones.code, q.zone));
  if (q.block) add(null, eq(blocks.code, q.block));
  if (q.park) add('park', eq(parks.id, q.park));
  if (q.use) add('use', inArray(units.use, q.use));
  if (q.minArea !== undefined) add(null, gte(units.areaM2, String(q.minArea)));
  if (q.maxArea !== undefined) add(null, lte(units.areaM2, String(q.maxArea)));
  if (q.cleanroom)
    add('cleanroomGrade', inArray(units.cleanroomGrade, gradesAtLeast(q.cleanroom) as never[]));
  if (q.dealType) add('dealType', eq(units.dealType, q.dealType));
  if (q.minPrice !== undefined) add(null, sql`${unitPrice} >= ${String(q.minPrice)}`);
  if (q.maxPrice !== undefined) add(null, sql`${unitPrice} <= ${String(q.maxPrice)}`);
  if (q.status) add('status', inArray(units.status, q.status));
  if (q.availableBefore)
    add(null, or(isNull(units.availableFrom), lte(units.availableFrom, q.availableBefore)));
  return out;
}

/** Every filter of a search as one condition (undefined: no filter), for search and export alike. */
export function unitFilter(q: Omit<UnitSearchQuery, 'sort' | 'limit' | 'offset'>): SQL | undefined {
  const all = conditions(q);
  return all.length ? and(...all.map((c) => c.condition)) : undefined;
}

const ORDER: Record<UnitSearchQuery['sort'], SQL[]> = {
  area: [asc(units.areaM2)],
  '-area': [desc(units.areaM2)],
  price: [sql`${unitPrice} asc nulls last`],
  '-price': [sql`${unitPrice} desc nulls last`],
  availableFrom: [sql`${units.availableFrom} asc nulls first`],
  code: [asc(parks.code), asc(buildings.code), asc(units.code)],
};

/** Units joined to their building, park, zone and block: what search and export filter on. */
export function fromUnits<T extends Record<string, unknown>>(db: Executor, columns: T) {
  return db
    .select(columns as never)
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .innerJoin(parks, eq(parks.id, buildings.parkId))
    .innerJoin(zones, eq(zones.id, parks.zoneId))
    .leftJoin(blocks, eq(blocks.id, parks.blockId));
}

const FACET_COLUMN: Record<FacetName, SQL> = {
  use: sql`${units.use}::text`,
  status: sql`${units.status}::text`,
  dealType: sql`${units.dealType}::text`,
  cleanroomGrade: sql`${units.cleanroomGrade}::text`,
  zone: sql`${zones.code}`,
  park: sql`${parks.id}::text`,
};

/**
 * Public space search: filters, sort, pagination and facet counts. Each facet is counted under every
 * filter but its own, so the counts say what choosing another value would give.
 */
export async function searchUnits(db: Executor, q: UnitSearchQuery): Promise<UnitSearchResponse> {
  const all = conditions(q);
  const where = unitFilter(q);

  const pageRows = (await fromUnits(db, {
    ...unitViewColumns,
    building: { id: buildings.id, code: buildings.code, nameZh: buildings.nameZh },
    park: { id: parks.id, code: parks.code, nameZh: parks.nameZh, nameEn: parks.nameEn },
    zone: { code: zones.code, nameZh: zones.nameZh, nameEn: zones.nameEn },
  })
    .leftJoin(enterprises, eq(enterprises.id, units.tenantEnterpriseId))
    .where(where)
    .orderBy(...ORDER[q.sort], asc(units.id))
    .limit(q.limit)
    .offset(q.offset)) as unknown as (Parameters<typeof toUnitView>[0] & {
    building: { id: number; code: string; nameZh: string };
    park: { id: number; code: string; nameZh: string; nameEn: string };
    zone: { code: string; nameZh: string; nameEn: string };
  })[];

  const totalRows = (await fromUnits(db, { n: count() }).where(where)) as unknown as { n: number }[];

  const facetNames = Object.keys(FACET_COLUMN) as FacetName[];
  const facetLists = await Promise.all(
    facetNames.map(async (facet) => {
      const others = all.filter((c) => c.facet !== facet).map((c) => c.condition);
      const column = FACET_COLUMN[facet];
      const rows = (await fromUnits(db, { value: sql<string>`${column}`, count: sql<number>`count(*)::int` })
        .where(others.length ? and(...others) : undefined)
        .groupBy(column)
        .orderBy(sql`count(*) desc`, column)) as unknown as { value: string; count: number }[];
      return [facet, rows] as const;
    }),
  );

  return {
    items: pageRows.map((r) => ({ ...toUnitView(r), building: r.building, park: r.park, zone: r.zone })),
    total: totalRows[0]?.n ?? 0,
    limit: q.limit,
    offset: q.offset,
    facets: Object.fromEntries(facetLists) as UnitSearchResponse['facets'],
  };
}
