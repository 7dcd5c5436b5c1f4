import { z } from 'zod';

/** Shared contract pieces: pagination, decimals, provenance. One definition each. */

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** Exact decimals travel as strings ("45000.00"): money and areas never pass through a float. */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/);

export const provenance = {
  source: z.string().describe('Seed document file name, standard, or "demo"'),
  isDemo: z.boolean().describe('Generated demo data, not fact'),
};

export const idParam = z.object({ id: z.coerce.number().int().positive() });

/**
 * A number from 0 to max, refused with the catalogue's messages (a minus sign is the common mistake; zod's
 * generic "too small" would not say what to do).
 */
export function amountUpTo(max: number) {
  return z
    .number()
    .refine((v) => v >= 0, { params: { messageKey: 'numberValue' }, abort: true })
    .refine((v) => v <= max, { params: { messageKey: 'numberTooLarge', max }, abort: true });
}

/**
 * A query parameter of several values in one, comma-separated (`use=rd_lab,office`, `stage=signed,lost`):
 * split, trimmed, empties dropped, then each checked against `item`; at least one, at most `max`.
 */
export function commaList<E extends z.ZodType>(item: E, max: number) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : v,
    z.array(item).min(1).max(max),
  );
}
