import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTaiwanUbn, normalizeTaiwanUbn } from './taiwan-ubn.js';
import { toFullWidth } from './test-helpers.js';

/** Independent oracle, written from the rule's wording: digit sums of products, divisible by 5. */
function oracle(digits: string): boolean {
  const weights = [1, 2, 1, 2, 1, 2, 4, 1];
  const products = [...digits].map((d, i) => Number(d) * weights[i]!);
  const sum = products.reduce((s, p) => s + [...String(p)].reduce((a, c) => a + Number(c), 0), 0);
  if (sum % 5 === 0) return true;
  // 7 × 4 = 28 → 2 + 8 = 10, which may count as 1 + 0 = 1 or as 0.
  return digits[6] === '7' && (sum + 1) % 5 === 0;
}

const eightDigits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((ds) => ds.join(''));

describe('Taiwan unified business number (統一編號)', () => {
  it('accepts a number checked by hand and rejects its neighbour', () => {
    // 0·1 + 4·2 + 5·1 + 9·2→1+8 + 5·1 + 2·2 + 5·4→2+0 + 7·1 = 0+8+5+9+5+4+2+7 = 40.
    expect(isValidTaiwanUbn('04595257')).toBe(true);
    expect(isValidTaiwanUbn('04595258')).toBe(false);
  });

  it('accepts the seventh-digit-7 special case', () => {
    // 1·1 + 0 + 0 + 0 + 0 + 0 + 7·4→10 + 3·1 = 14; 14 + 1 = 15 is divisible by 5.
    expect(isValidTaiwanUbn('10000073')).toBe(true);
  });

  it('agrees with the oracle on every 8-digit string', () => {
    fc.assert(fc.property(eightDigits, (d) => isValidTaiwanUbn(d) === oracle(d)));
  });

  it('tolerates full-width digits and spaces', () => {
    fc.assert(
      fc.property(
        eightDigits.filter(oracle),
        (d) =>
          normalizeTaiwanUbn(toFullWidth(d)) === d &&
          normalizeTaiwanUbn(`${d.slice(0, 4)} ${d.slice(4)}`) === d,
      ),
    );
  });

  it('rejects anything that is not 8 digits without throwing', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).filter((s) => !/^\s*\d{8}\s*$/.test(s)),
        (s) => !isValidTaiwanUbn(s),
      ),
    );
  });
});
