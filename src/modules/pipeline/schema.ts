import { z } from 'zod';
import { amountUpTo, commaList, pageOf, pageQuery } from '../../core/contract.js';

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

// ——— The projects table (GET /api/projects) ———

/** `stage=signed,registered`: one or more stage codes. */
const stageCodeList = commaList(z.string().min(1).max(64), 20);

export const projectSortKeys = [
  'updatedAt',
  'plannedInvestment',
  'signedAmount',
  'signedOn',
  'name',
] as const;

/** The filters of the projects table, shared by the page and its Excel export. */
const projectFilterFields = {
  pipeline: z.string().max(64).optional().describe('Pipeline code; an unknown code matches nothing'),
  stage: stageCodeList
    .optional()
    .describe(
      'One or more stage codes, comma-separated (stage=signed,registered); without a pipeline, in any',
    ),
  officer: z.coerce.number().int().positive().optional().describe('Officer (user id)'),
  mine: z.enum(['true', 'false']).optional().describe('true: only my projects'),
  direction: z.string().max(64).optional().describe('Industry direction code'),
  signingEvent: z.coerce.number().int().positive().optional().describe('Signing event id'),
  outcome: z.enum(['open', 'signed', 'lost']).optional().describe("The outcome of the project's stage"),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .describe('Part of the project or company name (case-insensitive; traditional characters match too)'),
  signedFrom: isoDate.optional().describe('Signed on or after'),
  signedTo: isoDate.optional().describe('Signed on or before'),
  sort: z.enum(projectSortKeys).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};

/** A signed-date range the right way round. */
const signedInOrder = (q: { signedFrom?: string | undefined; signedTo?: string | undefined }) =>
  !q.signedFrom || !q.signedTo || q.signedFrom <= q.signedTo;
const rangeOrder = { path: ['signedTo'], params: { messageKey: 'rangeOrder' } };

export const projectListQuery = pageQuery.extend(projectFilterFields).refine(signedInOrder, rangeOrder);
export type ProjectListQuery = z.output<typeof projectListQuery>;

/** The export takes the same filters and sort, without paging. */
export const projectExportQuery = z.object(projectFilterFields).refine(signedInOrder, rangeOrder);
export type ProjectFilters = z.output<typeof projectExportQuery>;

export const projectListItem = projectSchema.extend({
  stageNameZh: z.string(),
  stageNameEn: z.string(),
  stageOutcome: z.enum(['open', 'signed', 'lost']),
  signingEventName: z.string().nullable(),
});

export const projectListResponse = pageOf(projectListItem).extend({
  /** Over every project the filters match, not only this page. */
  summary: z.object({
    count: z.number().int(),
    plannedWan: z.string().describe('Planned investment, 万元, two decimals'),
    signedWan: z.string().describe('Signed amount, 万元, two decimals'),
    plannedYi: z.string().describe('The same in 亿元, two decimals'),
    signedYi: z.string().describe('The same in 亿元, two decimals'),
  }),
});

// ——— Pipelines as data (GET /api/pipelines, PUT /api/pipelines/:code) ———

/** Pipeline and stage codes: a lower-case letter, then letters, digits or _ (2–40 characters in all). */
export const definitionCodePattern = /^[a-z][a-z0-9_]{1,39}$/;
const definitionCode = z
  .string()
  .refine((v) => definitionCodePattern.test(v), { params: { messageKey: 'definitionCode' } })
  .describe(`Matches ${definitionCodePattern.source}`);

export const stageActionKinds = ['notify_officer', 'notify_admins', 'follow_up_task'] as const;

export const stageActionSchema = z.object({
  stage: z.string(),
  action: z.enum(stageActionKinds),
  /** {project} is replaced by the project's name. */
  titleZh: z.string(),
  titleEn: z.string(),
  /** Follow-up tasks only: due this many days after the move. */
  dueInDays: z.number().int().nullable(),
});

/** A pipeline as the administrators' editor reads it: the rules, the actions, and the projects per stage. */
export const pipelineDefinitionSchema = pipelineSchema.extend({
  stages: z.array(stageSchema.extend({ projects: z.number().int().describe('Projects now in this stage') })),
  actions: z.array(stageActionSchema),
});

export const pipelineCodeParam = z.object({ code: definitionCode });

const definitionName = z.string().trim().min(1).max(100);
const actionTitle = z.string().trim().min(1).max(200).describe('{project} is replaced by the project’s name');

/**
 * A pipeline's whole definition, in the shape GET /api/pipelines reads (extra fields such as `projects`
 * are ignored), so an answer can be edited and sent back as it is.
 */
export const pipelineDefinitionBody = z.object({
  nameZh: definitionName,
  nameEn: definitionName,
  stages: z
    .array(
      z.object({
        code: definitionCode,
        nameZh: definitionName,
        nameEn: definitionName,
        outcome: z.enum(['open', 'signed', 'lost']),
        requiresAmount: z.boolean().default(false),
        requiresReason: z.boolean().default(false),
        next: z
          .array(z.string().max(64))
          .max(40)
          .default([])
          .describe('The stages a project here may move to'),
      }),
    )
    .min(1)
    .max(40)
    .describe('In board order; the first is where new projects start'),
  actions: z
    .array(
      z.object({
        stage: z.string().max(64),
        action: z.enum(stageActionKinds),
        titleZh: actionTitle,
        titleEn: actionTitle,
        dueInDays: z
          .number()
          .int()
          .min(1)
          .max(365)
          .nullable()
          .optional()
          .describe('Needed for follow_up_task; ignored by notices'),
      }),
    )
    .max(120)
    .default([]),
});
export type PipelineDefinitionBody = z.output<typeof pipelineDefinitionBody>;
