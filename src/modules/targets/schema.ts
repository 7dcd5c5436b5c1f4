import { z } from 'zod';
import { decimalString } from '../../core/contract.js';

export const factorCode = z.enum([
  'revenue_growth',
  'rd_growth',
  'approvals',
  'funding',
  'chain_gap',
  'taiwan_link',
]);

export const factorSchema = z.object({
  code: factorCode,
  weight: z.number(),
  position: z.number().int(),
  labelZh: z.string(),
  labelEn: z.string(),
  source: z.string(),
});

export const weightsResponse = z.object({ items: z.array(factorSchema) });

export const weightsBody = z.object({
  factors: z
    .array(z.object({ code: factorCode, weight: z.number().min(0).max(1000) }))
    .min(1)
    .max(6),
});

/** One factor of a target's score: its value (0..1), its weight, and the points it gives (of 100). */
export const breakdownItem = z.object({
  code: factorCode,
  labelZh: z.string(),
  labelEn: z.string(),
  value: z.number(),
  weight: z.number(),
  points: z.number(),
});

const linkRef = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

/** The figures behind the factors, so that an officer can check each. */
export const scoreFigures = z.object({
  revenueGrowthPct: z
    .number()
    .nullable()
    .describe('Yearly revenue growth between the last two metric years, %'),
  rdGrowthPct: z.number().nullable(),
  years: z.tuple([z.number().int(), z.number().int()]).nullable().describe('The two metric years compared'),
  approvals: z.number().int().describe('Market approvals in the last 3 years'),
  fundingYuan: decimalString.describe('Funding raised in the last 3 years, yuan'),
  gapLink: linkRef.nullable().describe('The chain gap the enterprise would fill'),
  taiwanUbn: z.string().nullable(),
  isTaiwanFunded: z.boolean(),
});

export const rankedTarget = z.object({
  enterpriseId: z.number().int(),
  rank: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  status: z.enum(['target', 'in_contact']),
  directionCode: z.string().nullable(),
  chainLink: linkRef.nullable(),
  divisionCode: z.string().nullable(),
  isDemo: z.boolean(),
  score: z.number(),
  breakdown: z.array(breakdownItem),
  figures: scoreFigures,
  computedAt: z.string(),
});

const bool = z.enum(['true', 'false']);

export const rankingQuery = z.object({
  chainLinkCode: z.string().max(64).optional(),
  directionCode: z.string().max(64).optional(),
  taiwanFunded: bool.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type RankingQuery = z.infer<typeof rankingQuery>;

export const rankingResponse = z.object({
  items: z.array(rankedTarget),
  total: z.number().int(),
  totalCapped: z.boolean().describe('total is a lower bound: counting stops at 10,000'),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const listCreateBody = z.object({
  name: z.string().trim().min(1).max(80),
  chainLinkCode: z.string().max(64).optional(),
});

export const listSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  chainLinkCode: z.string().nullable(),
  owner: z.object({ id: z.number().int(), displayName: z.string() }),
  createdAt: z.string(),
  items: z.number().int(),
  leads: z.number().int(),
});

export const listItem = z.object({
  enterpriseId: z.number().int(),
  nameZh: z.string(),
  status: z.string(),
  directionCode: z.string().nullable(),
  chainLinkCode: z.string().nullable(),
  scoreWhenAdded: z.number().nullable(),
  score: z.number().nullable(),
  addedAt: z.string(),
  lead: z
    .object({
      id: z.number().int(),
      reference: z.string(),
      status: z.string(),
      assignedTo: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
    })
    .nullable(),
});

export const listDetail = listSummary.extend({ entries: z.array(listItem) });

export const itemsBody = z.object({ enterpriseIds: z.array(z.number().int().positive()).min(1).max(500) });
export const leadsBody = z.object({
  enterpriseIds: z.array(z.number().int().positive()).min(1).max(500).optional(),
});
export const itemParam = z.object({
  id: z.coerce.number().int().positive(),
  enterpriseId: z.coerce.number().int().positive(),
});

export const leadsResult = z.object({
  created: z.array(
    z.object({
      enterpriseId: z.number().int(),
      companyName: z.string(),
      leadId: z.number().int(),
      reference: z.string(),
      assignedTo: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
      rule: z.enum(['direction', 'round_robin']).nullable(),
    }),
  ),
  skipped: z.array(
    z.object({
      enterpriseId: z.number().int(),
      companyName: z.string().nullable(),
      reason: z.enum(['already_lead', 'open_lead', 'not_in_list']),
      leadId: z.number().int().nullable(),
    }),
  ),
});
