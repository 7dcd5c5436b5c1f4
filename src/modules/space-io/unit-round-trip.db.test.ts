import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_BAD_ROWS,
  FIXTURE_PARK_CODES,
  FIXTURE_ROWS,
} from '../../../tests/fixtures/make-unit-fixtures.js';
import { importFile } from '../../../tests/support/import-file.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { createTestPark } from '../../../tests/support/test-park.js';
import type { Db } from '../../core/db/db.js';
import ExcelJS, { type Excel } from '../../core/excel/exceljs.js';
import { usccCheckChar } from '../../core/ids/uscc.js';
import { enterprises } from '../enterprises/tables.js';
import { buildings, parks, unitStatusHistory, units } from '../space/tables.js';
import { columnLetter, mapHeaders, unitColumns } from './columns.js';
import { readTable } from './read-table.js';
import { exportUnitRows, type UnitExportRow, writeUnitsCsv, writeUnitsXlsx } from './unit-export.js';
import { writeGeneratedUnitsXlsx } from './unit-file-generator.js';
import { isBlankRow, parseUnitRow } from './unit-rows.js';

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));
const exceljsFile = path.join(fixtures, 'units-exceljs.xlsx');
const libreofficeFile = path.join(fixtures, 'units-libreoffice.xlsx');

let db: Db;
let dir: string;

beforeAll(async () => {
  db = (await testDatabase()).db;
  dir = await mkdtemp(path.join(tmpdir(), 'medzone-round-trip-test-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a report says about a rejected row, without the job's ids. */
function report(errors: Awaited<ReturnType<typeof importFile>>['errors']) {
  return errors.map((e) => ({
    sheet: e.sheet,
    row: e.rowNumber,
    column: e.column,
    value: e.value,
    zh: e.messageZh,
    en: e.messageEn,
  }));
}

async function unitCount(parkIds: number[]) {
  const [row] = await db
    .select({ n: count() })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .where(inArray(buildings.parkId, parkIds));
  return row!.n;
}

async function historyCount(parkIds: number[]) {
  const [row] = await db
    .select({ n: count() })
    .from(unitStatusHistory)
    .innerJoin(units, eq(units.id, unitStatusHistory.unitId))
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .where(inArray(buildings.parkId, parkIds));
  return row!.n;
}

/** Writes to a file and waits until it is on disk: the writers end the stream, not wait for it. */
async function writeTo(
  file: string,
  write: (out: Writable, rows: AsyncIterable<UnitExportRow>) => Promise<number>,
  rows: AsyncIterable<UnitExportRow>,
): Promise<number> {
  const out = createWriteStream(file);
  const written = await write(out, rows);
  await finished(out);
  return written;
}

/** Every data row of a file as import reads it (cells, then the parsed row), by sheet row number. */
async function readRows(file: string) {
  const out: { sheet: string; rowNumber: number; cells: unknown[]; parsed: unknown }[] = [];
  let positions: Map<string, number> | undefined;
  for await (const { sheet, rowNumber, cells } of readTable(file, { format: 'xlsx', sheetName: 'x' })) {
    if (isBlankRow(cells)) continue;
    if (!positions) {
      positions = mapHeaders(
        unitColumns,
        cells.map((c) => (c === null ? null : String(c))),
      ).positions;
      continue;
    }
    // Trailing empty cells are not there in one writer's row and null in another's: the same row.
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    out.push({ sheet, rowNumber, cells, parsed: parseUnitRow(cells, positions) });
  }
  return out;
}

type Validations = { model: Record<string, Excel.DataValidation> };
/** exceljs's reader keeps a sheet's data validations by cell; its typings leave them out. */
function validationsOf(sheet: Excel.Worksheet): Record<string, Excel.DataValidation> {
  return (sheet as unknown as { dataValidations: Validations }).dataValidations.model;
}

const letterOf = (key: string) => columnLetter(unitColumns.findIndex((c) => c.key === key));

describe('a workbook saved again by LibreOffice Calc imports the same as the one exceljs wrote', () => {
  // tests/fixtures/make-unit-fixtures.ts made both files: 300 units for two fixed park codes, 2 bad rows.
  const expectedRejections = [...FIXTURE_BAD_ROWS].map(([index, kind]) => ({ row: index + 2, kind }));
  const good = FIXTURE_ROWS - FIXTURE_BAD_ROWS.size;
  let parkIds: number[];
  let fromExceljs: ReturnType<typeof report>;

  beforeAll(async () => {
    // The fixtures name fixed park codes: start them empty, whatever an earlier run in this database left.
    const existing = await db
      .select({ id: parks.id })
      .from(parks)
      .where(inArray(parks.code, FIXTURE_PARK_CODES));
    if (existing.length > 0) {
      const ids = existing.map((p) => p.id);
      const inParks = db.select({ id: buildings.id }).from(buildings).where(inArray(buildings.parkId, ids));
      await db.delete(units).where(inArray(units.buildingId, inParks));
      await db.delete(buildings).where(inArray(buildings.parkId, ids));
    }
    parkIds = [];
    for (const code of FIXTURE_PARK_CODES) parkIds.push((await createTestPark('fixture', code)).id);
  });

  it('the two files really differ: shared strings and LibreOffice styles against inline strings', async () => {
    const workbooks = await Promise.all(
      [exceljsFile, libreofficeFile].map(async (file) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        return workbook;
      }),
    );
    const [a, b] = workbooks.map((w) => w.worksheets[0]!);
    expect(a!.name).toBe('单元');
    expect(b!.name).toBe('单元');
    // LibreOffice writes mixed-script text such as 面积(m²) as rich text: a CJK-font run, then a Latin one.
    const area = letterOf('areaM2');
    expect(a!.getCell(`${area}1`).value).toBe('面积(m²)');
    expect(b!.getCell(`${area}1`).value).toMatchObject({ richText: expect.any(Array) });
    expect(b!.getCell(`${area}1`).text).toBe('面积(m²)');
    // A zip stores its entries' names as plain text: LibreOffice wrote a shared-strings table, exceljs none.
    const [rawA, rawB] = await Promise.all([readFile(exceljsFile), readFile(libreofficeFile)]);
    expect(rawA.includes('xl/sharedStrings.xml')).toBe(false);
    expect(rawB.includes('xl/sharedStrings.xml')).toBe(true);
    expect(rawB.includes('docProps/custom.xml')).toBe(true);
  });

  it('reads every row of both files to the same cells and the same unit', async () => {
    const [a, b] = await Promise.all([readRows(exceljsFile), readRows(libreofficeFile)]);
    expect(a).toHaveLength(FIXTURE_ROWS);
    expect(b).toEqual(a);
  }, 60_000);

  it('the exceljs file: creates the good rows and rejects the 2 bad ones by row, column and reason', async () => {
    const { job, errors } = await importFile(exceljsFile);
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: FIXTURE_ROWS,
      rowsValid: good,
      rowsRejected: 2,
      created: good,
      updated: 0,
      unchanged: 0,
    });
    expect(await unitCount(parkIds)).toBe(good);
    fromExceljs = report(errors);
    expect(fromExceljs.map((e) => e.row)).toEqual(expectedRejections.map((r) => r.row));
    expect(expectedRejections.map((r) => r.kind)).toEqual(['negativeArea', 'unknownUse']);
    expect(fromExceljs).toMatchObject([
      { sheet: '单元', column: '面积(m²)', value: '-120' },
      { sheet: '单元', column: '用途', value: '宿舍' },
    ]);
    expect(fromExceljs[1]!.zh).toContain('无法识别“宿舍”');
    expect(fromExceljs[1]!.en).toContain('Unrecognised “宿舍”');
  }, 60_000);

  it('a dry run of the LibreOffice file predicts no change', async () => {
    const { job, errors } = await importFile(libreofficeFile, { dryRun: true });
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: FIXTURE_ROWS,
      rowsValid: good,
      rowsRejected: 2,
      created: 0,
      updated: 0,
      unchanged: good,
    });
    expect(report(errors)).toEqual(fromExceljs);
  }, 60_000);

  it('the LibreOffice file: nothing created or updated, the same 2 rows rejected for the same reasons', async () => {
    const history = await historyCount(parkIds);
    const { job, errors } = await importFile(libreofficeFile);
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: FIXTURE_ROWS,
      rowsValid: good,
      rowsRejected: 2,
      created: 0,
      updated: 0,
      unchanged: good,
    });
    expect(report(errors)).toEqual(fromExceljs);
    expect(await unitCount(parkIds)).toBe(good);
    expect(await historyCount(parkIds)).toBe(history);
  }, 60_000);
});

describe('export, then import the exported file', () => {
  const ROWS = 250;
  let park: { id: number; code: string };
  let tenantByCode: { id: number; uscc: string };
  let tenantByName: { id: number; name: string };

  async function exportTo(file: string, format: 'xlsx' | 'csv') {
    return writeTo(
      file,
      format === 'xlsx' ? writeUnitsXlsx : writeUnitsCsv,
      exportUnitRows(db, { park: park.id }),
    );
  }

  async function unitByCode(code: string) {
    const [row] = await db
      .select({ unit: units })
      .from(units)
      .innerJoin(buildings, eq(buildings.id, units.buildingId))
      .where(and(eq(buildings.parkId, park.id), eq(units.code, code)));
    return row!.unit;
  }

  beforeAll(async () => {
    park = await createTestPark('round-trip');
    const generated = path.join(dir, 'generated.xlsx');
    await writeGeneratedUnitsXlsx(generated, { parkCodes: [park.code], rows: ROWS, seed: 99 });
    const { job } = await importFile(generated);
    expect(job).toMatchObject({ status: 'done', created: ROWS, rowsRejected: 0 });

    // Two leased units, so the tenant columns make the round trip too: one tenant found by its credit
    // code, one (without a code) by its exact name.
    const body = `91350100${String(process.pid % 1_000_000_000).padStart(9, '0')}`;
    const uscc = body + usccCheckChar(body);
    const name = unique('往返测试承租企业');
    const [byCode] = await db
      .insert(enterprises)
      .values({ nameZh: unique('往返测试信用代码企业'), uscc, status: 'settled', source: 'test' })
      .onConflictDoUpdate({ target: enterprises.uscc, set: { source: 'test' } })
      .returning({ id: enterprises.id });
    const [byName] = await db
      .insert(enterprises)
      .values({ nameZh: name, status: 'settled', source: 'test' })
      .returning({ id: enterprises.id });
    tenantByCode = { id: byCode!.id, uscc };
    tenantByName = { id: byName!.id, name };
    for (const [code, tenant] of [
      ['U0000003', tenantByCode.id],
      ['U0000004', tenantByName.id],
    ] as const) {
      const unit = await unitByCode(code);
      await db
        .update(units)
        .set({ status: 'leased', tenantEnterpriseId: tenant })
        .where(eq(units.id, unit.id));
    }
  }, 60_000);

  it.each(['xlsx', 'csv'] as const)(
    'an exported %s imports back unchanged',
    async (format) => {
      const file = path.join(dir, `export.${format}`);
      expect(await exportTo(file, format)).toBe(ROWS);
      const history = await historyCount([park.id]);
      const { job, errors } = await importFile(file);
      expect(errors).toEqual([]);
      expect(job).toMatchObject({
        status: 'done',
        rowsRead: ROWS,
        rowsValid: ROWS,
        rowsRejected: 0,
        created: 0,
        updated: 0,
        unchanged: ROWS,
      });
      expect(await unitCount([park.id])).toBe(ROWS);
      expect(await historyCount([park.id])).toBe(history);
      expect(await unitByCode('U0000003')).toMatchObject({
        status: 'leased',
        tenantEnterpriseId: tenantByCode.id,
      });
      expect(await unitByCode('U0000004')).toMatchObject({
        status: 'leased',
        tenantEnterpriseId: tenantByName.id,
      });
    },
    60_000,
  );

  it('the exported file names the tenants by credit code and by name', async () => {
    const file = path.join(dir, 'export-tenants.xlsx');
    await exportTo(file, 'xlsx');
    const rows = await readRows(file);
    const tenantCells = (code: string) => {
      const row = rows.find((r) => r.cells[unitColumns.findIndex((c) => c.key === 'code')] === code)!;
      const at = (key: string) => row.cells[unitColumns.findIndex((c) => c.key === key)] ?? null;
      return [at('status'), at('tenantUscc'), at('tenantName')];
    };
    expect(tenantCells('U0000003')).toEqual(['已出租', tenantByCode.uscc, expect.any(String)]);
    expect(tenantCells('U0000004')).toEqual(['已出租', null, tenantByName.name]);
  }, 60_000);

  // exceljs's in-memory reader holds the dropdowns cell by cell (1.2 million entries) and its writer
  // squeezes them back into ranges: seconds alone, tens of seconds beside another worker.
  it('one row edited in the exported workbook: exactly that unit is updated', async () => {
    const exported = path.join(dir, 'export-to-edit.xlsx');
    await exportTo(exported, 'xlsx');

    // As a user would: open the workbook, change one unit's status and rent, save it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const sheet = workbook.getWorksheet('单元')!;
    const col = (key: string) => unitColumns.findIndex((c) => c.key === key) + 1;
    let edited: { code: string; rent: number } | undefined;
    sheet.eachRow((row, rowNumber) => {
      if (edited || rowNumber === 1) return;
      if (row.getCell(col('status')).value !== '可租售' || row.getCell(col('dealType')).value !== '出租')
        return;
      const rent = row.getCell(col('rentYuanPerM2Month')).value as number;
      row.getCell(col('status')).value = '已预订';
      row.getCell(col('rentYuanPerM2Month')).value = rent + 7.5;
      edited = { code: String(row.getCell(col('code')).value), rent: rent + 7.5 };
    });
    expect(edited).toBeDefined();
    const before = await unitByCode(edited!.code);
    expect(before.status).toBe('available');
    const file = path.join(dir, 'export-edited.xlsx');
    await workbook.xlsx.writeFile(file);

    const history = await historyCount([park.id]);
    const { job, errors } = await importFile(file);
    expect(errors).toEqual([]);
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: ROWS,
      rowsRejected: 0,
      created: 0,
      updated: 1,
      unchanged: ROWS - 1,
    });
    const after = await unitByCode(edited!.code);
    expect(after).toMatchObject({
      id: before.id,
      status: 'reserved',
      rentYuanPerM2Month: edited!.rent.toFixed(2),
      areaM2: before.areaM2,
    });
    // The status change is in the unit's history, once.
    const changes = await db
      .select({ from: unitStatusHistory.fromStatus, to: unitStatusHistory.toStatus })
      .from(unitStatusHistory)
      .where(eq(unitStatusHistory.unitId, before.id))
      .orderBy(asc(unitStatusHistory.id));
    expect(changes).toEqual([
      { from: null, to: 'available' },
      { from: 'available', to: 'reserved' },
    ]);
    expect(await historyCount([park.id])).toBe(history + 1);
  }, 120_000);
});

describe('the template and the exported workbook', () => {
  async function readBack(file: string) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook;
  }

  it('offer dropdowns of the Chinese labels on every enumeration column, and an instructions sheet', async () => {
    const template = path.join(dir, 'template.xlsx');
    const noRows = (async function* () {
      yield* [];
    })();
    expect(await writeTo(template, writeUnitsXlsx, noRows)).toBe(0);
    const workbook = await readBack(template);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['单元', '填写说明']);

    const sheet = workbook.getWorksheet('单元')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      ...unitColumns.map((c) => (c.required ? `${c.zh}*` : c.zh)),
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const validations = validationsOf(sheet);
    const lists = {
      use: '"研发实验室,GMP生产厂房,办公,仓储,地块"',
      status: '"可租售,已预订,已出租,已售出"',
      dealType: '"出租,出售"',
      cleanroomGrade: '"无,GMP A级,GMP B级,GMP C级,GMP D级,ISO 5级,ISO 6级,ISO 7级,ISO 8级"',
      hasExhaust: '"是,否"',
    };
    for (const [key, formula] of Object.entries(lists)) {
      const letter = letterOf(key);
      for (const row of [2, 500, 100_001]) {
        expect(validations[`${letter}${row}`], `${key} ${letter}${row}`).toMatchObject({
          type: 'list',
          formulae: [formula],
          showErrorMessage: true,
        });
      }
      // Not on the header, and the list stops where the template says.
      expect(validations[`${letter}1`]).toBeUndefined();
      expect(validations[`${letter}100002`]).toBeUndefined();
    }
    // A required enumeration may not be left blank; an optional one may.
    expect(validations[`${letterOf('use')}2`]!.allowBlank ?? false).toBe(false);
    expect(validations[`${letterOf('dealType')}2`]!.allowBlank ?? false).toBe(false);
    expect(validations[`${letterOf('status')}2`]!.allowBlank).toBe(true);
    expect(validations[`${letterOf('status')}2`]!.error).toBe(
      '请从下拉列表中选择：可租售、已预订、已出租、已售出',
    );
    // Numbers are checked too; text columns are free.
    expect(validations[`${letterOf('areaM2')}2`]).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(validations[`${letterOf('code')}2`]).toBeUndefined();
    expect(validations[`${letterOf('tenantUscc')}2`]).toBeUndefined();

    const instructions = workbook.getWorksheet('填写说明')!;
    expect(instructions.getRow(1).values).toEqual([undefined, '列', '必填', '说明', 'Column', 'Notes']);
    const documented = unitColumns.map((_, i) => instructions.getRow(i + 2).getCell(1).value);
    expect(documented).toEqual(unitColumns.map((c) => c.zh));
    const useRow = instructions.getRow(unitColumns.findIndex((c) => c.key === 'use') + 2);
    expect(useRow.getCell(2).value).toBe('是');
    expect(useRow.getCell(3).value).toBe('从下拉列表选择（研发实验室、GMP生产厂房、办公、仓储、地块）');
    expect(useRow.getCell(4).value).toBe('Use');
    expect(String(instructions.getRow(unitColumns.length + 3).getCell(1).value)).toContain(
      '园区编码 + 楼栋编码 + 单元编码',
    );
  }, 60_000);

  it('an export carries the same dropdowns below its data', async () => {
    const park = await createTestPark('round-trip-dropdowns');
    const generated = path.join(dir, 'dropdowns.xlsx');
    await writeGeneratedUnitsXlsx(generated, { parkCodes: [park.code], rows: 5 });
    expect((await importFile(generated)).job).toMatchObject({ created: 5 });
    const file = path.join(dir, 'dropdowns-export.xlsx');
    expect(await writeTo(file, writeUnitsXlsx, exportUnitRows(db, { park: park.id }))).toBe(5);

    const workbook = await readBack(file);
    const sheet = workbook.getWorksheet('单元')!;
    expect(sheet.actualRowCount).toBe(6);
    const validations = validationsOf(sheet);
    for (const key of ['use', 'status', 'dealType']) {
      // On the exported rows, so an edit there is offered the same choices, and on the rows below.
      for (const row of [2, 6, 7])
        expect(validations[`${letterOf(key)}${row}`]).toMatchObject({ type: 'list' });
    }
    expect(workbook.getWorksheet('填写说明')).toBeDefined();
  }, 60_000);
});
