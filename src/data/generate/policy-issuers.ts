import type { policyLevel } from '../../modules/policies/tables.js';
import { fujianDivisions } from '../divisions.js';

export type PolicyLevel = (typeof policyLevel.enumValues)[number];

/**
 * Who issues a generated policy: a real body at a real level (the State Council's ministries, Fujian
 * province, its cities and districts, a zone's management committee), with the place the title names and
 * the prefix its document numbers carry (榕政综〔2025〕12号 is a Fuzhou municipal government document).
 */
export type Issuer = {
  level: PolicyLevel;
  issuerZh: string;
  issuerEn: string;
  /** How the title names the place: 福州市仓山区 / Cangshan District, Fuzhou. */
  placeZh: string;
  placeEn: string;
  /** 文号 prefix before 〔year〕. */
  docPrefix: string;
  /** First digits of the GB/T 2260 codes the issuer governs (zones there are its own); '' everywhere. */
  divisionPrefix: string;
  /** A zone's committee: the zone its policies apply in. */
  zoneCode?: string;
  weight: number;
};

/** Fujian's prefecture-level cities: English name, the one-character abbreviation of their documents, weight. */
const CITIES: Record<string, { en: string; abbr: string; weight: number }> = {
  '350100': { en: 'Fuzhou', abbr: '榕', weight: 30 },
  '350200': { en: 'Xiamen', abbr: '厦', weight: 25 },
  '350300': { en: 'Putian', abbr: '莆', weight: 5 },
  '350400': { en: 'Sanming', abbr: '明', weight: 4 },
  '350500': { en: 'Quanzhou', abbr: '泉', weight: 12 },
  '350600': { en: 'Zhangzhou', abbr: '漳', weight: 6 },
  '350700': { en: 'Nanping', abbr: '南', weight: 4 },
  '350800': { en: 'Longyan', abbr: '龙', weight: 4 },
  '350900': { en: 'Ningde', abbr: '宁', weight: 4 },
};

/**
 * The county-level divisions with biomedical parks or plans, by their romanised names: the generator only
 * names places it can also name in English, and each is checked against GB/T 2260 when first used.
 */
const DISTRICTS: Record<string, Record<string, string>> = {
  '350100': {
    鼓楼区: 'Gulou',
    台江区: 'Taijiang',
    仓山区: 'Cangshan',
    马尾区: 'Mawei',
    晋安区: "Jin'an",
    长乐区: 'Changle',
    闽侯县: 'Minhou',
    福清市: 'Fuqing',
  },
  '350200': {
    思明区: 'Siming',
    海沧区: 'Haicang',
    湖里区: 'Huli',
    集美区: 'Jimei',
    同安区: "Tong'an",
    翔安区: "Xiang'an",
  },
  '350300': { 城厢区: 'Chengxiang', 涵江区: 'Hanjiang', 荔城区: 'Licheng', 秀屿区: 'Xiuyu' },
  '350400': { 三元区: 'Sanyuan', 沙县区: 'Shaxian', 永安市: "Yong'an" },
  '350500': {
    鲤城区: 'Licheng',
    丰泽区: 'Fengze',
    洛江区: 'Luojiang',
    泉港区: 'Quangang',
    石狮市: 'Shishi',
    晋江市: 'Jinjiang',
    南安市: "Nan'an",
  },
  '350600': { 芗城区: 'Xiangcheng', 龙文区: 'Longwen', 龙海区: 'Longhai', 长泰区: 'Changtai' },
  '350700': { 延平区: 'Yanping', 建阳区: 'Jianyang', 邵武市: 'Shaowu', 武夷山市: 'Wuyishan' },
  '350800': { 新罗区: 'Xinluo', 永定区: 'Yongding', 漳平市: 'Zhangping' },
  '350900': { 蕉城区: 'Jiaocheng', 福安市: "Fu'an", 福鼎市: 'Fuding' },
};

/**
 * Departments that issue industrial policies, per level: name, English name (% is where the place's
 * adjective goes: "Fujian Provincial"), 文号 prefix after the place's abbreviation, relative weight.
 */
const PROVINCIAL_DEPARTMENTS = [
  ['人民政府', "% People's Government", '政', 3],
  ['人民政府办公厅', "General Office of the % People's Government", '政办', 3],
  ['工业和信息化厅', '% Department of Industry and Information Technology', '工信', 3],
  ['科学技术厅', '% Department of Science and Technology', '科', 2],
  ['发展和改革委员会', '% Development and Reform Commission', '发改', 2],
  ['药品监督管理局', '% Medical Products Administration', '药监', 2],
  ['商务厅', '% Department of Commerce', '商务', 1],
] as const;

const MUNICIPAL_DEPARTMENTS = [
  ['人民政府', "% People's Government", '政综', 3],
  ['人民政府办公厅', "General Office of the % People's Government", '政办', 3],
  ['工业和信息化局', '% Bureau of Industry and Information Technology', '工信', 3],
  ['科学技术局', '% Science and Technology Bureau', '科', 2],
  ['发展和改革委员会', '% Development and Reform Commission', '发改', 1],
  ['商务局', '% Bureau of Commerce', '商务', 1],
] as const;

const DISTRICT_DEPARTMENTS = [
  ['人民政府', "People's Government of %", '政', 3],
  ['人民政府办公室', "Office of the People's Government of %", '政办', 2],
] as const;

/** How often each level issues the policies a Fujian zone works with (percent). */
const LEVEL_WEIGHTS: Record<PolicyLevel, number> = {
  national: 5,
  provincial: 20,
  municipal: 40,
  district: 25,
  zone: 10,
};

const NATIONAL: Issuer[] = [
  ['国家药品监督管理局', 'National Medical Products Administration', '国药监'],
  ['工业和信息化部', 'Ministry of Industry and Information Technology', '工信部'],
  ['科学技术部', 'Ministry of Science and Technology', '国科发'],
  ['国家发展和改革委员会', 'National Development and Reform Commission', '发改高技'],
].map(([zh, en, prefix]) => ({
  level: 'national' as const,
  issuerZh: zh!,
  issuerEn: en!,
  placeZh: zh!,
  placeEn: `the ${en}`,
  docPrefix: prefix!,
  divisionPrefix: '',
  weight: 1,
}));

/** 区 District, 县 County, 市 (county-level) City. */
function districtKind(name: string): string {
  if (name.endsWith('区')) return 'District';
  if (name.endsWith('县')) return 'County';
  return 'City';
}

export type ZoneRow = { code: string; nameZh: string; nameEn: string; divisionCode: string | null };

/** 文号 abbreviations of the zones' committees as their documents are numbered; others: the zone's first two characters. */
const ZONE_PREFIXES: Record<string, string> = {
  'fuzhou-imcez': '榕医实管',
  'xiamen-bio-economy': '厦生物城管',
  pingtan: '岚综管',
};

/** Every issuer a generated policy may have, weighted so municipal and provincial texts dominate. */
export function policyIssuers(zoneRows: readonly ZoneRow[]): Issuer[] {
  const divisions = fujianDivisions();
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const issuers: Issuer[] = [...NATIONAL];
  for (const [zh, en, suffix, weight] of PROVINCIAL_DEPARTMENTS) {
    issuers.push({
      level: 'provincial',
      issuerZh: `福建省${zh}`,
      issuerEn: en.replace('%', 'Fujian Provincial'),
      placeZh: '福建省',
      placeEn: 'Fujian Province',
      docPrefix: `闽${suffix}`,
      divisionPrefix: '35',
      weight,
    });
  }
  for (const [cityCode, city] of Object.entries(CITIES)) {
    const cityZh = byCode.get(cityCode)?.nameZh;
    if (!cityZh) throw new Error(`GB/T 2260 has no city ${cityCode}`);
    const prefix = cityCode.slice(0, 4);
    for (const [zh, en, suffix, weight] of MUNICIPAL_DEPARTMENTS) {
      issuers.push({
        level: 'municipal',
        issuerZh: `${cityZh}${zh}`,
        issuerEn: en.replace('%', `${city.en} Municipal`),
        placeZh: cityZh,
        placeEn: city.en,
        docPrefix: `${city.abbr}${suffix}`,
        divisionPrefix: prefix,
        weight: weight * city.weight,
      });
    }
    const realDistricts = new Set(divisions.filter((d) => d.parentCode === cityCode).map((d) => d.nameZh));
    for (const [districtZh, districtEn] of Object.entries(DISTRICTS[cityCode] ?? {})) {
      if (!realDistricts.has(districtZh)) throw new Error(`GB/T 2260 has no ${districtZh} in ${cityZh}`);
      const kind = districtKind(districtZh);
      // A county-level city is named alone (福清市); a district or county with its city (福州市仓山区).
      const cityLevel = kind === 'City';
      const placeZh = cityLevel ? districtZh : `${cityZh}${districtZh}`;
      const placeEn = cityLevel ? districtEn : `${districtEn} ${kind}, ${city.en}`;
      for (const [zh, en, suffix, weight] of DISTRICT_DEPARTMENTS) {
        issuers.push({
          level: 'district',
          issuerZh: `${placeZh}${zh}`,
          issuerEn: en.replace('%', cityLevel ? `${districtEn} City` : placeEn),
          placeZh,
          placeEn: cityLevel ? `${districtEn} City` : placeEn,
          docPrefix: `${districtZh[0]}${suffix}`,
          divisionPrefix: prefix,
          weight: weight * Math.ceil(city.weight / 4),
        });
      }
    }
  }
  for (const zone of zoneRows) {
    issuers.push({
      level: 'zone',
      issuerZh: `${zone.nameZh}管理委员会`,
      issuerEn: `Management Committee of the ${zone.nameEn}`,
      placeZh: zone.nameZh,
      placeEn: `the ${zone.nameEn}`,
      docPrefix: ZONE_PREFIXES[zone.code] ?? `${zone.nameZh.slice(0, 2)}管`,
      divisionPrefix: zone.divisionCode?.slice(0, 4) ?? '35',
      zoneCode: zone.code,
      weight: 1,
    });
  }
  return levelWeighted(issuers);
}

/**
 * Spreads each level's share (LEVEL_WEIGHTS) over its issuers by their relative weights, so how many
 * districts are listed does not decide how many district policies there are.
 */
function levelWeighted(issuers: Issuer[]): Issuer[] {
  const totals = new Map<PolicyLevel, number>();
  for (const i of issuers) totals.set(i.level, (totals.get(i.level) ?? 0) + i.weight);
  return issuers.map((i) => ({
    ...i,
    weight: Math.max(1, Math.round((10_000 * LEVEL_WEIGHTS[i.level] * i.weight) / totals.get(i.level)!)),
  }));
}
