import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import ExcelJS from '../../core/excel/exceljs.js';
import { type Cell, toCell } from './cells.js';

/** One row of a sheet as it streams in; rowNumber is what the spreadsheet shows (header = 1). */
export type SheetRow = { sheet: string; rowNumber: number; cells: Cell[] };

export type TableFormat = 'xlsx' | 'csv';
export type TextEncoding = 'utf-8' | 'gb18030';

/** Reads the file's first bytes: a zip (xlsx) starts with "PK\x03\x04", an old .xls with an OLE header. */
export async function sniffFormat(path: string): Promise<TableFormat | 'xls'> {
  const head = await readHead(path, 8);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  return 'csv';
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Chinese Excel saves "CSV" in the system code page (GBK) unless told "CSV UTF-8"; a file with a BOM or
 * whose first 64 KiB decode as UTF-8 is UTF-8, anything else is read as GB 18030 (a superset of GBK).
 */
export async function sniffEncoding(path: string): Promise<TextEncoding> {
  const head = await readHead(path, 65_536);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    // stream: true leaves a multi-byte character cut by the 64 KiB boundary pending instead of failing.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Passes bytes through and reports how many went by, for progress without buffering the file. */
function byteCounter(onBytes: (total: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      onBytes(total);
      callback(null, chunk);
    },
  });
}

/**
 * Streams the rows of every sheet of an .xlsx, or of a CSV file (one sheet named after the file), with
 * memory bounded by one row at a time (plus exceljs's shared-strings table).
 */
export async function* readTable(
  path: string,
  options: { format: TableFormat; sheetName: string; onBytes?: (total: number) => void },
): AsyncGenerator<SheetRow> {
  const counter = byteCounter(options.onBytes ?? (() => {}));
  const source = createReadStream(path).pipe(counter);
  const rows =
    options.format === 'xlsx'
      ? readXlsx(source)
      : readCsv(source, await sniffEncoding(path), options.sheetName);
  while (true) {
    let next: IteratorResult<SheetRow>;
    try {
      next = await rows.next();
    } catch (error) {
      throw new FileUnreadable(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

/** The parser gave up on the file (a damaged zip, broken XML, unbalanced quotes): the user's problem to fix. */
export class FileUnreadable extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'FileUnreadable';
  }
}

async function* readXlsx(source: NodeJS.ReadableStream): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell date cells from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of workbook) {
    const sheet = (worksheet as unknown as { name?: string }).name ?? 'Sheet1';
    for await (const row of worksheet) {
      // row.values is 1-based and sparse.
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
      yield { sheet, rowNumber: row.number, cells };
    }
  }
}

async function* readCsv(
  source: NodeJS.ReadableStream,
  encoding: TextEncoding,
  sheet: string,
): AsyncGenerator<SheetRow> {
  const text = encoding === 'utf-8' ? source : source.pipe(iconv.decodeStream('gb18030'));
  const parser = text.pipe(
    parseCsv({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    yield { sheet, rowNumber, cells: record.map(toCell) };
  }
}
