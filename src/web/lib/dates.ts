import type { Language } from '../i18n/languages';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long ago a timestamp was, in the reader's words: '5 分钟前', '3 小時前', 'yesterday'. Null under a minute
 * (the caller says "just now" in its own words: Intl would say "0 seconds ago" or "now").
 */
export function formatRelativeTime(iso: string, language: Language, now = Date.now()): string | null {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return null;
}

/** Today's date (YYYY-MM-DD) in China, as the server counts tasks overdue (UTC+8, no daylight saving). */
export function todayInChina(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}
