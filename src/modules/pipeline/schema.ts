import { z } from 'zod';
import { amountUpTo } from '../../core/contract.js';

const amountWan = z.coerce.number().pipe(amountUpTo(100_000_000));

const isoDate = z.iso.date();

export const stageSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  outcome: z.enum(['open', 'signed', 'lost']),
  requiresAmount: z.boolean(),
  requiresReason: z.boolean(),
  /** Stages a project in this one may move to. */
  next: z.array(z.string()),
});

export const pipelineSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  stages: z.array(stageSchema),
});

export const projectSchema = z.object({
  id: z.number().int(),
  pipelineCode: z.string(),
  stageCode: z.string(),
  leadId: z.number().int().nullable(),
  name: z.string(),
  companyName: z.string(),
  officer: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  directionCode: z.string().nullable(),
  plannedInvestmentWan: z.string().nullable(),
  signedAmountWan: z.string().nullable(),
  signingEventId: z.number().int().nullable(),
  signedOn: z.string().nullable(),
  lostReason: z.string().nullable(),
  updatedAt: z.string(),
});

export const projectCreateBody = z.object({
  pipeline: z.string().max(64).default('investment'),
  name: z.string().trim().min(1).max(200),
  companyName: z.string().trim().min(1).max(200),
  direction: z.string().max(64).optional(),
  plannedInvestmentWan: amountWan.optional(),
});

export const qualifyBody = z.object({
  pipeline: z.string().max(64).default('investment'),
  name: z.string().trim().min(1).max(200).optional().describe('Defaults to the company name'),
});

export const stageChangeBody = z.object({
  to: z.string().min(1).max(64),
  signedAmountWan: amountWan.optional(),
  signingEventId: z.number().int().positive().optional(),
  signedOn: isoDate.optional(),
  reason: z.string().trim().max(500).optional(),
});

export const boardColumn = z.object({
  stage: stageSchema,
  count: z.number().int(),
  /** Planned investment of open projects, signed amount of signed ones, 万元. */
  amountWan: z.string(),
  projects: z.array(projectSchema),
});

export const boardSchema = z.object({ pipeline: pipelineSchema, columns: z.array(boardColumn) });

export const signingEventBody = z.object({
  name: z.string().trim().min(1).max(200),
  heldOn: isoDate,
  place: z.string().trim().max(200).optional(),
  zone: z.string().max(64).optional().describe('Zone code'),
});

const signedFigure = z.object({
  projects: z.number().int(),
  /** 亿元, two decimals, as the documents report (e.g. 208.43). */
  amountYi: z.string(),
});

export const signingEventSchema = signedFigure.extend({
  id: z.number().int(),
  name: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
});

export const figuresQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export const figuresSchema = z.object({
  total: signedFigure,
  byEvent: z.array(signedFigure.extend({ id: z.number().int().nullable(), name: z.string().nullable() })),
  byOfficer: z.array(signedFigure.extend({ id: z.number().int().nullable(), name: z.string().nullable() })),
  byUnit: z.array(
    signedFigure.extend({
      code: z.string().nullable().describe('null: signed by nobody in a unit'),
      nameZh: z.string().nullable(),
      nameEn: z.string().nullable(),
    }),
  ),
  byDirection: z.array(signedFigure.extend({ code: z.string().nullable() })),
  byMonth: z.array(signedFigure.extend({ month: z.string() })),
});

export const taskSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectName: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
});
