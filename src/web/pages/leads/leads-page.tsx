import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Select, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { pipelineRoles } from '../../auth/staff';
import { LoadError } from '../../components/query-state';
import { formatArea, formatDateTime, formatNumber, formatWan } from '../../lib/format';
import { useDirections } from '../pipeline/use-directions';
import { StaffGate } from '../workbench/staff-gate';
import { LeadStatusTag } from './lead-status-tag';
import {
  LEADS_PAGE_SIZE,
  type LeadFilters,
  type LeadRow,
  type LeadStatus,
  leadStatuses,
  leadsQuery,
} from './use-leads';

function LeadsWorkspace() {
  const { t } = useTranslation();
  const language = useLanguage();
  const directions = useDirections();
  const search = useSearch({ from: '/workbench/leads' });
  const navigate = useNavigate({ from: '/workbench/leads' });
  const leads = useQuery({ ...leadsQuery(search), placeholderData: (previous) => previous });
  const page = search.page ?? 1;
  const myOverdue = !!search.mine && !!search.overdue;

  // Any filter change goes back to the first page.
  const show = (next: LeadFilters) =>
    void navigate({ search: (previous) => ({ ...previous, page: undefined, ...next }), replace: true });
  const open = (lead: LeadRow) =>
    void navigate({ to: '/workbench/leads/$leadId', params: { leadId: String(lead.id) } });

  const columns: TableColumnsType<LeadRow> = [
    {
      title: t('leads.reference'),
      dataIndex: 'reference',
      className: 'nowrap',
      render: (_, lead) => (
        <Link
          to="/workbench/leads/$leadId"
          params={{ leadId: String(lead.id) }}
          onClick={(event) => event.stopPropagation()}
          data-testid={`leads-link-${lead.reference}`}
        >
          {lead.reference}
        </Link>
      ),
    },
    { title: t('leads.company'), dataIndex: 'companyName' },
    {
      title: t('leads.status'),
      dataIndex: 'status',
      render: (_, lead) => <LeadStatusTag status={lead.status} />,
    },
    {
      title: t('leads.direction'),
      dataIndex: 'direction',
      render: (_, lead) => (lead.direction ? directions.label(lead.direction) : '—'),
    },
    {
      title: t('leads.investment'),
      dataIndex: 'investmentWan',
      align: 'right',
      className: 'nowrap',
      render: (_, lead) => (lead.investmentWan === null ? '—' : formatWan(lead.investmentWan, language)),
    },
    {
      title: t('leads.area'),
      dataIndex: 'areaM2',
      align: 'right',
      className: 'nowrap',
      render: (_, lead) => (lead.areaM2 === null ? '—' : formatArea(lead.areaM2)),
    },
    {
      title: t('leads.officer'),
      dataIndex: 'assignedTo',
      render: (_, lead) => lead.assignedTo?.displayName ?? t('leads.unassigned'),
    },
    {
      title: t('leads.contactDue'),
      dataIndex: 'contactDueAt',
      render: (_, lead) => (
        <>
          {lead.contactDueAt ? (
            <time dateTime={lead.contactDueAt}>{formatDateTime(lead.contactDueAt, language)}</time>
          ) : (
            '—'
          )}
          {lead.overdue && (
            <Tag color="error" className="leads-overdue-tag" data-testid={`leads-overdue-${lead.reference}`}>
              {t('leads.overdue')}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('leads.createdAt'),
      dataIndex: 'createdAt',
      render: (_, lead) => <time dateTime={lead.createdAt}>{formatDateTime(lead.createdAt, language)}</time>,
    },
  ];

  return (
    <div className="page leads-page" data-testid="leads-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('leads.title')}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('leads.title')}
          </Typography.Title>
          <p className="page-intro">{t('leads.intro')}</p>
        </div>
        <Link to="/workbench/pipeline" className="workbench-import-link">
          {t('pipeline.title')}
        </Link>
      </header>
      <div className="pipeline-toolbar">
        <div className="pipeline-control">
          <label htmlFor="leads-status">{t('leads.status')}</label>
          <Select<LeadStatus | 'all'>
            id="leads-status"
            value={search.status ?? 'all'}
            onChange={(status) => show({ status: status === 'all' ? undefined : status })}
            options={[
              { value: 'all', label: t('leads.allStatuses') },
              ...leadStatuses.map((value) => ({ value, label: t(`leads.statuses.${value}`) })),
            ]}
            popupMatchSelectWidth={false}
            className="pipeline-select"
            data-testid="leads-status"
          />
        </div>
        <div className="pipeline-control">
          <Switch
            id="leads-mine"
            checked={!!search.mine}
            onChange={(mine) => show({ mine: mine || undefined })}
          />
          <label htmlFor="leads-mine">{t('leads.mine')}</label>
        </div>
        <div className="pipeline-control">
          <Switch
            id="leads-overdue"
            checked={!!search.overdue}
            onChange={(overdue) => show({ overdue: overdue || undefined })}
          />
          <label htmlFor="leads-overdue">{t('leads.overdueOnly')}</label>
        </div>
        <Button
          type={myOverdue ? 'primary' : 'default'}
          aria-pressed={myOverdue}
          onClick={() => show({ mine: true, overdue: true })}
          data-testid="leads-my-overdue"
        >
          {t('leads.myOverdue')}
        </Button>
        <Button
          type="link"
          onClick={() => show({ status: undefined, mine: undefined, overdue: undefined })}
          data-testid="leads-clear"
        >
          {t('leads.clearFilters')}
        </Button>
      </div>
      {leads.isError && <LoadError error={leads.error} onRetry={() => void leads.refetch()} />}
      {!leads.isError && (
        <Table<LeadRow>
          rowKey="id"
          columns={columns}
          dataSource={leads.data?.items ?? []}
          loading={leads.isFetching}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('leads.empty') }}
          rowClassName={(lead) => (lead.overdue ? 'leads-row leads-row-overdue' : 'leads-row')}
          onRow={(lead) => ({ onClick: () => open(lead), 'data-testid': `leads-row-${lead.reference}` })}
          pagination={{
            current: page,
            pageSize: LEADS_PAGE_SIZE,
            total: leads.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('leads.total', { count: formatNumber(total) }),
            onChange: (next) =>
              void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) }),
          }}
          data-testid="leads-table"
        />
      )}
    </div>
  );
}

/** /workbench/leads: every lead the reader may see, filtered in the URL, a page at a time. */
export function LeadsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('leads.title'));
  return (
    <StaffGate
      title={t('leads.title')}
      redirect="/workbench/leads"
      roles={pipelineRoles}
      forbidden={{ title: t('leads.forbiddenTitle'), text: t('leads.forbiddenText') }}
    >
      {() => <LeadsWorkspace />}
    </StaffGate>
  );
}
