import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { m2ToMu } from './unit-view.js';

describe('m² → 亩', () => {
  it('converts the usual sizes', () => {
    expect(m2ToMu('666.67')).toBe('1.00');
    expect(m2ToMu('10000.00')).toBe('15.00');
    expect(m2ToMu('45000')).toBe('67.50');
    expect(m2ToMu('0.01')).toBe('0.00');
  });

  it('agrees with m² × 0.0015 to the hundredth for any area up to a million m²', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (hundredths) => {
        const m2 = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
        return Math.abs(Number(m2ToMu(m2)) - (hundredths / 100) * 0.0015) <= 0.005 + 1e-9;
      }),
    );
  });
});
