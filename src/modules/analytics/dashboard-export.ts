import type { TableColumn, TableSheet } from '../../core/excel/table-export.js';
import { cellNumber } from '../../core/excel/table-export.js';
import type { Dashboard } from './schema.js';

/**
 * The dashboard as workbook sheets, in Chinese like every export: targets with actual, period and progress,
 * then the breakdowns, the trend, the cities and the documents' figures. Every figure row says its period and
 * where it comes from.
 */

type Target = Dashboard['targets'][number];
type Place = Dashboard['byPark'][number];
type Direction = Dashboard['byDirection'][number];
type City = Dashboard['byCity'][number];
type Trend = Dashboard['trend'][number];
type Reference = Dashboard['references'][number];

const UNIT_ZH: Record<string, string> = {
  yuan: '元',
  yi_yuan: '亿元',
  enterprises: '家',
  percent: '%',
  m2: '平方米',
  products: '个',
  models: '个',
};

const BASIS_ZH: Record<Target['basis'], string> = {
  enterprises: '企业数',
  projects: '签约项目数',
  units: '单元数',
};

const SOURCE_ZH: Record<string, string> = {
  enterprise_metrics: '企业年度指标',
  enterprises: '企业名录（已入驻）',
  projects: '招商项目（已签约，按签约日期）',
  units: '空间单元（已租或已售面积占比）',
};

function periodZh(period: Target['period']): string {
  if (period.kind === 'today') return `截至 ${period.date}`;
  return period.year === null ? '无数据' : `${period.year}年度`;
}

function yearZh(year: number | null): string {
  return year === null ? '无数据' : `${year}年度`;
}

export function dashboardSheets(
  dashboard: Dashboard,
  directionNames: Map<string, string>,
): TableSheet<unknown>[] {
  const metricsSource = `${SOURCE_ZH.enterprise_metrics}${dashboard.status.includesDemo ? '（含示例数据）' : ''}`;
  const period = yearZh(dashboard.year);
  const direction = (code: string | null) => (code ? (directionNames.get(code) ?? code) : '全部');

  const targetColumns: TableColumn<Target>[] = [
    { header: '目标', width: 30, value: (t) => t.labelZh },
    { header: '范围', width: 24, value: (t) => t.scopeNameZh },
    { header: '产业方向', width: 16, value: (t) => direction(t.directionCode) },
    { header: '目标值', value: (t) => Number(t.targetValue) },
    { header: '单位', width: 8, value: (t) => UNIT_ZH[t.unit] ?? t.unit },
    { header: '目标年份', width: 10, value: (t) => t.dueYear },
    { header: '实际值', value: (t) => cellNumber(t.actual) },
    { header: '统计期间', width: 16, value: (t) => periodZh(t.period) },
    { header: '完成进度(%)', value: (t) => t.progressPct },
    { header: '计数依据', width: 12, value: (t) => BASIS_ZH[t.basis] },
    { header: '计数', value: (t) => t.basisCount },
    {
      header: '实际值来源',
      width: 30,
      value: (t) =>
        t.actualSource === 'enterprise_metrics'
          ? metricsSource
          : (SOURCE_ZH[t.actualSource] ?? t.actualSource),
    },
    { header: '目标来源', width: 30, value: (t) => t.source },
    { header: '参考数据', width: 10, value: (t) => (t.isReference ? '是' : '否') },
    { header: '明细', width: 40, value: (t) => t.rowsUrl },
  ];

  const figureColumns = <T extends Place | Direction | City>(
    heading: string,
    name: (row: T) => string,
  ): TableColumn<T>[] => [
    { header: heading, width: 30, value: name },
    { header: '营业收入(元)', width: 20, value: (r) => cellNumber(r.revenueYuan) },
    { header: '研发投入(元)', width: 18, value: (r) => cellNumber(r.rdSpendYuan) },
    { header: '税收(元)', width: 18, value: (r) => cellNumber(r.taxYuan) },
    { header: '填报企业数', value: (r) => r.enterpriseCount },
    { header: '统计期间', width: 12, value: () => period },
    { header: '来源', width: 30, value: () => metricsSource },
    { header: '明细', width: 40, value: (r) => r.rowsUrl },
  ];

  const trendColumns: TableColumn<Trend>[] = [
    { header: '统计期间', width: 12, value: (t) => `${t.year}年度` },
    { header: '福建省营业收入(元)', width: 22, value: (t) => cellNumber(t.province.revenueYuan) },
    { header: '福建省填报企业数', value: (t) => t.province.enterpriseCount },
    { header: '园区营业收入(元)', width: 20, value: (t) => cellNumber(t.zones.revenueYuan) },
    { header: '园区填报企业数', value: (t) => t.zones.enterpriseCount },
    { header: '来源', width: 30, value: () => metricsSource },
  ];

  const referenceColumns: TableColumn<Reference>[] = [
    { header: '数据', width: 30, value: (r) => r.labelZh },
    { header: '对象', width: 24, value: (r) => r.subjectNameZh },
    { header: '数值', value: (r) => Number(r.value) },
    { header: '比较', width: 8, value: (r) => (r.comparator === 'at_least' ? '以上' : '') },
    { header: '单位', width: 8, value: (r) => UNIT_ZH[r.unit] ?? r.unit },
    { header: '时间', width: 12, value: (r) => r.asOf ?? '文件未注明' },
    { header: '来源', width: 40, value: (r) => r.source },
  ];

  const zoneName = new Map(dashboard.byZone.map((z) => [z.id, z.nameZh]));
  return [
    { name: '规划目标', columns: targetColumns, rows: dashboard.targets },
    {
      name: '按园区',
      columns: [
        { header: '区域', width: 24, value: (p: Place) => zoneName.get(p.zoneId) ?? '' },
        ...figureColumns<Place>('园区', (p) => p.nameZh),
      ],
      rows: dashboard.byPark,
    },
    {
      name: '按产业方向',
      columns: figureColumns<Direction>('产业方向', (d) => d.nameZh),
      rows: dashboard.byDirection,
    },
    { name: '趋势', columns: trendColumns, rows: dashboard.trend },
    {
      name: '按地市',
      columns: [
        { header: '区划代码', width: 10, value: (c: City) => c.code },
        ...figureColumns<City>('地市', (c) => c.nameZh),
      ],
      rows: dashboard.byCity,
    },
    { name: '参考数据', columns: referenceColumns, rows: dashboard.references },
  ] as TableSheet<unknown>[];
}
