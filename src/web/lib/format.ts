import type { Language } from '../i18n/languages';

/**
 * Number formatting for values that arrive as exact decimal strings ("120000000000", "45000.50").
 * Everything is done on BigInt digits so that large money amounts never pass through a float.
 */

/** A decimal as an integer count of 10^-scale units: 45000.5 → { digits: 450005n, scale: 1 }. */
type Decimal = { negative: boolean; digits: bigint; scale: number };

const DECIMAL_PATTERN = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/;

function parseDecimal(value: string): Decimal | null {
  const match = DECIMAL_PATTERN.exec(value);
  if (!match) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  return { negative: sign === '-', digits: BigInt(whole + fraction), scale: fraction.length };
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** Divides by 10^exponent: only the scale moves, the digits stay exact. */
function shift(decimal: Decimal, exponent: number): Decimal {
  if (exponent >= 0) return { ...decimal, scale: decimal.scale + exponent };
  return { ...decimal, digits: decimal.digits * pow10(-exponent) };
}

/** Rounds half away from zero to at most `places` decimals and returns the digits with exactly that scale. */
function roundTo(decimal: Decimal, places: number): Decimal {
  if (decimal.scale <= places)
    return { ...decimal, digits: decimal.digits * pow10(places - decimal.scale), scale: places };
  const divisor = pow10(decimal.scale - places);
  return { ...decimal, digits: (decimal.digits + divisor / 2n) / divisor, scale: places };
}

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Renders with thousands separators and trailing fractional zeros removed: "1,200", "4.5", "1,234.56". */
function render(decimal: Decimal, maxFractionDigits: number): string {
  const rounded = roundTo(decimal, maxFractionDigits);
  const text = rounded.digits.toString().padStart(maxFractionDigits + 1, '0');
  const whole = text.slice(0, text.length - maxFractionDigits);
  const fraction = text.slice(text.length - maxFractionDigits).replace(/0+$/, '');
  const sign = rounded.negative && rounded.digits !== 0n ? '-' : '';
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** How many digits the whole part has (0.5 → 0, 12 → 2), to pick a magnitude without converting to a number. */
function wholeDigits(decimal: Decimal): number {
  const whole = decimal.digits / pow10(decimal.scale);
  return whole === 0n ? 0 : whole.toString().length;
}

function toText(decimal: Decimal): string {
  const text = decimal.digits.toString().padStart(decimal.scale + 1, '0');
  const whole = text.slice(0, text.length - decimal.scale);
  const fraction = decimal.scale > 0 ? `.${text.slice(text.length - decimal.scale)}` : '';
  return `${decimal.negative && decimal.digits !== 0n ? '-' : ''}${whole}${fraction}`;
}

function signed(decimal: Decimal, scale: number): bigint {
  const digits = decimal.digits * pow10(scale - decimal.scale);
  return decimal.negative ? -digits : digits;
}

/** Exact `minuend − subtrahends` of decimal strings (e.g. the area neither available nor leased). */
export function subtractDecimals(minuend: string, ...subtrahends: string[]): string {
  const all = [minuend, ...subtrahends].map(parseDecimal);
  if (all.some((decimal) => decimal === null)) return '0';
  const decimals = all as Decimal[];
  const scale = Math.max(...decimals.map((decimal) => decimal.scale));
  const [first, ...rest] = decimals.map((decimal) => signed(decimal, scale));
  const result = rest.reduce((sum, value) => sum - value, first ?? 0n);
  return toText({ negative: result < 0n, digits: result < 0n ? -result : result, scale });
}

/** A plain decimal with thousands separators: formatNumber('1234567.891') → '1,234,567.89'. */
export function formatNumber(value: string | number, maxFractionDigits = 2): string {
  const decimal = parseDecimal(String(value));
  return decimal ? render(decimal, maxFractionDigits) : String(value);
}

const chineseMoneyUnits = {
  'zh-CN': { yi: '亿元', wan: '万元', yuan: '元' },
  'zh-TW': { yi: '億元', wan: '萬元', yuan: '元' },
};

/**
 * A yuan amount in the unit a reader of the language expects: 120000000000 → '1,200 亿元' (zh-CN),
 * '1,200 億元' (zh-TW), '120 billion yuan' (en); 45000 → '4.5 万元'.
 */
export function formatYuan(value: string, language: Language): string {
  const decimal = parseDecimal(value);
  if (!decimal) return value;
  const digits = wholeDigits(decimal);
  if (language === 'en') {
    if (digits > 9) return `${render(shift(decimal, 9), 2)} billion yuan`;
    if (digits > 6) return `${render(shift(decimal, 6), 2)} million yuan`;
    return `${render(decimal, 2)} yuan`;
  }
  const units = chineseMoneyUnits[language];
  if (digits > 8) return `${render(shift(decimal, 8), 2)} ${units.yi}`;
  if (digits > 4) return `${render(shift(decimal, 4), 2)} ${units.wan}`;
  return `${render(decimal, 2)} ${units.yuan}`;
}

/** Exactly `places` decimals, zeros kept: 2.1 → '2.10', as the documents write 亿元 (208.43 亿元). */
function renderFixed(decimal: Decimal, places: number): string {
  const rounded = roundTo(decimal, places);
  const text = rounded.digits.toString().padStart(places + 1, '0');
  const whole = text.slice(0, text.length - places);
  const fraction = text.slice(text.length - places);
  const sign = rounded.negative && rounded.digits !== 0n ? '-' : '';
  return `${sign}${groupThousands(whole)}${places > 0 ? `.${fraction}` : ''}`;
}

/**
 * An amount in 亿元 (10^8 yuan), as the API's figures give it: two decimals in Chinese ('2.08 亿元',
 * '2.08 億元'), yuan in millions or billions in English ('208 million yuan').
 */
export function formatYi(yi: string, language: Language): string {
  const decimal = parseDecimal(yi);
  if (!decimal) return yi;
  if (language === 'en') return formatYuan(toText(shift(decimal, -8)), language);
  return `${renderFixed(decimal, 2)} ${chineseMoneyUnits[language].yi}`;
}

/**
 * An amount in 万元 (10^4 yuan), as projects and leads carry it: in 万元 below 10,000 万元 ('5,000 万元'),
 * in 亿元 with two decimals from there ('20,843' → '2.08 亿元'); English in yuan ('208.43 million yuan').
 */
export function formatWan(wan: string, language: Language): string {
  const decimal = parseDecimal(wan);
  if (!decimal) return wan;
  if (language === 'en') return formatYuan(toText(shift(decimal, -4)), language);
  const units = chineseMoneyUnits[language];
  if (wholeDigits(decimal) > 4) return `${renderFixed(shift(decimal, 4), 2)} ${units.yi}`;
  return `${render(decimal, 2)} ${units.wan}`;
}

/** An area in square metres with thousands separators: '45000.00' → '45,000 m²'. */
export function formatArea(m2: string): string {
  return `${formatNumber(m2)} m²`;
}

/** 1 亩 = 10000/15 m², so m² × 15 / 10000 gives 亩 exactly (before rounding to two places). */
export function squareMetresToMu(m2: string): string {
  const decimal = parseDecimal(m2);
  if (!decimal) return m2;
  return render(shift({ ...decimal, digits: decimal.digits * 15n }, 4), 2);
}

const muUnits: Record<Language, string> = { 'zh-CN': '亩', 'zh-TW': '畝', en: 'mu' };

/** Land in 亩 (mu), the unit land parcels are quoted in: '6666.67' → '10 亩'. */
export function formatLandArea(m2: string, language: Language): string {
  return `${squareMetresToMu(m2)} ${muUnits[language]}`;
}

/** An area already in 亩 (the API's areaMu): '10.00' → '10 亩'. */
export function formatMu(mu: string, language: Language): string {
  return `${formatNumber(mu)} ${muUnits[language]}`;
}

/** A 0–1 ratio as a percentage, exactly rounded: '0.5915' → '59.2%'. */
export function formatPercent(ratio: string, maxFractionDigits = 1): string {
  const decimal = parseDecimal(ratio);
  if (!decimal) return ratio;
  return `${render(shift(decimal, -2), maxFractionDigits)}%`;
}

/** A 'YYYY-MM' month, as the documents give dates: '2022-07' → '2022年7月' or 'July 2022'. */
export function formatMonth(month: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const [, year = '', monthNumber = ''] = match;
  if (language === 'en') {
    const date = new Date(Date.UTC(Number(year), Number(monthNumber) - 1, 1));
    return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  }
  return `${year}年${Number(monthNumber)}月`;
}

/** A timestamp for "last updated", in the reader's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
