import { z } from 'zod';
import { importKind, importStatus } from './tables.js';

export const importStartQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check every row and report what a commit would do, writing nothing'),
});

export const importStarted = z.object({ id: z.number().int() });

export const importJobQuery = z.object({
  errorsLimit: z.coerce.number().int().min(0).max(1000).default(100),
  errorsOffset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const importRowError = z.object({
  sheet: z.string(),
  rowNumber: z.number().int().describe('As the spreadsheet shows it: the header is row 1'),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string().describe("In the caller's language"),
});

export const importJobSchema = z.object({
  id: z.number().int(),
  kind: z.enum(importKind.enumValues),
  fileName: z.string(),
  dryRun: z.boolean(),
  status: z.enum(importStatus.enumValues),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  bytesTotal: z.number().int(),
  bytesRead: z.number().int(),
  rowsRead: z.number().int(),
  rowsValid: z.number().int(),
  rowsRejected: z.number().int(),
  created: z.number().int().describe('Dry run: units a commit would create'),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failure: z.string().nullable().describe("Why the whole job failed, in the caller's language"),
});

export const importJobDetail = importJobSchema.extend({
  errors: z.object({ items: z.array(importRowError), total: z.number().int() }),
});

export const importJobList = z.object({ items: z.array(importJobSchema) });
