import type { Language } from '../../i18n/languages';
import { formatNumber } from '../../lib/format';

/**
 * A yuan amount as the calculator states it, to the fen and in full with thousands separators (a benefit
 * is a figure to check against its formula, not a magnitude): '2,810,000 元', '2,810,000 yuan'.
 */
export function formatYuanAmount(yuan: number, language: Language): string {
  // Amounts arrive rounded to the fen; toFixed(2) keeps a float's noise out of the digits.
  const digits = formatNumber(yuan.toFixed(2));
  return language === 'en' ? `${digits} yuan` : `${digits} 元`;
}

/** Units as the catalogue writes them → the message key of their name in each language. */
export const unitKeys = {
  万元: 'wan',
  '%': 'percent',
  'm²': 'm2',
  人: 'people',
  '元/m²·月': 'rent',
  项: 'approvals',
  名: 'persons',
} as const;

export type UnitKey = (typeof unitKeys)[keyof typeof unitKeys];

export function unitKeyOf(unit: string | null): UnitKey | null {
  return unit !== null && unit in unitKeys ? unitKeys[unit as keyof typeof unitKeys] : null;
}
