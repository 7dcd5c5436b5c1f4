/**
 * Exact decimals for money and for the numbers we print: a value is `units / 10^scale` with bigint units,
 * so 0.1 + 0.2 is 0.3 and 123.4567 万元 is exactly 1,234,567 yuan. Inputs are JS numbers taken at their
 * shortest decimal spelling (String(n)), which is the number the user or the database wrote.
 */
export type Decimal = { units: bigint; scale: number };

export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const [mantissa = '0', exponentText] = String(value).toLowerCase().split('e');
  const exponent = exponentText ? Number(exponentText) : 0;
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  let units = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: negative ? -units : units, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** a × 10^places (places may be negative): unit conversions such as 万元 → 元 and percent → fraction. */
export function shift(a: Decimal, places: number): Decimal {
  if (places >= 0 && a.scale >= places) return { units: a.units, scale: a.scale - places };
  if (places >= 0) return { units: a.units * 10n ** BigInt(places - a.scale), scale: 0 };
  return { units: a.units, scale: a.scale - places };
}

/**
 * Rounded to whole fen (0.01 yuan), half up: a half fen goes away from zero (amounts are never negative,
 * so this is the 四舍五入 every finance office uses).
 */
export function toFen(yuan: Decimal): bigint {
  const fen = shift(yuan, 2);
  if (fen.scale === 0) return fen.units;
  const divisor = 10n ** BigInt(fen.scale);
  const magnitude = fen.units < 0n ? -fen.units : fen.units;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return fen.units < 0n ? -rounded : rounded;
}

export function fenOf(yuan: number): bigint {
  return toFen(decimalOf(yuan));
}

export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(scale - a.scale);
  const y = b.units * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The exact decimal spelling, without trailing fractional zeros: "1234567", "0.5", "-12.25". */
export function decimalText(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const whole = digits.slice(0, digits.length - a.scale);
  const fraction = digits.slice(digits.length - a.scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Thousands separators on the whole part: "1234567.5" → "1,234,567.5" (the same in zh and en). */
export function groupDigits(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A number for people: exact, grouped, optionally scaled by 10^places first (万元 shown in yuan). */
export function formatNumber(value: number, places = 0): string {
  return groupDigits(decimalText(shift(decimalOf(value), places)));
}

/** Whole yuan when the fen are zero ("162,000"), else two decimals ("1,234.50"). */
export function formatFen(fen: bigint): string {
  const whole = groupDigits((fen / 100n).toString());
  const cents = fen % 100n;
  return cents === 0n ? whole : `${whole}.${cents.toString().padStart(2, '0')}`;
}

export function fenToYuan(fen: bigint): number {
  // Exact to the fen: the nearest double to a two-decimal number prints back as that number.
  return Number(fen) / 100;
}
