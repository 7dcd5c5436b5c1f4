import type { Writable } from 'node:stream';
import ExcelJS from './exceljs.js';

/** An exact decimal ("45000.00") as a spreadsheet number, so Excel can sum it; null stays an empty cell. */
export function cellNumber(decimal: string | null): number | null {
  return decimal === null ? null : Number(decimal);
}

export type TableColumn<T> = { header: string; width?: number; value: (row: T) => string | number | null };

/**
 * A streaming workbook writer as every MedZone export makes it: styles on (bold headers, frozen panes),
 * inline strings (no shared-strings table to hold in memory), MedZone as the author.
 */
export function streamingWorkbook(out: Writable) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'MedZone';
  return workbook;
}

/** One sheet of a workbook of lists: its name, columns and rows. */
export type TableSheet<T> = {
  name: string;
  columns: readonly TableColumn<T>[];
  rows: Iterable<T> | AsyncIterable<T>;
};

/**
 * Lists as a workbook, a sheet each: a bold, frozen header and one row per item, streamed (a long list
 * never sits in memory as a workbook). Numbers stay numbers so they can be summed in Excel.
 */
export async function writeSheetsXlsx(
  out: Writable,
  // biome-ignore lint/suspicious/noExplicitAny: each sheet has its own row type; columns and rows agree per sheet.
  sheets: readonly TableSheet<any>[],
): Promise<number> {
  const workbook = streamingWorkbook(out);
  let written = 0;
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 16 }));
    sheet.getRow(1).font = { bold: true };
    for await (const row of rows) {
      sheet.addRow(columns.map((c) => c.value(row))).commit();
      written += 1;
    }
    sheet.commit();
  }
  await workbook.commit();
  return written;
}

/** A list as a one-sheet workbook (see writeSheetsXlsx). */
export function writeTableXlsx<T>(
  out: Writable,
  sheetName: string,
  columns: readonly TableColumn<T>[],
  rows: Iterable<T> | AsyncIterable<T>,
): Promise<number> {
  return writeSheetsXlsx(out, [{ name: sheetName, columns, rows }]);
}
