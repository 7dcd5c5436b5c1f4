import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../core/db/db.js';
import { containsInAnyScript } from '../../core/db/text-match.js';
import { notFound } from '../../core/errors/index.js';
import { referenceFigures } from '../analytics/tables.js';
import { enterprises } from '../enterprises/tables.js';
import { users } from '../identity/tables.js';
import { parkOccupancy } from './occupancy.js';
import type { Figure, ParkDetail, ParkListQuery, ParkSummary, Zone } from './schema.js';
import { blocks, buildings, divisions, parks, units, zones } from './tables.js';
import { toUnitView, unitViewColumns } from './unit-view.js';

const blockDivision = alias(divisions, 'block_division');

function figureRow(f: typeof referenceFigures.$inferSelect): Figure {
  return {
    code: f.code,
    metric: f.metric,
    value: f.value,
    comparator: f.comparator,
    unit: f.unit,
    asOf: f.asOf,
    labelZh: f.labelZh,
    labelEn: f.labelEn,
    source: f.source,
    isDemo: f.isDemo,
  };
}

export async function figuresFor(
  db: Executor,
  subjectType: 'province' | 'zone' | 'park',
  subjectCodes: string[],
) {
  if (subjectCodes.length === 0) return [];
  const rows = await db
    .select()
    .from(referenceFigures)
    .where(
      and(eq(referenceFigures.subjectType, subjectType), inArray(referenceFigures.subjectCode, subjectCodes)),
    )
    .orderBy(asc(referenceFigures.id));
  return rows.map((r) => ({ subjectCode: r.subjectCode, figure: figureRow(r) }));
}

export async function listZones(db: Executor): Promise<Zone[]> {
  const zoneRows = await db
    .select({ zone: zones, divisionName: divisions.nameZh })
    .from(zones)
    .leftJoin(divisions, eq(divisions.code, zones.divisionCode))
    .orderBy(asc(zones.sortOrder), asc(zones.id));
  const blockRows = await db
    .select({ block: blocks, divisionName: blockDivision.nameZh })
    .from(blocks)
    .leftJoin(blockDivision, eq(blockDivision.code, blocks.divisionCode))
    .orderBy(asc(blocks.id));
  const parkCounts = await db.select({ zoneId: parks.zoneId, n: count() }).from(parks).groupBy(parks.zoneId);
  const figures = await figuresFor(
    db,
    'zone',
    zoneRows.map((z) => z.zone.code),
  );
  return zoneRows.map(({ zone, divisionName }) => ({
    id: zone.id,
    code: zone.code,
    nameZh: zone.nameZh,
    nameEn: zone.nameEn,
    divisionCode: zone.divisionCode,
    divisionName,
    establishedMonth: zone.establishedMonth,
    positioningZh: zone.positioningZh,
    source: zone.source,
    sourceNote: zone.sourceNote,
    blocks: blockRows
      .filter((b) => b.block.zoneId === zone.id)
      .map(({ block, divisionName: blockDivisionName }) => ({
        id: block.id,
        code: block.code,
        nameZh: block.nameZh,
        nameEn: block.nameEn,
        divisionCode: block.divisionCode,
        divisionName: blockDivisionName,
        source: block.source,
      })),
    parkCount: parkCounts.find((c) => c.zoneId === zone.id)?.n ?? 0,
    figures: figures.filter((f) => f.subjectCode === zone.code).map((f) => f.figure),
  }));
}

const parkSummaryColumns = {
  park: parks,
  zone: { id: zones.id, code: zones.code, nameZh: zones.nameZh, nameEn: zones.nameEn },
  block: { id: blocks.id, code: blocks.code, nameZh: blocks.nameZh, nameEn: blocks.nameEn },
};

type ParkSummaryRow = {
  park: typeof parks.$inferSelect;
  zone: { id: number; code: string; nameZh: string; nameEn: string };
  block: { id: number; code: string; nameZh: string; nameEn: string } | null;
};

function toParkSummary({ park, zone, block }: ParkSummaryRow): ParkSummary {
  return {
    id: park.id,
    code: park.code,
    kind: park.kind,
    nameZh: park.nameZh,
    nameEn: park.nameEn,
    zone,
    block,
    divisionCode: park.divisionCode,
    lng: park.lng,
    lat: park.lat,
    locationNote: park.locationNote,
    clusters: park.clusters,
    openedMonth: park.openedMonth,
    source: park.source,
    sourceNote: park.sourceNote,
    isDemo: park.isDemo,
  };
}

function parkFilters(query: Omit<ParkListQuery, 'limit' | 'offset'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.zone) conditions.push(eq(zones.code, query.zone));
  if (query.block) conditions.push(eq(blocks.code, query.block));
  if (query.kind) conditions.push(eq(parks.kind, query.kind));
  if (query.q) {
    conditions.push(containsInAnyScript([parks.nameZh, parks.nameEn], query.q));
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export async function listParks(db: Executor, query: ParkListQuery) {
  const where = parkFilters(query);
  const [rows, totals] = await Promise.all([
    db
      .select(parkSummaryColumns)
      .from(parks)
      .innerJoin(zones, eq(zones.id, parks.zoneId))
      .leftJoin(blocks, eq(blocks.id, parks.blockId))
      .where(where)
      .orderBy(asc(zones.sortOrder), asc(parks.id))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ n: count() })
      .from(parks)
      .innerJoin(zones, eq(zones.id, parks.zoneId))
      .leftJoin(blocks, eq(blocks.id, parks.blockId))
      .where(where),
  ]);
  return {
    items: rows.map(toParkSummary),
    total: totals[0]?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getPark(db: Executor, id: number): Promise<ParkDetail> {
  const [row] = await db
    .select(parkSummaryColumns)
    .from(parks)
    .innerJoin(zones, eq(zones.id, parks.zoneId))
    .leftJoin(blocks, eq(blocks.id, parks.blockId))
    .where(eq(parks.id, id));
  if (!row) throw notFound('park');
  const buildingRows = await db
    .select()
    .from(buildings)
    .where(eq(buildings.parkId, id))
    .orderBy(asc(buildings.code));
  const unitRows =
    buildingRows.length === 0
      ? []
      : await db
          .select(unitViewColumns)
          .from(units)
          .leftJoin(enterprises, eq(enterprises.id, units.tenantEnterpriseId))
          .where(
            inArray(
              units.buildingId,
              buildingRows.map((b) => b.id),
            ),
          )
          .orderBy(asc(units.buildingId), asc(units.floor), asc(units.code));
  const [figures, occupancy, enterpriseCount, updatedBy] = await Promise.all([
    figuresFor(db, 'park', [row.park.code]),
    parkOccupancy(db, id),
    db
      .select({ n: count() })
      .from(enterprises)
      .where(and(eq(enterprises.parkId, id), eq(enterprises.status, 'settled'))),
    row.park.updatedBy === null
      ? Promise.resolve([])
      : db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(eq(users.id, row.park.updatedBy)),
  ]);
  return {
    ...toParkSummary(row),
    address: row.park.address,
    descriptionZh: row.park.descriptionZh,
    facilities: row.park.facilities,
    contact: { name: row.park.contactName, phone: row.park.contactPhone, email: row.park.contactEmail },
    updatedBy: updatedBy[0] ?? null,
    figures: figures.map((f) => f.figure),
    buildings: buildingRows.map((b) => ({
      id: b.id,
      code: b.code,
      nameZh: b.nameZh,
      floors: b.floors,
      completionYear: b.completionYear,
      isDemo: b.isDemo,
      units: unitRows.filter((u) => u.unit.buildingId === b.id).map(toUnitView),
    })),
    occupancy,
    enterpriseCount: enterpriseCount[0]?.n ?? 0,
    updatedAt: row.park.updatedAt.toISOString(),
  };
}
