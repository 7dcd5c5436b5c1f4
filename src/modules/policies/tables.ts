import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { enterprises } from '../enterprises/tables.js';
import { users } from '../identity/tables.js';
import { zones } from '../space/tables.js';

export const policyLevel = pgEnum('policy_level', [
  'national',
  'provincial',
  'municipal',
  'district',
  'zone',
]);
export const policyStatus = pgEnum('policy_status', ['draft', 'published', 'expired']);

/**
 * A policy and what it promises, as data: who qualifies (a rule tree over enterprise and project attributes,
 * rules/rule-schema.ts) and what it is worth (benefit formulas, rules/benefits.ts). `source` says where the
 * policy comes from; a benefit figure the documents do not give is flagged demo in the benefit itself.
 */
export const policies = pgTable(
  'policies',
  {
    id: serial('id').primaryKey(),
    /** A stable short name, e.g. fuzhou-mah-support. */
    code: text('code').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    issuerZh: text('issuer_zh').notNull(),
    issuerEn: text('issuer_en').notNull(),
    level: policyLevel('level').notNull(),
    docNumber: text('doc_number'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    status: policyStatus('status').notNull().default('draft'),
    summaryZh: text('summary_zh'),
    summaryEn: text('summary_en'),
    fullText: text('full_text'),
    /** The eligibility rule tree (validated by the rule schema before it is stored). */
    rule: jsonb('rule').notNull(),
    /** The benefit formulas, each with its labels and whether its figures are demo parameters. */
    benefits: jsonb('benefits').notNull().default(sql`'[]'::jsonb`),
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    /** Bumped on every change of rule or benefits: a matching run belongs to one version. */
    version: integer('version').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('policies_code_uq').on(t.code),
    index('policies_status_idx').on(t.status),
    check(
      'policies_validity_order',
      sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

/** The zones a policy applies in; none listed: everywhere the platform covers. */
export const policyZones = pgTable(
  'policy_zones',
  {
    policyId: integer('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.policyId, t.zoneId] })],
);

export const matchRunStatus = pgEnum('match_run_status', ['running', 'done', 'failed']);

/**
 * One proactive matching run (免申即享) of a policy version over every enterprise: progress while it runs
 * (resumable from `cursor`, the last enterprise id done), the report once done.
 */
export const policyMatchRuns = pgTable(
  'policy_match_runs',
  {
    id: serial('id').primaryKey(),
    policyId: integer('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    policyVersion: integer('policy_version').notNull(),
    status: matchRunStatus('status').notNull().default('running'),
    total: integer('total').notNull().default(0),
    evaluated: integer('evaluated').notNull().default(0),
    eligible: integer('eligible').notNull().default(0),
    nearMiss: integer('near_miss').notNull().default(0),
    notified: integer('notified').notNull().default(0),
    cursor: integer('cursor').notNull().default(0),
    error: text('error'),
    startedBy: integer('started_by').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    durationMs: integer('duration_ms'),
  },
  (t) => [
    unique('policy_match_runs_version_uq').on(t.policyId, t.policyVersion),
    index('policy_match_runs_policy_idx').on(t.policyId, t.id),
  ],
);

/**
 * Which enterprises a policy version found eligible: the notice goes out once per enterprise and version,
 * however often the run is resumed or repeated.
 */
export const policyMatches = pgTable(
  'policy_matches',
  {
    policyId: integer('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    policyVersion: integer('policy_version').notNull(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    runId: integer('run_id')
      .notNull()
      .references(() => policyMatchRuns.id, { onDelete: 'cascade' }),
    matchedAt: timestamp('matched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.policyId, t.policyVersion, t.enterpriseId] }),
    index('policy_matches_enterprise_idx').on(t.enterpriseId),
  ],
);
