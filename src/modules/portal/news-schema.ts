import { z } from 'zod';
import { pageOf, pageQuery, provenance } from '../../core/contract.js';
import { isIsoDate } from '../policies/rules/index.js';
import { newsKind } from './tables.js';

export const newsKindSchema = z.enum(newsKind.enumValues);
export type NewsKind = z.output<typeof newsKindSchema>;

const isoDate = z
  .string()
  .refine(isIsoDate, { params: { messageKey: 'dateValue' } })
  .describe('YYYY-MM-DD');

const zoneRef = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

/** A news item as lists show it: everything but the body. */
export const newsSummarySchema = z.object({
  id: z.number().int(),
  kind: newsKindSchema,
  titleZh: z.string(),
  summaryZh: z.string(),
  publishedOn: z.string(),
  /** Events only. */
  eventStartsOn: z.string().nullable(),
  eventEndsOn: z.string().nullable(),
  location: z.string().nullable(),
  zone: zoneRef.nullable(),
  updatedAt: z.string(),
  ...provenance,
});

export const newsItemSchema = newsSummarySchema.extend({ bodyZh: z.string() });
export type NewsItem = z.output<typeof newsItemSchema>;

export const newsListQuery = pageQuery.extend({
  kind: newsKindSchema.optional(),
  zone: z.string().max(64).optional().describe('Zone code; an unknown code matches nothing'),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .describe('Part of the title, summary or body (traditional characters match too)'),
});
export type NewsListQuery = z.output<typeof newsListQuery>;
export const newsListResponse = pageOf(newsSummarySchema);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));

/**
 * A news item as an administrator writes it. Event dates and a location belong to events only (the
 * table's comment): a news item or notice carrying them is refused rather than stored half-meaningful.
 */
export const newsBody = z
  .object({
    kind: newsKindSchema,
    titleZh: z.string().trim().min(1).max(200),
    summaryZh: z.string().trim().max(1_000).default(''),
    bodyZh: z.string().trim().max(50_000).default(''),
    publishedOn: isoDate,
    eventStartsOn: isoDate.nullable().default(null),
    eventEndsOn: isoDate.nullable().default(null),
    location: optionalText(200),
    zone: z.string().max(64).nullable().default(null).describe('Zone code; null: not about one zone'),
    source: z.string().trim().min(1).max(300).describe('Where it comes from: a document, a URL, an office'),
  })
  .superRefine((body, ctx) => {
    const issue = (path: string, messageKey: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: messageKey, params: { messageKey } });
    if (body.kind === 'event') {
      if (!body.eventStartsOn) issue('eventStartsOn', 'required');
      if (body.eventStartsOn && body.eventEndsOn && body.eventEndsOn < body.eventStartsOn)
        issue('eventEndsOn', 'dateOrder');
    } else {
      for (const field of ['eventStartsOn', 'eventEndsOn', 'location'] as const)
        if (body[field] !== null) issue(field, 'eventOnly');
    }
  });
export type NewsBody = z.output<typeof newsBody>;
