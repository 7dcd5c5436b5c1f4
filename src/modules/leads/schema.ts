import { z } from 'zod';
import { amountUpTo, pageOf, pageQuery } from '../../core/contract.js';
import {
  isValidTaiwanUbn,
  isValidUscc,
  normalizeTaiwanUbn,
  normalizeUscc,
  parsePhone,
} from '../../core/ids/index.js';
import { unitUseSchema } from '../space/schema.js';
import {
  followUpKind,
  leadCloseReason,
  leadEventKind,
  leadOrigin,
  leadStatus,
  leadTimeline,
} from './tables.js';

/** The purpose statement the form links to; a new wording gets a new version, and consents record theirs. */
export const CONSENT_VERSION = '2026-11';

const money = z.coerce.number().pipe(amountUpTo(100_000_000));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/** The public demand form (需求对接): what an investor tells the zone, with explicit consent. */
export const leadSubmitBody = z.object({
  companyName: z.string().trim().min(2).max(200),
  uscc: z
    .string()
    .trim()
    .transform((v) => normalizeUscc(v) ?? v)
    .refine(isValidUscc, { params: { messageKey: 'uscc' } })
    .optional(),
  taiwanUbn: z
    .string()
    .trim()
    .transform((v) => normalizeTaiwanUbn(v) ?? v)
    .refine(isValidTaiwanUbn, { params: { messageKey: 'taiwanUbn' } })
    .optional(),
  contactName: z.string().trim().min(1).max(60),
  phone: z
    .string()
    .max(40)
    .refine((v) => parsePhone(v) !== null, { params: { messageKey: 'phone' } }),
  email: z.email().max(254).optional(),
  direction: z.string().max(64).optional().describe('Direction code, e.g. high_quality_medicine'),
  chainLink: optionalText(100),
  intendedUse: unitUseSchema.optional(),
  areaM2: money.optional(),
  investmentWan: money.optional().describe('Expected investment, 万元'),
  annualTaxWan: money.optional().describe('Expected annual tax, 万元'),
  timeline: z.enum(leadTimeline.enumValues).optional(),
  needs: optionalText(2000),
  preferredZone: z.string().max(64).optional().describe('Zone code'),
  preferredParkId: z.number().int().positive().optional(),
  // Missing or false: the same message, asking for the explicit agreement the law requires. (A boolean
  // schema made optional skips its refinements when the key is absent, hence unknown.)
  consent: z
    .unknown()
    .refine((v) => v === true, { params: { messageKey: 'consentRequired' } })
    .transform(() => true as const)
    .meta({ type: 'boolean', const: true, description: 'The submitter agrees to the purpose statement' }),
  consentVersion: z.literal(CONSENT_VERSION).default(CONSENT_VERSION),
  /** Hidden from people by the form; bots fill every field. */
  website: z
    .string()
    .max(200)
    .optional()
    .refine((v) => !v, { params: { messageKey: 'honeypot' } }),
});
export type LeadSubmit = z.output<typeof leadSubmitBody>;

export const leadSubmitted = z.object({
  reference: z.string(),
  /** true when the same company and phone already had an open request: this one was added to it. */
  merged: z.boolean(),
});

const masked = z.object({
  phone: z.string().describe('Masked, e.g. 133****9793'),
  email: z.string().nullable().describe('Masked, e.g. l***@example.cn'),
});

export const leadSummary = z.object({
  id: z.number().int(),
  reference: z.string(),
  status: z.enum(leadStatus.enumValues),
  companyName: z.string(),
  contactName: z.string().describe('Empty once erased'),
  contact: masked,
  erased: z.boolean().describe('The person had their data erased: contact details are gone'),
  direction: z.string().nullable(),
  intendedUse: unitUseSchema.nullable(),
  areaM2: z.string().nullable(),
  investmentWan: z.string().nullable(),
  assignedTo: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  submissionCount: z.number().int(),
  createdAt: z.string(),
  contactDueAt: z.string().nullable().describe('By when the requester must be contacted (SLA by lead size)'),
  overdue: z.boolean().describe('Still new after its contact deadline'),
  closed: z
    .object({ at: z.string(), reason: z.enum(leadCloseReason.enumValues), note: z.string().nullable() })
    .nullable()
    .describe('When and why the lead was closed without a project'),
});

export const leadListQuery = pageQuery.extend({
  status: z.enum(leadStatus.enumValues).optional(),
  mine: z.enum(['true', 'false']).optional().describe('true: only leads assigned to me'),
  overdue: z.enum(['true', 'false']).optional().describe('true: only new leads past their contact deadline'),
});
export const leadListResponse = pageOf(leadSummary);

export const leadEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(leadEventKind.enumValues),
  actor: z.string().nullable(),
  at: z.string(),
  /** For submissions: the request as sent, personal details masked. */
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export const followUpBody = z.object({
  kind: z.enum(followUpKind.enumValues),
  happenedAt: z.iso.datetime({ offset: true }).optional().describe('Defaults to now'),
  summary: z.string().trim().min(1).max(2000),
  attendees: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  nextAction: z.string().trim().max(500).optional(),
  nextActionOn: z.iso.date().optional(),
});
export type FollowUp = z.output<typeof followUpBody>;

export const followUpSchema = z.object({
  id: z.number().int(),
  kind: z.enum(followUpKind.enumValues),
  happenedAt: z.string(),
  summary: z.string(),
  attendees: z.array(z.string()),
  nextAction: z.string().nullable(),
  nextActionOn: z.string().nullable(),
  by: z.string().nullable(),
});

export const leadDetail = leadSummary.extend({
  followUps: z.array(followUpSchema),
  uscc: z.string().nullable(),
  taiwanUbn: z.string().nullable(),
  chainLink: z.string().nullable(),
  annualTaxWan: z.string().nullable(),
  timeline: z.enum(leadTimeline.enumValues).nullable(),
  needs: z.string().nullable(),
  preferredZone: z.string().nullable(),
  preferredParkId: z.number().int().nullable(),
  /** Null for a lead opened from a target list: nobody has consented to anything. */
  consentVersion: z.string().nullable(),
  consentedAt: z.string().nullable(),
  origin: z.enum(leadOrigin.enumValues),
  enterpriseId: z.number().int().nullable(),
  timeline_events: z.array(leadEventSchema),
});

export const leadContact = z.object({ phone: z.string().nullable(), email: z.string().nullable() });

export const personalDataExport = z.object({
  reference: z.string(),
  companyName: z.string(),
  contactName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  needs: z.string().nullable(),
  consentVersion: z.string().nullable(),
  consentedAt: z.string().nullable(),
  erasedAt: z.string().nullable(),
  submissions: z.array(z.object({ at: z.string(), detail: z.unknown() })),
});

export const leadAssignBody = z.object({ officerId: z.number().int().positive() });

export const leadCloseBody = z.object({
  reason: z.enum(leadCloseReason.enumValues),
  note: z.string().trim().max(500).optional(),
});
export type LeadCloseReason = z.output<typeof leadCloseBody>['reason'];

export const officerSchema = z.object({
  id: z.number().int(),
  displayName: z.string(),
  email: z.string(),
  disabled: z.boolean(),
  orgUnit: z.string().nullable().describe('Organisational unit code'),
  directions: z.array(z.string()),
  openLeads: z.number().int(),
  overdueLeads: z.number().int(),
});
