import { sql } from 'drizzle-orm';

/**
 * "12345.678901" 万元 → "123456789.01" yuan, exactly: the registry takes figures in 万元 (as the zone's
 * reports give them) and stores yuan; shifting the decimal point never passes through a float.
 */
export function wanToYuan(wan: string | null | undefined): string | null {
  if (wan === null || wan === undefined) return null;
  const [whole = '0', fraction = ''] = wan.split('.');
  const digits = fraction.padEnd(6, '0');
  const yuan = `${whole}${digits.slice(0, 4)}`.replace(/^0+(?=\d)/, '');
  return `${yuan}.${digits.slice(4, 6)}`;
}

/** A yuan column as 万元, two decimals, exact in SQL (numeric, never a float). */
export const wanOf = (column: unknown) => sql<string | null>`round(${column} / 10000, 2)::text`;

/** A yuan column as 万元 with every digit kept (six decimals, trailing zeros dropped): exports round-trip. */
export const exactWanOf = (column: unknown) =>
  sql<string | null>`trim(trailing '.' from trim(trailing '0' from round(${column} / 10000, 6)::text))`;
