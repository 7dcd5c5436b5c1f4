import { formatNumber } from '../policies/rules/index.js';

/** Small wording helpers for the breakdown lines (criteria.ts), in both languages. */

/** A decimal from the database for people: exact, grouped, no trailing zeros ("1,200", "45.5"). */
export function figure(value: string | number): string {
  return formatNumber(Number(value));
}

/** A 0–1 score as the lines show it: two decimals. */
export function scoreText(score: number): string {
  return score.toFixed(2);
}

/** "GMP C 级" / "GMP grade C", "ISO 7 级" / "ISO 7", "无洁净要求" / "no cleanroom". */
export function gradeText(grade: string, lang: 'zh' | 'en'): string {
  const gmp = /^gmp_([a-d])$/.exec(grade);
  if (gmp?.[1]) return lang === 'zh' ? `GMP ${gmp[1].toUpperCase()} 级` : `GMP grade ${gmp[1].toUpperCase()}`;
  const iso = /^iso_(\d)$/.exec(grade);
  if (iso?.[1]) return lang === 'zh' ? `ISO ${iso[1]} 级` : `ISO ${iso[1]}`;
  return lang === 'zh' ? '无洁净要求' : 'no cleanroom';
}

/** How far above a minimum a value is, in whole percent ("33"). */
export function headroomPercent(value: string, minimum: number): string {
  return formatNumber(Math.round(((Number(value) - minimum) / minimum) * 100));
}
