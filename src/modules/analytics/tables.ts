import {
  boolean,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

export const figureComparator = pgEnum('figure_comparator', ['eq', 'at_least']);

/**
 * Figures stated by the source documents ("60+ enterprises" is value 60 with comparator at_least),
 * attached to a subject by code (a zone, park or the province).
 */
export const referenceFigures = pgTable(
  'reference_figures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    subjectType: text('subject_type', { enum: ['province', 'zone', 'block', 'park'] }).notNull(),
    subjectCode: text('subject_code').notNull(),
    metric: text('metric').notNull(),
    value: numeric('value', { precision: 20, scale: 2 }).notNull(),
    comparator: figureComparator('comparator').notNull().default('eq'),
    unit: text('unit').notNull(),
    asOf: text('as_of'),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [unique('reference_figures_code_uq').on(t.code)],
);

/** Plan targets (e.g. provincial pharmaceutical operating revenue 120 billion yuan by 2025). */
export const planTargets = pgTable('plan_targets', {
  code: text('code').primaryKey(),
  scopeType: text('scope_type', { enum: ['province', 'zone', 'block', 'park'] }).notNull(),
  scopeCode: text('scope_code').notNull(),
  /** A target for one direction of the zone (directions.code); null: all directions. */
  directionCode: text('direction_code'),
  metric: text('metric').notNull(),
  targetValue: numeric('target_value', { precision: 20, scale: 2 }).notNull(),
  unit: text('unit').notNull(),
  dueYear: integer('due_year').notNull(),
  labelZh: text('label_zh').notNull(),
  labelEn: text('label_en').notNull(),
  source: text('source').notNull(),
  /** Targets from the documents are reference data; an admin's are not and may be edited or removed. */
  isReference: boolean('is_reference').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Enterprise metrics summed per year, place and direction, so that the dashboard reads a few thousand rows
 * however many million metric rows there are. scope_type: province (Fujian-registered enterprises), city
 * (GB/T 2260 city of the registered address), zone, block, park (settled enterprises); direction_code '' is
 * all directions. Rebuilt from enterprise_metrics (see rollups.ts), stamped with when.
 */
export const metricRollups = pgTable(
  'metric_rollups',
  {
    metric: text('metric').notNull(),
    year: integer('year').notNull(),
    scopeType: text('scope_type', { enum: ['province', 'city', 'zone', 'block', 'park'] }).notNull(),
    scopeCode: text('scope_code').notNull(),
    directionCode: text('direction_code').notNull().default(''),
    value: numeric('value', { precision: 22, scale: 2 }).notNull(),
    /** How many enterprises reported the metric for that year in that scope. */
    enterpriseCount: integer('enterprise_count').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.metric, t.scopeType, t.scopeCode, t.directionCode, t.year] }),
    index('metric_rollups_year_idx').on(t.year, t.metric),
  ],
);
