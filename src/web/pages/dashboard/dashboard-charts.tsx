import './dashboard-echarts';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { safeRedirect } from '../../auth/redirect';
import { type ChartClick, EChart } from '../../charts/e-chart';
import type { EChartsCoreOption } from '../../charts/echarts';
import { ensureFujianMap } from '../../charts/fujian-geo';
import { fujianGeo, useFujianNameMap } from '../../charts/fujian-geo-option';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber, formatYuan } from '../../lib/format';
import { yuanToYi } from './dashboard-format';
import { type FigureRow, FigureTable } from './figure-table';
import type { Dashboard } from './use-dashboard';

const BLUE = '#0b5cad';
const TEAL = '#13786f';
const axisText = { color: '#434343' };

/** A chart point that knows the rows it stands for: a click opens them. */
type Linked = { value: number | null; rowsUrl: string; name?: string };

function useOpenRows() {
  const navigate = useNavigate();
  return useCallback(
    (event: ChartClick) => {
      const url = (event.data as Linked | undefined)?.rowsUrl;
      if (url) void navigate({ href: safeRedirect(url) });
    },
    [navigate],
  );
}

/** "label: value; …" of a chart's figures, read out instead of the canvas. */
function summary(
  rows: FigureRow[],
  language: ReturnType<typeof useLanguage>,
  text: (r: FigureRow) => string,
) {
  return rows
    .map((r) => `${text(r)}: ${r.revenueYuan === null ? '—' : formatYuan(r.revenueYuan, language)}`)
    .join('; ');
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="dashboard-section" aria-labelledby={id} data-testid={id}>
      <h2 className="card-heading" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function TrendSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const openRows = useOpenRows();
  const names = useMemo(() => ({ province: t('dashboard.fujian'), zones: t('dashboard.zones') }), [t]);
  const option = useMemo(
    () =>
      ({
        animation: false,
        grid: { left: 64, right: 24, top: 48, bottom: 32 },
        legend: { top: 0, textStyle: axisText },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: dashboard.trend.map((r) => String(r.year)), axisLabel: axisText },
        yAxis: { type: 'value', name: t('dashboard.axisYi'), nameTextStyle: axisText, axisLabel: axisText },
        series: (['province', 'zones'] as const).map((scope, i) => ({
          type: 'line',
          name: names[scope],
          data: dashboard.trend.map((r) => ({
            value: yuanToYi(r[scope].revenueYuan),
            rowsUrl: r[scope].rowsUrl,
          })),
          itemStyle: { color: i === 0 ? BLUE : TEAL },
          symbolSize: 8,
          cursor: 'pointer',
        })),
      }) satisfies EChartsCoreOption,
    [dashboard.trend, t, names],
  );
  const rows = dashboard.trend.flatMap((r) => [
    { ...r.province, key: `${r.year}-province`, label: `${r.year} · ${names.province}` },
    { ...r.zones, key: `${r.year}-zones`, label: `${r.year} · ${names.zones}` },
  ]);
  return (
    <Section id="dashboard-trend" title={t('dashboard.trend')}>
      {dashboard.trend.length === 0 ? (
        <p className="muted">{t('dashboard.noRollups')}</p>
      ) : (
        <>
          <div className="dashboard-chart">
            <EChart
              option={option}
              height={300}
              testId="dashboard-trend-chart"
              onClick={openRows}
              label={t('dashboard.chartLabel', {
                title: t('dashboard.trend'),
                summary: summary(rows, language, (r) => String(r.label)),
              })}
            />
          </div>
          <FigureTable
            caption={t('dashboard.trend')}
            heading={t('dashboard.year')}
            rows={rows}
            testId="trend-table"
          />
        </>
      )}
    </Section>
  );
}

function barOption(rows: FigureRow[], axis: string, labels: string[]): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 140, right: 24, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: axis, nameTextStyle: axisText, axisLabel: axisText },
    yAxis: {
      type: 'category',
      data: labels,
      inverse: true,
      axisLabel: { ...axisText, width: 128, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({ value: yuanToYi(r.revenueYuan), rowsUrl: r.rowsUrl })),
        itemStyle: { color: BLUE },
        barMaxWidth: 24,
        cursor: 'pointer',
      },
    ],
  };
}

function BarSection({
  id,
  title,
  heading,
  rows,
  labels,
}: {
  id: string;
  title: string;
  heading: string;
  rows: FigureRow[];
  labels: string[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const openRows = useOpenRows();
  const axis = t('dashboard.axisYi');
  const option = useMemo(() => barOption(rows, axis, labels), [rows, axis, labels]);
  return (
    <Section id={id} title={title}>
      <div className="dashboard-chart">
        <EChart
          option={option}
          height={Math.max(160, 40 + rows.length * 32)}
          testId={`${id}-chart`}
          onClick={openRows}
          label={t('dashboard.chartLabel', {
            title,
            summary: summary(rows, language, (r) => labels[rows.indexOf(r)] ?? ''),
          })}
        />
      </div>
      <FigureTable caption={title} heading={heading} rows={rows} testId={`${id}-table`} />
    </Section>
  );
}

export function ParkSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const text = useDataText();
  const rows = useMemo(
    () => dashboard.byPark.map((p) => ({ ...p, key: p.code, label: text(p.nameZh, p.nameEn) })),
    [dashboard.byPark, text],
  );
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  return (
    <BarSection
      id="dashboard-parks"
      title={t('dashboard.byPark')}
      heading={t('dashboard.park')}
      rows={rows}
      labels={labels}
    />
  );
}

export function DirectionSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const text = useDataText();
  const rows = useMemo(
    () => dashboard.byDirection.map((d) => ({ ...d, key: d.code, label: text(d.nameZh, d.nameEn) })),
    [dashboard.byDirection, text],
  );
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  return (
    <BarSection
      id="dashboard-directions"
      title={t('dashboard.byDirection')}
      heading={t('dashboard.direction')}
      rows={rows}
      labels={labels}
    />
  );
}

function mapOption(rows: (FigureRow & { mapName: string })[], axis: string, nameMap: Record<string, string>) {
  const values = rows.map((r) => yuanToYi(r.revenueYuan) ?? 0);
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value?: number }) =>
        `${p.name}: ${formatNumber(String(p.value ?? 0))} ${axis}`,
    },
    geo: { ...fujianGeo(nameMap), roam: false },
    visualMap: {
      min: 0,
      max: Math.max(1, ...values),
      left: 8,
      bottom: 8,
      text: [axis, '0'],
      textStyle: axisText,
      calculable: false,
      inRange: { color: ['#e8f0fa', '#6a9bd1', BLUE] },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: rows.map((r, i) => ({ name: r.mapName, value: values[i], rowsUrl: r.rowsUrl })),
        cursor: 'pointer',
      },
    ],
  } satisfies EChartsCoreOption;
}

/** Fujian's cities coloured by the revenue of the enterprises registered there; a click lists them. */
export function CityMapSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const nameMap = useFujianNameMap();
  const openRows = useOpenRows();
  const axis = t('dashboard.axisYi');
  const rows = useMemo(
    () =>
      dashboard.byCity.map((c) => ({
        ...c,
        key: c.code,
        label: nameMap[c.nameZh] ?? text(c.nameZh),
        mapName: nameMap[c.nameZh] ?? c.nameZh,
      })),
    [dashboard.byCity, nameMap, text],
  );
  const option = useMemo(() => {
    ensureFujianMap();
    return mapOption(rows, axis, nameMap);
  }, [rows, axis, nameMap]);
  return (
    <Section id="dashboard-map" title={t('dashboard.byCity')}>
      <div className="dashboard-map">
        <div className="dashboard-chart">
          <EChart
            option={option}
            height={460}
            testId="dashboard-map-chart"
            onClick={openRows}
            label={t('dashboard.chartLabel', {
              title: t('dashboard.byCity'),
              summary: summary(rows, language, (r) => String(r.label)),
            })}
          />
        </div>
        <FigureTable
          caption={t('dashboard.byCity')}
          heading={t('dashboard.city')}
          rows={rows}
          testId="city-table"
        />
      </div>
      <p className="map-note">
        <small>{t('dashboard.mapNote')}</small>
      </p>
    </Section>
  );
}
