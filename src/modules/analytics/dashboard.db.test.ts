import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import ExcelJS from '../../core/excel/exceljs.js';
import { enterpriseMetrics, enterprises } from '../enterprises/tables.js';
import { parks } from '../space/tables.js';
import { refreshRollups } from './rollups.js';
import type { Dashboard } from './schema.js';

/** Years of their own (no other test writes metrics for them): the fixture is all there is. */
const YEAR = 2093;
const ids: number[] = [];
let officer: Client;

/** Fujian firms of YEAR-1 and YEAR: 60 bn yuan in YEAR, half the documents' 120 bn target. */
async function insertFixture() {
  const { db } = await testDatabase();
  const parkRows = await db.select({ id: parks.id, code: parks.code }).from(parks);
  const ruike = parkRows.find((p) => p.code === 'ruike')!.id;
  const firms = [
    {
      status: 'settled',
      parkId: ruike,
      division: '350104',
      direction: 'high_quality_medicine',
      revenue: ['30000000000.00', '20000000000.00'],
    },
    {
      status: 'target',
      parkId: null,
      division: '350203',
      direction: 'specialty_medical_devices',
      revenue: ['30000000000.00', '10000000000.00'],
    },
    {
      status: 'target',
      parkId: null,
      division: '310101',
      direction: 'high_quality_medicine',
      revenue: ['99.00', '99.00'],
    },
  ] as const;
  for (const firm of firms) {
    const [created] = await db
      .insert(enterprises)
      .values({
        nameZh: unique('看板测试企业'),
        status: firm.status,
        parkId: firm.parkId,
        divisionCode: firm.division,
        directionCode: firm.direction,
        source: 'test',
        isDemo: true,
      })
      .returning({ id: enterprises.id });
    ids.push(created!.id);
    await db.insert(enterpriseMetrics).values([
      {
        enterpriseId: created!.id,
        year: YEAR,
        operatingRevenueYuan: firm.revenue[0],
        source: 'test',
        isDemo: true,
      },
      {
        enterpriseId: created!.id,
        year: YEAR - 1,
        operatingRevenueYuan: firm.revenue[1],
        source: 'test',
        isDemo: true,
      },
    ]);
  }
  await refreshRollups(db, { from: YEAR - 1, to: YEAR });
}

beforeAll(async () => {
  officer = await signedInClient('officer');
  await insertFixture();
});

afterAll(async () => {
  const { db } = await testDatabase();
  await db.delete(enterprises).where(inArray(enterprises.id, ids));
  await db.execute(sql`DELETE FROM metric_rollups WHERE year BETWEEN ${YEAR - 1} AND ${YEAR}`);
});

async function read(client: Client, query: string): Promise<Dashboard> {
  const res = await client.request({ method: 'GET', url: `/api/dashboard?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Dashboard;
}

describe('GET /api/dashboard', () => {
  it('shows Fujian’s revenue against the 120 bn target with the year of the figure and its rows', async () => {
    const dashboard = await read(officer, `year=${YEAR}`);
    expect(dashboard.year).toBe(YEAR);
    expect(dashboard.years).toEqual(expect.arrayContaining([YEAR - 1, YEAR]));
    const target = dashboard.targets.find((t) => t.code === 'fujian-pharma-revenue-2025');
    expect(target).toMatchObject({
      targetValue: '120000000000.00',
      actual: '60000000000.00',
      progressPct: 50,
      period: { kind: 'year', year: YEAR },
      basis: 'enterprises',
      basisCount: 2,
      actualSource: 'enterprise_metrics',
      scopeNameZh: '福建省',
      isReference: true,
    });
    expect(target!.rowsUrl).toBe(`/workbench/enterprises?divisionCode=350000&year=${YEAR}`);
    expect(dashboard.status.computedAt).not.toBeNull();
  });

  it('breaks the year down by park, direction and city, and gives every year’s trend', async () => {
    const dashboard = await read(officer, `year=${YEAR}`);
    const ruike = dashboard.byPark.find((p) => p.code === 'ruike')!;
    expect(ruike).toMatchObject({ revenueYuan: '30000000000.00', enterpriseCount: 1 });
    expect(ruike.rowsUrl).toBe(`/workbench/enterprises?status=settled&parkId=${ruike.id}&year=${YEAR}`);
    expect(dashboard.byCity.find((c) => c.code === '350200')).toMatchObject({
      nameZh: '厦门市',
      revenueYuan: '30000000000.00',
      enterpriseCount: 1,
    });
    expect(dashboard.byDirection.find((d) => d.code === 'high_quality_medicine')).toMatchObject({
      revenueYuan: '30000000000.00',
    });
    const previous = dashboard.trend.find((t) => t.year === YEAR - 1)!;
    expect(previous.province).toMatchObject({ revenueYuan: '30000000000.00', enterpriseCount: 2 });
    expect(previous.zones.revenueYuan).toBe('20000000000.00');
    expect(dashboard.references.map((r) => r.code)).toEqual(
      expect.arrayContaining(['ruike-phase1-enterprises', 'anbrui-pdx-models']),
    );
  });

  it('narrows the breakdowns to a direction and a zone', async () => {
    const all = await read(officer, `year=${YEAR}`);
    const zone = all.byPark.find((p) => p.code === 'ruike')!.zoneId;
    const narrowed = await read(
      officer,
      `year=${YEAR}&zoneId=${zone}&directionCode=specialty_medical_devices`,
    );
    expect(narrowed.byZone.map((z) => z.id)).toEqual([zone]);
    expect(narrowed.byPark.every((p) => p.zoneId === zone)).toBe(true);
    expect(narrowed.byCity.find((c) => c.code === '350200')?.revenueYuan).toBe('30000000000.00');
    expect(narrowed.byCity.find((c) => c.code === '350100')?.revenueYuan).toBeNull();
    expect(narrowed.byCity.find((c) => c.code === '350200')?.rowsUrl).toContain(
      'directionCode=specialty_medical_devices',
    );
  });

  it('lets park managers read it and no one else', async () => {
    const manager = await signedInClient('park_manager', []);
    expect((await manager.request({ method: 'GET', url: '/api/dashboard' })).statusCode).toBe(200);
    const member = await signedInClient('enterprise');
    expect((await member.request({ method: 'GET', url: '/api/dashboard' })).statusCode).toBe(403);
  });
});

describe('GET /api/dashboard.xlsx', () => {
  it('exports the same figures with their period and source', async () => {
    const res = await officer.request({ method: 'GET', url: `/api/dashboard.xlsx?year=${YEAR}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '规划目标',
      '按园区',
      '按产业方向',
      '趋势',
      '按地市',
      '参考数据',
    ]);
    const targets = workbook.getWorksheet('规划目标')!;
    const header = targets.getRow(1).values as unknown[];
    const row = targets
      .getRows(2, targets.rowCount - 1)!
      .find((r) => r.getCell(1).value === '全省医药工业营业收入')!;
    const cell = (name: string) => row.getCell(header.indexOf(name)).value;
    expect(cell('目标值')).toBe(120_000_000_000);
    expect(cell('实际值')).toBe(60_000_000_000);
    expect(cell('统计期间')).toBe(`${YEAR}年度`);
    expect(cell('完成进度(%)')).toBe(50);
    expect(String(cell('实际值来源'))).toContain('企业年度指标');
  });
});
