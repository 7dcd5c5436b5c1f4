import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { LoadError } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ImportModeTag, ImportStatusTag } from './import-tags';
import { type ImportJobSummary, useRecentImports } from './use-import-job';

function useColumns(
  viewing: number | null,
  onView: (id: number) => void,
): TableColumnsType<ImportJobSummary> {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  return [
    {
      key: 'time',
      title: t('imports.recentTime'),
      className: 'nowrap',
      render: (_, job) => <time dateTime={job.createdAt}>{formatDateTime(job.createdAt, language)}</time>,
    },
    { key: 'file', title: t('imports.recentFile'), dataIndex: 'fileName' },
    { key: 'kind', title: t('imports.recentKind'), render: (_, job) => t(`imports.kinds.${job.kind}`) },
    {
      key: 'mode',
      title: t('imports.recentMode'),
      render: (_, job) => <ImportModeTag dryRun={job.dryRun} />,
    },
    {
      key: 'status',
      title: t('imports.recentStatus'),
      render: (_, job) => <ImportStatusTag status={job.status} />,
    },
    {
      key: 'result',
      title: t('imports.recentResult'),
      render: (_, job) => {
        if (job.status === 'failed') return job.failure && text(job.failure);
        if (job.status !== 'done') return '—';
        return t('imports.recentCounts', {
          created: formatNumber(job.created),
          updated: formatNumber(job.updated),
          unchanged: formatNumber(job.unchanged),
          rejected: formatNumber(job.rowsRejected),
        });
      },
    },
    {
      key: 'view',
      title: t('workbench.actions'),
      render: (_, job) =>
        job.id === viewing ? (
          <span className="muted" aria-current="true">
            {t('imports.recentViewing')}
          </span>
        ) : (
          <Button
            size="small"
            onClick={() => onView(job.id)}
            aria-label={t('imports.recentViewOf', { file: job.fileName })}
          >
            {t('imports.recentView')}
          </Button>
        ),
    },
  ];
}

/** The user's twenty latest imports and dry runs (an administrator's: everyone's), newest first. */
export function ImportHistory({ viewing, onView }: { viewing: number | null; onView: (id: number) => void }) {
  const { t } = useTranslation();
  const recent = useRecentImports();
  const columns = useColumns(viewing, onView);
  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="import-history-title">
          {t('imports.recentTitle')}
        </h2>
      }
    >
      {recent.isError && <LoadError error={recent.error} onRetry={() => void recent.refetch()} />}
      <TableScroll labelledBy="import-history-title">
        <Table<ImportJobSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={recent.data?.items ?? []}
          loading={recent.isPending}
          locale={{ emptyText: t('imports.recentEmpty') }}
          pagination={false}
          data-testid="import-history"
        />
      </TableScroll>
    </Card>
  );
}
