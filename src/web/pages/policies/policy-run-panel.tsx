import { useQuery } from '@tanstack/react-query';
import { Alert, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { LoadError } from '../../components/query-state';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { MatchRun } from './policy-types';
import { runsQuery } from './use-policies';

const runColours: Record<MatchRun['status'], string> = {
  running: '#0b5cad',
  done: '#237804',
  failed: '#a8071a',
};

function percentOf(run: MatchRun): number {
  if (run.status === 'done') return 100;
  return run.total > 0 ? Math.floor((run.evaluated / run.total) * 100) : 0;
}

/** A duration as seconds with one decimal, or milliseconds below one second. */
function durationText(ms: number, seconds: (s: string) => string): string {
  return ms < 1000 ? `${ms} ms` : seconds(formatNumber((ms / 1000).toFixed(1), 1));
}

/**
 * The policy's latest matching run (免申即享): its progress while it runs (asked for every 2 s), then its
 * report — enterprises evaluated, eligible, a requirement away, notified, and how long it took.
 */
export function PolicyRunPanel({ policyId }: { policyId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const runs = useQuery(runsQuery(policyId));
  const run = runs.data?.items[0];

  const figures = run
    ? [
        {
          key: 'evaluated',
          label: t('policies.run.evaluated'),
          value: run.evaluated,
          text: t('policies.run.ofTotal', { n: formatNumber(run.evaluated), total: formatNumber(run.total) }),
        },
        { key: 'eligible', label: t('policies.run.eligible'), value: run.eligible },
        { key: 'nearMiss', label: t('policies.run.nearMiss'), value: run.nearMiss },
        { key: 'notified', label: t('policies.run.notified'), value: run.notified },
      ]
    : [];

  return (
    <section className="policy-section" aria-labelledby="policy-run-title" data-testid="policy-run">
      <h2 id="policy-run-title" className="editor-heading">
        {t('policies.run.title')}
      </h2>
      <p className="muted editor-hint">{t('policies.run.hint')}</p>
      {runs.isError && <LoadError error={runs.error} onRetry={() => void runs.refetch()} />}
      {runs.data && !run && (
        <p className="muted" data-testid="policy-run-none">
          {t('policies.run.none')}
        </p>
      )}
      {run && (
        <div className="policy-run" data-testid="policy-run-report" data-status={run.status}>
          <p className="policy-run-head">
            <Tag color={runColours[run.status]} data-testid="policy-run-status">
              {t(`policies.run.statuses.${run.status}`)}
            </Tag>
            <span className="muted">
              {t('policies.run.version', { version: run.policyVersion })} ·{' '}
              <time dateTime={run.startedAt}>{formatDateTime(run.startedAt, language)}</time>
            </span>
          </p>
          <Progress
            percent={percentOf(run)}
            status={run.status === 'failed' ? 'exception' : run.status === 'running' ? 'active' : 'success'}
            aria-label={t('policies.run.progressLabel')}
            data-testid="policy-run-progress"
          />
          {/* Announced when it changes, so the progress is heard as well as seen. */}
          <dl className="import-counts" aria-live="polite">
            {figures.map((figure) => (
              <div key={figure.key} className="import-count" data-testid={`policy-run-${figure.key}`}>
                <dt>{figure.label}</dt>
                <dd data-value={figure.value}>{figure.text ?? formatNumber(figure.value)}</dd>
              </div>
            ))}
            {run.durationMs !== null && (
              <div className="import-count" data-testid="policy-run-duration">
                <dt>{t('policies.run.duration')}</dt>
                <dd data-value={run.durationMs}>
                  {durationText(run.durationMs, (s) => t('policies.run.seconds', { s }))}
                </dd>
              </div>
            )}
          </dl>
          {run.error && (
            <Alert type="error" showIcon title={t('policies.run.failed')} description={run.error} />
          )}
        </div>
      )}
    </section>
  );
}
