import type { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { type FieldMessageKey, fieldMessage, localiseIssue } from '../../core/errors/index.js';
import { enumLabels } from '../space/index.js';
import { type Cell, cellText, toBoolean, toDecimal, toInteger, toIsoDate } from './cells.js';
import { type ColumnSpec, enumCode } from './columns.js';

/** What is wrong with one cell (or the row, when column is null), in both API languages. */
export type RowProblem = { column: string | null; value: string | null; zh: string; en: string };

export function problem(
  column: ColumnSpec | null,
  cell: Cell,
  key: FieldMessageKey,
  params: Record<string, string | number> = {},
): RowProblem {
  return {
    column: column?.zh ?? null,
    value: cellText(cell),
    zh: fieldMessage(key, 'zh', params),
    en: fieldMessage(key, 'en', params),
  };
}

/** 生物药、医疗器械 / 生物药, 医疗器械 / one per line → the items, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

type Converted = { value: unknown; problem?: FieldMessageKey; params?: Record<string, string> };

/** A cell as its column's type reads it; a cell that cannot be read says why. */
function convert(column: ColumnSpec, cell: Cell): Converted {
  const type = column.type;
  if (type === 'text') return { value: cellText(cell) };
  if (type === 'list') return { value: splitList(cellText(cell)!) };
  if (type === 'integer') {
    const v = toInteger(cell);
    return typeof v === 'string' || (typeof v === 'number' && !Number.isInteger(v))
      ? { value: v, problem: 'integerValue' }
      : { value: v };
  }
  if (type === 'decimal') {
    const v = toDecimal(cell);
    return typeof v === 'string' && !/^\d+(\.\d+)?$/.test(v)
      ? { value: v, problem: 'numberValue' }
      : { value: v };
  }
  if (type === 'boolean') {
    const v = toBoolean(cell);
    return typeof v === 'string' ? { value: v, problem: 'booleanValue' } : { value: v };
  }
  if (type === 'date') {
    const v = toIsoDate(cell);
    return v !== null && !/^\d{4}-\d{2}-\d{2}$/.test(v) ? { value: v, problem: 'dateValue' } : { value: v };
  }
  const text = cellText(cell)!;
  const code = enumCode(type.enum, text);
  if (code !== null) return { value: code };
  const options = Object.values(enumLabels[type.enum])
    .map((label) => label.zh)
    .join('、');
  return { value: text, problem: 'enumValue', params: { value: text, options } };
}

function issueProblem(
  columns: readonly ColumnSpec[],
  issue: $ZodIssue,
  cells: Map<string, Cell>,
): RowProblem {
  const key = String(issue.path[0] ?? '');
  const column = columns.find((c) => c.key === key) ?? null;
  return {
    column: column?.zh ?? null,
    value: cellText(cells.get(key) ?? null),
    zh: localiseIssue(issue, 'zh'),
    en: localiseIssue(issue, 'en'),
  };
}

/**
 * Reads one data row: every cell by its column's type (unreadable cells reported as such), then the
 * sheet's contract. All of the row's problems are reported together, not just the first.
 */
export function parseSheetRow<S extends z.ZodType>(
  columns: readonly ColumnSpec[],
  schema: S,
  cells: readonly Cell[],
  positions: ReadonlyMap<string, number>,
): { ok: true; row: z.output<S> } | { ok: false; problems: RowProblem[] } {
  const input: Record<string, unknown> = {};
  const byKey = new Map<string, Cell>();
  const problems: RowProblem[] = [];
  for (const column of columns) {
    const position = positions.get(column.key);
    if (position === undefined || column.informational) continue;
    const cell = cells[position] ?? null;
    byKey.set(column.key, cell);
    if (cell === null) {
      if (column.required) problems.push(problem(column, cell, 'required'));
      continue;
    }
    const converted = convert(column, cell);
    if (converted.problem) problems.push(problem(column, cell, converted.problem, converted.params));
    else input[column.key] = converted.value;
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => issueProblem(columns, i, byKey)) };
  }
  return { ok: true, row: parsed.data };
}
