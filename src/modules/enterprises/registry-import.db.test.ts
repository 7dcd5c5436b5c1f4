import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipartBody, signedInClient } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import ExcelJS from '../../core/excel/exceljs.js';
import { usccCheckChar } from '../../core/ids/index.js';
import { parks } from '../space/tables.js';
import { enterpriseMetrics, enterprises } from './tables.js';

let officer: Client;
let ruikeManager: Client;

type Report = {
  dryRun: boolean;
  rowsRead: number;
  rowsRejected: number;
  enterprises: { created: number; updated: number; unchanged: number };
  metrics: { created: number; updated: number; unchanged: number };
  errors: {
    sheet: string;
    rowNumber: number;
    column: string | null;
    value: string | null;
    message: string;
  }[];
};

let serial = 0;
function freshUscc(): string {
  serial += 1;
  const body = `${process.pid % 1000}${serial}${Date.now() % 100000}`.padStart(9, '7').slice(-9);
  const code = `91350105${body}`;
  return code + usccCheckChar(code);
}

const ENTERPRISE_HEADER = [
  '统一社会信用代码',
  '企业名称*',
  '状态*',
  '园区编码',
  '行政区划代码',
  '产业方向',
  '国民经济行业代码',
  '台资企业',
  '統一編號',
  '数据来源*',
];
const METRIC_HEADER = [
  '统一社会信用代码',
  '企业名称',
  '年度*',
  '营业收入(万元)',
  '研发投入(万元)',
  '数据来源*',
];

async function workbook(enterpriseRows: unknown[][], metricRows: unknown[][] = []): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const e = book.addWorksheet('企业');
  e.addRow(ENTERPRISE_HEADER);
  for (const row of enterpriseRows) e.addRow(row);
  const m = book.addWorksheet('年度数据');
  m.addRow(METRIC_HEADER);
  for (const row of metricRows) m.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(client: Client, file: Buffer, options: { dryRun?: boolean; lang?: string } = {}) {
  const body = await multipartBody(file, 'registry.xlsx');
  const res = await client.request({
    method: 'POST',
    url: `/api/registry/import?dryRun=${options.dryRun ?? false}`,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': options.lang ?? 'zh-CN' },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Report;
}

beforeAll(async () => {
  officer = await signedInClient('officer');
  const { db } = await testDatabase();
  const [ruike] = await db.select({ id: parks.id }).from(parks).where(eq(parks.code, 'ruike'));
  ruikeManager = await signedInClient('park_manager', [ruike!.id]);
});

async function byName(name: string) {
  const { db } = await testDatabase();
  return db.select().from(enterprises).where(eq(enterprises.nameZh, name));
}

describe('registry import', () => {
  it('reports every bad row by sheet, row and column, imports the good ones, and a dry run writes nothing', async () => {
    const good = unique('导入测试药业');
    const taken = freshUscc();
    const file = await workbook(
      [
        [taken, good, '已入驻', 'ruike', '350104', '高品质医药', 'C272', '否', null, '2024 年报'],
        [null, unique('坏行一'), '不存在', 'ruike', null, null, null, null, null, 'x'],
        [null, unique('坏行二'), '目标企业', 'nowhere', null, null, 'C9999', '是', null, 'x'],
        ['91350104MA2XXXXXX0', unique('坏行三'), 'target', null, '3501', null, null, null, null, 'x'],
        [taken, unique('重复代码'), '目标企业', null, null, null, null, null, null, 'x'],
      ],
      [
        [taken, null, 2024, 1234.5, 100, '2024 年报'],
        [null, unique('没有这家'), 2024, 1, null, 'x'],
        [taken, null, 2024, 1, null, 'x'],
        [taken, null, 2023, null, null, 'x'],
      ],
    );
    const dry = await upload(officer, file, { dryRun: true });
    expect(dry).toMatchObject({
      dryRun: true,
      rowsRead: 9,
      rowsRejected: 7,
      enterprises: { created: 1, updated: 0, unchanged: 0 },
      metrics: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(await byName(good)).toHaveLength(0);

    const report = await upload(officer, file);
    expect(report.enterprises.created).toBe(1);
    const at = (sheet: string, row: number) =>
      report.errors.filter((e) => e.sheet === sheet && e.rowNumber === row).map((e) => [e.column, e.message]);
    expect(at('企业', 3)).toEqual([['状态', expect.stringContaining('无效')]]);
    expect(at('企业', 4)).toEqual([['园区编码', '平台中没有编码为“nowhere”的园区']]);
    expect(
      at('企业', 5)
        .map(([c]) => c)
        .sort(),
    ).toEqual(['统一社会信用代码', '行政区划代码'].sort());
    expect(at('企业', 6)).toEqual([['统一社会信用代码', '与第 2 行重复（同一编码）']]);
    expect(at('年度数据', 3)).toEqual([['企业名称', expect.stringContaining('没有这家')]]);
    expect(at('年度数据', 4)).toEqual([['年度', '与第 2 行重复（同一编码）']]);
    expect(at('年度数据', 5)).toEqual([['营业收入(万元)', '至少填写一项数据']]);
    const [row] = await byName(good);
    expect(row).toMatchObject({
      status: 'settled',
      divisionCode: '350104',
      directionCode: 'high_quality_medicine',
      chainLinkCode: 'generics',
    });
    const { db } = await testDatabase();
    const metrics = await db
      .select()
      .from(enterpriseMetrics)
      .where(eq(enterpriseMetrics.enterpriseId, row!.id));
    expect(metrics).toMatchObject([
      { year: 2024, operatingRevenueYuan: '12345000.00', rdSpendYuan: '1000000.00' },
    ]);

    const en = await upload(
      officer,
      await workbook([[null, unique('x'), 'target', null, null, null, 'C9999', null, null, 'x']]),
      {
        dryRun: true,
        lang: 'en',
      },
    );
    expect(en.errors[0]?.message).toBe('No such industry code (GB/T 4754)');
  });

  it('updates on re-import by credit code, by name and park without one, and changes nothing the second time', async () => {
    const uscc = freshUscc();
    const coded = unique('代码企业');
    const uncoded = unique('无代码企业');
    const first = await workbook(
      [
        [uscc, coded, '洽谈中', null, null, null, null, '是', '04595257', 'v1'],
        [null, uncoded, '已入驻', 'ruike', null, null, null, null, null, 'v1'],
      ],
      [[null, uncoded, 2025, 10, null, 'v1']],
    );
    expect((await upload(officer, first)).enterprises).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const second = await workbook(
      [
        [uscc, `${coded}（更名）`, '已入驻', 'ruike', null, null, null, '是', '04595257', 'v2'],
        [null, uncoded, '已入驻', 'ruike', '350104', null, null, null, null, 'v2'],
      ],
      [[uscc, null, 2025, 20, null, 'v2']],
    );
    const report = await upload(officer, second);
    expect(report).toMatchObject({
      rowsRejected: 0,
      enterprises: { created: 0, updated: 2, unchanged: 0 },
      metrics: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(await byName(coded)).toHaveLength(0);
    expect((await byName(`${coded}（更名）`))[0]).toMatchObject({
      uscc,
      status: 'settled',
      taiwanUbn: '04595257',
      source: 'v2',
    });
    expect(await byName(uncoded)).toHaveLength(1);
    expect((await byName(uncoded))[0]!.divisionCode).toBe('350104');
    // The same file again: nothing to do.
    expect(await upload(officer, second)).toMatchObject({
      enterprises: { created: 0, updated: 0, unchanged: 2 },
      metrics: { created: 0, updated: 0, unchanged: 1 },
    });
    // A park manager's rows outside their parks are rejected one by one.
    const outside = await upload(
      ruikeManager,
      await workbook([
        [null, unique('园外'), '已入驻', 'jinshan', null, null, null, null, null, 'x'],
        [null, unique('园内'), '已入驻', 'ruike', null, null, null, null, null, 'x'],
      ]),
    );
    expect(outside.enterprises.created).toBe(1);
    expect(outside.errors.map((e) => [e.rowNumber, e.message])).toEqual([[2, '您无权修改此园区的数据']]);
  });

  it('exports the filtered registry as a workbook that imports back unchanged', async () => {
    const tag = unique('往返测试');
    const uscc = freshUscc();
    const seed = await workbook(
      [
        [uscc, `${tag}甲`, '已入驻', 'ruike', '350104', '特色医疗器械', 'C3581', '是', '04595257', 'seed'],
        [null, `${tag}乙`, '目标企业', null, '320500', '互联网+医药医疗', null, '否', null, 'seed'],
      ],
      [
        [uscc, null, 2024, 1234.567891, 12.5, '2024 年报'],
        [uscc, null, 2025, 2000, null, '2025 年报'],
      ],
    );
    expect((await upload(officer, seed)).rowsRejected).toBe(0);
    const exported = await officer.request({ url: `/api/registry/export.xlsx?q=${encodeURIComponent(tag)}` });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['企业', '年度数据', '填写说明']);
    expect(book.getWorksheet('企业')!.rowCount).toBe(3);
    expect(book.getWorksheet('年度数据')!.rowCount).toBe(3);
    expect(book.getWorksheet('企业')!.getRow(1).getCell(2).value).toBe('企业名称*');

    const back = await upload(officer, exported.rawPayload);
    expect(back).toMatchObject({
      rowsRead: 4,
      rowsRejected: 0,
      enterprises: { created: 0, updated: 0, unchanged: 2 },
      metrics: { created: 0, updated: 0, unchanged: 2 },
    });
    const [firm] = await byName(`${tag}甲`);
    expect(firm).toMatchObject({
      chainLinkCode: 'devices',
      isTaiwanFunded: true,
      directionCode: 'specialty_medical_devices',
    });
  });
});
