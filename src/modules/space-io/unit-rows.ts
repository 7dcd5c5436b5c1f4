import { z } from 'zod';
import { isValidUscc, normalizeUscc } from '../../core/ids/index.js';
import { buildingFields, unitCreateBody } from '../space/schema.js';
import type { Cell } from './cells.js';
import { unitColumns } from './columns.js';
import { parseSheetRow, problem, type RowProblem } from './row-parser.js';

/** A row of the units sheet once its cells are read: the unit, where it goes and who rents it. */
export const unitImportRow = unitCreateBody.omit({ tenantEnterpriseId: true }).extend({
  parkCode: z.string().trim().min(1).max(64),
  buildingCode: buildingFields.code,
  buildingName: buildingFields.nameZh.optional(),
  tenantUscc: z
    .string()
    .transform((v) => normalizeUscc(v) ?? v)
    .refine(isValidUscc, { params: { messageKey: 'uscc' } })
    .optional(),
  tenantName: z.string().trim().min(1).max(200).optional(),
});
export type UnitImportRow = z.output<typeof unitImportRow>;

export type ParsedRow = { ok: true; row: UnitImportRow } | { ok: false; problems: RowProblem[] };

/**
 * Reads one data row of the units sheet: every cell by its column's type, then the contract, then the
 * rule across fields (a leased unit names its tenant). All of the row's problems come back together.
 */
export function parseUnitRow(cells: readonly Cell[], positions: ReadonlyMap<string, number>): ParsedRow {
  const parsed = parseSheetRow(unitColumns, unitImportRow, cells, positions);
  if (!parsed.ok) return parsed;
  const row = parsed.row;
  if (row.status === 'leased' && !row.tenantUscc && !row.tenantName) {
    const column = unitColumns.find((c) => c.key === 'tenantUscc')!;
    return { ok: false, problems: [problem(column, null, 'leasedNeedsTenant')] };
  }
  return { ok: true, row };
}

/** A row with no value in any cell: blank lines between blocks of data are skipped, not rejected. */
export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell === null);
}
