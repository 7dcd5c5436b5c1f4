import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { directions } from '../chain/tables.js';
import { enterprises } from '../enterprises/tables.js';
import { users } from '../identity/tables.js';
import { parks, unitUse, zones } from '../space/tables.js';

export const leadStatus = pgEnum('lead_status', ['new', 'contacted', 'qualified', 'closed']);
/** Where a lead came from: the public demand form, or an officer's target list (产业链招商, outbound). */
export const leadOrigin = pgEnum('lead_origin', ['form', 'target_list']);
/** Why a lead was closed without becoming a project. */
export const leadCloseReason = pgEnum('lead_close_reason', [
  'no_response',
  'not_qualified',
  'no_suitable_space',
  'chose_elsewhere',
  'duplicate',
  'other',
]);
export const leadTimeline = pgEnum('lead_timeline', [
  'within_3_months',
  'within_6_months',
  'within_12_months',
  'later',
]);

/**
 * A demand submitted through the public form (需求对接). Contact details are personal information: they are
 * shown masked, revealed only to the assigned officer and admins, and every reveal is audited.
 */
export const leads = pgTable(
  'leads',
  {
    id: serial('id').primaryKey(),
    /** What the submitter is told and quotes back: MZ-20261123-7K3QF. */
    reference: text('reference').notNull().unique(),
    status: leadStatus('status').notNull().default('new'),
    companyName: text('company_name').notNull(),
    /** Folded (half-width, simplified, no spaces, lower case) for finding the same company again. */
    companyKey: text('company_key').notNull(),
    uscc: text('uscc'),
    taiwanUbn: text('taiwan_ubn'),
    /** '' when there is no person: erased on request, or a lead opened from a target list (nobody asked yet). */
    contactName: text('contact_name').notNull(),
    phoneE164: text('phone_e164').notNull(),
    email: text('email'),
    directionCode: text('direction_code').references(() => directions.code),
    chainLink: text('chain_link'),
    intendedUse: unitUse('intended_use'),
    areaM2: numeric('area_m2', { precision: 12, scale: 2 }),
    investmentWan: numeric('investment_wan', { precision: 14, scale: 2 }),
    annualTaxWan: numeric('annual_tax_wan', { precision: 14, scale: 2 }),
    timeline: leadTimeline('timeline'),
    needs: text('needs'),
    preferredZoneId: integer('preferred_zone_id').references(() => zones.id),
    preferredParkId: integer('preferred_park_id').references(() => parks.id),
    /** Which purpose statement the submitter agreed to, and when (PIPL art. 14: informed, explicit). */
    /** Null for a lead the zone opened itself (origin target_list): no one has given consent to anything yet. */
    consentVersion: text('consent_version'),
    consentedAt: timestamp('consented_at', { withTimezone: true }),
    origin: leadOrigin('origin').notNull().default('form'),
    /** The registry entry the lead is about, when known (always for target-list leads). */
    enterpriseId: integer('enterprise_id').references(() => enterprises.id, { onDelete: 'set null' }),
    /** The interface language the form was sent in: replies go out in it. */
    lang: text('lang').notNull(),
    assignedTo: integer('assigned_to').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    submissionCount: integer('submission_count').notNull().default(1),
    /** By when an officer must have contacted the requester (the SLA for the lead's size, see sla.ts). */
    contactDueAt: timestamp('contact_due_at', { withTimezone: true }),
    contactedAt: timestamp('contacted_at', { withTimezone: true }),
    /** Closed without a project: why, and when (the privacy statement's 3-year retention runs from here). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeReason: leadCloseReason('close_reason'),
    closeNote: text('close_note'),
    /** When the person asked for their data to be erased: contact details are gone, the figures stay. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('leads_duplicate_idx').on(t.phoneE164, t.companyKey, t.createdAt),
    index('leads_assigned_idx').on(t.assignedTo, t.status),
    index('leads_due_idx').on(t.status, t.contactDueAt),
    check(
      'leads_form_consent',
      sql`${t.origin} <> 'form' OR (${t.consentVersion} IS NOT NULL AND ${t.consentedAt} IS NOT NULL)`,
    ),
    index('leads_enterprise_idx').on(t.enterpriseId),
    check('leads_area_nonneg', sql`${t.areaM2} IS NULL OR ${t.areaM2} >= 0`),
    check('leads_investment_nonneg', sql`${t.investmentWan} IS NULL OR ${t.investmentWan} >= 0`),
    check('leads_tax_nonneg', sql`${t.annualTaxWan} IS NULL OR ${t.annualTaxWan} >= 0`),
  ],
);

export const leadEventKind = pgEnum('lead_event_kind', [
  'submitted',
  'merged',
  'assigned',
  'contact_revealed',
  'personal_data_exported',
  'erased',
  'follow_up',
  'closed',
  'reopened',
]);

/** A lead's timeline: each submission (a merged duplicate keeps its own payload), assignment, reveal. */
export const leadEvents = pgTable(
  'lead_events',
  {
    id: serial('id').primaryKey(),
    leadId: integer('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    kind: leadEventKind('kind').notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    /** For submissions: what was sent, as validated (personal data included, erased with the lead). */
    detail: jsonb('detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lead_events_lead_idx').on(t.leadId, t.id)],
);

export const followUpKind = pgEnum('follow_up_kind', ['call', 'visit', 'meeting', 'email', 'other']);

/** The follow-up log: calls, visits and meetings with who attended, and the next action agreed. */
export const leadFollowUps = pgTable(
  'lead_follow_ups',
  {
    id: serial('id').primaryKey(),
    leadId: integer('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    kind: followUpKind('kind').notNull(),
    happenedAt: timestamp('happened_at', { withTimezone: true }).notNull(),
    summary: text('summary').notNull(),
    attendees: text('attendees').array().notNull().default(sql`'{}'::text[]`),
    nextAction: text('next_action'),
    nextActionOn: date('next_action_on'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lead_follow_ups_lead_idx').on(t.leadId, t.happenedAt)],
);

/** The directions an officer covers: new leads of a direction go to its officers in turn. */
export const officerDirections = pgTable(
  'officer_directions',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    directionCode: text('direction_code')
      .notNull()
      .references(() => directions.code, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.directionCode] })],
);
