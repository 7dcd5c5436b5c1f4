import { z } from 'zod';
import { amountUpTo, decimalString } from '../../core/contract.js';
import { isIsoDate, profileSchema } from '../policies/rules/profile.js';
import { cleanroomGradeSchema, dealTypeSchema, unitUseSchema } from '../space/schema.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const code = z.string().trim().min(1).max(64);
const isoDate = z
  .string()
  .refine(isIsoDate, { params: { messageKey: 'dateValue' } })
  .describe('YYYY-MM-DD');
/** A minimum a unit must reach (power, floor load): above 0, since headroom is measured against it. */
const positiveMinimum = (max: number) =>
  amountUpTo(max).refine((v) => v > 0, { params: { messageKey: 'numberValue' }, abort: true });

/**
 * The profile extras of a demand for the policy side. The unit being proposed gives the leased area, the
 * rent and the location, so a demand does not state them.
 */
export const demandProfileSchema = profileSchema.omit({
  leasedAreaM2: true,
  rentYuanPerM2Month: true,
  zone: true,
  block: true,
  park: true,
});

const AREA_MAX = 10_000_000;

/** Whether both area bounds are numbers in range: only then is their order worth a message. */
function hasAreaBounds(payload: { value: unknown }): boolean {
  const v = payload.value as { areaMin?: unknown; areaMax?: unknown } | undefined;
  return [v?.areaMin, v?.areaMax].every((n) => typeof n === 'number' && n >= 0 && n <= AREA_MAX);
}

/** What an investor needs (docs/matching.md): hard constraints first, preferences after. */
export const matchDemand = z
  .object({
    use: unitUseSchema,
    areaMin: amountUpTo(AREA_MAX).describe('m²'),
    areaMax: amountUpTo(AREA_MAX).describe('m², at least areaMin'),
    cleanroomGrade: cleanroomGradeSchema
      .optional()
      .describe('At least this clean: gmp_c accepts GMP C, B, A and ISO 7, 6, 5 (none: no requirement)'),
    budgetYuanPerMonth: amountUpTo(1e10)
      .optional()
      .describe('Most the monthly rent (rent × area, before subsidies) may be, yuan'),
    zones: z.array(code).max(10).default([]).describe('Preferred zone codes'),
    parks: z.array(code).max(20).default([]).describe('Preferred park codes'),
    moveInBy: isoDate.optional().describe('The unit must be available on or before this day'),
    powerKva: positiveMinimum(1_000_000).optional().describe('Minimum power supply, kVA'),
    floorLoadKnPerM2: positiveMinimum(1_000).optional().describe('Minimum floor load, kN/m²'),
    direction: code.optional().describe('Industry direction code'),
    chainLink: code.optional().describe('Chain link code (partners one segment up and down)'),
    profile: demandProfileSchema.optional().describe('More about the investor, for the policies'),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .refine((d) => d.areaMin <= d.areaMax, {
    path: ['areaMax'],
    params: { messageKey: 'rangeOrder' },
    when: hasAreaBounds,
  });
export type MatchDemand = z.output<typeof matchDemand>;

export const criterionKey = z.enum(['area', 'price', 'location', 'cleanroom', 'utilities', 'cluster']);
export type CriterionKey = z.infer<typeof criterionKey>;

/** One soft criterion of one unit: weight × score = points, with what produced the score. */
export const criterionSchema = z.object({
  key: criterionKey,
  labelZh: z.string(),
  labelEn: z.string(),
  /** Points the criterion is worth; the weights of a match sum to 100. */
  weight: z.number(),
  /** 0–1, four decimals. */
  score: z.number(),
  /** weight × score, rounded to two decimals; a unit's points sum to its score. */
  points: z.number(),
  inputs: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  explanation: bilingual,
});
export type Criterion = z.infer<typeof criterionSchema>;

const hardConstraintKey = z.enum([
  'use',
  'area',
  'cleanroom',
  'powerKva',
  'floorLoad',
  'moveInBy',
  'rentKnown',
  'budget',
]);
export type HardConstraintKey = z.infer<typeof hardConstraintKey>;

const benefitLine = z.object({
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  /** Yuan to the fen; null for a non-cash benefit or one missing an input. */
  amountYuan: decimalString.nullable(),
  formula: bilingual.nullable(),
  demo: z.boolean(),
});

const policyRef = z.object({
  id: z.number().int(),
  code: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  isDemo: z.boolean(),
  hasDemoFigures: z.boolean(),
});

/** A policy a proposed unit qualifies for, with what it pays there. */
export const unitPolicySchema = z.object({
  policy: policyRef,
  totalYuan: decimalString,
  benefits: z.array(benefitLine),
});

/** A rent subsidy spread over its months: the amount ÷ months, to the fen. */
export const subsidyLineSchema = z.object({
  policyId: z.number().int(),
  benefitCode: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  amountYuan: decimalString,
  months: z.number().int(),
  monthlyYuan: decimalString,
  formula: bilingual,
});

export const matchUnitSchema = z.object({
  unit: z.object({
    id: z.number().int(),
    code: z.string(),
    floor: z.number().int().nullable(),
    areaM2: decimalString,
    use: unitUseSchema,
    cleanroomGrade: cleanroomGradeSchema,
    dealType: dealTypeSchema,
    rentYuanPerM2Month: decimalString.nullable(),
    powerKva: decimalString.nullable(),
    floorLoadKnPerM2: decimalString.nullable(),
    availableFrom: z.string().nullable(),
    isDemo: z.boolean(),
    building: z.object({ id: z.number().int(), code: z.string(), nameZh: z.string() }),
    park: z.object({ id: z.number().int(), code: z.string(), nameZh: z.string(), nameEn: z.string() }),
    zone: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  }),
  /** 0–100: the sum of the breakdown's points. */
  score: z.number(),
  breakdown: z.array(criterionSchema),
  /** Rent × area; null when the unit has no rent (for sale, or not priced). */
  monthlyRentYuan: decimalString.nullable(),
  /** The rent subsidies of the policies the unit qualifies for, per month (at most the rent). */
  subsidyMonthlyYuan: decimalString.nullable(),
  netMonthlyYuan: decimalString.nullable(),
  subsidies: z.array(subsidyLineSchema),
  policies: z.array(unitPolicySchema),
});
export type MatchUnit = z.infer<typeof matchUnitSchema>;

/** A policy seen from the demand alone: eligible already, or one requirement away. */
export const demandPolicySchema = z.object({
  policy: policyRef,
  eligible: z.boolean(),
  /** For a near-miss: the requirements any one of which would make it eligible. */
  missing: z.array(bilingual),
  benefits: z.array(benefitLine),
});

export const partnerSchema = z.object({
  id: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  isDemo: z.boolean(),
  relation: z.enum(['upstream', 'downstream', 'peer']),
  chainLink: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  park: z
    .object({ id: z.number().int(), code: z.string(), nameZh: z.string(), nameEn: z.string() })
    .nullable(),
  nearness: z.enum(['same_park', 'same_zone', 'other']),
  reason: bilingual,
});
export type Partner = z.infer<typeof partnerSchema>;

export const matchResult = z.object({
  /** The day policies were checked against (validity dates). */
  asOf: z.string(),
  demand: matchDemand,
  /** Available units meeting every hard constraint. */
  candidates: z.number().int(),
  excluded: z.object({
    /** Units with status available, before any constraint. */
    available: z.number().int(),
    /** Per hard constraint: how many available units fail it (a unit may fail several). */
    constraints: z.array(
      z.object({ key: hardConstraintKey, labelZh: z.string(), labelEn: z.string(), count: z.number().int() }),
    ),
  }),
  units: z.array(matchUnitSchema),
  policies: z.array(demandPolicySchema),
  partners: z.array(partnerSchema),
});
export type MatchResult = z.infer<typeof matchResult>;

/** A link of the industry chain; segment 1 upstream, 2 midstream, 3 downstream. */
export const chainLinkSchema = z.object({
  code: z.string(),
  segment: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
});

// ——— Matches kept with a lead ———

export const leadMatchSchema = z.object({
  id: z.number().int(),
  demand: z.unknown().describe('The demand as sent'),
  /** The answer as it was then; null when it no longer reads as the current contract. */
  result: matchResult.nullable(),
  createdBy: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  createdAt: z.string(),
});

/** A demand prefilled from a lead: what the lead says, for the officer to complete. */
export const demandDraftSchema = z.object({
  use: unitUseSchema.nullable(),
  areaMin: z.number().nullable(),
  areaMax: z.number().nullable(),
  zones: z.array(z.string()),
  parks: z.array(z.string()),
  direction: z.string().nullable(),
  chainLink: z.string().nullable(),
  profile: z.object({
    investmentWan: z.number().nullable(),
    isTaiwanFunded: z.boolean().nullable(),
  }),
});
export type DemandDraft = z.infer<typeof demandDraftSchema>;
