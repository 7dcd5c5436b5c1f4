import { z } from 'zod';
import { decimalString, pageOf, pageQuery } from '../../core/contract.js';

export const parkKindSchema = z.enum(['park', 'centre', 'facility', 'platform']);
export const unitUseSchema = z.enum(['rd_lab', 'gmp_production', 'office', 'warehouse', 'land_parcel']);
export const unitStatusSchema = z.enum(['available', 'reserved', 'leased', 'sold']);

export const figureSchema = z.object({
  code: z.string(),
  metric: z.string(),
  value: decimalString,
  comparator: z.enum(['eq', 'at_least']),
  unit: z.string(),
  asOf: z.string().nullable(),
  labelZh: z.string(),
  labelEn: z.string(),
  source: z.string(),
  isDemo: z.boolean(),
});
export type Figure = z.infer<typeof figureSchema>;

/** How one record names another: id, code and its names in both languages. */
const namedRef = z.object({ id: z.number().int(), code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const blockSchema = namedRef.extend({
  divisionCode: z.string().nullable(),
  divisionName: z.string().nullable(),
  source: z.string(),
});

export const zoneSchema = namedRef.extend({
  divisionCode: z.string().nullable(),
  divisionName: z.string().nullable(),
  establishedMonth: z.string().nullable(),
  positioningZh: z.string().nullable(),
  source: z.string(),
  sourceNote: z.string().nullable(),
  blocks: z.array(blockSchema),
  parkCount: z.number().int(),
  figures: z.array(figureSchema),
});
export type Zone = z.infer<typeof zoneSchema>;

export const parkSummarySchema = namedRef.extend({
  kind: parkKindSchema,
  zone: z.object({ id: z.number().int(), code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  block: z
    .object({ id: z.number().int(), code: z.string(), nameZh: z.string(), nameEn: z.string() })
    .nullable(),
  divisionCode: z.string().nullable(),
  lng: decimalString.nullable(),
  lat: decimalString.nullable(),
  locationNote: z.string().nullable(),
  clusters: z.array(z.string()),
  openedMonth: z.string().nullable(),
  source: z.string(),
  sourceNote: z.string().nullable(),
  isDemo: z.boolean(),
});
export type ParkSummary = z.infer<typeof parkSummarySchema>;

export const parkListQuery = pageQuery.extend({
  zone: z.string().max(64).optional().describe('Zone code'),
  block: z.string().max(64).optional().describe('Block code'),
  kind: parkKindSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Name contains (simplified or traditional)'),
});
export type ParkListQuery = z.infer<typeof parkListQuery>;

export const parkListResponse = pageOf(parkSummarySchema);

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  floor: z.number().int().nullable(),
  areaM2: decimalString,
  use: unitUseSchema,
  cleanroomGrade: z.string(),
  dealType: z.enum(['lease', 'sale']),
  rentYuanPerM2Month: decimalString.nullable(),
  salePriceYuanPerM2: decimalString.nullable(),
  status: unitStatusSchema,
  availableFrom: z.string().nullable(),
  isDemo: z.boolean(),
});

export const buildingSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  floors: z.number().int(),
  completionYear: z.number().int().nullable(),
  isDemo: z.boolean(),
  units: z.array(unitSchema),
});

export const occupancySchema = z.object({
  totalM2: decimalString,
  availableM2: decimalString,
  leasedM2: decimalString,
  unitCount: z.number().int(),
});

export const parkDetailSchema = parkSummarySchema.extend({
  address: z.string().nullable(),
  descriptionZh: z.string().nullable(),
  figures: z.array(figureSchema),
  buildings: z.array(buildingSchema),
  occupancy: occupancySchema,
  enterpriseCount: z.number().int(),
  updatedAt: z.string(),
});
export type ParkDetail = z.infer<typeof parkDetailSchema>;
