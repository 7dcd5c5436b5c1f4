import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { LoadError } from '../../components/query-state';
import { formatDateTime, formatNumber } from '../../lib/format';
import { type LeadRow, leadsQuery } from '../leads/use-leads';

/** The leads table's own filter (its first page): the same cache entry as "my overdue" there. */
export const myOverdueLeads = { mine: true, overdue: true } as const;

/** My new leads past their contact deadline, each linking to its page; the leads table has the rest. */
export function OverdueLeads() {
  const { t } = useTranslation();
  const language = useLanguage();
  const leads = useQuery(leadsQuery(myOverdueLeads));
  const shown = leads.data?.items.length ?? 0;
  const total = leads.data?.total ?? 0;

  const columns: TableColumnsType<LeadRow> = [
    { title: t('leads.company'), dataIndex: 'companyName' },
    {
      title: t('leads.reference'),
      dataIndex: 'reference',
      className: 'nowrap',
      render: (_, lead) => (
        <Link
          to="/workbench/leads/$leadId"
          params={{ leadId: String(lead.id) }}
          data-testid={`overdue-lead-${lead.reference}`}
        >
          {lead.reference}
        </Link>
      ),
    },
    {
      title: t('leads.contactDue'),
      dataIndex: 'contactDueAt',
      className: 'nowrap',
      render: (_, lead) =>
        lead.contactDueAt ? (
          <time dateTime={lead.contactDueAt} className="task-due-overdue">
            {formatDateTime(lead.contactDueAt, language)}
          </time>
        ) : (
          '—'
        ),
    },
  ];

  if (leads.isError) return <LoadError error={leads.error} onRetry={() => void leads.refetch()} />;
  return (
    <>
      <Table<LeadRow>
        rowKey="id"
        columns={columns}
        dataSource={leads.data?.items ?? []}
        loading={leads.isPending}
        size="middle"
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{ emptyText: t('tasks.leadsEmpty') }}
        data-testid="overdue-leads-table"
      />
      {total > shown && (
        <p className="tasks-more">
          <Link to="/workbench/leads" search={myOverdueLeads}>
            {t('tasks.allOverdueLeads', { n: formatNumber(total) })}
          </Link>
        </p>
      )}
    </>
  );
}
