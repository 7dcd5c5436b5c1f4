import { index, integer, jsonb, pgTable, serial, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../identity/tables.js';
import { leads } from '../leads/tables.js';

/**
 * A match (demand → ranked units, policies, partners) an officer ran from a lead and kept with it: the
 * demand as sent and the answer as it was then, so the lead shows what was proposed even after units
 * and policies change.
 */
export const leadMatches = pgTable(
  'lead_matches',
  {
    id: serial('id').primaryKey(),
    leadId: integer('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    demand: jsonb('demand').notNull(),
    result: jsonb('result').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lead_matches_lead_idx').on(t.leadId, t.id)],
);
