import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/languages';
import { formatNumber, formatYi, formatYuan } from '../../lib/format';
import type { DashboardTarget } from './use-dashboard';

/** A target's value (or its actual) in its unit, as a reader of the language writes it. */
export function formatTargetValue(value: string, unit: string, language: Language, t: TFunction): string {
  if (unit === 'yuan') return formatYuan(value, language);
  if (unit === 'yi_yuan') return formatYi(value, language);
  if (unit === 'percent') return `${formatNumber(value, 1)}%`;
  return t('dashboard.enterprisesValue', { count: formatNumber(value, 0) });
}

/** The period of a figure: "2025 年度", or "截至 2026-11-23" for counts taken today. */
export function periodText(period: DashboardTarget['period'], t: TFunction): string {
  if (period.kind === 'today') return t('dashboard.periodToday', { date: period.date });
  return period.year === null ? t('dashboard.noYear') : t('dashboard.periodYear', { year: period.year });
}

/** Where an actual comes from, with a note when demo data is among it. */
export function sourceText(actualSource: string, includesDemo: boolean, t: TFunction): string {
  const source = t(`dashboard.sources.${actualSource}` as 'dashboard.sources.enterprise_metrics', {
    defaultValue: actualSource,
  });
  const withDemo =
    includesDemo && actualSource === 'enterprise_metrics' ? t('dashboard.withDemo', { source }) : source;
  return t('dashboard.source', { source: withDemo });
}

/** A yuan decimal as a number of 亿元 (10^8 yuan), for chart axes; null stays null. */
export function yuanToYi(value: string | null): number | null {
  return value === null ? null : Math.round(Number(value) / 1e6) / 100;
}
