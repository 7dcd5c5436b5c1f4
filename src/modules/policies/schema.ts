import { z } from 'zod';
import { pageOf, pageQuery, provenance } from '../../core/contract.js';
import { benefitSchema, isIsoDate, profileSchema, ruleSchema } from './rules/index.js';
import { policyLevel, policyStatus } from './tables.js';

export const policyLevelSchema = z.enum(policyLevel.enumValues);
export const policyStatusSchema = z.enum(policyStatus.enumValues);

const slug = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .refine((v) => /^[a-z0-9][a-z0-9_-]*$/.test(v), { params: { messageKey: 'slugCode' } });
const title = z.string().trim().min(1).max(300);
const isoDate = z
  .string()
  .refine(isIsoDate, { params: { messageKey: 'dateValue' } })
  .describe('YYYY-MM-DD');
const bilingual = z.object({ zh: z.string(), en: z.string() });

/** One thing a policy gives: a formula for money, or none for a non-cash benefit (a review channel). */
export const policyBenefitSchema = z.object({
  code: slug,
  labelZh: title,
  labelEn: title,
  formula: benefitSchema.nullable().describe('How the money is computed; null for a non-cash benefit'),
  demo: z.boolean().default(false).describe('The figures are demo parameters, not from the policy text'),
});
export type PolicyBenefit = z.output<typeof policyBenefitSchema>;

/** A policy as an administrator writes it; eligibility and benefits are data (docs/policy-rules.md). */
export const policyBody = z
  .object({
    code: slug.describe('Stable short name, e.g. fuzhou-mah-support'),
    titleZh: title,
    titleEn: title,
    issuerZh: title,
    issuerEn: title,
    level: policyLevelSchema,
    docNumber: z.string().trim().max(100).nullable().default(null).describe('文号'),
    validFrom: isoDate.nullable().default(null),
    validTo: isoDate.nullable().default(null),
    zones: z
      .array(z.string().max(64))
      .max(20)
      .default([])
      .describe('Zone codes it applies in; empty: everywhere'),
    summaryZh: z.string().trim().max(2000).nullable().default(null),
    summaryEn: z.string().trim().max(2000).nullable().default(null),
    fullText: z.string().max(200_000).nullable().default(null),
    rule: ruleSchema,
    benefits: z.array(policyBenefitSchema).max(20).default([]),
    source: z.string().trim().min(1).max(300).describe('Where the text comes from: a document, a URL'),
  })
  .superRefine((body, ctx) => {
    if (body.validFrom && body.validTo && body.validTo < body.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: 'validTo',
        params: { messageKey: 'dateOrder' },
      });
    }
    const seen = new Set<string>();
    body.benefits.forEach((b, i) => {
      if (seen.has(b.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['benefits', i, 'code'],
          message: 'duplicate',
          params: { messageKey: 'duplicateCode' },
        });
      }
      seen.add(b.code);
    });
  });
export type PolicyBody = z.output<typeof policyBody>;

const runSummary = z.object({
  id: z.number().int(),
  policyVersion: z.number().int(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  evaluated: z.number().int(),
  eligible: z.number().int(),
  nearMiss: z.number().int(),
  notified: z.number().int(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
});
export const matchRunSchema = runSummary;

export const policySummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  issuerZh: z.string(),
  issuerEn: z.string(),
  level: policyLevelSchema,
  docNumber: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  status: policyStatusSchema,
  /** Published and within its validity dates today. */
  inForce: z.boolean(),
  zones: z.array(z.string()),
  summaryZh: z.string().nullable(),
  summaryEn: z.string().nullable(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Some benefit figure is a demo parameter. */
  hasDemoFigures: z.boolean(),
  ...provenance,
});

export const policySchema = policySummarySchema.extend({
  fullText: z.string().nullable(),
  rule: z.unknown().describe('The eligibility rule tree'),
  benefits: z.array(policyBenefitSchema),
  /** The rule as one line per clause, in both languages. */
  ruleText: z.array(z.object({ path: z.string(), text: bilingual })),
  lastRun: runSummary.nullable(),
});

export const policyListQuery = pageQuery.extend({
  status: policyStatusSchema.optional(),
  level: policyLevelSchema.optional(),
  zone: z.string().max(64).optional(),
  inForce: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
});
export const policyListResponse = pageOf(policySummarySchema);

export const policyStatusBody = z.object({
  status: policyStatusSchema.describe('published starts matching every enterprise (免申即享)'),
});

// ——— The calculator ———

const clauseSchema = z.object({
  path: z.string(),
  attr: z.string(),
  op: z.string(),
  expected: z.unknown(),
  actual: z.unknown(),
  passed: z.boolean(),
  negated: z.boolean(),
  satisfied: z.boolean(),
  missing: z.boolean(),
  requirement: bilingual,
  actualText: bilingual,
});

const benefitResultSchema = z.object({
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  demo: z.boolean(),
  /** Yuan to the fen; null for a non-cash benefit or when an input is missing. */
  amountYuan: z.number().nullable(),
  capped: z.boolean(),
  missing: z.array(z.string()),
  formula: bilingual.nullable(),
  inputs: z.record(z.string(), z.number().nullable()),
});

export const policyResultSchema = z.object({
  policy: policySummarySchema.pick({
    id: true,
    code: true,
    titleZh: true,
    titleEn: true,
    issuerZh: true,
    issuerEn: true,
    level: true,
    docNumber: true,
    source: true,
    isDemo: true,
    hasDemoFigures: true,
  }),
  eligible: z.boolean(),
  /** The fewest clause results that must change for the answer to be yes. */
  minFlips: z.number().int(),
  clauses: z.array(clauseSchema),
  nearMiss: z.object({ flips: z.array(z.string()), clauses: z.array(clauseSchema) }).nullable(),
  benefits: z.array(benefitResultSchema),
  /** Sum of the benefits with an amount (yuan); 0 when none has one. */
  totalYuan: z.number(),
});
export type PolicyResult = z.output<typeof policyResultSchema>;

export const evaluateBody = z
  .object({
    enterpriseId: z.number().int().positive().optional().describe('Evaluate a registered enterprise'),
    profile: profileSchema
      .optional()
      .describe('An ad-hoc profile; with enterpriseId, values that replace the registry’s'),
  })
  .refine((b) => b.enterpriseId !== undefined || b.profile !== undefined, {
    path: ['profile'],
    params: { messageKey: 'profileOrEnterprise' },
  });

export const evaluationSchema = z.object({
  asOf: z.string().describe('The day the validity dates were checked against'),
  enterprise: z.object({ id: z.number().int(), nameZh: z.string() }).nullable(),
  profile: z.record(z.string(), z.unknown()).describe('The profile evaluated, registry and ad-hoc merged'),
  eligibleCount: z.number().int(),
  nearMissCount: z.number().int(),
  /** Sum over the eligible policies (yuan). */
  totalYuan: z.number(),
  /** Every policy in force: eligible first, then near-misses, then the rest by how far they are. */
  results: z.array(policyResultSchema),
});

/** The editor's live test: a draft's rule and benefits against an enterprise or a profile. */
export const policyTestBody = z.object({
  rule: ruleSchema,
  zones: z.array(z.string().max(64)).max(20).default([]),
  benefits: z.array(policyBenefitSchema).max(20).default([]),
  enterpriseId: z.number().int().positive().optional(),
  profile: profileSchema.optional(),
});
