import { toHalfWidth } from './fullwidth.js';

const WEIGHTS = [1, 2, 1, 2, 1, 2, 4, 1];

/** Sum of the digit sums of each digit × weight (the 統一編號 checksum before the divisibility test). */
export function taiwanUbnChecksum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const product = Number(digits[i]) * WEIGHTS[i]!;
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum;
}

/**
 * Taiwan unified business number (統一編號): 8 digits whose checksum is divisible by 5 (the Ministry of
 * Finance widened the rule from 10 to 5 in 2023; every number valid under 10 stays valid). When the 7th
 * digit is 7 its product 28 counts as 10 → 1 or 0, so sum + 1 divisible by 5 is accepted too.
 */
export function normalizeTaiwanUbn(input: string): string | null {
  const digits = toHalfWidth(input).replace(/\s+/g, '');
  if (!/^\d{8}$/.test(digits)) return null;
  const sum = taiwanUbnChecksum(digits);
  if (sum % 5 === 0) return digits;
  if (digits[6] === '7' && (sum + 1) % 5 === 0) return digits;
  return null;
}

export function isValidTaiwanUbn(input: string): boolean {
  return normalizeTaiwanUbn(input) !== null;
}
