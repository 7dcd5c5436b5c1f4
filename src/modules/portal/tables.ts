import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { zones } from '../space/tables.js';

export const newsKind = pgEnum('news_kind', ['news', 'event', 'notice']);

/**
 * The portal's news, events (招商推介会, forums) and notices. Reference items restate the documents' facts
 * in the platform's own words, with the document as source; generated items are flagged demo.
 */
export const newsItems = pgTable(
  'news_items',
  {
    id: serial('id').primaryKey(),
    kind: newsKind('kind').notNull(),
    titleZh: text('title_zh').notNull(),
    summaryZh: text('summary_zh').notNull().default(''),
    bodyZh: text('body_zh').notNull().default(''),
    publishedOn: date('published_on').notNull(),
    /** Events only: when and where it takes place. */
    eventStartsOn: date('event_starts_on'),
    eventEndsOn: date('event_ends_on'),
    location: text('location'),
    zoneId: integer('zone_id').references(() => zones.id),
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('news_items_published_idx').on(t.publishedOn),
    check(
      'news_items_event_dates',
      sql`${t.eventEndsOn} IS NULL OR ${t.eventStartsOn} IS NULL OR ${t.eventEndsOn} >= ${t.eventStartsOn}`,
    ),
  ],
);
