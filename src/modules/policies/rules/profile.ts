import { z } from 'zod';
import { amountUpTo } from '../../../core/contract.js';
import { type AttrKey, attributeList, attributeOf, type Profile } from './attributes.js';

/** A real calendar date written 2026-03-01 (the only date form rules and profiles use). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** GB/T 4754 codes: a section letter, optionally with 2, 3 or 4 digits (C, C27, C272, C2720). */
export function isIndustryCode(value: string): boolean {
  return /^[A-T](\d{2}|\d{3}|\d{4})?$/.test(value);
}

const text = () => z.string().trim().min(1).max(64);

function numberOf(key: AttrKey) {
  const { max = Number.MAX_SAFE_INTEGER, integer, unit } = attributeOf(key);
  const base = amountUpTo(max);
  const checked = integer
    ? base.refine((v) => Number.isInteger(v), { params: { messageKey: 'integerValue' }, abort: true })
    : base;
  return checked.describe(`${attributeOf(key).labelEn}${unit ? ` (${unit})` : ''}`);
}

const bool = (key: AttrKey) => z.boolean().describe(attributeOf(key).labelEn);
const isoDate = z
  .string()
  .refine(isIsoDate, { params: { messageKey: 'dateValue' } })
  .describe('ISO date, e.g. 2026-03-01');

/** Optional and nullable: both mean the value is not known, and a rule testing it fails. */
function maybe<T extends z.ZodType>(schema: T) {
  return schema.nullable().optional();
}

/**
 * An ad-hoc profile for the calculator: the attributes of attributes.ts, each optional. Numbers are finite,
 * at least 0 and below the catalogue's bound; head counts and approvals are whole; texts 1–64 characters.
 */
export const profileSchema = z.object({
  direction: maybe(text().describe('Industry direction code, e.g. high_quality_medicine')),
  chainLinks: maybe(z.array(text()).max(50).describe('Chain link codes')),
  industryCode: maybe(
    text()
      .refine(isIndustryCode, { params: { messageKey: 'industryCode' } })
      .describe('GB/T 4754 code, e.g. C2720'),
  ),
  isTaiwanFunded: maybe(bool('isTaiwanFunded')),
  isMahHolder: maybe(bool('isMahHolder')),
  isHighTech: maybe(bool('isHighTech')),
  isLeading: maybe(bool('isLeading')),
  isBackbone: maybe(bool('isBackbone')),
  registeredCapitalWan: maybe(numberOf('registeredCapitalWan')),
  revenueWan: maybe(numberOf('revenueWan')),
  rdRatio: maybe(numberOf('rdRatio')),
  employees: maybe(numberOf('employees')),
  investmentWan: maybe(numberOf('investmentWan')),
  leasedAreaM2: maybe(numberOf('leasedAreaM2')),
  rentYuanPerM2Month: maybe(numberOf('rentYuanPerM2Month')),
  settledOn: maybe(isoDate),
  zone: maybe(text().describe('Zone code')),
  block: maybe(text().describe('Block code')),
  park: maybe(text().describe('Park code')),
  approvals: maybe(numberOf('approvals')),
  talents: maybe(numberOf('talents')),
}) satisfies z.ZodType<Profile>;

/**
 * A row of a relation with the catalogue's columns (policies/profiles.ts) as the evaluator wants it:
 * numeric columns arrive as strings and dates as Date (node-postgres) or strings (PGlite), bigint counts
 * as strings; all become the profile's types. NULL stays null.
 */
export function profileFromRow(row: Record<string, unknown>): Profile {
  const profile: Record<string, unknown> = {};
  for (const attr of attributeList) {
    profile[attr.key] = columnValue(attr.type, row[attr.column]);
  }
  return profile as Profile;
}

function columnValue(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'number':
      return Number(value);
    case 'boolean':
      return value === true || value === 't' || value === 'true';
    case 'date':
      return value instanceof Date ? calendarDay(value) : String(value).slice(0, 10);
    case 'stringSet':
      return Array.isArray(value) ? value.map(String) : value;
    default:
      return String(value);
  }
}

/**
 * The calendar day of a date column read as Date: node-postgres makes local midnight, PGlite UTC
 * midnight. A UTC-midnight value is read in UTC, anything else locally; the two only coincide where the
 * offset is 0, and there both readings agree. (Selecting the column ::text avoids the question.)
 */
function calendarDay(value: Date): string {
  const utc = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
  const parts = utc
    ? [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]
    : [value.getFullYear(), value.getMonth() + 1, value.getDate()];
  const [y, m, d] = parts.map((n) => String(n).padStart(2, '0'));
  return `${y}-${m}-${d}`;
}
