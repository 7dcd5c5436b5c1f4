import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** PostgreSQL's tsvector, written as its text form (`'医药':2A '~医':1A`) and parsed by the server. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const SEARCH_TYPES = [
  'park',
  'building',
  'unit',
  'enterprise',
  'policy',
  'news',
  'lead',
  'project',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Who may find a document: anyone, or staff (admins and investment officers) only. */
export const SEARCH_AUDIENCES = ['public', 'staff'] as const;
export type SearchAudience = (typeof SEARCH_AUDIENCES)[number];

/**
 * One row per searchable entity, written in the same transaction as the entity: its display fields, the
 * text the snippet is cut from, and a tsvector of the app-segmented text (PostgreSQL cannot segment
 * Chinese here), weighted name A > subtitle and tags B > body C.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    type: text('type').$type<SearchType>().notNull(),
    entityId: integer('entity_id').notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    /** The web page that shows the entity. */
    url: text('url').notNull(),
    audience: text('audience').$type<SearchAudience>().notNull(),
    /** The folded title without spaces: an exact-name query ranks its entity first. */
    nameKey: text('name_key').notNull(),
    /** The start of the body as written, for snippets. */
    excerpt: text('excerpt').notNull().default(''),
    document: tsvector('document').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.entityId] }),
    index('search_documents_document_idx').using('gin', t.document),
    // Exact names and names starting with the query (LIKE 'key%') are found through it.
    index('search_documents_name_key_idx').on(t.nameKey.op('text_pattern_ops')),
    check(
      'search_documents_type_known',
      sql`${t.type} IN ('park', 'building', 'unit', 'enterprise', 'policy', 'news', 'lead', 'project')`,
    ),
    check('search_documents_audience_known', sql`${t.audience} IN ('public', 'staff')`),
  ],
);
