import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, slaWorkingDays } from './sla.js';

describe('lead SLA', () => {
  it('gives a lead of 1 亿元 or more one working day, smaller ones more', () => {
    expect(slaWorkingDays(10_000)).toBe(1);
    expect(slaWorkingDays(250_000)).toBe(1);
    expect(slaWorkingDays(9_999)).toBe(3);
    expect(slaWorkingDays(500)).toBe(5);
    expect(slaWorkingDays(null)).toBe(5);
  });

  it('skips the weekend in China Standard Time', () => {
    // Friday 2026-11-20 17:00 CST → the end of Monday 2026-11-23, CST.
    expect(addWorkingDays(new Date('2026-11-20T09:00:00Z'), 1).toISOString()).toBe(
      '2026-11-23T15:59:59.999Z',
    );
    // Friday 23:30 UTC is already Saturday 07:30 in Fuzhou: also due by the end of Monday.
    expect(addWorkingDays(new Date('2026-11-20T23:30:00Z'), 1).toISOString()).toBe(
      '2026-11-23T15:59:59.999Z',
    );
    // Monday 10:00 CST, three working days → the end of Thursday.
    expect(addWorkingDays(new Date('2026-11-23T02:00:00Z'), 3).toISOString()).toBe(
      '2026-11-26T15:59:59.999Z',
    );
  });

  it('never lands on a Saturday or Sunday (CST), and adds at least the days asked', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 20 }),
        (from, days) => {
          const due = addWorkingDays(from, days);
          const weekday = new Date(due.getTime() + 8 * 3_600_000).getUTCDay();
          expect(weekday).not.toBe(0);
          expect(weekday).not.toBe(6);
          expect(due.getTime() - from.getTime()).toBeGreaterThanOrEqual(days * 86_400_000 - 1);
          expect(due.getTime() - from.getTime()).toBeLessThanOrEqual(
            (days + Math.ceil(days / 5) * 2 + 3) * 86_400_000,
          );
        },
      ),
    );
  });
});
