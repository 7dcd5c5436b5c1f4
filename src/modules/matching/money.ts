import { fenOf } from '../policies/rules/index.js';

/**
 * Money as whole fen (bigint) between the database's decimal text and the answer's decimal strings, so no
 * sum shown as money ever passes through a float.
 */

/** "54000.00" (at most two decimals, as round(…, 2) gives) → 5400000n. */
export function fenOfText(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2));
}

/** 5400000n → "54000.00". */
export function yuanText(fen: bigint): string {
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
}

/** An amount the policy engine gave (exact to the fen as a number) as a decimal string. */
export function yuanOfAmount(amountYuan: number): string {
  return yuanText(fenOf(amountYuan));
}

/** fen ÷ n, rounded half up to the fen (amounts are never negative). */
export function divideFen(fen: bigint, n: number): bigint {
  const d = BigInt(n);
  return (fen * 2n + d) / (2n * d);
}
