import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { enterprises } from '../enterprises/tables.js';
import { users } from '../identity/tables.js';
import { leads } from '../leads/tables.js';

/**
 * The factors of the high-potential score (高潜力企业挖掘) and their weights, as data an admin can change:
 * revenue growth, R&D growth, approvals, funding, filling a chain gap, a Taiwan link.
 */
export const targetScoreFactors = pgTable(
  'target_score_factors',
  {
    code: text('code').primaryKey(),
    weight: numeric('weight', { precision: 6, scale: 2 }).notNull(),
    position: integer('position').notNull(),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    source: text('source').notNull(),
  },
  (t) => [check('target_score_factors_weight', sql`${t.weight} >= 0`)],
);

/**
 * Each target's factor values, normalised to 0..1 from its attributes and figures, and the weighted score
 * (0..100) they make: precomputed so that ranking a million targets is an index scan. The breakdown shown
 * to officers is weight × value per factor, from these same columns.
 */
export const targetScores = pgTable(
  'target_scores',
  {
    enterpriseId: integer('enterprise_id')
      .primaryKey()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    /** Copied from the enterprise so that "best targets at this link" reads one index. */
    chainLinkCode: text('chain_link_code'),
    revenueGrowth: numeric('revenue_growth', { precision: 5, scale: 4 }).notNull(),
    rdGrowth: numeric('rd_growth', { precision: 5, scale: 4 }).notNull(),
    approvals: numeric('approvals', { precision: 5, scale: 4 }).notNull(),
    funding: numeric('funding', { precision: 5, scale: 4 }).notNull(),
    chainGap: numeric('chain_gap', { precision: 5, scale: 4 }).notNull(),
    taiwanLink: numeric('taiwan_link', { precision: 5, scale: 4 }).notNull(),
    score: numeric('score', { precision: 6, scale: 2 }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('target_scores_score_idx').on(sql`${t.score} DESC`, t.enterpriseId),
    index('target_scores_link_score_idx').on(t.chainLinkCode, sql`${t.score} DESC`, t.enterpriseId),
  ],
);

/** An officer's saved list of targets to approach; each item can become a lead in the pipeline. */
export const targetLists = pgTable(
  'target_lists',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    chainLinkCode: text('chain_link_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('target_lists_owner_idx').on(t.ownerId)],
);

export const targetListItems = pgTable(
  'target_list_items',
  {
    listId: integer('list_id')
      .notNull()
      .references(() => targetLists.id, { onDelete: 'cascade' }),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    /** The lead the item became ("turn into leads"); null until then. */
    leadId: integer('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    /** The score when it was added, so the list shows what the officer saw. */
    scoreWhenAdded: numeric('score_when_added', { precision: 6, scale: 2 }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.enterpriseId] })],
);
