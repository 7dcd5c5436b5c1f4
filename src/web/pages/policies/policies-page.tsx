import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useSession } from '../../auth/session';
import { worksPipeline } from '../../auth/staff';
import { DataText } from '../../components/data-text';
import { LoadError } from '../../components/query-state';
import { formatNumber } from '../../lib/format';
import { type PolicyFilterChange, PolicyFilters } from './policy-filters';
import { POLICIES_PAGE_SIZE, toPolicyListQuery } from './policy-search';
import { DemoFiguresTag, LevelTag, PolicyStatusTag, useValidityText } from './policy-tags';
import type { PolicySummary } from './policy-types';
import { useCodeOptions } from './use-code-options';
import { policiesQuery } from './use-policies';

function useColumns(staff: boolean): TableColumnsType<PolicySummary> {
  const { t } = useTranslation();
  const validity = useValidityText();
  const codes = useCodeOptions();
  return [
    {
      key: 'title',
      title: t('policies.policyTitle'),
      render: (_, policy) => (
        <div className="policy-title-cell">
          <Link
            to="/policies/$policyId"
            params={{ policyId: String(policy.id) }}
            data-testid={`policies-link-${policy.id}`}
          >
            <DataText zh={policy.titleZh} en={policy.titleEn} />
          </Link>
          <span className="policy-tags">
            {staff && <PolicyStatusTag status={policy.status} />}
            {policy.hasDemoFigures && <DemoFiguresTag />}
          </span>
        </div>
      ),
    },
    {
      key: 'issuer',
      title: t('policies.issuer'),
      render: (_, policy) => <DataText zh={policy.issuerZh} en={policy.issuerEn} />,
    },
    {
      key: 'level',
      title: t('policies.level'),
      className: 'nowrap',
      render: (_, policy) => <LevelTag level={policy.level} />,
    },
    {
      key: 'docNumber',
      title: t('policies.docNumber'),
      render: (_, policy) => policy.docNumber ?? '—',
    },
    {
      key: 'validity',
      title: t('policies.validity'),
      render: (_, policy) => (
        <span data-testid={`policies-validity-${policy.id}`}>
          {validity(policy.validFrom, policy.validTo)}
          {!policy.inForce && policy.status === 'published' && (
            <span className="muted"> · {t('policies.notInForce')}</span>
          )}
        </span>
      ),
    },
    {
      key: 'zones',
      title: t('policies.zones'),
      render: (_, policy) =>
        policy.zones.length === 0
          ? t('policies.everyZone')
          : policy.zones.map((code) => codes.label('zone', code)).join(t('policies.listSeparator')),
    },
  ];
}

/**
 * /policies: the policy library (政策库) for everyone — searched and filtered in the URL, a page at a time;
 * the zone's staff also see drafts and each policy's status, administrators add policies from here.
 */
export function PoliciesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('policies.title'));
  const search = useSearch({ from: '/policies' });
  const navigate = useNavigate({ from: '/policies' });
  const session = useSession();
  const user = session.data?.user;
  const staff = worksPipeline(user);
  const policies = useQuery({
    ...policiesQuery(toPolicyListQuery(search, staff)),
    placeholderData: keepPreviousData,
  });
  const columns = useColumns(staff);
  const page = search.page ?? 1;

  const filter = (change: PolicyFilterChange) =>
    void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }), replace: true });

  return (
    <div className="page policies-page" data-testid="policies-page">
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('policies.title')}
          </Typography.Title>
          <p className="page-intro">{t('policies.intro')}</p>
        </div>
        <div className="workbench-links">
          <Link
            to="/policies/calculator"
            className="workbench-import-link"
            data-testid="policies-calculator-link"
          >
            {t('policies.calculator.title')}
          </Link>
          {user?.role === 'admin' && (
            <Link to="/workbench/policies/new" className="workbench-import-link" data-testid="policies-new">
              {t('policies.newPolicy')}
            </Link>
          )}
        </div>
      </header>
      <PolicyFilters search={search} onChange={filter} staff={staff} />
      {policies.isError && <LoadError error={policies.error} onRetry={() => void policies.refetch()} />}
      {!policies.isError && (
        <Table<PolicySummary>
          rowKey="id"
          columns={columns}
          dataSource={policies.data?.items ?? []}
          loading={policies.isFetching}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: policies.isPending ? t('app.loading') : t('policies.empty') }}
          onChange={(pagination, _filters, _sorter, extra) => {
            if (extra.action !== 'paginate') return;
            const next = pagination.current ?? 1;
            void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) });
          }}
          onRow={(policy) => ({ 'data-testid': `policies-row-${policy.id}` }) as HTMLAttributes<HTMLElement>}
          pagination={{
            current: page,
            pageSize: POLICIES_PAGE_SIZE,
            total: policies.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('policies.total', { n: formatNumber(total) }),
          }}
          data-testid="policies-table"
        />
      )}
    </div>
  );
}
