import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import type { ImportJob } from './use-import-job';

type Figure = { key: 'created' | 'updated' | 'unchanged' | 'rejected'; label: string; value: number };

function useFigures(job: ImportJob): Figure[] {
  const { t } = useTranslation();
  const dry = job.dryRun;
  return [
    { key: 'created', label: dry ? t('imports.wouldCreate') : t('imports.created'), value: job.created },
    { key: 'updated', label: dry ? t('imports.wouldUpdate') : t('imports.updated'), value: job.updated },
    {
      key: 'unchanged',
      label: dry ? t('imports.wouldStayUnchanged') : t('imports.unchanged'),
      value: job.unchanged,
    },
    {
      key: 'rejected',
      label: dry ? t('imports.wouldReject') : t('imports.rejected'),
      value: job.rowsRejected,
    },
  ];
}

type ImportResultProps = {
  job: ImportJob;
  /** Offered after a clean dry run when the checked file is still at hand: import it without choosing it again. */
  onImportNow?: () => void;
  importing: boolean;
};

/**
 * A finished import: what it did (or, for a dry run, what importing would do) or why it failed; after a
 * dry run, the way to import the same file.
 */
export function ImportResult({ job, onImportNow, importing }: ImportResultProps) {
  const { t } = useTranslation();
  const text = useDataText();
  const figures = useFigures(job);
  const counts = {
    created: formatNumber(job.created),
    updated: formatNumber(job.updated),
    unchanged: formatNumber(job.unchanged),
    rejected: formatNumber(job.rowsRejected),
  };

  if (job.status === 'failed')
    return (
      <div className="import-summary" data-testid="import-summary" data-status="failed">
        <Alert
          type="error"
          showIcon
          title={job.dryRun ? t('imports.dryRunFailedTitle') : t('imports.failedTitle')}
          description={job.failure && text(job.failure)}
          data-testid="import-failure"
        />
      </div>
    );

  return (
    <div className="import-summary" data-testid="import-summary" data-status="done" data-dry-run={job.dryRun}>
      <Alert
        type={job.dryRun ? 'info' : 'success'}
        showIcon
        title={job.dryRun ? t('imports.dryRunSummaryTitle') : t('imports.summaryTitle')}
        description={job.dryRun ? t('imports.dryRunSummary', counts) : t('imports.summary', counts)}
      />
      <dl className="import-counts import-result-counts">
        {figures.map((figure) => (
          <div key={figure.key} className="import-count" data-testid={`import-${figure.key}`}>
            <dt>{figure.label}</dt>
            <dd data-value={figure.value}>{formatNumber(figure.value)}</dd>
          </div>
        ))}
      </dl>
      {job.dryRun && job.rowsValid === 0 && <p className="muted">{t('imports.nothingToImport')}</p>}
      {job.dryRun && job.rowsValid > 0 && onImportNow && (
        <div className="import-now">
          <Button type="primary" onClick={onImportNow} loading={importing} data-testid="import-now">
            {t('imports.importNow')}
          </Button>
          <span className="muted">{t('imports.importNowHint')}</span>
        </div>
      )}
    </div>
  );
}
