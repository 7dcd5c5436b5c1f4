import { z } from 'zod';
import { decimalString, provenance } from '../../core/contract.js';
import { enterpriseStatus } from './tables.js';

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

/** An enterprise's public page. Targets and firms in contact exist for the zone's staff only. */
export const enterpriseSchema = z.object({
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
export type Enterprise = z.output<typeof enterpriseSchema>;
