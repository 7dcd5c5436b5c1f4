import { type EnumName, enumLabels } from '../space/index.js';
import { foldLabel } from './cells.js';

/** 'list': several values in one cell, separated by 、 , ; or a line break. */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'list' | { enum: EnumName };

/** One column of an import/export sheet: the field it fills, its headers and how its cells read. */
export type ColumnSpec = {
  key: string;
  zh: string;
  en: string;
  type: ColumnType;
  required: boolean;
  /** Written on export and in the template, ignored on import (a name shown next to a code). */
  informational?: boolean;
  noteZh: string;
  noteEn: string;
  width: number;
};

/** Both sheets start with the park: its code (the key) and its name (for the reader only). */
const parkIdentityColumns: readonly ColumnSpec[] = [
  {
    key: 'parkCode',
    zh: '园区编码',
    en: 'Park code',
    type: 'text',
    required: true,
    noteZh: '平台中的园区编码，见园区页面',
    noteEn: "The park's code on the platform, shown on its page",
    width: 16,
  },
  {
    key: 'parkName',
    zh: '园区名称',
    en: 'Park name',
    type: 'text',
    required: false,
    informational: true,
    noteZh: '仅供阅读，导入时不使用',
    noteEn: 'For reading only; ignored on import',
    width: 24,
  },
];

/**
 * The units sheet. Export writes these columns and import reads them, so an exported file imports back
 * unchanged. Rows are matched by (园区编码, 楼栋编码, 单元编码).
 */
export const unitColumns: readonly ColumnSpec[] = [
  ...parkIdentityColumns,
  {
    key: 'buildingCode',
    zh: '楼栋编码',
    en: 'Building code',
    type: 'text',
    required: true,
    noteZh: '园区内唯一；不存在的楼栋会被新建',
    noteEn: 'Unique within the park; a building that does not exist yet is created',
    width: 12,
  },
  {
    key: 'buildingName',
    zh: '楼栋名称',
    en: 'Building name',
    type: 'text',
    required: false,
    noteZh: '新建楼栋时使用，缺省为楼栋编码',
    noteEn: 'Used when the building is created; defaults to its code',
    width: 18,
  },
  {
    key: 'code',
    zh: '单元编码',
    en: 'Unit code',
    type: 'text',
    required: true,
    noteZh: '楼栋内唯一；已存在的单元按编码更新',
    noteEn: 'Unique within the building; an existing unit with this code is updated',
    width: 12,
  },
  {
    key: 'floor',
    zh: '楼层',
    en: 'Floor',
    type: 'integer',
    required: false,
    noteZh: '整数，地下为负数',
    noteEn: 'Whole number, negative below ground',
    width: 8,
  },
  {
    key: 'areaM2',
    zh: '面积(m²)',
    en: 'Area (m²)',
    type: 'decimal',
    required: true,
    noteZh: '大于 0，最多两位小数；地块同样以平方米填写（1 亩 ≈ 666.67 m²）',
    noteEn: 'Greater than 0, up to 2 decimals; land parcels in m² too (1 mu ≈ 666.67 m²)',
    width: 12,
  },
  {
    key: 'use',
    zh: '用途',
    en: 'Use',
    type: { enum: 'use' },
    required: true,
    noteZh: '从下拉列表选择',
    noteEn: 'Pick from the list',
    width: 16,
  },
  {
    key: 'cleanroomGrade',
    zh: '洁净等级',
    en: 'Cleanroom grade',
    type: { enum: 'cleanroomGrade' },
    required: false,
    noteZh: '从下拉列表选择，缺省为“无”',
    noteEn: 'Pick from the list; defaults to none',
    width: 12,
  },
  {
    key: 'dealType',
    zh: '租售方式',
    en: 'Lease or sale',
    type: { enum: 'dealType' },
    required: true,
    noteZh: '出租或出售',
    noteEn: 'For lease or for sale',
    width: 10,
  },
  {
    key: 'rentYuanPerM2Month',
    zh: '租金(元/m²·月)',
    en: 'Rent (yuan/m² per month)',
    type: 'decimal',
    required: false,
    noteZh: '出租时填写',
    noteEn: 'When for lease',
    width: 14,
  },
  {
    key: 'salePriceYuanPerM2',
    zh: '售价(元/m²)',
    en: 'Sale price (yuan/m²)',
    type: 'decimal',
    required: false,
    noteZh: '出售时填写',
    noteEn: 'When for sale',
    width: 14,
  },
  {
    key: 'floorLoadKnPerM2',
    zh: '楼面荷载(kN/m²)',
    en: 'Floor load (kN/m²)',
    type: 'decimal',
    required: false,
    noteZh: '',
    noteEn: '',
    width: 14,
  },
  {
    key: 'clearHeightM',
    zh: '净高(m)',
    en: 'Clear height (m)',
    type: 'decimal',
    required: false,
    noteZh: '',
    noteEn: '',
    width: 10,
  },
  {
    key: 'powerKva',
    zh: '电力容量(kVA)',
    en: 'Power (kVA)',
    type: 'decimal',
    required: false,
    noteZh: '',
    noteEn: '',
    width: 12,
  },
  {
    key: 'hasExhaust',
    zh: '排风',
    en: 'Exhaust',
    type: 'boolean',
    required: false,
    noteZh: '是或否，缺省为否',
    noteEn: 'Yes or no; defaults to no',
    width: 8,
  },
  {
    key: 'hasDrainage',
    zh: '排水',
    en: 'Drainage',
    type: 'boolean',
    required: false,
    noteZh: '是或否，缺省为否',
    noteEn: 'Yes or no; defaults to no',
    width: 8,
  },
  {
    key: 'status',
    zh: '状态',
    en: 'Status',
    type: { enum: 'status' },
    required: false,
    noteZh: '缺省为“可租售”；“已出租”须填写承租企业',
    noteEn: 'Defaults to available; a leased unit needs its tenant',
    width: 10,
  },
  {
    key: 'tenantUscc',
    zh: '承租企业统一社会信用代码',
    en: 'Tenant credit code',
    type: 'text',
    required: false,
    noteZh: '已在平台登记的企业；也可只填企业名称',
    noteEn: 'An enterprise registered on the platform; its name alone also works',
    width: 24,
  },
  {
    key: 'tenantName',
    zh: '承租企业名称',
    en: 'Tenant name',
    type: 'text',
    required: false,
    noteZh: '未填信用代码时按名称精确匹配',
    noteEn: 'Matched exactly when no credit code is given',
    width: 28,
  },
  {
    key: 'availableFrom',
    zh: '可入驻日期',
    en: 'Available from',
    type: 'date',
    required: false,
    noteZh: '如 2026-03-01',
    noteEn: 'e.g. 2026-03-01',
    width: 12,
  },
];

/**
 * The parks sheet: a park's public details, matched by 园区编码. Parks are not created by import (they
 * are reference data); a blank cell leaves the field as it is.
 */
export const parkColumns: readonly ColumnSpec[] = [
  ...parkIdentityColumns,
  {
    key: 'address',
    zh: '地址',
    en: 'Address',
    type: 'text',
    required: false,
    noteZh: '园区地址',
    noteEn: 'Street address',
    width: 36,
  },
  {
    key: 'lng',
    zh: '经度',
    en: 'Longitude',
    type: 'decimal',
    required: false,
    noteZh: 'GCJ-02 经度，如 119.2761',
    noteEn: 'GCJ-02 longitude, e.g. 119.2761',
    width: 12,
  },
  {
    key: 'lat',
    zh: '纬度',
    en: 'Latitude',
    type: 'decimal',
    required: false,
    noteZh: 'GCJ-02 纬度，如 26.0372',
    noteEn: 'GCJ-02 latitude, e.g. 26.0372',
    width: 12,
  },
  {
    key: 'clusters',
    zh: '产业方向',
    en: 'Industry clusters',
    type: 'list',
    required: false,
    noteZh: '多个用顿号分隔，如 生物药、医疗器械',
    noteEn: 'Several separated by 、 or commas',
    width: 30,
  },
  {
    key: 'facilities',
    zh: '配套设施',
    en: 'Facilities',
    type: 'list',
    required: false,
    noteZh: '多个用顿号分隔，如 GMP 车间、危化品仓库',
    noteEn: 'Several separated by 、 or commas',
    width: 30,
  },
  {
    key: 'contactName',
    zh: '联系人',
    en: 'Contact person',
    type: 'text',
    required: false,
    noteZh: '招商联系人',
    noteEn: 'Who answers enquiries',
    width: 12,
  },
  {
    key: 'contactPhone',
    zh: '联系电话',
    en: 'Contact phone',
    type: 'text',
    required: false,
    noteZh: '如 0591-87654321 或 13800000000',
    noteEn: 'e.g. 0591-87654321 or a mobile number',
    width: 18,
  },
  {
    key: 'contactEmail',
    zh: '联系邮箱',
    en: 'Contact e-mail',
    type: 'text',
    required: false,
    noteZh: '招商邮箱',
    noteEn: 'Enquiries e-mail',
    width: 24,
  },
  {
    key: 'descriptionZh',
    zh: '园区简介',
    en: 'Description',
    type: 'text',
    required: false,
    noteZh: '不超过 5000 字',
    noteEn: 'Up to 5,000 characters',
    width: 60,
  },
];

/** Column index (0-based) of each field in a sheet whose header row is `headers`, or the missing ones. */
export function mapHeaders(
  columns: readonly ColumnSpec[],
  headers: readonly (string | null)[],
): { positions: Map<string, number>; missing: ColumnSpec[] } {
  const byLabel = new Map<string, ColumnSpec>();
  for (const column of columns) {
    for (const label of [column.zh, column.en, column.key]) byLabel.set(foldLabel(label), column);
  }
  const positions = new Map<string, number>();
  headers.forEach((header, index) => {
    if (!header) return;
    const column = byLabel.get(foldLabel(header));
    if (column && !positions.has(column.key)) positions.set(column.key, index);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key));
  return { positions, missing };
}

const enumIndex = new Map<EnumName, Map<string, string>>();

/** Every accepted name of each value, exact and folded, built once per enumeration. */
function namesOf(name: EnumName): Map<string, string> {
  let index = enumIndex.get(name);
  if (!index) {
    index = new Map();
    for (const [code, label] of Object.entries(enumLabels[name])) {
      for (const n of [code, label.zh, label.en, ...('aliases' in label ? label.aliases : [])]) {
        index.set(n, code);
        index.set(foldLabel(n), code);
      }
    }
    enumIndex.set(name, index);
  }
  return index;
}

/** The enumeration code a cell names (zh, traditional, en, code or alias), or null if it names none. */
export function enumCode(name: EnumName, text: string): string | null {
  const index = namesOf(name);
  // Exported files hold the exact labels; folding (script conversion) only for what people typed.
  return index.get(text) ?? index.get(foldLabel(text)) ?? null;
}

/** Column letter as spreadsheets show it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
