import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { directions } from '../chain/tables.js';
import { orgUnits, users } from '../identity/tables.js';
import { leads } from '../leads/tables.js';
import { zones } from '../space/tables.js';

/** A stage is still open, counts as signed (signing and after), or ends the project as lost. */
export const stageOutcome = pgEnum('stage_outcome', ['open', 'signed', 'lost']);

/** A pipeline and its stages are data: 招商 projects, leasing deals, or whatever a zone adds. */
export const pipelines = pgTable('pipelines', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
});

export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    pipelineCode: text('pipeline_code')
      .notNull()
      .references(() => pipelines.code, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    position: integer('position').notNull(),
    outcome: stageOutcome('outcome').notNull(),
    /** Entering this stage needs the signed amount (万元). */
    requiresAmount: boolean('requires_amount').notNull().default(false),
    /** Entering this stage needs a reason (lost). */
    requiresReason: boolean('requires_reason').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.pipelineCode, t.code] })],
);

/** The allowed moves: anything not listed here is refused with the list of what is allowed. */
export const pipelineTransitions = pgTable(
  'pipeline_transitions',
  {
    pipelineCode: text('pipeline_code')
      .notNull()
      .references(() => pipelines.code, { onDelete: 'cascade' }),
    fromStage: text('from_stage').notNull(),
    toStage: text('to_stage').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pipelineCode, t.fromStage, t.toStage] })],
);

/** A signing ceremony (签约仪式): the projects signed there and their amounts make its figures. */
export const signingEvents = pgTable('signing_events', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  heldOn: date('held_on').notNull(),
  place: text('place'),
  zoneId: integer('zone_id').references(() => zones.id),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    pipelineCode: text('pipeline_code')
      .notNull()
      .references(() => pipelines.code),
    stageCode: text('stage_code').notNull(),
    leadId: integer('lead_id').references(() => leads.id),
    name: text('name').notNull(),
    companyName: text('company_name').notNull(),
    officerId: integer('officer_id').references(() => users.id),
    directionCode: text('direction_code').references(() => directions.code),
    plannedInvestmentWan: numeric('planned_investment_wan', { precision: 14, scale: 2 }),
    signedAmountWan: numeric('signed_amount_wan', { precision: 14, scale: 2 }),
    signingEventId: integer('signing_event_id').references(() => signingEvents.id),
    signedOn: date('signed_on'),
    /** The officer's unit when the project was signed: the unit's figures do not move with the officer. */
    signedUnitCode: text('signed_unit_code').references(() => orgUnits.code),
    lostReason: text('lost_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('projects_lead_uq').on(t.leadId),
    index('projects_board_idx').on(t.pipelineCode, t.stageCode),
    index('projects_signing_idx').on(t.signingEventId),
    check(
      'projects_planned_nonneg',
      sql`${t.plannedInvestmentWan} IS NULL OR ${t.plannedInvestmentWan} >= 0`,
    ),
    check('projects_signed_nonneg', sql`${t.signedAmountWan} IS NULL OR ${t.signedAmountWan} >= 0`),
  ],
);

/** Every stage change: who moved the project, from where to where, when. */
export const projectStageChanges = pgTable(
  'project_stage_changes',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    changedBy: integer('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
  },
  (t) => [index('project_stage_changes_project_idx').on(t.projectId, t.id)],
);

/** What entering a stage sets off: a notice to the project's officer or to the admins, or a follow-up task. */
export const stageActionKind = pgEnum('stage_action_kind', [
  'notify_officer',
  'notify_admins',
  'follow_up_task',
]);

export const stageActions = pgTable(
  'stage_actions',
  {
    pipelineCode: text('pipeline_code')
      .notNull()
      .references(() => pipelines.code, { onDelete: 'cascade' }),
    stageCode: text('stage_code').notNull(),
    action: stageActionKind('action').notNull(),
    /** {project} is replaced by the project's name. */
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    /** For tasks: due this many days after the stage change. */
    dueInDays: integer('due_in_days'),
  },
  (t) => [primaryKey({ columns: [t.pipelineCode, t.stageCode, t.action] })],
);

/** Follow-up tasks on projects: what an officer must do next, and by when. */
export const projectTasks = pgTable(
  'project_tasks',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    assigneeId: integer('assignee_id').references(() => users.id),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_tasks_assignee_idx').on(t.assigneeId, t.doneAt, t.dueOn)],
);
