import { z } from 'zod';

export const strengthLevel = z.enum(['gap', 'weak', 'medium', 'strong']);

/** One chain link with the zone's position at it: settled enterprises, revenue, strength, gap. */
export const chainLinkStrength = z.object({
  code: z.string(),
  segment: z.number().int().min(1).max(3),
  position: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  industryPrefixes: z.array(z.string()),
  directionCodes: z.array(z.string()),
  source: z.string(),
  settled: z.number().int().describe('Settled enterprises at the link in the scope'),
  withRevenue: z.number().int().describe('Of them, those whose latest metric year shows operating revenue'),
  leading: z.number().int(),
  backbone: z.number().int(),
  revenue: z
    .object({ year: z.number().int(), yuan: z.string() })
    .nullable()
    .describe('Operating revenue of the latest metric year at the link (sum over its settled enterprises)'),
  level: strengthLevel,
  gap: z.boolean().describe('The zone is weak here (see gapRule): a link to attract investment for'),
});

export const chainResponse = z.object({
  items: z.array(chainLinkStrength),
  gapRule: z.object({ minSettled: z.number().int(), minWithRevenue: z.number().int() }),
  levels: z.array(z.object({ level: strengthLevel, minSettled: z.number().int() })),
  scope: z.object({ zoneId: z.number().int().nullable(), parkId: z.number().int().nullable() }),
});

export const chainQuery = z.object({
  zoneId: z.coerce.number().int().positive().optional(),
  parkId: z.coerce.number().int().positive().optional(),
});

const industryCode = z.string().trim().min(1).max(8);

export const chainLinkPatchBody = z
  .object({
    nameZh: z.string().trim().min(1).max(60).optional(),
    nameEn: z.string().trim().min(1).max(120).optional(),
    industryPrefixes: z.array(industryCode).max(30).optional(),
    directionCodes: z.array(z.string().max(64)).max(10).optional(),
  })
  .strict();
export type ChainLinkPatch = z.infer<typeof chainLinkPatchBody>;

export const chainLinkCodeParam = z.object({ code: z.string().max(64) });
