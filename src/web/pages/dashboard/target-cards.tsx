import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import { useDirections } from '../pipeline/use-directions';
import { AppPathLink } from '../search/app-path-link';
import { formatTargetValue, periodText, sourceText } from './dashboard-format';
import type { Dashboard, DashboardTarget } from './use-dashboard';

function TargetCard({ target, includesDemo }: { target: DashboardTarget; includesDemo: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const directions = useDirections();
  const label = text(target.labelZh, target.labelEn);
  const scope = [
    text(target.scopeNameZh, target.scopeNameEn),
    target.directionCode ? directions.label(target.directionCode) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const goal = formatTargetValue(target.targetValue, target.unit, language, t);
  const actual =
    target.actual === null
      ? t('dashboard.noFigure')
      : formatTargetValue(target.actual, target.unit, language, t);
  const percent = target.progressPct ?? 0;
  const headingId = `target-${target.code}`;
  return (
    <article className="kpi-card" aria-labelledby={headingId} data-testid={`kpi-${target.code}`}>
      <h3 className="kpi-label" id={headingId}>
        {label}
      </h3>
      <p className="kpi-scope">
        {scope} · {t('dashboard.dueYear', { year: target.dueYear })}
      </p>
      <p className="kpi-values">
        <AppPathLink path={target.rowsUrl} className="kpi-actual" testId={`kpi-actual-${target.code}`}>
          {actual}
        </AppPathLink>
        <span className="kpi-target"> / {t('dashboard.targetValue', { value: goal })}</span>
      </p>
      <Progress
        percent={Math.min(100, percent)}
        format={() => (target.progressPct === null ? '—' : `${formatNumber(String(target.progressPct), 1)}%`)}
        aria-label={t('dashboard.progressLabel', { label, percent: target.progressPct ?? 0 })}
        strokeColor="#0b5cad"
      />
      <p className="kpi-meta" data-testid={`kpi-period-${target.code}`}>
        {periodText(target.period, t)} · {sourceText(target.actualSource, includesDemo, t)}
      </p>
      <p className="kpi-meta">
        <AppPathLink path={target.rowsUrl} testId={`kpi-rows-${target.code}`}>
          {t(`dashboard.basis.${target.basis}`, { count: formatNumber(String(target.basisCount), 0) })}
        </AppPathLink>
        {' · '}
        <small>{t('dashboard.targetSource', { source: target.source })}</small>
      </p>
    </article>
  );
}

/** One card per plan target: actual against target, progress, the period and source of the figure. */
export function TargetCards({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-targets">
      <h2 className="card-heading" id="dashboard-targets">
        {t('dashboard.targets')}
      </h2>
      {dashboard.targets.length === 0 ? (
        <p className="muted">{t('dashboard.noTargets')}</p>
      ) : (
        <div className="kpi-grid">
          {dashboard.targets.map((target) => (
            <TargetCard key={target.code} target={target} includesDemo={dashboard.status.includesDemo} />
          ))}
        </div>
      )}
    </section>
  );
}
