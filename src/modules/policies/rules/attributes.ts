/**
 * The attributes a policy rule may test: one catalogue for the rule schema (which ops a type allows), the
 * evaluator (how a profile's value is read and shown), the SQL compiler (the column it lives in) and the
 * calculator's ad-hoc profile. Column names are the only identifiers the compiler puts in SQL, so they
 * come from here and never from input.
 */
import type { AttrType } from './operators.js';

export type { AttrType };

/** Units as the Chinese texts write them; enUnits says how English shows them. */
export type Unit = '万元' | '%' | 'm²' | '人' | '元/m²·月' | '项' | '名';

export type AttributeDef = {
  key: string;
  /** Column of the profile relation (snake_case) the compiled SQL reads. */
  column: string;
  type: AttrType;
  unit?: Unit;
  /** Numbers: must be whole (head counts, approvals). */
  integer?: boolean;
  /** Numbers: the largest value a profile may give (all numbers are ≥ 0). */
  max?: number;
  labelZh: string;
  labelEn: string;
};

function def<const K extends string, const T extends AttrType>(
  key: K,
  column: string,
  type: T,
  labelZh: string,
  labelEn: string,
  extra: Pick<AttributeDef, 'unit' | 'integer' | 'max'> = {},
) {
  return { key, column, type, labelZh, labelEn, ...extra };
}

const MONEY_MAX = 1e11; // 万元: 10^15 yuan, far above any enterprise and still exact to the fen
const AREA_MAX = 1e8;

export const attributeList = [
  def('direction', 'direction', 'string', '产业方向', 'Industry direction'),
  def('chainLinks', 'chain_links', 'stringSet', '产业链环节', 'Chain links'),
  def('industryCode', 'industry_code', 'string', '国民经济行业代码', 'Industry code (GB/T 4754)'),
  def('isTaiwanFunded', 'is_taiwan_funded', 'boolean', '台资企业', 'Taiwan-funded'),
  def('isMahHolder', 'is_mah_holder', 'boolean', '药品上市许可持有人（MAH）', 'Drug MAH holder'),
  def('isHighTech', 'is_high_tech', 'boolean', '高新技术企业', 'High-tech enterprise'),
  def('isLeading', 'is_leading', 'boolean', '龙头企业', 'Leading enterprise'),
  def('isBackbone', 'is_backbone', 'boolean', '骨干企业', 'Backbone enterprise'),
  def('registeredCapitalWan', 'registered_capital_wan', 'number', '注册资本', 'Registered capital', {
    unit: '万元',
    max: MONEY_MAX,
  }),
  def('revenueWan', 'revenue_wan', 'number', '营业收入（最近年度）', 'Revenue (latest year)', {
    unit: '万元',
    max: MONEY_MAX,
  }),
  // R&D spend over revenue; a young biotech with little revenue can be far above 100 %.
  def('rdRatio', 'rd_ratio', 'number', '研发投入占营业收入比例', 'R&D spend / revenue', {
    unit: '%',
    max: 1e6,
  }),
  def('employees', 'employees', 'number', '从业人数', 'Employees', { unit: '人', integer: true, max: 1e7 }),
  def('investmentWan', 'investment_wan', 'number', '项目计划投资', 'Planned project investment', {
    unit: '万元',
    max: MONEY_MAX,
  }),
  def('leasedAreaM2', 'leased_area_m2', 'number', '租用面积', 'Leased area', { unit: 'm²', max: AREA_MAX }),
  def('rentYuanPerM2Month', 'rent_yuan_per_m2_month', 'number', '租金单价', 'Rent', {
    unit: '元/m²·月',
    max: 1e5,
  }),
  def('settledOn', 'settled_on', 'date', '落户日期', 'Settlement date'),
  def('zone', 'zone', 'string', '所在区域', 'Zone'),
  def('block', 'block', 'string', '所在片区', 'Block'),
  def('park', 'park', 'string', '所在园区', 'Park'),
  def('approvals', 'approvals', 'number', '获批药品/器械注册证', 'Drug/device approvals', {
    unit: '项',
    integer: true,
    max: 1e5,
  }),
  def('talents', 'talents', 'number', '引进符合条件人才', 'Qualifying talents employed', {
    unit: '名',
    integer: true,
    max: 1e6,
  }),
] as const satisfies readonly AttributeDef[];

type Listed = (typeof attributeList)[number];
export type AttrKey = Listed['key'];
export type AttrOfType<T extends AttrType> = Extract<Listed, { type: T }>['key'];
export type NumberAttr = AttrOfType<'number'>;

export const attributes = Object.fromEntries(attributeList.map((a) => [a.key, a])) as {
  [K in AttrKey]: Extract<Listed, { key: K }> & AttributeDef;
};

export const attrKeys = attributeList.map((a) => a.key) as AttrKey[];

export function isAttrKey(key: unknown): key is AttrKey {
  return typeof key === 'string' && Object.hasOwn(attributes, key);
}

export function attributeOf(key: AttrKey): AttributeDef {
  return attributes[key];
}

/** Number attributes that are sums of money (万元): percent_of benefits convert them to yuan. */
export function isMoneyAttr(key: AttrKey): boolean {
  return attributeOf(key).unit === '万元';
}

/**
 * How a unit reads. zh shows the value as stored; English has no 万, so en shows money in yuan, scaled by
 * 10^enShift (500 万元 reads "5,000,000 yuan"). enAsIs names the stored unit where a figure must stay
 * as stored (an award per 万元 of investment).
 */
export const unitText: Record<Unit, { zh: string; en: string; enShift: number; enAsIs: string }> = {
  万元: { zh: '万元', en: 'yuan', enShift: 4, enAsIs: 'units of 10,000 yuan' },
  '%': { zh: '%', en: '%', enShift: 0, enAsIs: '%' },
  'm²': { zh: 'm²', en: 'm²', enShift: 0, enAsIs: 'm²' },
  人: { zh: '人', en: 'people', enShift: 0, enAsIs: 'people' },
  '元/m²·月': { zh: '元/m²·月', en: 'yuan/m²·month', enShift: 0, enAsIs: 'yuan/m²·month' },
  项: { zh: '项', en: 'approvals', enShift: 0, enAsIs: 'approvals' },
  名: { zh: '名', en: 'people', enShift: 0, enAsIs: 'people' },
};

/** What a value of each type is in a profile; dates are ISO strings (2026-03-01). */
export type ValueOfType<T extends AttrType> = T extends 'boolean'
  ? boolean
  : T extends 'number'
    ? number
    : T extends 'stringSet'
      ? readonly string[]
      : string;

/** An attribute's value in a profile: missing (undefined) or null both mean "not known". */
export type AttrValue = ValueOfType<AttrType> | null | undefined;

/** What the rules see of an enterprise or a project: any attribute may be missing. */
export type Profile = { [A in Listed as A['key']]?: ValueOfType<A['type']> | null };
