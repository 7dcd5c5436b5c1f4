import { pgTable, text } from 'drizzle-orm/pg-core';

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
