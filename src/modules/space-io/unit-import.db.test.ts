import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, count, desc, eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../tests/support/import-file.js';
import { testDatabase } from '../../../tests/support/test-database.js';
import { createTestPark } from '../../../tests/support/test-park.js';
import { auditLog } from '../../core/audit/tables.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Db } from '../../core/db/db.js';
import { enterprises } from '../enterprises/tables.js';
import { buildings, unitStatusHistory, units } from '../space/tables.js';
import { importStagedUnits } from './tables.js';
import { writeGeneratedUnitsXlsx } from './unit-file-generator.js';

let db: Db;
let dir: string;

async function unitsOfPark(parkId: number) {
  const [row] = await db
    .select({ n: count() })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .where(eq(buildings.parkId, parkId));
  return row!.n;
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  dir = await mkdtemp(path.join(tmpdir(), 'medzone-import-test-'));
});

describe('importing a 10,000-row workbook with 3 bad rows', () => {
  let park: { id: number; code: string };
  let file: string;

  beforeAll(async () => {
    park = await createTestPark('import-10k');
    file = path.join(dir, 'units-10k.xlsx');
    await writeGeneratedUnitsXlsx(file, {
      parkCodes: [park.code],
      rows: 10_000,
      badRows: new Map([
        [41, 'negativeArea'],
        [4_999, 'unknownUse'],
        [9_876, 'leasedWithoutTenant'],
      ]),
    });
  }, 60_000);

  it('a dry run reports the 3 rows and what a commit would do, and writes nothing', async () => {
    const { job, errors } = await importFile(file, { dryRun: true });
    expect(job.status).toBe('done');
    expect(job).toMatchObject({
      rowsRead: 10_000,
      rowsValid: 9_997,
      rowsRejected: 3,
      created: 9_997,
      updated: 0,
    });
    expect(errors.map((e) => e.rowNumber)).toEqual([43, 5_001, 9_878]);
    expect(await unitsOfPark(park.id)).toBe(0);
    const [staged] = await db
      .select({ n: count() })
      .from(importStagedUnits)
      .where(eq(importStagedUnits.jobId, job.id));
    expect(staged!.n).toBe(0);
  }, 60_000);

  it('commits the 9,997 good rows and reports the 3 by sheet, row, column and reason in both languages', async () => {
    const { job, errors } = await importFile(file);
    expect(job).toMatchObject({
      status: 'done',
      rowsValid: 9_997,
      rowsRejected: 3,
      created: 9_997,
      updated: 0,
      unchanged: 0,
    });
    expect(await unitsOfPark(park.id)).toBe(9_997);
    expect(errors.map((e) => ({ sheet: e.sheet, row: e.rowNumber, column: e.column }))).toEqual([
      { sheet: '单元', row: 43, column: '面积(m²)' },
      { sheet: '单元', row: 5_001, column: '用途' },
      { sheet: '单元', row: 9_878, column: '承租企业统一社会信用代码' },
    ]);
    expect(errors[1]!.messageZh).toContain('无法识别“宿舍”');
    expect(errors[1]!.messageEn).toContain('Unrecognised “宿舍”');
    expect(errors[2]!.messageZh).toBe('已租单元必须指定承租企业');
    expect(errors[0]!.value).toBe('-120');

    // Each new unit has its first status-history row; the import has one audit entry.
    const [history] = await db
      .select({ n: count() })
      .from(unitStatusHistory)
      .innerJoin(units, eq(units.id, unitStatusHistory.unitId))
      .innerJoin(buildings, eq(buildings.id, units.buildingId))
      .where(eq(buildings.parkId, park.id));
    expect(history!.n).toBe(9_997);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unit.import'), eq(auditLog.entityId, String(job.id))));
    expect(audit!.after).toMatchObject({ created: 9_997, rowsRejected: 3, parks: [park.code] });
  }, 60_000);

  it('importing the same file again changes nothing and duplicates nothing', async () => {
    const [lastHistory] = await db
      .select()
      .from(unitStatusHistory)
      .orderBy(desc(unitStatusHistory.id))
      .limit(1);
    const { job } = await importFile(file);
    expect(job).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 9_997, rowsRejected: 3 });
    expect(await unitsOfPark(park.id)).toBe(9_997);
    const [newest] = await db.select().from(unitStatusHistory).orderBy(desc(unitStatusHistory.id)).limit(1);
    expect(newest!.id).toBe(lastHistory!.id);
  }, 60_000);
});

describe('CSV files', () => {
  const header =
    '园区编码,楼栋编码,单元编码,楼层,面积(m²),用途,洁净等级,租售方式,租金(元/m²·月),状态,可入驻日期,排风';

  it('reads a GBK-encoded CSV saved by Chinese Excel, with traditional-script labels too', async () => {
    const park = await createTestPark('import-gbk');
    const lines = [
      header,
      `${park.code},A,101,1,"1,200.50",GMP生产厂房,GMP C级,出租,58,可租售,2027/3/1,是`,
      `${park.code},A,102,2,300,研發實驗室,無,出租,45,已預訂,,否`,
      `${park.code},A,103,3,0,办公,无,出租,40,可租售,,否`,
    ];
    const file = path.join(dir, 'units-gbk.csv');
    await writeFile(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
    const { job, errors } = await importFile(file);
    expect(job).toMatchObject({ status: 'done', created: 2, rowsRejected: 1 });
    expect(errors).toMatchObject([
      { sheet: 'units-gbk.csv', rowNumber: 4, column: '面积(m²)', messageZh: '面积必须大于 0' },
    ]);
    const rows = await db
      .select({
        code: units.code,
        areaM2: units.areaM2,
        use: units.use,
        status: units.status,
        from: units.availableFrom,
      })
      .from(units)
      .innerJoin(buildings, eq(buildings.id, units.buildingId))
      .where(eq(buildings.parkId, park.id))
      .orderBy(units.code);
    expect(rows).toEqual([
      { code: '101', areaM2: '1200.50', use: 'gmp_production', status: 'available', from: '2027-03-01' },
      { code: '102', areaM2: '300.00', use: 'rd_lab', status: 'reserved', from: null },
    ]);
  });

  it('reports a unit repeated within the file with the row it repeats, and a file without the columns', async () => {
    const park = await createTestPark('import-repeat');
    const file = path.join(dir, 'units-repeat.csv');
    await writeFile(
      file,
      [
        header,
        `${park.code},A,1,1,100,办公,无,出租,40,可租售,,否`,
        `${park.code},A,1,1,120,办公,无,出租,40,可租售,,否`,
      ].join('\n'),
    );
    const { job, errors } = await importFile(file);
    expect(job).toMatchObject({ created: 1, rowsRejected: 1 });
    expect(errors).toMatchObject([
      { rowNumber: 3, column: '单元编码', messageZh: '与第 2 行重复（同一编码）' },
    ]);

    const wrong = path.join(dir, 'not-units.csv');
    await writeFile(wrong, '姓名,电话\n张三,13800000000\n');
    const failed = await importFile(wrong);
    expect(failed.job.status).toBe('failed');
    expect((failed.job.failure as { zh: string }).zh).toContain('缺少必需的列');
  });
});

describe('tenants named, not coded', () => {
  it('keeps the tenant a unit already has when two enterprises share its name', async () => {
    const park = await createTestPark('import-same-name');
    const name = `同名生物科技${park.code}`;
    const [first] = await db
      .insert(enterprises)
      .values([
        { nameZh: name, status: 'settled', source: 'test' },
        { nameZh: name, status: 'target', source: 'test' },
      ])
      .returning({ id: enterprises.id });
    const [building] = await db
      .insert(buildings)
      .values({ parkId: park.id, code: 'A', nameZh: 'A', floors: 3 })
      .returning({ id: buildings.id });
    await db.insert(units).values({
      buildingId: building!.id,
      code: '101',
      floor: 1,
      areaM2: '100.00',
      use: 'office',
      dealType: 'lease',
      status: 'leased',
      tenantEnterpriseId: first!.id,
    });
    const file = path.join(dir, 'units-same-name.csv');
    await writeFile(
      file,
      [
        '园区编码,楼栋编码,单元编码,楼层,面积(m²),用途,租售方式,状态,承租企业名称',
        `${park.code},A,101,1,100,办公,出租,已出租,${name}`,
        `${park.code},A,102,1,100,办公,出租,已出租,${name}`,
      ].join('\n'),
    );
    const { job, errors } = await importFile(file);
    expect(job).toMatchObject({ created: 0, updated: 0, unchanged: 1, rowsRejected: 1 });
    expect(errors).toMatchObject([{ rowNumber: 3, column: '承租企业名称' }]);
    expect(errors[0]!.messageZh).toContain('不止一家');
  });
});

describe('park scope', () => {
  it("rejects, row by row, a park manager's rows for parks that are not theirs", async () => {
    const mine = await createTestPark('import-mine');
    const theirs = await createTestPark('import-theirs');
    const manager: Principal = {
      userId: 0,
      email: 'pm@test.medzone.local',
      displayName: 'PM',
      role: 'park_manager',
      parkIds: [mine.id],
      mustChangePassword: false,
    };
    const file = path.join(dir, 'units-scope.xlsx');
    await writeGeneratedUnitsXlsx(file, { parkCodes: [mine.code, theirs.code, 'no-such-park'], rows: 6 });
    const { job, errors } = await importFile(file, { actor: manager });
    expect(job).toMatchObject({ created: 2, rowsRejected: 4 });
    expect(errors.map((e) => [e.rowNumber, e.messageEn])).toEqual([
      [3, 'You may not change this park'],
      [4, 'No park has the code “no-such-park”'],
      [6, 'You may not change this park'],
      [7, 'No park has the code “no-such-park”'],
    ]);
    expect(await unitsOfPark(theirs.id)).toBe(0);
  });
});
