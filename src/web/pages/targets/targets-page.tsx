import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, App, Button, Card, Select, Switch, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { pipelineRoles } from '../../auth/staff';
import { LoadError } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { chainQuery } from '../chain/use-chain';
import { useDirections } from '../pipeline/use-directions';
import { StaffGate } from '../workbench/staff-gate';
import { AddToList } from './add-to-list';
import { ScoreBreakdown } from './score-breakdown';
import {
  type LeadsResult,
  type RankedTarget,
  rankingQuery,
  type TargetListDetail,
  targetListQuery,
  targetListsQuery,
  useRemoveFromList,
  useTurnIntoLeads,
} from './use-targets';

/** Rows per page of the ranking. */
export const TARGETS_PAGE_SIZE = 20;

export type TargetSearch = {
  chainLinkCode?: string;
  directionCode?: string;
  taiwanFunded?: boolean;
  page?: number;
  list?: number;
};

function LeadsOutcome({ result }: { result: LeadsResult }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      data-testid="leads-result"
      title={t('targets.leadsCreated', { count: result.created.length })}
      description={
        <>
          <ul>
            {result.created.map((c) => (
              <li key={c.leadId} data-testid="created-lead">
                <Link to="/workbench/leads/$leadId" params={{ leadId: String(c.leadId) }}>
                  {c.reference}
                </Link>{' '}
                {c.companyName} → {c.assignedTo ? c.assignedTo.displayName : t('targets.unassigned')}
                {c.rule && ` (${t(`targets.rule.${c.rule}`)})`}
              </li>
            ))}
          </ul>
          {result.skipped.length > 0 && (
            <>
              <p>{t('targets.leadsSkipped', { count: result.skipped.length })}</p>
              <ul>
                {result.skipped.map((s) => (
                  <li key={s.enterpriseId} data-testid="skipped-lead">
                    {s.companyName ?? s.enterpriseId}: {t(`targets.skipReason.${s.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      }
    />
  );
}

function ListPanel({ listId }: { listId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useQuery(targetListQuery(listId));
  const turn = useTurnIntoLeads();
  const remove = useRemoveFromList();
  const [chosen, setChosen] = useState<number[]>([]);
  const [result, setResult] = useState<LeadsResult | null>(null);
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  type Entry = TargetListDetail['entries'][number];
  const columns: TableColumnsType<Entry> = [
    {
      title: t('targets.enterprise'),
      dataIndex: 'nameZh',
      render: (_, e) => (
        <Link to="/enterprises/$enterpriseId" params={{ enterpriseId: String(e.enterpriseId) }}>
          {e.nameZh}
        </Link>
      ),
    },
    { title: t('targets.score'), dataIndex: 'score', align: 'right', render: (s: number | null) => s ?? '—' },
    {
      title: t('targets.lead'),
      render: (_, e) =>
        e.lead ? (
          <Link to="/workbench/leads/$leadId" params={{ leadId: String(e.lead.id) }}>
            {e.lead.reference}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('targets.actions'),
      render: (_, e) => (
        <Button
          size="small"
          onClick={() => remove.mutate({ listId, enterpriseId: e.enterpriseId })}
          aria-label={t('targets.removeFrom', { name: e.nameZh })}
        >
          {t('targets.remove')}
        </Button>
      ),
    },
  ];
  const convert = () =>
    turn.mutate(
      { listId, enterpriseIds: chosen.length > 0 ? chosen : undefined },
      {
        onSuccess: (r) => {
          setResult(r);
          setChosen([]);
          void list.refetch();
        },
        onError: (error) => void message.error(error.message),
      },
    );
  return (
    <Card title={<h2 className="card-title">{list.data?.name ?? '…'}</h2>} data-testid="target-list-panel">
      <Table
        rowKey="enterpriseId"
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.entries ?? []}
        pagination={false}
        rowSelection={{
          selectedRowKeys: chosen,
          onChange: (keys) => setChosen(keys as number[]),
          getCheckboxProps: (e) => ({ disabled: e.lead !== null, 'aria-label': e.nameZh }),
        }}
      />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        onClick={convert}
        loading={turn.isPending}
        disabled={(list.data?.entries.length ?? 0) === 0}
        data-testid="turn-into-leads"
      >
        {chosen.length > 0 ? t('targets.turnChosen', { count: chosen.length }) : t('targets.turnAll')}
      </Button>
      {result && <LeadsOutcome result={result} />}
    </Card>
  );
}

function TargetsWorkspace() {
  const { t } = useTranslation();
  const text = useDataText();
  const directions = useDirections();
  const chain = useQuery(chainQuery);
  const lists = useQuery(targetListsQuery);
  const search = useSearch({ from: '/workbench/targets' });
  const navigate = useNavigate({ from: '/workbench/targets' });
  const page = search.page ?? 1;
  const ranking = useQuery({
    ...rankingQuery({
      chainLinkCode: search.chainLinkCode,
      directionCode: search.directionCode,
      taiwanFunded: search.taiwanFunded ? 'true' : undefined,
      limit: TARGETS_PAGE_SIZE,
      offset: (page - 1) * TARGETS_PAGE_SIZE,
    }),
    placeholderData: (previous) => previous,
  });
  const [chosen, setChosen] = useState<number[]>([]);
  const show = (next: Partial<TargetSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, page: undefined, ...next }), replace: true });

  const columns: TableColumnsType<RankedTarget> = [
    { title: t('targets.rank'), dataIndex: 'rank', align: 'right', width: 60 },
    {
      title: t('targets.enterprise'),
      dataIndex: 'nameZh',
      render: (_, r) => (
        <Link to="/enterprises/$enterpriseId" params={{ enterpriseId: String(r.enterpriseId) }}>
          {text(r.nameZh, r.nameEn ?? r.nameZh)}
        </Link>
      ),
    },
    {
      title: t('targets.link'),
      render: (_, r) => (r.chainLink ? text(r.chainLink.nameZh, r.chainLink.nameEn) : '—'),
    },
    {
      title: t('targets.direction'),
      render: (_, r) => (r.directionCode ? directions.label(r.directionCode) : '—'),
    },
    { title: t('targets.score'), dataIndex: 'score', align: 'right' },
    { title: t('targets.breakdown'), width: '40%', render: (_, r) => <ScoreBreakdown target={r} /> },
  ];

  return (
    <>
      <div className="pipeline-toolbar">
        <div className="pipeline-control">
          <label htmlFor="targets-link">{t('targets.link')}</label>
          <Select
            id="targets-link"
            allowClear
            style={{ minWidth: 200 }}
            value={search.chainLinkCode}
            onChange={(v) => show({ chainLinkCode: v })}
            placeholder={t('targets.all')}
            options={(chain.data?.items ?? []).map((l) => ({
              value: l.code,
              label: `${l.gap ? '⚠ ' : ''}${text(l.nameZh, l.nameEn)}`,
            }))}
          />
        </div>
        <div className="pipeline-control">
          <label htmlFor="targets-direction">{t('targets.direction')}</label>
          <Select
            id="targets-direction"
            allowClear
            style={{ minWidth: 180 }}
            value={search.directionCode}
            onChange={(v) => show({ directionCode: v })}
            placeholder={t('targets.all')}
            options={directions.options}
          />
        </div>
        <div className="pipeline-control">
          <label htmlFor="targets-taiwan">{t('targets.taiwanOnly')}</label>
          <Switch
            id="targets-taiwan"
            checked={!!search.taiwanFunded}
            onChange={(v) => show({ taiwanFunded: v || undefined })}
          />
        </div>
      </div>
      <AddToList enterpriseIds={chosen} chainLinkCode={search.chainLinkCode} testId="targets-add-to-list" />
      {ranking.isError ? (
        <LoadError error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : (
        <Table
          rowKey="enterpriseId"
          size="small"
          loading={ranking.isPending}
          columns={columns}
          dataSource={ranking.data?.items ?? []}
          data-testid="targets-table"
          rowSelection={{
            selectedRowKeys: chosen,
            onChange: (keys) => setChosen(keys as number[]),
            getCheckboxProps: (r) => ({ 'aria-label': r.nameZh }),
          }}
          pagination={{
            current: page,
            pageSize: TARGETS_PAGE_SIZE,
            total: ranking.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) =>
              void navigate({ search: (previous) => ({ ...previous, page: p }), replace: true }),
          }}
        />
      )}
      <h2>{t('targets.lists')}</h2>
      <div className="pipeline-control">
        <label htmlFor="targets-list">{t('targets.chooseList')}</label>
        <Select
          id="targets-list"
          style={{ minWidth: 240 }}
          value={search.list}
          onChange={(v) => show({ list: v })}
          placeholder={t('targets.chooseList')}
          options={(lists.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.items})` }))}
          data-testid="targets-list-select"
        />
      </div>
      {search.list !== undefined && <ListPanel key={search.list} listId={search.list} />}
    </>
  );
}

export function TargetsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('targets.title'));
  return (
    <StaffGate title={t('targets.title')} redirect="/workbench/targets" roles={pipelineRoles}>
      {() => (
        <div className="page targets-page" data-testid="targets-page">
          <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
            <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
            {t('targets.title')}
          </nav>
          <header className="workbench-header">
            <div>
              <Typography.Title level={1} className="page-title">
                {t('targets.title')}
              </Typography.Title>
              <p className="page-intro">{t('targets.intro')}</p>
            </div>
            <Link to="/workbench/chain" className="workbench-import-link">
              {t('chainMap.title')}
            </Link>
          </header>
          <TargetsWorkspace />
        </div>
      )}
    </StaffGate>
  );
}
