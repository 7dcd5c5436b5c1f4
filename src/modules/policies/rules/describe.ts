import type { Lang } from '../../../core/errors/app-error.js';
import { type AttrKey, type AttrValue, attributeOf, type Unit, unitText } from './attributes.js';
import { formatNumber } from './decimal.js';
import type { Clause } from './rule-schema.js';

export type { Lang };
export type Bilingual = { zh: string; en: string };

export type DescribeOptions = {
  /** A name for a code (direction, zone, park, chain link), e.g. from the reference tables; else the code. */
  valueLabel?: (attr: AttrKey, code: string, lang: Lang) => string | undefined;
};

export function attrLabel(attr: AttrKey, lang: Lang): string {
  const def = attributeOf(attr);
  return lang === 'zh' ? def.labelZh : def.labelEn;
}

/** A number in the attribute's unit: "500 万元" / "5,000,000 yuan", "12.5%", "1,000 m²". */
export function quantity(value: number, unit: Unit | undefined, lang: Lang): string {
  if (!unit) return formatNumber(value);
  const text = unitText[unit];
  const figure = formatNumber(value, lang === 'en' ? text.enShift : 0);
  const name = lang === 'zh' ? text.zh : text.en;
  return unit === '%' ? `${figure}%` : `${figure} ${name}`;
}

const symbols: Record<string, string> = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };

/**
 * The requirement a clause states, for people: "注册资本 ≥ 500 万元" / "Registered capital ≥ 5,000,000
 * yuan". Codes are shown through options.valueLabel when given.
 */
export function describeClause(clause: Clause, lang: Lang, options: DescribeOptions = {}): string {
  const { attr, op, value } = clause;
  const def = attributeOf(attr);
  const label = attrLabel(attr, lang);
  const zh = lang === 'zh';
  const code = (v: string) => `“${options.valueLabel?.(attr, v, lang) ?? v}”`;
  const codes = (v: unknown) => (v as string[]).map(code).join(zh ? '、' : ', ');
  if (op === 'exists') return zh ? `已提供${label}` : `${label} is known`;
  switch (def.type) {
    case 'boolean':
      return `${label}${zh ? '：' : ': '}${yesNo(value === true, lang)}`;
    case 'number': {
      if (op === 'between') {
        const [lo, hi] = value as [number, number];
        const [a, b] = [quantity(lo, def.unit, lang), quantity(hi, def.unit, lang)];
        return zh ? `${label}在 ${a} 至 ${b} 之间` : `${label} between ${a} and ${b}`;
      }
      return `${label} ${symbols[op]} ${quantity(value as number, def.unit, lang)}`;
    }
    case 'string':
      switch (op) {
        case 'eq':
          return zh ? `${label}为${code(value as string)}` : `${label} is ${code(value as string)}`;
        case 'ne':
          return zh ? `${label}不为${code(value as string)}` : `${label} is not ${code(value as string)}`;
        case 'in':
          return zh ? `${label}为以下之一：${codes(value)}` : `${label} is one of ${codes(value)}`;
        case 'notIn':
          return zh ? `${label}不为以下任一：${codes(value)}` : `${label} is none of ${codes(value)}`;
        default:
          return zh ? `${label}以“${value}”开头` : `${label} starts with “${value}”`;
      }
    case 'stringSet':
      return op === 'hasAll'
        ? `${label}${zh ? '包含以下全部：' : ' include all of '}${codes(value)}`
        : `${label}${zh ? '包含以下任一：' : ' include any of '}${codes(value)}`;
    case 'date': {
      if (op === 'between') {
        const [a, b] = value as [string, string];
        return zh ? `${label}在 ${a} 至 ${b} 之间` : `${label} between ${a} and ${b}`;
      }
      if (op === 'before') return zh ? `${label}早于 ${value}` : `${label} before ${value}`;
      return zh ? `${label}晚于 ${value}` : `${label} after ${value}`;
    }
  }
}

/** A clause as the rule asks for it: under a `not`, the clause must fail ("并非：…" / "Not: …"). */
export function describeRequirement(
  clause: Clause,
  negated: boolean,
  lang: Lang,
  options: DescribeOptions = {},
): string {
  const text = describeClause(clause, lang, options);
  if (!negated) return text;
  return lang === 'zh' ? `并非：${text}` : `Not: ${text}`;
}

/** A profile's value for people: "800 万元", "是", "C2720", "（未提供）" when missing. */
export function describeValue(
  attr: AttrKey,
  value: AttrValue,
  lang: Lang,
  options: DescribeOptions = {},
): string {
  const zh = lang === 'zh';
  if (value === null || value === undefined) return zh ? '未提供' : 'not given';
  const def = attributeOf(attr);
  const code = (v: string) => options.valueLabel?.(attr, v, lang) ?? v;
  switch (def.type) {
    case 'boolean':
      return yesNo(value === true, lang);
    case 'number':
      return quantity(value as number, def.unit, lang);
    case 'stringSet': {
      const items = value as readonly string[];
      if (items.length === 0) return zh ? '（无）' : '(none)';
      return items.map(code).join(zh ? '、' : ', ');
    }
    case 'string':
      return code(value as string);
    default:
      return String(value);
  }
}

function yesNo(yes: boolean, lang: Lang): string {
  if (lang === 'zh') return yes ? '是' : '否';
  return yes ? 'yes' : 'no';
}

export function bilingual(make: (lang: Lang) => string): Bilingual {
  return { zh: make('zh'), en: make('en') };
}
