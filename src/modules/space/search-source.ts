import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import {
  idList,
  indexDocuments,
  type SearchDocumentInput,
  type SearchSource,
} from '../../core/search/index.js';
import { enumLabels } from './labels.js';

const PARK_KIND: Record<string, string> = {
  park: '园区',
  centre: '中心',
  facility: '设施',
  platform: '平台',
};

type ParkRow = {
  id: number;
  nameZh: string;
  nameEn: string;
  kind: string;
  zone: string;
  block: string | null;
  address: string | null;
  clusters: string[];
  facilities: string[];
  description: string | null;
};

/** Parks (and centres, platforms): name, zone and block, clusters and facilities, description. */
export const parkSearchSource: SearchSource = {
  type: 'park',
  table: 'parks',
  titlesAreWords: true,
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<ParkRow>(
      db,
      sql`SELECT p.id, p.name_zh AS "nameZh", p.name_en AS "nameEn", p.kind, z.name_zh AS zone,
          b.name_zh AS block, p.address, p.clusters, p.facilities, p.description_zh AS description
        FROM parks p JOIN zones z ON z.id = p.zone_id LEFT JOIN blocks b ON b.id = p.block_id
        WHERE p.id IN ${idList(ids)}`,
    );
    return rows.map(
      (p): SearchDocumentInput => ({
        entityId: p.id,
        title: p.nameZh,
        subtitle: [p.zone, p.block].filter(Boolean).join(' · '),
        tags: [p.nameEn, PARK_KIND[p.kind], p.address, ...p.clusters, ...p.facilities],
        body: p.description,
        url: `/parks/${p.id}`,
        audience: 'public',
      }),
    );
  },
};

type BuildingRow = { id: number; nameZh: string; code: string; parkId: number; park: string; zone: string };

/** Buildings, found by their name within the park's. */
export const buildingSearchSource: SearchSource = {
  type: 'building',
  table: 'buildings',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<BuildingRow>(
      db,
      sql`SELECT bu.id, bu.name_zh AS "nameZh", bu.code, p.id AS "parkId", p.name_zh AS park, z.name_zh AS zone
        FROM buildings bu JOIN parks p ON p.id = bu.park_id JOIN zones z ON z.id = p.zone_id
        WHERE bu.id IN ${idList(ids)}`,
    );
    return rows.map((b) => ({
      entityId: b.id,
      title: b.nameZh,
      subtitle: `${b.park} · ${b.zone}`,
      tags: [b.code],
      url: `/parks/${b.parkId}#building-${b.id}`,
      audience: 'public',
    }));
  },
};

type UnitRow = {
  id: number;
  code: string;
  building: string;
  parkId: number;
  park: string;
  zone: string;
  use: keyof typeof enumLabels.use;
  grade: keyof typeof enumLabels.cleanroomGrade;
  dealType: keyof typeof enumLabels.dealType;
  status: keyof typeof enumLabels.status;
  areaM2: string;
};

/** 1000.00 → 1000, 812.50 → 812.5: areas as people type them. */
const plainNumber = (decimal: string) => String(Number(decimal));

/**
 * Units: building and unit code, the park, and what a seeker types — use, cleanroom grade (GMP C级, ISO
 * 7级 and the grade's aliases such as 万级), lease or sale, status, area in m².
 */
export const unitSearchSource: SearchSource = {
  type: 'unit',
  table: 'units',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<UnitRow>(
      db,
      sql`SELECT u.id, u.code, bu.name_zh AS building, p.id AS "parkId", p.name_zh AS park, z.name_zh AS zone,
          u.use, u.cleanroom_grade AS grade, u.deal_type AS "dealType", u.status, u.area_m2 AS "areaM2"
        FROM units u JOIN buildings bu ON bu.id = u.building_id JOIN parks p ON p.id = bu.park_id
          JOIN zones z ON z.id = p.zone_id
        WHERE u.id IN ${idList(ids)}`,
    );
    return rows.map((u) => {
      const use = enumLabels.use[u.use];
      const grade = enumLabels.cleanroomGrade[u.grade];
      return {
        entityId: u.id,
        title: `${u.building} ${u.code}`,
        subtitle: `${u.park} · ${u.zone}`,
        tags: [
          use.zh,
          use.en,
          u.grade === 'none' ? null : `${grade.zh} ${(grade.aliases ?? []).join(' ')}`,
          enumLabels.dealType[u.dealType].zh,
          enumLabels.status[u.status].zh,
          `${plainNumber(u.areaM2)}m²`,
        ],
        url: `/parks/${u.parkId}#unit-${u.id}`,
        audience: 'public',
      };
    });
  },
};

/** Everything in the index that shows a park's name: the park, its buildings and units. */
export async function parkDependants(db: Executor, parkId: number) {
  const buildingIds = (
    await queryRows<{ id: number }>(db, sql`SELECT id FROM buildings WHERE park_id = ${parkId}`)
  ).map((r) => r.id);
  const unitIds = (
    await queryRows<{ id: number }>(
      db,
      sql`SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.park_id = ${parkId}`,
    )
  ).map((r) => r.id);
  return { buildingIds, unitIds };
}

/** Re-indexes a park; its buildings and units too when their documents show a name that changed. */
export async function indexPark(db: Executor, parkId: number, nameChanged: boolean): Promise<void> {
  await indexDocuments(db, parkSearchSource, [parkId]);
  if (!nameChanged) return;
  const { buildingIds, unitIds } = await parkDependants(db, parkId);
  await indexDocuments(db, buildingSearchSource, buildingIds);
  await indexDocuments(db, unitSearchSource, unitIds);
}

/** Re-indexes a building (or removes it when deleted); its units too when its name changed. */
export async function indexBuilding(db: Executor, buildingId: number, nameChanged: boolean): Promise<void> {
  await indexDocuments(db, buildingSearchSource, [buildingId]);
  if (!nameChanged) return;
  const unitIds = (
    await queryRows<{ id: number }>(db, sql`SELECT id FROM units WHERE building_id = ${buildingId}`)
  ).map((r) => r.id);
  await indexDocuments(db, unitSearchSource, unitIds);
}
