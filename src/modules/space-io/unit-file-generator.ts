import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import ExcelJS from '../../core/excel/exceljs.js';
import { DemoRandom } from '../../data/demo-random.js';
import { booleanLabels, enumLabels } from '../space/index.js';
import type { Cell } from './cells.js';
import { unitColumns } from './columns.js';

/** A deliberately broken row, and why, so a test can check the report names it. */
export type BadRowKind = 'negativeArea' | 'unknownUse' | 'leasedWithoutTenant';

export type GeneratedUnitsFile = {
  parkCodes: string[];
  rows: number;
  /** Data row index (0-based) → the fault written into it. */
  badRows?: ReadonlyMap<number, BadRowKind>;
  seed?: number;
};

const USES = Object.keys(enumLabels.use) as (keyof typeof enumLabels.use)[];

/**
 * Synthetic units for tests and benchmarks (never loaded as data): plausible values from a seeded
 * random source, 200 units per building, laid out as the units sheet.
 */
export function* generatedUnitRows(spec: GeneratedUnitsFile): Generator<Cell[]> {
  const random = new DemoRandom(spec.seed ?? 7);
  for (let i = 0; i < spec.rows; i++) {
    const use = random.pick(USES);
    const lease = use !== 'land_parcel' && random.chance(85);
    const bad = spec.badRows?.get(i);
    const values: Record<string, Cell> = {
      parkCode: spec.parkCodes[i % spec.parkCodes.length]!,
      buildingCode: `G${Math.floor(i / 200) + 1}`,
      buildingName: `${Math.floor(i / 200) + 1}号楼`,
      code: `U${String(i + 1).padStart(7, '0')}`,
      floor: use === 'land_parcel' ? null : random.int(1, 12),
      areaM2: bad === 'negativeArea' ? -120 : random.int(50, 5000) + random.int(0, 99) / 100,
      use: bad === 'unknownUse' ? '宿舍' : enumLabels.use[use].zh,
      cleanroomGrade: use === 'gmp_production' ? random.pick(['GMP C级', 'GMP D级', 'GMP B级']) : '无',
      dealType: lease ? '出租' : '出售',
      rentYuanPerM2Month: lease ? random.int(20, 90) : null,
      salePriceYuanPerM2: lease ? null : random.int(3000, 12000),
      floorLoadKnPerM2: use === 'gmp_production' ? random.pick([8, 10, 12.5]) : null,
      clearHeightM: use === 'gmp_production' ? random.pick([4.5, 6, 8]) : null,
      powerKva: use === 'gmp_production' ? random.int(100, 2000) : null,
      hasExhaust: booleanLabels[random.chance(40) ? 'true' : 'false'].zh,
      hasDrainage: booleanLabels[random.chance(40) ? 'true' : 'false'].zh,
      status: bad === 'leasedWithoutTenant' ? '已出租' : random.pick(['可租售', '可租售', '已预订']),
      availableFrom: random.chance(30) ? `2027-${String(random.int(1, 12)).padStart(2, '0')}-01` : null,
    };
    yield unitColumns.map((c) => values[c.key] ?? null);
  }
}

/** Writes generated units as an .xlsx (streaming: a million rows do not sit in memory). */
export async function writeGeneratedUnitsXlsx(path: string, spec: GeneratedUnitsFile): Promise<void> {
  const out = createWriteStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('单元');
  sheet.addRow(unitColumns.map((c) => c.zh)).commit();
  for (const cells of generatedUnitRows(spec)) sheet.addRow(cells).commit();
  sheet.commit();
  await workbook.commit();
  await finished(out);
}
