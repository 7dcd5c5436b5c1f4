import { toHalfWidth } from '../../core/ids/index.js';
import { foldText } from '../../core/text/script.js';

/** A spreadsheet cell reduced to what an import needs. CSV cells are always strings. */
export type Cell = string | number | boolean | Date | null;

/**
 * exceljs hands back rich text, formulas, hyperlinks and error values as objects; an import wants the
 * value a person sees in the cell.
 */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    // A leading apostrophe before =, +, - or @ is the export's guard against formula injection.
    const trimmed = value.trim().replace(/^'(?=[=+\-@])/, '');
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return toCell(v.richText.map((part: { text?: string }) => part.text ?? '').join(''));
    if ('result' in v) return toCell(v.result);
    if ('text' in v) return toCell(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/** Text of a cell as written: numbers without a trailing ".0", dates as ISO dates. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return isoDateOf(cell);
  return String(cell);
}

/**
 * Folds a header or an enumeration label so that 面積（m²）, 面积(m²), "面积 *" and 面积 compare equal:
 * half-width, simplified script, lower case, no spaces, no required-marker, no parenthesised unit.
 */
export function foldLabel(text: string): string {
  return foldText(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s*·_-]/g, '');
}

const TRUE_WORDS = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓']);
const FALSE_WORDS = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗']);

/** 是/否, 有/无, yes/no, 1/0; anything else is left as text for the schema to reject. */
export function toBoolean(cell: Cell): boolean | string | null {
  if (cell === null || typeof cell === 'boolean') return cell;
  const word = foldLabel(String(cell));
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return String(cell);
}

function isoDateOf(date: Date): string {
  // exceljs builds dates at UTC midnight of the calendar day shown in the cell.
  return date.toISOString().slice(0, 10);
}

/** Days from 1899-12-30, Excel's day zero (which absorbs its 1900 leap-year bug for dates after March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, a date cell or an Excel day number → 2026-03-01. */
export function toIsoDate(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return isoDateOf(cell);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2958465) return String(cell);
    return isoDateOf(new Date(EXCEL_EPOCH_MS + cell * 86_400_000));
  }
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(
    toHalfWidth(String(cell)).trim(),
  );
  if (!match) return String(cell);
  const [, y, m, d] = match;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** Whole numbers written as text ("3", "３") become numbers; anything else is left for the schema. */
export function toInteger(cell: Cell): number | string | null {
  if (cell === null || typeof cell === 'number') return cell;
  const text = toHalfWidth(String(cell)).trim();
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** Decimals as the schema takes them: a number, or text without thousands separators. */
export function toDecimal(cell: Cell): number | string | null {
  if (cell === null || typeof cell === 'number') return cell;
  return toHalfWidth(String(cell)).trim().replace(/,/g, '');
}
