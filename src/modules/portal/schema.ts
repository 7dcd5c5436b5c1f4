import { z } from 'zod';
import { decimalString } from '../../core/contract.js';
import { figureSchema, parkSummarySchema, zoneSchema } from '../space/index.js';

export const directionSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  source: z.string(),
});

export const planTargetSchema = z.object({
  code: z.string(),
  scopeType: z.string(),
  scopeCode: z.string(),
  metric: z.string(),
  targetValue: decimalString,
  unit: z.string(),
  dueYear: z.number().int(),
  labelZh: z.string(),
  labelEn: z.string(),
  source: z.string(),
});

/** Everything the portal home page shows, in one round trip. */
export const overviewResponse = z.object({
  zones: z.array(zoneSchema),
  parks: z.array(parkSummarySchema),
  directions: z.array(directionSchema),
  targets: z.array(planTargetSchema),
  provinceFigures: z.array(figureSchema),
  demo: z.object({
    loaded: z.boolean(),
    enterprises: z.number().int(),
    units: z.number().int(),
  }),
});
export type Overview = z.infer<typeof overviewResponse>;
