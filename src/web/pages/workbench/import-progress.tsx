import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { readPercent } from './import-files';
import type { ImportJob, ImportJobSummary } from './use-import-job';

type Hint = 'queuedHint' | 'readingHint' | 'committingHint' | 'summarizingHint';

/**
 * Queued; reading (the share of the file read); then, once the whole file is read, a full bar while the rows
 * are written ('committing'), or for a dry run counted. On PGlite the server answers no poll while the merge
 * runs, so the last answer seen may be 'reading' with every byte read: that is shown as the writing step too.
 */
function progressOf(job: ImportJob): { percent: number; hint: Hint } {
  if (job.status === 'queued') return { percent: 0, hint: 'queuedHint' };
  const allRead = job.bytesTotal > 0 && job.bytesRead >= job.bytesTotal;
  if (job.status === 'reading' && !allRead) return { percent: readPercent(job), hint: 'readingHint' };
  return { percent: 100, hint: job.dryRun ? 'summarizingHint' : 'committingHint' };
}

/** Rows read, valid and rejected so far: the figures of a running or finished import. */
function RowCounts({ job }: { job: ImportJobSummary }) {
  const { t } = useTranslation();
  const counts = [
    { key: 'read', label: t('imports.rowsRead'), value: job.rowsRead },
    { key: 'valid', label: t('imports.rowsValid'), value: job.rowsValid },
    { key: 'rejected', label: t('imports.rowsRejected'), value: job.rowsRejected },
  ];
  return (
    <dl className="import-counts">
      {counts.map((count) => (
        <div key={count.key} className="import-count" data-testid={`import-rows-${count.key}`}>
          <dt>{count.label}</dt>
          <dd data-value={count.value}>{formatNumber(count.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A running import: its progress bar, what it is doing, and the row counts as they grow. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { percent, hint } = progressOf(job);
  return (
    <div className="import-progress" data-testid="import-progress" data-status={job.status}>
      <Progress
        percent={percent}
        status="active"
        aria-label={t('imports.progressLabel', { file: job.fileName })}
        data-testid="import-progress-bar"
      />
      <p className="muted import-progress-hint">{t(`imports.${hint}`)}</p>
      <RowCounts job={job} />
    </div>
  );
}
