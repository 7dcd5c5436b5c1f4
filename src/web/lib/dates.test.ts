import { describe, expect, it } from 'vitest';
import { formatRelativeTime, todayInChina } from './dates';

const now = Date.parse('2025-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('says nothing under a minute, so the caller can say "just now"', () => {
    expect(formatRelativeTime(ago(30), 'en', now)).toBeNull();
  });

  it('picks the largest whole unit, in the reader’s language', () => {
    expect(formatRelativeTime(ago(5 * 60), 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(3 * 3600 + 59 * 60), 'en', now)).toBe('3 hours ago');
    expect(formatRelativeTime(ago(24 * 3600), 'en', now)).toBe('yesterday');
    // ICU versions differ on the space between the number and the Chinese unit.
    expect(formatRelativeTime(ago(5 * 60), 'zh-CN', now)).toMatch(/^5\s?分钟前$/);
    expect(formatRelativeTime(ago(5 * 60), 'zh-TW', now)).toMatch(/^5\s?分鐘前$/);
  });

  it('leaves a value that is no timestamp as it is', () => {
    expect(formatRelativeTime('soon', 'en', now)).toBe('soon');
  });
});

describe('todayInChina', () => {
  it('is already tomorrow in China late in the UTC evening', () => {
    expect(todayInChina(Date.parse('2025-03-10T15:59:00Z'))).toBe('2025-03-10');
    expect(todayInChina(Date.parse('2025-03-10T16:00:00Z'))).toBe('2025-03-11');
  });
});
