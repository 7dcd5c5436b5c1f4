import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
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
} from 'drizzle-orm/pg-core';
import { chainLinks, directions, industryCodes } from '../chain/tables.js';
import { users } from '../identity/tables.js';
import { parks, units } from '../space/tables.js';

export const enterpriseStatus = pgEnum('enterprise_status', ['target', 'in_contact', 'settled', 'left']);

export const enterprises = pgTable(
  'enterprises',
  {
    id: serial('id').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    /** 统一社会信用代码 (GB 32100), validated by core/ids before it is stored. */
    uscc: char('uscc', { length: 18 }).unique(),
    /** Taiwan 統一編號 of the Taiwan investor, for Taiwan-funded enterprises. */
    taiwanUbn: char('taiwan_ubn', { length: 8 }),
    status: enterpriseStatus('status').notNull(),
    parkId: integer('park_id').references(() => parks.id),
    /** The unit it occupies in its park, when known (a settled enterprise may rent several; this is its main one). */
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
    /**
     * GB/T 2260 county or city code of the registered address: where the enterprise counts on the Fujian map
     * and whether it counts for provincial targets. No foreign key: targets outside Fujian have codes the
     * divisions table (Fujian only) does not hold.
     */
    divisionCode: char('division_code', { length: 6 }),
    directionCode: text('direction_code').references(() => directions.code),
    industryCode: text('industry_code').references(() => industryCodes.code),
    /** Where on the chain the enterprise works (chain_links); set from the industry code when known. */
    chainLinkCode: text('chain_link_code').references(() => chainLinks.code),
    isMahHolder: boolean('is_mah_holder').notNull().default(false),
    isTaiwanFunded: boolean('is_taiwan_funded').notNull().default(false),
    isLeading: boolean('is_leading').notNull().default(false),
    isBackbone: boolean('is_backbone').notNull().default(false),
    isHighTech: boolean('is_high_tech').notNull().default(false),
    registeredCapitalWanYuan: numeric('registered_capital_wan_yuan', { precision: 14, scale: 2 }),
    foundedYear: integer('founded_year'),
    /** When the enterprise settled in the zone (status settled): policies for newcomers test it. */
    settledOn: date('settled_on'),
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprises_park_idx').on(t.parkId),
    index('enterprises_status_idx').on(t.status),
    // The match's two questions of a million-row registry: settled firms of a direction per park (the
    // cluster criterion), and settled firms at chain links (partners).
    index('enterprises_direction_settled_idx').on(t.directionCode, t.status, t.parkId),
    index('enterprises_chain_link_idx').on(t.chainLinkCode, t.status),
    index('enterprises_division_idx').on(t.divisionCode),
    check(
      'enterprises_capital_nonneg',
      sql`${t.registeredCapitalWanYuan} IS NULL OR ${t.registeredCapitalWanYuan} >= 0`,
    ),
  ],
);

/** One row per enterprise and year; every figure carries the source it came from. */
export const enterpriseMetrics = pgTable(
  'enterprise_metrics',
  {
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    operatingRevenueYuan: numeric('operating_revenue_yuan', { precision: 18, scale: 2 }),
    taxYuan: numeric('tax_yuan', { precision: 18, scale: 2 }),
    rdSpendYuan: numeric('rd_spend_yuan', { precision: 18, scale: 2 }),
    outputValueYuan: numeric('output_value_yuan', { precision: 18, scale: 2 }),
    employees: integer('employees'),
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.year] }),
    check('metrics_year_range', sql`${t.year} BETWEEN 1949 AND 2100`),
    check('metrics_employees_nonneg', sql`${t.employees} IS NULL OR ${t.employees} >= 0`),
  ],
);

/**
 * Which enterprise an enterprise user speaks for: the policy notices (免申即享) of an enterprise reach
 * its members. A user belongs to one enterprise at most.
 */
export const enterpriseMembers = pgTable(
  'enterprise_members',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
  },
  (t) => [index('enterprise_members_enterprise_idx').on(t.enterpriseId)],
);

export const milestoneKind = pgEnum('milestone_kind', [
  'approval',
  'clinical_trial',
  'pdx_models',
  'platform',
  'product',
  'funding',
  'award',
]);

/**
 * What an enterprise has achieved, dated and sourced: market approvals, clinical stages, PDX models, platforms,
 * innovative products, funding rounds. The detail page's timeline and the target score read them.
 */
export const enterpriseMilestones = pgTable(
  'enterprise_milestones',
  {
    id: serial('id').primaryKey(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    kind: milestoneKind('kind').notNull(),
    title: text('title').notNull(),
    /** For clinical trials: phase_1 | phase_2 | phase_3 | nda; free text for others (e.g. a funding round). */
    stage: text('stage'),
    /** A count (PDX models, approved products) or an amount in yuan (funding), per kind. */
    quantity: numeric('quantity', { precision: 18, scale: 2 }),
    occurredOn: date('occurred_on'),
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprise_milestones_enterprise_idx').on(t.enterpriseId, t.occurredOn),
    check('milestones_quantity_nonneg', sql`${t.quantity} IS NULL OR ${t.quantity} >= 0`),
  ],
);
