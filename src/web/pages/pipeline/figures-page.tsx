import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { type HTMLAttributes, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { pipelineRoles } from '../../auth/staff';
import { EChart } from '../../charts/e-chart';
import type { EChartsCoreOption } from '../../charts/echarts';
import { DataText } from '../../components/data-text';
import { DateRangeFields } from '../../components/date-range-fields';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { formatMonth, formatNumber, formatYi } from '../../lib/format';
import { StaffGate } from '../workbench/staff-gate';
import { useDirections } from './use-directions';
import { type Figures, type FiguresPeriod, figuresQuery } from './use-pipeline';

/** A row of any of the figures tables: what it is, its key and test id, and its count and 亿元. */
type FigureRow = { key: string; label: ReactNode; testId: string; projects: number; amountYi: string };

function FiguresTable({ title, heading, rows }: { title: string; heading: string; rows: FigureRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = `figures-${heading}`;
  const columns: TableColumnsType<FigureRow> = [
    { key: 'label', title, render: (_, row) => row.label },
    {
      key: 'projects',
      title: t('pipelineFigures.projects'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => formatNumber(row.projects),
    },
    {
      key: 'amount',
      title: t('pipelineFigures.amount'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => formatYi(row.amountYi, language),
    },
  ];
  return (
    <Card
      className="workbench-card figures-card"
      title={
        <h2 className="card-heading" id={id}>
          {t(`pipelineFigures.${heading}` as 'pipelineFigures.byEvent')}
        </h2>
      }
    >
      <Table<FigureRow>
        aria-labelledby={id}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowKey="key"
        // Test ids per row (figures-event-12); the cast because data-* is not among the row's typed props.
        onRow={(row) => ({ 'data-testid': row.testId }) as HTMLAttributes<HTMLElement>}
        data-testid={id}
      />
    </Card>
  );
}

function monthOption(byMonth: Figures['byMonth'], language: ReturnType<typeof useLanguage>, axis: string) {
  return {
    grid: { left: 56, right: 16, top: 36, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number) => formatYi(String(value), language),
    },
    xAxis: {
      type: 'category',
      data: byMonth.map((row) => formatMonth(row.month, language)),
      axisLabel: { color: '#434343' },
    },
    yAxis: {
      type: 'value',
      name: axis,
      nameTextStyle: { color: '#434343' },
      axisLabel: { color: '#434343' },
    },
    series: [
      {
        type: 'bar',
        name: axis,
        data: byMonth.map((row) => Number(row.amountYi)),
        itemStyle: { color: '#0b5cad' },
        barMaxWidth: 48,
      },
    ],
  } satisfies EChartsCoreOption;
}

function FiguresBody({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const directions = useDirections();
  const axis = t('pipelineFigures.chartAxis');
  const option = useMemo(
    () => monthOption(figures.byMonth, language, axis),
    [figures.byMonth, language, axis],
  );

  const events: FigureRow[] = figures.byEvent.map((row) => ({
    key: String(row.id ?? 'none'),
    label: row.name === null ? t('pipelineFigures.noEvent') : text(row.name),
    testId: `figures-event-${row.id ?? 'none'}`,
    projects: row.projects,
    amountYi: row.amountYi,
  }));
  const officers: FigureRow[] = figures.byOfficer.map((row) => ({
    key: String(row.id ?? 'none'),
    label: row.name ?? t('pipelineFigures.noOfficer'),
    testId: `figures-officer-${row.id ?? 'none'}`,
    projects: row.projects,
    amountYi: row.amountYi,
  }));
  // Units by the signer's unit at signing; null: signed by someone in no unit.
  const units: FigureRow[] = figures.byUnit.map((row) => ({
    key: row.code ?? 'none',
    label:
      row.code === null || row.nameZh === null ? (
        t('pipelineFigures.noUnit')
      ) : (
        <DataText zh={row.nameZh} en={row.nameEn} />
      ),
    testId: `figures-unit-${row.code ?? 'none'}`,
    projects: row.projects,
    amountYi: row.amountYi,
  }));
  const byDirection: FigureRow[] = figures.byDirection.map((row) => ({
    key: row.code ?? 'none',
    label: row.code === null ? t('pipelineFigures.noDirection') : directions.label(row.code),
    testId: `figures-direction-${row.code ?? 'none'}`,
    projects: row.projects,
    amountYi: row.amountYi,
  }));
  const chartSummary = figures.byMonth
    .map((row) =>
      t('pipelineFigures.chartItem', {
        month: formatMonth(row.month, language),
        amount: formatYi(row.amountYi, language),
        count: formatNumber(row.projects),
      }),
    )
    .join(t('pipelineFigures.chartSeparator'));

  return (
    <>
      <dl className="figures-totals" data-testid="figures-totals">
        <div className="figures-total">
          <dt>{t('pipelineFigures.totalProjects')}</dt>
          <dd data-testid="figures-total-projects" data-value={figures.total.projects}>
            {t('pipelineFigures.projectsValue', { count: formatNumber(figures.total.projects) })}
          </dd>
        </div>
        <div className="figures-total">
          <dt>{t('pipelineFigures.totalAmount')}</dt>
          <dd data-testid="figures-total-amount" data-value={figures.total.amountYi}>
            {formatYi(figures.total.amountYi, language)}
          </dd>
        </div>
      </dl>
      {figures.total.projects === 0 ? (
        <p className="muted" data-testid="figures-empty">
          {t('pipelineFigures.empty')}
        </p>
      ) : (
        <>
          <Card
            className="workbench-card figures-card"
            title={
              <h2 className="card-heading" id="figures-by-month">
                {t('pipelineFigures.byMonth')}
              </h2>
            }
          >
            <EChart
              option={option}
              height={280}
              testId="figures-month-chart"
              label={t('pipelineFigures.chartLabel', { summary: chartSummary })}
            />
          </Card>
          <div className="figures-tables">
            <FiguresTable title={t('pipelineFigures.event')} heading="byEvent" rows={events} />
            <FiguresTable title={t('pipelineFigures.officer')} heading="byOfficer" rows={officers} />
            <FiguresTable title={t('pipelineFigures.unit')} heading="byUnit" rows={units} />
            <FiguresTable title={t('pipelineFigures.direction')} heading="byDirection" rows={byDirection} />
          </div>
        </>
      )}
    </>
  );
}

function FiguresWorkspace() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/workbench/figures' });
  const navigate = useNavigate({ from: '/workbench/figures' });
  const period: FiguresPeriod = { from: search.from, to: search.to };
  // The previous figures stay on screen while a new period loads, rather than a skeleton per keystroke.
  const figures = useQuery({ ...figuresQuery(period), placeholderData: keepPreviousData });
  const choose = (next: FiguresPeriod) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  return (
    <div className="page figures-page" data-testid="figures-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        <Link to="/workbench/pipeline">{t('pipeline.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('pipelineFigures.title')}
      </nav>
      <header>
        <Typography.Title level={1} className="page-title">
          {t('pipelineFigures.title')}
        </Typography.Title>
        <p className="page-intro">{t('pipelineFigures.intro')}</p>
      </header>
      <DateRangeFields
        idPrefix="figures"
        className="figures-period"
        legend={t('pipelineFigures.period')}
        fromLabel={t('pipelineFigures.from')}
        toLabel={t('pipelineFigures.to')}
        value={search}
        onChange={choose}
      >
        <Button
          onClick={() => choose({ from: undefined, to: undefined })}
          disabled={!search.from && !search.to}
          data-testid="figures-all-dates"
        >
          {t('pipelineFigures.allDates')}
        </Button>
      </DateRangeFields>
      {figures.isError && <LoadError error={figures.error} onRetry={() => void figures.refetch()} />}
      {figures.isPending && <LoadingBlock rows={6} />}
      {figures.data && <FiguresBody figures={figures.data} />}
    </div>
  );
}

/**
 * /workbench/figures: the zone's 招商 figures (projects signed, 亿元) for a period, by signing event,
 * officer, unit, industry direction and month. For administrators and officers.
 */
export function FiguresPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pipelineFigures.title'));
  return (
    <StaffGate
      title={t('pipelineFigures.title')}
      redirect="/workbench/figures"
      roles={pipelineRoles}
      forbidden={{ title: t('pipeline.forbiddenTitle'), text: t('pipeline.forbiddenText') }}
    >
      {() => <FiguresWorkspace />}
    </StaffGate>
  );
}
