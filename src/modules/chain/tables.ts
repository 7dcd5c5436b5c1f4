import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** The zone's directions of development (主攻方向). */
export const directions = pgTable('directions', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  source: text('source').notNull(),
});

/** GB/T 4754-2017 national economic industry classification, the biomedical subset (C27x, C358x). */
export const industryCodes = pgTable('industry_codes', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  parentCode: text('parent_code'),
  source: text('source').notNull(),
});

/**
 * The biomedical industry chain (产业链) as the platform classifies it: links grouped in three segments,
 * upstream to downstream. `segment` orders them (1 upstream, 2 midstream, 3 downstream): the matching
 * proposes partners one segment up or down from a demand's link. `industryPrefixes` are the GB/T 4754
 * codes whose enterprises sit at the link, so a registry entry with an industry code has a link without
 * anyone setting it.
 */
export const chainLinks = pgTable(
  'chain_links',
  {
    code: text('code').primaryKey(),
    segment: integer('segment').notNull(),
    position: integer('position').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    industryPrefixes: text('industry_prefixes').array().notNull().default(sql`'{}'::text[]`),
    /** The zone's directions (directions.code) the link serves: the chain map groups and filters by them. */
    directionCodes: text('direction_codes').array().notNull().default(sql`'{}'::text[]`),
    source: text('source').notNull(),
  },
  (t) => [check('chain_links_segment', sql`${t.segment} BETWEEN 1 AND 3`)],
);
