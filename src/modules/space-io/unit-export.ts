import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import type { Excel } from '../../core/excel/exceljs.js';
import { cellNumber, streamingWorkbook } from '../../core/excel/table-export.js';
import { enterprises } from '../enterprises/tables.js';
import { booleanLabels, enumLabels } from '../space/index.js';
import type { UnitSearchQuery } from '../space/schema.js';
import { buildings, parks, units } from '../space/tables.js';
import { fromUnits, unitFilter } from '../space/unit-search.js';
import type { Cell } from './cells.js';
import { type ColumnSpec, columnLetter, unitColumns } from './columns.js';

/** A unit as its row in the units sheet: the same columns import reads. */
export type UnitExportRow = {
  parkCode: string;
  parkName: string;
  buildingCode: string;
  buildingName: string;
  unit: typeof units.$inferSelect;
  tenantUscc: string | null;
  tenantName: string | null;
};

export type UnitExportFilter = Omit<UnitSearchQuery, 'sort' | 'limit' | 'offset'>;

const PAGE = 2000;

/**
 * Every unit matching the search filters, in id order, a page at a time (keyset on id): memory stays flat
 * however many units match. Tenants are included for staff and the operator; public exports leave them out.
 */
export async function* exportUnitRows(
  db: Executor,
  filter: UnitExportFilter,
  options: { includeTenants: boolean } = { includeTenants: true },
): AsyncGenerator<UnitExportRow> {
  const where = unitFilter(filter);
  let after = 0;
  for (;;) {
    const page = (await fromUnits(db, {
      unit: units,
      parkCode: parks.code,
      parkName: parks.nameZh,
      buildingCode: buildings.code,
      buildingName: buildings.nameZh,
      tenantUscc: enterprises.uscc,
      tenantName: enterprises.nameZh,
    })
      .leftJoin(enterprises, eq(enterprises.id, units.tenantEnterpriseId))
      .where(and(where, gt(units.id, after)))
      .orderBy(asc(units.id))
      .limit(PAGE)) as unknown as UnitExportRow[];
    for (const row of page) {
      yield options.includeTenants ? row : { ...row, tenantUscc: null, tenantName: null };
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.unit.id;
  }
}

/** A unit's cells in sheet order: numbers as numbers, enumerations and flags as their Chinese labels. */
export function unitRowCells(row: UnitExportRow): Cell[] {
  const u = row.unit;
  const values: Record<string, Cell> = {
    parkCode: row.parkCode,
    parkName: row.parkName,
    buildingCode: row.buildingCode,
    buildingName: row.buildingName,
    code: u.code,
    floor: u.floor,
    areaM2: cellNumber(u.areaM2),
    use: enumLabels.use[u.use].zh,
    cleanroomGrade: enumLabels.cleanroomGrade[u.cleanroomGrade].zh,
    dealType: enumLabels.dealType[u.dealType].zh,
    rentYuanPerM2Month: cellNumber(u.rentYuanPerM2Month),
    salePriceYuanPerM2: cellNumber(u.salePriceYuanPerM2),
    floorLoadKnPerM2: cellNumber(u.floorLoadKnPerM2),
    clearHeightM: cellNumber(u.clearHeightM),
    powerKva: cellNumber(u.powerKva),
    hasExhaust: booleanLabels[String(u.hasExhaust) as 'true' | 'false'].zh,
    hasDrainage: booleanLabels[String(u.hasDrainage) as 'true' | 'false'].zh,
    status: enumLabels.status[u.status].zh,
    tenantUscc: row.tenantUscc,
    tenantName: row.tenantName,
    availableFrom: u.availableFrom,
  };
  return unitColumns.map((c) => values[c.key] ?? null);
}

/** The dropdown a column offers in Excel, if it is an enumeration or a yes/no flag. */
function dropdownOf(column: ColumnSpec): string[] | null {
  if (column.type === 'boolean') return [booleanLabels.true.zh, booleanLabels.false.zh];
  if (typeof column.type === 'object') return Object.values(enumLabels[column.type.enum]).map((l) => l.zh);
  return null;
}

/** Rows the dropdowns and number checks cover in a template or export. */
const VALIDATED_ROWS = 100_000;

export function addDataSheet(
  workbook: Excel.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly ColumnSpec[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.required ? `${c.zh}*` : c.zh,
    key: c.key,
    width: c.width,
  }));
  // The streaming writer keeps data validations like the in-memory one; its typings omit them.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: Excel.DataValidation): void } }
  ).dataValidations;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FA' } };
  columns.forEach((column, index) => {
    const range = `${columnLetter(index)}2:${columnLetter(index)}${VALIDATED_ROWS + 1}`;
    const list = dropdownOf(column);
    if (list) {
      validations.add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        errorTitle: column.zh,
        error: `请从下拉列表中选择：${list.join('、')}`,
      });
    } else if (column.type === 'decimal') {
      validations.add(range, {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: !column.required,
        formulae: [0],
        showErrorMessage: true,
        errorTitle: column.zh,
        error: '请填写不小于 0 的数字',
      });
    }
  });
  header.commit();
  return sheet;
}

export function addInstructionsSheet(
  workbook: Excel.stream.xlsx.WorkbookWriter,
  columns: readonly ColumnSpec[],
  rule: { zh: string; en: string },
) {
  const sheet = workbook.addWorksheet('填写说明');
  sheet.columns = [
    { header: '列', key: 'zh', width: 26 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'noteZh', width: 60 },
    { header: 'Column', key: 'en', width: 26 },
    { header: 'Notes', key: 'noteEn', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of columns) {
    const list = dropdownOf(column);
    sheet
      .addRow({
        zh: column.zh,
        required: column.required ? '是' : '',
        noteZh: list ? `${column.noteZh}（${list.join('、')}）` : column.noteZh,
        en: column.en,
        noteEn: column.noteEn,
      })
      .commit();
  }
  sheet.addRow({}).commit();
  sheet.addRow(rule).commit();
  sheet.commit();
}

export type SheetSpec = { name: string; columns: readonly ColumnSpec[]; rule: { zh: string; en: string } };

/**
 * Writes a data sheet (header with required marks, dropdowns for every enumeration, number checks) and
 * an instructions sheet, as a stream; returns the number of data rows written.
 */
export async function writeWorkbook(
  out: Writable,
  spec: SheetSpec,
  rows: AsyncIterable<Cell[]>,
): Promise<number> {
  const workbook = streamingWorkbook(out);
  const sheet = addDataSheet(workbook, spec.name, spec.columns);
  let written = 0;
  for await (const cells of rows) {
    sheet.addRow(cells).commit();
    written += 1;
  }
  sheet.commit();
  addInstructionsSheet(workbook, spec.columns, spec.rule);
  await workbook.commit();
  return written;
}

export async function* mapRows<T>(rows: AsyncIterable<T>, cells: (row: T) => Cell[]): AsyncGenerator<Cell[]> {
  for await (const row of rows) yield cells(row);
}

const unitsSheet: SheetSpec = {
  name: '单元',
  columns: unitColumns,
  rule: {
    zh: '按 园区编码 + 楼栋编码 + 单元编码 匹配：已有单元更新，没有则新建；重复导入同一文件不会产生重复数据。',
    en: 'Rows match on park + building + unit code: existing units are updated, others created; importing the same file again duplicates nothing.',
  },
};

/** The units workbook: an export, or the empty template when rows is empty. */
export function writeUnitsXlsx(out: Writable, rows: AsyncIterable<UnitExportRow>): Promise<number> {
  return writeWorkbook(out, unitsSheet, mapRows(rows, unitRowCells));
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading apostrophe
 * (OWASP's CSV-injection advice); import strips it again.
 */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  const raw = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  const text = typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV in UTF-8 with a byte-order mark, which Excel needs to open Chinese text correctly. */
export async function writeUnitsCsv(out: Writable, rows: AsyncIterable<UnitExportRow>): Promise<number> {
  let written = 0;
  async function* lines() {
    yield `\uFEFF${unitColumns.map((c) => csvField(c.zh)).join(',')}\r\n`;
    for await (const row of rows) {
      yield `${unitRowCells(row).map(csvField).join(',')}\r\n`;
      written += 1;
    }
  }
  // pipeline handles back-pressure and ends (or destroys) the output.
  await pipeline(Readable.from(lines()), out);
  return written;
}
