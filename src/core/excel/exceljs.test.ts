import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from './exceljs.js';

describe('the streaming xlsx reader', () => {
  it('reads back every Chinese cell intact, however the compressed stream is chunked', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'medzone-exceljs-')), 'chinese.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const sheet = writer.addWorksheet('单元');
    const texts = Array.from({ length: 5_000 }, (_, i) => `福州市仓山区金山医药产业园第${i}号楼研发实验室`);
    for (const text of texts) sheet.addRow([text]).commit();
    sheet.commit();
    await writer.commit();

    const read: string[] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      worksheets: 'emit',
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet) read.push(String((row.values as unknown[])[1]));
    }
    // Hundreds of KiB of text cross many chunk boundaries; before the fix some cells held "��".
    expect(read.filter((t) => t.includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(texts);
  });
});
