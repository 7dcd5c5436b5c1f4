import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFullWidth } from './test-helpers.js';
import { explainUscc, isValidUscc, normalizeUscc, USCC_ALPHABET, usccCheckChar } from './uscc.js';

const alphabetChar = fc.constantFrom(...USCC_ALPHABET);
const body17 = fc.array(alphabetChar, { minLength: 17, maxLength: 17 }).map((cs) => cs.join(''));
const validCode = body17.map((b) => b + usccCheckChar(b));

/** Independent oracle: the standard's formula written out plainly. */
function oracleCheck(first17: string): string {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, c, i) => s + USCC_ALPHABET.indexOf(c) * w[i]!, 0);
  const c = 31 - (sum % 31);
  return USCC_ALPHABET[c === 31 ? 0 : c]!;
}

describe('unified social credit code (GB 32100)', () => {
  it('accepts a code whose check character was computed by hand', () => {
    // 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 → weighted sum 431; 431 mod 31 = 28; 31 − 28 = 3.
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(explainUscc('91350100M000100Y43')).toEqual({
      ok: true,
      code: '91350100M000100Y43',
      divisionCode: '350100',
    });
    expect(explainUscc('91350100M000100Y44')).toEqual({ ok: false, reason: 'check', expected: '3' });
    expect(explainUscc('91350100M000100Y4')).toMatchObject({ reason: 'length' });
    expect(explainUscc('91350100I000100Y43')).toMatchObject({ reason: 'alphabet' });
  });

  it('agrees with an independent oracle on every body', () => {
    fc.assert(fc.property(body17, (b) => usccCheckChar(b) === oracleCheck(b)));
  });

  it('accepts every body with its computed check character', () => {
    fc.assert(fc.property(validCode, (code) => isValidUscc(code)));
  });

  it('detects every single-character change', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), alphabetChar, (code, pos, ch) => {
        fc.pre(code[pos] !== ch);
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        return !isValidUscc(changed);
      }),
    );
  });

  it('normalises lower case, spaces and full-width characters to the same code', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const variants = [code.toLowerCase(), ` ${code.slice(0, 6)} ${code.slice(6)} `, toFullWidth(code)];
        return variants.every((v) => normalizeUscc(v) === code);
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => typeof isValidUscc(s) === 'boolean'));
  });
});
