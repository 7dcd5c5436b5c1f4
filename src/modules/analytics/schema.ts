import { z } from 'zod';
import { amountUpTo, decimalString } from '../../core/contract.js';

// ——— Plan targets ———

export const targetScopeTypes = ['province', 'zone', 'block', 'park'] as const;
export type TargetScopeType = (typeof targetScopeTypes)[number];

/**
 * What a plan target may measure, with its unit, the scopes it can be computed for and whether it splits by
 * industry direction. Signed investment comes from the pipeline (province: every signed project; zone:
 * projects signed at that zone's signing events); space occupancy from the space module (leased or sold
 * area over total area, so it has no province figure and no direction).
 */
export const planMetrics = {
  pharma_operating_revenue_yuan: { unit: 'yuan', scopes: targetScopeTypes, byDirection: true },
  enterprises_settled: { unit: 'enterprises', scopes: targetScopeTypes, byDirection: true },
  signed_investment_yi: { unit: 'yi_yuan', scopes: ['province', 'zone'], byDirection: true },
  space_occupancy_pct: { unit: 'percent', scopes: ['zone', 'block', 'park'], byDirection: false },
  rd_spend_yuan: { unit: 'yuan', scopes: targetScopeTypes, byDirection: true },
} as const satisfies Record<
  string,
  { unit: string; scopes: readonly TargetScopeType[]; byDirection: boolean }
>;
export type PlanMetric = keyof typeof planMetrics;
export const planMetricCodes = Object.keys(planMetrics) as [PlanMetric, ...PlanMetric[]];

const label = z.string().trim().min(1).max(200);
const code = z.string().trim().min(1).max(64);

export const planTargetBody = z.object({
  metric: z.enum(planMetricCodes),
  scopeType: z.enum(targetScopeTypes),
  scopeCode: code.describe('350000 for the province; a zone, block or park code'),
  directionCode: code.nullable().optional().describe('An industry direction; omitted or null: all'),
  targetValue: amountUpTo(1e15).describe('In the metric’s unit: yuan, enterprises, 亿元 or percent'),
  dueYear: z.number().int().min(2000).max(2100),
  labelZh: label,
  labelEn: label,
  source: z.string().trim().min(1).max(200).optional().describe('Where the target comes from'),
});
export type PlanTargetBody = z.output<typeof planTargetBody>;

export const planTargetPatch = planTargetBody.partial();
export type PlanTargetPatch = z.output<typeof planTargetPatch>;

export const planTargetCodeParam = z.object({ code: z.string().min(1).max(80) });

export const planTargetSchema = z.object({
  code: z.string(),
  metric: z.string(),
  scopeType: z.enum(targetScopeTypes),
  scopeCode: z.string(),
  directionCode: z.string().nullable(),
  targetValue: decimalString,
  unit: z.string(),
  dueYear: z.number().int(),
  labelZh: z.string(),
  labelEn: z.string(),
  source: z.string(),
  isReference: z.boolean(),
  createdAt: z.string(),
});
export type PlanTarget = z.infer<typeof planTargetSchema>;

// ——— Dashboard ———

export const dashboardQuery = z.object({
  year: z.coerce.number().int().min(1949).max(2100).optional().describe('Default: the latest year computed'),
  zoneId: z.coerce.number().int().positive().optional(),
  directionCode: code.optional(),
});
export type DashboardQuery = z.output<typeof dashboardQuery>;

const names = { nameZh: z.string(), nameEn: z.string() };

/** Yearly figures of one scope, from the rollups. */
const rollupFigures = {
  revenueYuan: decimalString.nullable(),
  rdSpendYuan: decimalString.nullable(),
  taxYuan: decimalString.nullable(),
  /** Enterprises that reported revenue for the year. */
  enterpriseCount: z.number().int(),
  rowsUrl: z.string().describe('Web path of the enterprises behind the figure'),
};

export const dashboardTargetSchema = planTargetSchema.extend({
  scopeNameZh: z.string(),
  scopeNameEn: z.string(),
  actual: decimalString.nullable().describe('In the target’s unit; null: no figure for the period'),
  /** The period of the actual: a metric year ("2025 年度"), or today for counts and occupancy. */
  period: z.object({ kind: z.enum(['year', 'today']), year: z.number().int().nullable(), date: z.string() }),
  progressPct: z.number().nullable(),
  /** What the actual is computed from, and how many: enterprises, signed projects or units. */
  basis: z.enum(['enterprises', 'projects', 'units']),
  basisCount: z.number().int(),
  actualSource: z.string().describe('Where the actual comes from'),
  rowsUrl: z.string(),
});

export const dashboardSchema = z.object({
  year: z.number().int().nullable(),
  years: z.array(z.number().int()),
  zoneId: z.number().int().nullable(),
  directionCode: z.string().nullable(),
  status: z.object({
    computedAt: z.string().nullable(),
    staleSince: z.string().nullable(),
    refreshing: z.boolean(),
    /** Demo or generated enterprises exist: their metrics count in the figures. */
    includesDemo: z.boolean(),
  }),
  targets: z.array(dashboardTargetSchema),
  byZone: z.array(z.object({ id: z.number().int(), code: z.string(), ...names, ...rollupFigures })),
  byBlock: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      zoneId: z.number().int(),
      ...names,
      ...rollupFigures,
    }),
  ),
  byPark: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      zoneId: z.number().int(),
      ...names,
      ...rollupFigures,
    }),
  ),
  byDirection: z.array(z.object({ code: z.string(), ...names, ...rollupFigures })),
  /** Every year in the rollups: Fujian (province) and the zones (settled enterprises) side by side. */
  trend: z.array(
    z.object({
      year: z.number().int(),
      province: z.object(rollupFigures),
      zones: z.object(rollupFigures),
    }),
  ),
  /** Fujian's cities (GB/T 2260), for the map: enterprises registered there, whatever their status. */
  byCity: z.array(z.object({ code: z.string(), nameZh: z.string(), ...rollupFigures })),
  references: z.array(
    z.object({
      code: z.string(),
      subjectType: z.string(),
      subjectCode: z.string(),
      subjectNameZh: z.string(),
      subjectNameEn: z.string(),
      metric: z.string(),
      value: decimalString,
      comparator: z.enum(['eq', 'at_least']),
      unit: z.string(),
      asOf: z.string().nullable(),
      labelZh: z.string(),
      labelEn: z.string(),
      source: z.string(),
      isDemo: z.boolean(),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
