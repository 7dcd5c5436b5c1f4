import { foldLabel } from '../space-io/cells.js';
import type { ColumnSpec } from '../space-io/columns.js';
import type { EnterpriseStatus } from './schema.js';

/** Statuses as the workbook writes them; import also takes the codes, English and traditional script. */
export const STATUS_CELL_LABELS: Record<EnterpriseStatus, { zh: string; en: string }> = {
  target: { zh: '目标企业', en: 'Target' },
  in_contact: { zh: '洽谈中', en: 'In contact' },
  settled: { zh: '已入驻', en: 'Settled' },
  left: { zh: '已迁出', en: 'Left' },
};

/** The status a cell names, or the text itself for the contract to refuse. */
export function statusOfCell(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const folded = foldLabel(text);
  for (const [code, label] of Object.entries(STATUS_CELL_LABELS)) {
    if ([code, label.zh, label.en].some((name) => foldLabel(name) === folded)) return code;
  }
  return text;
}

function col(
  key: string,
  zh: string,
  en: string,
  type: ColumnSpec['type'],
  notes: { zh: string; en: string },
  options: { required?: boolean; width?: number; informational?: boolean } = {},
): ColumnSpec {
  return {
    key,
    zh,
    en,
    type,
    required: options.required ?? false,
    ...(options.informational ? { informational: true } : {}),
    noteZh: notes.zh,
    noteEn: notes.en,
    width: options.width ?? 14,
  };
}

const yesNo = { zh: '是或否，空白为否', en: 'Yes or no; blank is no' };
const wanNote = { zh: '万元，可含小数', en: '10k yuan, decimals allowed' };

/**
 * The enterprises sheet. Export writes these columns and import reads them, so an exported file imports
 * back unchanged. Rows match on the credit code; rows without one on name + park (see the rule below).
 */
export const enterpriseColumns: readonly ColumnSpec[] = [
  col(
    'uscc',
    '统一社会信用代码',
    'Credit code',
    'text',
    {
      zh: '18 位；已有企业按此代码更新',
      en: '18 characters; an enterprise with this code is updated',
    },
    { width: 22 },
  ),
  col(
    'nameZh',
    '企业名称',
    'Name',
    'text',
    { zh: '中文全称', en: 'Full Chinese name' },
    { required: true, width: 32 },
  ),
  col('nameEn', '英文名称', 'English name', 'text', { zh: '', en: '' }, { width: 24 }),
  col(
    'status',
    '状态',
    'Status',
    'text',
    {
      zh: '目标企业、洽谈中、已入驻或已迁出',
      en: 'Target, in contact, settled or left',
    },
    { required: true, width: 10 },
  ),
  col('parkCode', '园区编码', 'Park code', 'text', {
    zh: '平台中的园区编码；目标企业可空',
    en: "The park's code on the platform; blank for targets",
  }),
  col(
    'parkName',
    '园区名称',
    'Park name',
    'text',
    {
      zh: '仅供阅读，导入时不使用',
      en: 'For reading only; ignored on import',
    },
    { informational: true, width: 24 },
  ),
  col('divisionCode', '行政区划代码', 'Division code', 'text', {
    zh: '注册地 GB/T 2260 代码，6 位，如 350104',
    en: 'GB/T 2260 code of the registered address, 6 digits, e.g. 350104',
  }),
  col(
    'directionCode',
    '产业方向',
    'Direction',
    'text',
    {
      zh: '高品质医药、特色医疗器械或互联网+医药医疗（名称或编码）',
      en: 'One of the three directions, by name or code',
    },
    { width: 18 },
  ),
  col('industryCode', '国民经济行业代码', 'Industry code (GB/T 4754)', 'text', {
    zh: 'GB/T 4754，如 C272',
    en: 'GB/T 4754, e.g. C272',
  }),
  col(
    'chainLinkCode',
    '产业链环节',
    'Chain link',
    'text',
    {
      zh: '名称或编码；空白时按行业代码确定',
      en: 'Name or code; blank: from the industry code',
    },
    { width: 18 },
  ),
  col('isMahHolder', '药品上市许可持有人', 'MAH holder', 'boolean', yesNo),
  col('isTaiwanFunded', '台资企业', 'Taiwan-funded', 'boolean', yesNo),
  col(
    'taiwanUbn',
    '統一編號',
    'Taiwan business number',
    'text',
    {
      zh: '台资企业必填：台湾投资方的 8 位統一編號',
      en: 'Required for Taiwan-funded firms: the investor’s 8-digit number',
    },
    { width: 12 },
  ),
  col('isLeading', '龙头企业', 'Leading', 'boolean', yesNo),
  col('isBackbone', '骨干企业', 'Backbone', 'boolean', yesNo),
  col('isHighTech', '高新技术企业', 'High-tech', 'boolean', yesNo),
  col('registeredCapitalWan', '注册资本(万元)', 'Registered capital (10k yuan)', 'decimal', {
    zh: '万元，最多两位小数',
    en: '10k yuan, up to 2 decimals',
  }),
  col('foundedYear', '成立年份', 'Founded', 'integer', { zh: '如 2016', en: 'e.g. 2016' }, { width: 10 }),
  col(
    'settledOn',
    '入驻日期',
    'Settled on',
    'date',
    {
      zh: '已入驻或已迁出企业，如 2023-05-01',
      en: 'Settled or departed firms, e.g. 2023-05-01',
    },
    { width: 12 },
  ),
  col(
    'source',
    '数据来源',
    'Source',
    'text',
    {
      zh: '资料出处，如 2024 年统计年报',
      en: 'Where the record comes from',
    },
    { required: true, width: 28 },
  ),
];

/** The metrics sheet: one row per enterprise and year; the year is the period of every figure. */
export const metricColumns: readonly ColumnSpec[] = [
  col(
    'uscc',
    '统一社会信用代码',
    'Credit code',
    'text',
    {
      zh: '企业的统一社会信用代码（可为本文件企业表中的新企业）',
      en: "The enterprise's credit code (may be a new firm of this file's enterprises sheet)",
    },
    { width: 22 },
  ),
  col(
    'nameZh',
    '企业名称',
    'Name',
    'text',
    {
      zh: '无信用代码时按名称精确匹配',
      en: 'Matched exactly when no credit code is given',
    },
    { width: 32 },
  ),
  col(
    'year',
    '年度',
    'Year',
    'integer',
    { zh: '数据所属年度，如 2024', en: 'The year the figures cover' },
    {
      required: true,
      width: 8,
    },
  ),
  col('operatingRevenueWan', '营业收入(万元)', 'Operating revenue (10k yuan)', 'decimal', wanNote),
  col('taxWan', '税收(万元)', 'Tax (10k yuan)', 'decimal', wanNote),
  col('rdSpendWan', '研发投入(万元)', 'R&D spend (10k yuan)', 'decimal', wanNote),
  col('outputValueWan', '产值(万元)', 'Output value (10k yuan)', 'decimal', wanNote),
  col('employees', '从业人员(人)', 'Employees', 'integer', { zh: '年末人数', en: 'At the year’s end' }),
  col(
    'source',
    '数据来源',
    'Source',
    'text',
    {
      zh: '该年度数据的出处',
      en: "Where the year's figures come from",
    },
    { required: true, width: 28 },
  ),
];

export const ENTERPRISES_SHEET = '企业';
export const METRICS_SHEET = '年度数据';

/** The import's rule, written on the instructions sheet and in the API's description. */
export const REGISTRY_IMPORT_RULE = {
  zh:
    '企业表按 统一社会信用代码 匹配：已有企业更新，没有则新建。未填信用代码的行按 企业名称 + 园区编码 匹配：已有则更新，' +
    '没有才新建（空白信用代码不会清除已有代码）。年度数据表按 信用代码（或企业名称）+ 年度 更新或新增。' +
    '有问题的行逐行报告行号和列，不写入；其余行照常导入。',
  en:
    'Enterprise rows match on the credit code: an existing firm is updated, otherwise one is created. Rows ' +
    'without a credit code match on name + park code: updated when found, created only when not (a blank code ' +
    'never clears a stored one). Metrics rows upsert by credit code (or name) + year. Rows with problems are ' +
    'reported by row number and column and not written; the other rows are imported.',
};
