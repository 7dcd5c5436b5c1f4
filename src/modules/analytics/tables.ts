import { boolean, integer, numeric, pgEnum, pgTable, text, unique } from 'drizzle-orm/pg-core';

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
  metric: text('metric').notNull(),
  targetValue: numeric('target_value', { precision: 20, scale: 2 }).notNull(),
  unit: text('unit').notNull(),
  dueYear: integer('due_year').notNull(),
  labelZh: text('label_zh').notNull(),
  labelEn: text('label_en').notNull(),
  source: text('source').notNull(),
});
