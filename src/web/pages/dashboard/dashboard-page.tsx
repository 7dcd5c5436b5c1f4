import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { zonesQuery } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { FigureList } from '../../components/figure-item';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime } from '../../lib/format';
import { useDirections } from '../pipeline/use-directions';
import { StaffGate } from '../workbench/staff-gate';
import { CityMapSection, DirectionSection, ParkSection, TrendSection } from './dashboard-charts';
import { TargetCards } from './target-cards';
import { type Dashboard, type DashboardSearch, dashboardExportHref, dashboardQuery } from './use-dashboard';

function Filters({ dashboard, search }: { dashboard: Dashboard | undefined; search: DashboardSearch }) {
  const { t } = useTranslation();
  const text = useDataText();
  const directions = useDirections();
  const zones = useQuery(zonesQuery);
  const navigate = useNavigate({ from: '/workbench/dashboard' });
  const choose = (next: Partial<DashboardSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const years = dashboard?.years ?? [];
  return (
    <fieldset className="dashboard-filters no-print">
      <legend className="visually-hidden">{t('dashboard.filters')}</legend>
      <label htmlFor="dashboard-year">{t('dashboard.year')}</label>
      <Select
        id="dashboard-year"
        data-testid="dashboard-year"
        className="dashboard-select"
        value={search.year ?? dashboard?.year ?? undefined}
        onChange={(year: number) => choose({ year })}
        options={[...years]
          .reverse()
          .map((year) => ({ value: year, label: t('dashboard.periodYear', { year }) }))}
      />
      <label htmlFor="dashboard-zone">{t('dashboard.zone')}</label>
      <Select
        id="dashboard-zone"
        data-testid="dashboard-zone"
        className="dashboard-select"
        allowClear
        placeholder={t('dashboard.allZones')}
        value={search.zoneId}
        onChange={(zoneId?: number) => choose({ zoneId })}
        options={(zones.data?.items ?? []).map((z) => ({ value: z.id, label: text(z.nameZh, z.nameEn) }))}
      />
      <label htmlFor="dashboard-direction">{t('dashboard.direction')}</label>
      <Select
        id="dashboard-direction"
        data-testid="dashboard-direction"
        className="dashboard-select"
        allowClear
        placeholder={t('dashboard.allDirections')}
        value={search.directionCode}
        onChange={(directionCode?: string) => choose({ directionCode })}
        options={directions.options}
      />
    </fieldset>
  );
}

/** When the figures were computed, and whether newer registry changes are still being added to them. */
function FreshnessNote({ status }: { status: Dashboard['status'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const computed = status.computedAt ? formatDateTime(status.computedAt, language) : t('dashboard.never');
  if (status.staleSince)
    return (
      <Alert
        type="info"
        showIcon
        data-testid="dashboard-stale"
        title={t(status.refreshing ? 'dashboard.refreshing' : 'dashboard.stale', { time: computed })}
      />
    );
  return (
    <p className="muted" data-testid="dashboard-computed">
      {t('dashboard.computedAt', { time: computed })}
    </p>
  );
}

function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  return (
    <>
      <FreshnessNote status={dashboard.status} />
      <TargetCards dashboard={dashboard} />
      <TrendSection dashboard={dashboard} />
      <ParkSection dashboard={dashboard} />
      <DirectionSection dashboard={dashboard} />
      <CityMapSection dashboard={dashboard} />
      <section className="dashboard-section" aria-labelledby="dashboard-references">
        <h2 className="card-heading" id="dashboard-references">
          {t('dashboard.references')}
        </h2>
        <FigureList
          figures={dashboard.references.map((figure) => ({
            ...figure,
            // The documents' figures are of a place: named with it ("瑞科 · 一期入驻优质企业").
            labelZh: `${figure.subjectNameZh} · ${figure.labelZh}`,
            labelEn: `${figure.subjectNameEn} · ${figure.labelEn}`,
          }))}
        />
      </section>
    </>
  );
}

function DashboardWorkspace() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/workbench/dashboard' });
  const dashboard = useQuery({ ...dashboardQuery(search), placeholderData: keepPreviousData });
  return (
    <div className="page dashboard-page" data-testid="dashboard-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb no-print">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('dashboard.title')}
      </nav>
      <header className="dashboard-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('dashboard.title')}
          </Typography.Title>
          <p className="page-intro">{t('dashboard.intro')}</p>
        </div>
        <div className="dashboard-actions no-print">
          <Button href={dashboardExportHref(search)} download data-testid="dashboard-export">
            {t('dashboard.export')}
          </Button>
          <Button type="primary" onClick={() => window.print()} data-testid="dashboard-print">
            {t('dashboard.print')}
          </Button>
        </div>
      </header>
      <Filters dashboard={dashboard.data} search={search} />
      {dashboard.isError && <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.isPending && <LoadingBlock rows={8} />}
      {dashboard.data && <DashboardBody dashboard={dashboard.data} />}
    </div>
  );
}

/**
 * /workbench/dashboard: the zone against the plan — targets with actual and progress, the trend, parks,
 * directions and Fujian's cities, every figure linked to its rows. Administrators, officers and park
 * managers (read-only for all); Excel export and a print layout.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  return (
    <StaffGate title={t('dashboard.title')} redirect="/workbench/dashboard">
      {() => <DashboardWorkspace />}
    </StaffGate>
  );
}
