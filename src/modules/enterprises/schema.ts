import { z } from 'zod';
import { commaList, decimalString, provenance } from '../../core/contract.js';
import { isValidTaiwanUbn, isValidUscc, normalizeTaiwanUbn, normalizeUscc } from '../../core/ids/index.js';
import { enterpriseStatus, milestoneKind } from './tables.js';

export const enterpriseStatusSchema = z.enum(enterpriseStatus.enumValues);
export type EnterpriseStatus = z.output<typeof enterpriseStatusSchema>;

const codeLabel = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

/** The latest year's figures, in 万元, each year's row carrying where it came from. */
export const enterpriseMetricsSchema = z.object({
  year: z.number().int(),
  operatingRevenueWan: decimalString.nullable(),
  taxWan: decimalString.nullable(),
  rdSpendWan: decimalString.nullable(),
  outputValueWan: decimalString.nullable(),
  employees: z.number().int().nullable(),
  ...provenance,
});

/** An enterprise's facts; the page adds its history below. */
const enterpriseCoreSchema = z.object({
  id: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  status: enterpriseStatusSchema,
  park: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  direction: codeLabel.nullable(),
  industry: codeLabel.nullable().describe('GB/T 4754-2017'),
  chainLink: codeLabel.nullable(),
  flags: z.object({
    mahHolder: z.boolean().describe('药品上市许可持有人 (MAH)'),
    taiwanFunded: z.boolean(),
    leading: z.boolean().describe('龙头企业'),
    backbone: z.boolean().describe('骨干企业'),
    highTech: z.boolean().describe('高新技术企业'),
  }),
  foundedYear: z.number().int().nullable(),
  registeredCapitalWan: decimalString.nullable(),
  uscc: z.string().nullable().describe('统一社会信用代码; staff only, null for anyone else'),
  taiwanUbn: z.string().nullable().describe('統一編號 of the Taiwan investor; staff only'),
  metrics: enterpriseMetricsSchema.nullable().describe('The latest year on record'),
  updatedAt: z.string(),
  ...provenance,
});

// ——— The registry (staff): list, edits, metrics and milestones ———

const isoDate = z.iso.date();

/** Blank text from a form or a spreadsheet means "none". */
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const usccField = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .transform((v) => normalizeUscc(v) ?? v)
    .refine(isValidUscc, { params: { messageKey: 'uscc' } })
    .nullable(),
);

const taiwanUbnField = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .transform((v) => normalizeTaiwanUbn(v) ?? v)
    .refine(isValidTaiwanUbn, { params: { messageKey: 'taiwanUbn' } })
    .nullable(),
);

/** GB/T 2260 code: six digits (a province 350000, a city 350100 or a county 350104). */
export const divisionCodeSchema = z.string().regex(/^\d{6}$/);

const codeField = z.preprocess(blankToNull, z.string().trim().min(1).max(64).nullable());

/** A decimal of at least 0 with at most `digits` whole digits and `decimals` places; blank is none. */
function decimalAmount(digits: number, decimals: number) {
  const pattern = new RegExp(`^\\d{1,${digits}}(\\.\\d{1,${decimals}})?$`);
  return z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : blankToNull(v)),
    z
      .string()
      .trim()
      .refine((v) => pattern.test(v), { params: { messageKey: 'numberValue' } })
      .nullable(),
  );
}

/** 万元 with up to six decimals: whole fen once stored in yuan (numeric(18, 2)). */
export const wanAmount = decimalAmount(12, 6);

export const enterpriseFlagKeys = ['mahHolder', 'taiwanFunded', 'leading', 'backbone', 'highTech'] as const;
export type EnterpriseFlag = (typeof enterpriseFlagKeys)[number];

/**
 * An enterprise as staff write it. Codes are checked against the database by the write (direction,
 * industry, chain link, park, unit); the rules between fields (Taiwan number, settled date) too.
 */
export const enterpriseWriteFields = {
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.preprocess(blankToNull, z.string().trim().max(300).nullable()),
  status: enterpriseStatusSchema,
  uscc: usccField.describe('统一社会信用代码; unique'),
  taiwanUbn: taiwanUbnField.describe(
    '統一編號 of the Taiwan investor: required for, and only for, Taiwan-funded firms',
  ),
  parkId: z.number().int().positive().nullable(),
  unitId: z.number().int().positive().nullable().describe('Its main unit; must be in the park'),
  divisionCode: z.preprocess(blankToNull, divisionCodeSchema.nullable()),
  directionCode: codeField,
  industryCode: codeField.describe('GB/T 4754 code held in industry_codes'),
  chainLinkCode: codeField.describe('Defaults to the link of the industry code'),
  isMahHolder: z.boolean(),
  isTaiwanFunded: z.boolean(),
  isLeading: z.boolean(),
  isBackbone: z.boolean(),
  isHighTech: z.boolean(),
  registeredCapitalWan: decimalAmount(12, 2),
  foundedYear: z.number().int().min(1800).max(2100).nullable(),
  settledOn: z.preprocess(blankToNull, isoDate.nullable()).describe('Only for settled (or departed) firms'),
  source: z.string().trim().min(1).max(300).describe('Where the record comes from'),
};

export const enterpriseCreateBody = z.object({
  ...enterpriseWriteFields,
  nameEn: enterpriseWriteFields.nameEn.optional(),
  uscc: enterpriseWriteFields.uscc.optional(),
  taiwanUbn: enterpriseWriteFields.taiwanUbn.optional(),
  parkId: enterpriseWriteFields.parkId.optional(),
  unitId: enterpriseWriteFields.unitId.optional(),
  divisionCode: enterpriseWriteFields.divisionCode.optional(),
  directionCode: enterpriseWriteFields.directionCode.optional(),
  industryCode: enterpriseWriteFields.industryCode.optional(),
  chainLinkCode: enterpriseWriteFields.chainLinkCode.optional(),
  isMahHolder: z.boolean().default(false),
  isTaiwanFunded: z.boolean().default(false),
  isLeading: z.boolean().default(false),
  isBackbone: z.boolean().default(false),
  isHighTech: z.boolean().default(false),
  registeredCapitalWan: enterpriseWriteFields.registeredCapitalWan.optional(),
  foundedYear: enterpriseWriteFields.foundedYear.optional(),
  settledOn: enterpriseWriteFields.settledOn.optional(),
});
export type EnterpriseCreateBody = z.output<typeof enterpriseCreateBody>;

export const enterprisePatchBody = z.object(enterpriseWriteFields).partial();
export type EnterprisePatchBody = z.output<typeof enterprisePatchBody>;

export const registrySortKeys = ['revenue', 'name'] as const;

/**
 * The registry's filters, shared by the list, its export and the links of the dashboard and the chain
 * map (/workbench/enterprises?…): every one optional, all ANDed.
 */
export const registryFilterFields = {
  q: z.string().trim().max(100).optional().describe('Name contains (either script)'),
  status: enterpriseStatusSchema.optional(),
  zoneId: z.coerce.number().int().positive().optional(),
  blockId: z.coerce.number().int().positive().optional(),
  parkId: z.coerce.number().int().positive().optional(),
  directionCode: z.string().max(64).optional(),
  chainLinkCode: z.string().max(64).optional(),
  divisionCode: divisionCodeSchema
    .optional()
    .describe(
      'Prefix match: a city code (350100) matches its counties, a province code (350000) the province',
    ),
  flag: commaList(z.enum(enterpriseFlagKeys), 5).optional().describe('One or more flags, all required'),
  year: z.coerce
    .number()
    .int()
    .min(1949)
    .max(2100)
    .optional()
    .describe("Only firms with figures for that year; the rows then show that year's figures"),
  sort: z.enum(registrySortKeys).default('revenue').describe('revenue: operating revenue, largest first'),
};
export const registryFilters = z.object(registryFilterFields);
export type RegistryFilters = z.output<typeof registryFilters>;

export const registryListQuery = registryFilters.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type RegistryListQuery = z.output<typeof registryListQuery>;

/** One year's figures as the registry shows them: 万元, with the year (the period) and the source. */
export const yearFiguresSchema = enterpriseMetricsSchema;

export const registryRowSchema = z.object({
  id: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  status: enterpriseStatusSchema,
  park: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  direction: codeLabel.nullable(),
  chainLink: codeLabel.nullable(),
  flags: z.object({
    mahHolder: z.boolean(),
    taiwanFunded: z.boolean(),
    leading: z.boolean(),
    backbone: z.boolean(),
    highTech: z.boolean(),
  }),
  uscc: z.string().nullable(),
  taiwanUbn: z.string().nullable(),
  divisionCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  figures: yearFiguresSchema.nullable().describe('The year asked for, else the latest year on record'),
  ...provenance,
});
export type RegistryRow = z.output<typeof registryRowSchema>;

export const registryPage = z.object({
  items: z.array(registryRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const enterpriseWritten = z.object({ id: z.number().int() });

export const metricsYearParams = z.object({
  id: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(1949).max(2100),
});

/** One year's figures in 万元 (employees a head count); at least one figure, and where they come from. */
export const metricsPutBody = z
  .object({
    operatingRevenueWan: wanAmount.optional(),
    taxWan: wanAmount.optional(),
    rdSpendWan: wanAmount.optional(),
    outputValueWan: wanAmount.optional(),
    employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
    source: z.string().trim().min(1).max(300),
  })
  .refine(
    (b) =>
      [b.operatingRevenueWan, b.taxWan, b.rdSpendWan, b.outputValueWan, b.employees].some(
        (v) => v !== undefined && v !== null,
      ),
    { params: { messageKey: 'figuresRequired' }, path: ['operatingRevenueWan'] },
  );
export type MetricsPutBody = z.output<typeof metricsPutBody>;

export const milestoneKindSchema = z.enum(milestoneKind.enumValues);

export const milestoneSchema = z.object({
  id: z.number().int(),
  kind: milestoneKindSchema,
  title: z.string(),
  stage: z.string().nullable(),
  quantity: decimalString.nullable().describe('A count, or yuan for funding'),
  occurredOn: z.string().nullable(),
  ...provenance,
});
export type Milestone = z.output<typeof milestoneSchema>;

const milestoneFields = {
  kind: milestoneKindSchema,
  title: z.string().trim().min(1).max(300),
  stage: z.preprocess(blankToNull, z.string().trim().max(60).nullable()),
  quantity: decimalAmount(16, 2),
  occurredOn: z.preprocess(blankToNull, isoDate.nullable()),
  source: z.string().trim().min(1).max(300),
};

export const milestoneCreateBody = z.object({
  ...milestoneFields,
  stage: milestoneFields.stage.optional(),
  quantity: milestoneFields.quantity.optional(),
  occurredOn: milestoneFields.occurredOn.optional(),
});
export type MilestoneCreateBody = z.output<typeof milestoneCreateBody>;
export const milestonePatchBody = z.object(milestoneFields).partial();
export type MilestonePatchBody = z.output<typeof milestonePatchBody>;

/** What the enterprise page's timeline shows, oldest first; undated milestones last. */
export const timelineEntrySchema = z.object({
  kind: z.enum(['settled', 'milestone', 'metrics']),
  date: z.string().nullable().describe('ISO date; a year of figures is dated at its end'),
  year: z.number().int().nullable(),
  milestone: milestoneSchema.nullable(),
  figures: enterpriseMetricsSchema.nullable(),
  source: z.string(),
  isDemo: z.boolean(),
});
export type TimelineEntry = z.output<typeof timelineEntrySchema>;

/** A file's rows checked and (unless a dry run) written: counts and every rejected row. */
export const registryImportReport = z.object({
  dryRun: z.boolean(),
  rowsRead: z.number().int(),
  rowsRejected: z.number().int(),
  enterprises: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
  }),
  metrics: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  errors: z.array(
    z.object({
      sheet: z.string(),
      rowNumber: z.number().int().describe('As the spreadsheet shows it: the header is row 1'),
      column: z.string().nullable(),
      value: z.string().nullable(),
      message: z.string(),
    }),
  ),
});
export type RegistryImportReport = z.output<typeof registryImportReport>;

export const registryImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check every row and report what an import would do, writing nothing'),
});

/** An enterprise's page. Targets and firms in contact exist for the zone's staff only. */
export const enterpriseSchema = enterpriseCoreSchema.extend({
  parkId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  divisionCode: z.string().nullable(),
  settledOn: z.string().nullable(),
  milestones: z.array(milestoneSchema).describe('Newest first; undated ones last'),
  metricsHistory: z.array(enterpriseMetricsSchema).describe('Every year on record, newest first'),
  timeline: z.array(timelineEntrySchema),
});
export type Enterprise = z.output<typeof enterpriseSchema>;
