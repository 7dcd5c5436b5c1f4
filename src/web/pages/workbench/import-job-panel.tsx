import { useEffect, useState } from 'react';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { ImportErrorsTable } from './import-errors-table';
import { isFinished } from './import-files';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';
import { ImportModeTag, ImportStatusTag } from './import-tags';
import { ERRORS_PAGE_SIZE, useImportJob } from './use-import-job';

type ImportJobPanelProps = {
  id: number;
  /** Told whether the job is still running (and false when the panel goes). */
  onRunning: (running: boolean) => void;
  /** Given when the file of this (dry-run) job is at hand, so that it can be imported as it is. */
  onImportNow?: () => void;
  importing: boolean;
};

/**
 * One import, followed while it runs: its progress, then its result, and the rows it skipped (shown as soon
 * as the first one is found). Keyed by job id by its parent, so the errors page starts at the first.
 */
export function ImportJobPanel({ id, onRunning, onImportNow, importing }: ImportJobPanelProps) {
  const [offset, setOffset] = useState(0);
  const job = useImportJob(id, { limit: ERRORS_PAGE_SIZE, offset });
  const status = job.data?.status;

  useEffect(() => {
    onRunning(status !== undefined && !isFinished(status));
  }, [onRunning, status]);
  useEffect(() => () => onRunning(false), [onRunning]);

  if (job.isError) return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <LoadingBlock rows={3} />;
  const data = job.data;
  return (
    <section
      className="import-job"
      aria-labelledby="import-job-title"
      data-testid="import-job"
      data-job-id={id}
    >
      <div className="import-job-heading">
        <h3 className="import-subheading" id="import-job-title">
          {data.fileName}
        </h3>
        <ImportModeTag dryRun={data.dryRun} />
        {/* Announced when it changes: queued → reading → writing → done or failed. */}
        <output className="import-job-status">
          <ImportStatusTag status={data.status} />
        </output>
      </div>
      {isFinished(data.status) ? (
        <ImportResult job={data} onImportNow={onImportNow} importing={importing} />
      ) : (
        <ImportProgress job={data} />
      )}
      {data.errors.total > 0 && (
        <ImportErrorsTable
          items={data.errors.items}
          total={data.errors.total}
          offset={offset}
          pageSize={ERRORS_PAGE_SIZE}
          loading={job.isPlaceholderData}
          onPage={setOffset}
        />
      )}
    </section>
  );
}
