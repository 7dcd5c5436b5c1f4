import { toHalfWidth } from './fullwidth.js';

/** GB 32100-2015 alphabet: digits and upper-case letters without I, O, Z, S, V. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const VALID_CHARS = new RegExp(`^[${USCC_ALPHABET}]{18}$`);

/** The 18th (check) character for the first 17. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('a credit code body has 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`'${first17[i]}' is not in the credit code alphabet`);
    sum += value * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

function clean(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase();
}

export type UsccExplanation =
  | { ok: true; code: string; divisionCode: string }
  | { ok: false; reason: 'length' | 'alphabet' | 'check'; expected?: string };

/** Checks a credit code and says what is wrong, so a form can tell the user. */
export function explainUscc(input: string): UsccExplanation {
  const code = clean(input);
  if (code.length !== 18) return { ok: false, reason: 'length' };
  if (!VALID_CHARS.test(code)) return { ok: false, reason: 'alphabet' };
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, reason: 'check', expected };
  return { ok: true, code, divisionCode: code.slice(2, 8) };
}

export function normalizeUscc(input: string): string | null {
  const result = explainUscc(input);
  return result.ok ? result.code : null;
}

export function isValidUscc(input: string): boolean {
  return explainUscc(input).ok;
}
