import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../tests/support/test-database.js';
import { planTargets, referenceFigures } from '../modules/analytics/tables.js';
import { directions, industryCodes } from '../modules/chain/tables.js';
import { enterprises } from '../modules/enterprises/tables.js';
import { blocks, divisions, parks, zones } from '../modules/space/tables.js';
import { loadReferenceData } from './load-reference.js';
import { parkRefs } from './reference.js';

const tables = {
  zones,
  blocks,
  parks,
  divisions,
  directions,
  industryCodes,
  referenceFigures,
  planTargets,
  enterprises,
};

async function counts() {
  const { db } = await testDatabase();
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = row!.n;
  }
  return out;
}

describe('reference data', () => {
  it('loads again without adding a single row', async () => {
    const before = await counts();
    await loadReferenceData((await testDatabase()).db);
    await loadReferenceData((await testDatabase()).db);
    expect(await counts()).toEqual(before);
  });

  it('has every zone, block, park, centre and facility of the documents, each with its source', async () => {
    const { db } = await testDatabase();
    const parkRows = await db.select().from(parks).where(eq(parks.isDemo, false));
    const names = parkRows.map((p) => p.nameZh);
    for (const name of [
      '瑞科医药健康产业园',
      '财茂生物医药科技园',
      '金山医药产业园',
      '海西新药研发及转化中心',
      '安布瑞肿瘤精准医学研究中心',
      '国家区域医疗中心',
      '国家东南健康医疗大数据中心',
      '华侨医院临床研究基地',
    ]) {
      expect(names).toContain(name);
    }
    // Other test files add parks of their own to the shared database: check the reference ones.
    const referenceCodes = new Set(parkRefs.map((p) => p.code));
    const referenceParks = parkRows.filter((p) => referenceCodes.has(p.code));
    expect(referenceParks).toHaveLength(parkRefs.length);
    for (const p of referenceParks) expect(p.source).toMatch(/^00[02]_[0-9a-f]{16}\.txt$/);
    expect((await db.select().from(zones)).map((z) => z.code).sort()).toEqual([
      'fuzhou-imcez',
      'pingtan',
      'xiamen-bio-economy',
    ]);
  });

  it('takes Fujian GB/T 2260 codes from the package: Fuzhou, Cangshan, Changle, Pingtan', async () => {
    const { db } = await testDatabase();
    const rows = await db.select().from(divisions);
    const byCode = new Map(rows.map((r) => [r.code, r.nameZh]));
    expect(byCode.get('350000')).toBe('福建省');
    expect(byCode.get('350100')).toBe('福州市');
    expect(byCode.get('350104')).toBe('仓山区');
    expect(byCode.get('350112')).toBe('长乐区');
    expect(byCode.get('350128')).toBe('平潭县');
    expect(rows.every((r) => r.code.startsWith('35'))).toBe(true);
  });

  it('has the figures and the 2025 revenue target as stated', async () => {
    const { db } = await testDatabase();
    const figures = await db.select().from(referenceFigures);
    const byCode = new Map(figures.map((f) => [f.code, f]));
    expect(byCode.get('ruike-phase1-enterprises')).toMatchObject({ value: '60.00', comparator: 'at_least' });
    expect(byCode.get('jinshan-new-space')).toMatchObject({ value: '45000.00', unit: 'm2', asOf: '2022-07' });
    expect(byCode.get('haixi-generics-approved')).toMatchObject({ value: '7.00', comparator: 'eq' });
    expect(byCode.get('anbrui-pdx-models')).toMatchObject({ value: '200.00', comparator: 'at_least' });
    expect(byCode.get('fuzhou-imcez-enterprises')).toMatchObject({ value: '100.00', comparator: 'at_least' });
    const [target] = await db.select().from(planTargets);
    expect(target).toMatchObject({
      targetValue: '120000000000.00',
      unit: 'yuan',
      dueYear: 2025,
      source: '000_9b04831e38439c4c.txt',
    });
    expect((await db.select().from(directions)).map((d) => d.nameZh).sort()).toEqual(
      ['互联网+医药医疗', '特色医疗器械', '高品质医药'].sort(),
    );
  });

  it('has the GB/T 4754 pharmaceutical and medical-instrument codes', async () => {
    const { db } = await testDatabase();
    const codes = (await db.select().from(industryCodes)).map((c) => c.code);
    for (const c of [
      'C27',
      'C271',
      'C272',
      'C273',
      'C274',
      'C275',
      'C276',
      'C277',
      'C278',
      'C358',
      'C3581',
      'C3589',
    ]) {
      expect(codes).toContain(c);
    }
  });
});
