import { ilike, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { toSimplified, toTraditional } from '../text/script.js';

/** `%` and `_` typed in a search are the characters themselves, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Any of the columns contains the text, in either script: names are stored as typed (simplified for
 * most, traditional for many Taiwanese companies), so 醫藥 finds 医药 and the other way round.
 */
export function containsInAnyScript(columns: AnyPgColumn[], q: string): SQL {
  const spellings = new Set([q, toSimplified(q), toTraditional(q)]);
  return or(
    ...[...spellings].flatMap((spelling) => {
      const pattern = `%${escapeLike(spelling)}%`;
      return columns.map((column) => ilike(column, pattern));
    }),
  )!;
}
