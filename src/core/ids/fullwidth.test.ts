import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from './fullwidth.js';
import { toFullWidth } from './test-helpers.js';

describe('toHalfWidth', () => {
  it('converts full-width digits, letters, plus and the ideographic space', () => {
    expect(toHalfWidth('＋８６\u3000１３３ＡＢｃ')).toBe('+86 133ABc');
    expect(toHalfWidth('瑞科医药')).toBe('瑞科医药');
  });

  it('undoes full-width for any printable ASCII string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
        (s) => toHalfWidth(toFullWidth(s)) === s,
      ),
    );
  });

  it('leaves text without full-width characters unchanged', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[\uFF01-\uFF5E\u3000]/.test(s)),
        (s) => toHalfWidth(s) === s,
      ),
    );
  });
});
