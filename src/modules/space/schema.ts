import { z } from 'zod';
import { amountUpTo, commaList, decimalString, pageOf, pageQuery } from '../../core/contract.js';
// The database enums are the one list of values; the contract reuses them.
import { cleanroomGrade, dealType, parkKind, unitStatus, unitUse } from './tables.js';

export const parkKindSchema = z.enum(parkKind.enumValues);
export const unitUseSchema = z.enum(unitUse.enumValues);
export const unitStatusSchema = z.enum(unitStatus.enumValues);

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

export const cleanroomGradeSchema = z.enum(cleanroomGrade.enumValues);
export const dealTypeSchema = z.enum(dealType.enumValues);

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  floor: z.number().int().nullable(),
  areaM2: decimalString,
  /** Land parcels are also sized in 亩 (1 亩 = 10000/15 m²); null for other uses. */
  areaMu: decimalString.nullable(),
  use: unitUseSchema,
  cleanroomGrade: cleanroomGradeSchema,
  dealType: dealTypeSchema,
  rentYuanPerM2Month: decimalString.nullable(),
  salePriceYuanPerM2: decimalString.nullable(),
  floorLoadKnPerM2: decimalString.nullable(),
  clearHeightM: decimalString.nullable(),
  powerKva: decimalString.nullable(),
  hasExhaust: z.boolean(),
  hasDrainage: z.boolean(),
  status: unitStatusSchema,
  tenant: z.object({ id: z.number().int(), nameZh: z.string() }).nullable(),
  availableFrom: z.string().nullable(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type UnitView = z.infer<typeof unitSchema>;

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
  reservedM2: decimalString,
  /** Leased or sold. */
  leasedM2: decimalString,
  /** leased ÷ total, 0–1 with 4 decimals; null when there is no space. */
  occupancyRate: decimalString.nullable(),
  unitCount: z.number().int(),
});
export type Occupancy = z.infer<typeof occupancySchema>;

export const parkDetailSchema = parkSummarySchema.extend({
  address: z.string().nullable(),
  descriptionZh: z.string().nullable(),
  facilities: z.array(z.string()),
  contact: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  updatedBy: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  figures: z.array(figureSchema),
  buildings: z.array(buildingSchema),
  occupancy: occupancySchema,
  enterpriseCount: z.number().int(),
  updatedAt: z.string(),
});
export type ParkDetail = z.infer<typeof parkDetailSchema>;

// ——— Writes ———

/** A non-negative decimal with at most `scale` decimals, given as a number or a string; stored exactly. */
function decimalInput(max: number, scale: number) {
  return z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?$/),
    ])
    .transform((v) => (typeof v === 'number' ? v : Number(v)))
    .pipe(amountUpTo(max))
    .transform((v) => v.toFixed(scale));
}
const positiveArea = decimalInput(1_000_000, 2).refine((v) => Number(v) > 0, {
  params: { messageKey: 'positiveArea' },
});
const isoDate = z.iso.date();

export const unitFields = {
  code: z.string().trim().min(1).max(40),
  floor: z.number().int().min(-5).max(200).nullable(),
  areaM2: positiveArea,
  use: unitUseSchema,
  cleanroomGrade: cleanroomGradeSchema,
  dealType: dealTypeSchema,
  rentYuanPerM2Month: decimalInput(100_000, 2).nullable(),
  salePriceYuanPerM2: decimalInput(10_000_000, 2).nullable(),
  floorLoadKnPerM2: decimalInput(1_000, 2).nullable(),
  clearHeightM: decimalInput(100, 2).nullable(),
  powerKva: decimalInput(1_000_000, 1).nullable(),
  hasExhaust: z.boolean(),
  hasDrainage: z.boolean(),
  status: unitStatusSchema,
  tenantEnterpriseId: z.number().int().positive().nullable(),
  availableFrom: isoDate.nullable(),
};

/** Rules across fields, shared by create and update (update checks the merged record). */
export function unitRuleProblems(u: { status: string; tenantEnterpriseId: number | null }) {
  return u.status === 'leased' && u.tenantEnterpriseId === null
    ? [{ path: 'tenantEnterpriseId', key: 'leasedNeedsTenant' as const }]
    : [];
}

export const unitCreateBody = z.object({
  ...unitFields,
  floor: unitFields.floor.default(null),
  cleanroomGrade: unitFields.cleanroomGrade.default('none'),
  rentYuanPerM2Month: unitFields.rentYuanPerM2Month.default(null),
  salePriceYuanPerM2: unitFields.salePriceYuanPerM2.default(null),
  floorLoadKnPerM2: unitFields.floorLoadKnPerM2.default(null),
  clearHeightM: unitFields.clearHeightM.default(null),
  powerKva: unitFields.powerKva.default(null),
  hasExhaust: unitFields.hasExhaust.default(false),
  hasDrainage: unitFields.hasDrainage.default(false),
  status: unitFields.status.default('available'),
  tenantEnterpriseId: unitFields.tenantEnterpriseId.default(null),
  availableFrom: unitFields.availableFrom.default(null),
});
export type UnitCreate = z.output<typeof unitCreateBody>;

export const unitPatchBody = z.object(unitFields).partial().strict();
export type UnitPatch = z.output<typeof unitPatchBody>;

export const buildingFields = {
  code: z.string().trim().min(1).max(40),
  nameZh: z.string().trim().min(1).max(100),
  floors: z.number().int().min(1).max(200),
  completionYear: z.number().int().min(1900).max(2100).nullable(),
};
export const buildingCreateBody = z.object({
  ...buildingFields,
  completionYear: buildingFields.completionYear.default(null),
});
export type BuildingCreate = z.output<typeof buildingCreateBody>;
export const buildingPatchBody = z.object(buildingFields).partial().strict();
export type BuildingPatch = z.output<typeof buildingPatchBody>;

const coordinate = (min: number, max: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^-?\d+(\.\d+)?$/),
    ])
    .transform((v) => Number(v))
    .pipe(z.number().min(min).max(max))
    .transform((v) => v.toFixed(6));

export const parkPatchBody = z
  .object({
    address: z.string().trim().max(300).nullable(),
    lng: coordinate(73, 136).nullable(),
    lat: coordinate(3, 54).nullable(),
    clusters: z.array(z.string().trim().min(1).max(40)).max(30),
    facilities: z.array(z.string().trim().min(1).max(60)).max(50),
    contactName: z.string().trim().max(60).nullable(),
    contactPhone: z.string().trim().max(40).nullable(),
    contactEmail: z.email().max(254).nullable(),
    descriptionZh: z.string().trim().max(5000).nullable(),
  })
  .partial()
  .strict();
export type ParkPatch = z.output<typeof parkPatchBody>;

// ——— Space search ———

export const cleanroomLevelSchema = z.enum(['A', 'B', 'C', 'D', 'ISO5', 'ISO6', 'ISO7', 'ISO8']);

export const unitSearchQuery = pageQuery
  .extend({
    zone: z.string().max(64).optional().describe('Zone code'),
    block: z.string().max(64).optional().describe('Block code'),
    park: z.coerce.number().int().positive().optional().describe('Park id'),
    use: commaList(unitUseSchema, 10).optional().describe('One or more uses, comma-separated'),
    minArea: z.coerce.number().min(0).max(10_000_000).optional(),
    maxArea: z.coerce.number().min(0).max(10_000_000).optional(),
    cleanroom: cleanroomLevelSchema
      .optional()
      .describe('At least this clean: C matches GMP C, B, A and ISO 7, 6, 5'),
    dealType: dealTypeSchema.optional(),
    minPrice: z.coerce
      .number()
      .min(0)
      .max(100_000_000)
      .optional()
      .describe('Yuan per m² (per month when leasing)'),
    maxPrice: z.coerce.number().min(0).max(100_000_000).optional(),
    status: commaList(unitStatusSchema, 10).optional(),
    availableBefore: isoDate.optional().describe('Available on or before this date'),
    sort: z.enum(['area', '-area', 'price', '-price', 'availableFrom', 'code']).default('code'),
  })
  .refine((q) => q.minArea === undefined || q.maxArea === undefined || q.minArea <= q.maxArea, {
    path: ['maxArea'],
    params: { messageKey: 'rangeOrder' },
  })
  .refine((q) => q.minPrice === undefined || q.maxPrice === undefined || q.minPrice <= q.maxPrice, {
    path: ['maxPrice'],
    params: { messageKey: 'rangeOrder' },
  });
export type UnitSearchQuery = z.output<typeof unitSearchQuery>;

export const unitSearchItem = unitSchema.extend({
  building: z.object({ id: z.number().int(), code: z.string(), nameZh: z.string() }),
  park: z.object({ id: z.number().int(), code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  zone: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
});
export type UnitSearchItem = z.infer<typeof unitSearchItem>;

const facetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const unitSearchResponse = pageOf(unitSearchItem).extend({
  facets: z.object({
    use: facetCounts,
    status: facetCounts,
    dealType: facetCounts,
    cleanroomGrade: facetCounts,
    zone: facetCounts,
    park: facetCounts,
  }),
});
export type UnitSearchResponse = z.infer<typeof unitSearchResponse>;

export const occupancyRow = occupancySchema.extend({
  level: z.enum(['zone', 'block', 'park']),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export const occupancyQuery = z.object({ level: z.enum(['zone', 'block', 'park']).default('park') });
