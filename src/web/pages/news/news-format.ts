import type { Language } from '../../i18n/languages';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 'YYYY-MM-DD' day as the reader writes dates: '2023-03-02' → '2023年3月2日' or '2 March 2023'. */
export function formatDay(iso: string, language: Language): string {
  const match = ISO_DAY.exec(iso);
  if (!match) return iso;
  const [, year = '', month = '', day = ''] = match;
  if (language === 'en') {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * An event's days as one range: null without a start (not an event), one day when it ends the day it
 * starts or has no end given.
 */
export function eventDays(
  startsOn: string | null,
  endsOn: string | null,
): { from: string; to: string | null } | null {
  if (!startsOn) return null;
  return { from: startsOn, to: endsOn && endsOn !== startsOn ? endsOn : null };
}

/**
 * The body as paragraphs: editors separate them with blank lines, pasted text often with single line
 * breaks; either way each non-empty line is a paragraph of its own.
 */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
