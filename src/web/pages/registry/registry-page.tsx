import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import {
  Button,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parksQuery } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { LoadError } from '../../components/query-state';
import { DemoTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import { EnterpriseStatusTag } from '../enterprises/enterprise-facts';
import { useDirections } from '../pipeline/use-directions';
import { StaffGate } from '../workbench/staff-gate';
import { EnterpriseFormModal, initialValues } from './enterprise-form-modal';
import { RegistryImportModal } from './registry-import-modal';
import {
  REGISTRY_PAGE_SIZE,
  type RegistrySearch,
  registryExportHref,
  registryFlags,
  registryStatuses,
  splitFlags,
} from './registry-search';
import { type RegistryRow, registryQuery } from './use-registry';

const wan = (value: string | null | undefined) =>
  value === null || value === undefined ? '—' : formatNumber(value);

function useColumns(): TableColumnsType<RegistryRow> {
  const { t } = useTranslation();
  const text = useDataText();
  return [
    {
      key: 'name',
      title: t('registry.columns.name'),
      render: (_, row) => (
        <Space size={4} wrap>
          <Link
            to="/enterprises/$enterpriseId"
            params={{ enterpriseId: String(row.id) }}
            data-testid={`registry-link-${row.id}`}
          >
            {text(row.nameZh, row.nameEn)}
          </Link>
          {row.isDemo && <DemoTag />}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('registry.columns.status'),
      className: 'nowrap',
      render: (_, row) => <EnterpriseStatusTag status={row.status} />,
    },
    {
      key: 'park',
      title: t('registry.columns.park'),
      render: (_, row) => (row.park ? text(row.park.nameZh, row.park.nameEn) : '—'),
    },
    {
      key: 'direction',
      title: t('registry.columns.direction'),
      render: (_, row) => (row.direction ? text(row.direction.nameZh, row.direction.nameEn) : '—'),
    },
    {
      key: 'chainLink',
      title: t('registry.columns.chainLink'),
      render: (_, row) => (row.chainLink ? text(row.chainLink.nameZh, row.chainLink.nameEn) : '—'),
    },
    {
      key: 'flags',
      title: t('registry.columns.flags'),
      render: (_, row) =>
        registryFlags
          .filter((f) => row.flags[f])
          .map((f) => <Tag key={f}>{t(`registry.flagShort.${f}`)}</Tag>),
    },
    {
      key: 'uscc',
      title: t('registry.columns.uscc'),
      className: 'nowrap',
      render: (_, row) => row.uscc ?? '—',
    },
    {
      key: 'year',
      title: t('registry.columns.year'),
      className: 'nowrap',
      render: (_, row) => row.figures?.year ?? '—',
    },
    {
      key: 'revenue',
      title: t('registry.columns.revenueWan'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => wan(row.figures?.operatingRevenueWan),
    },
    {
      key: 'tax',
      title: t('registry.columns.taxWan'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => wan(row.figures?.taxWan),
    },
    {
      key: 'source',
      title: t('registry.columns.source'),
      render: (_, row) =>
        row.figures ? <span className="registry-source">{text(row.figures.source)}</span> : '—',
    },
  ];
}

function Filters({
  search,
  onChange,
}: {
  search: RegistrySearch;
  onChange: (next: Partial<RegistrySearch>) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const directions = useDirections();
  const parks = useQuery(parksQuery);
  const [q, setQ] = useState(search.q ?? '');
  return (
    <Space wrap className="registry-filters" data-testid="registry-filters">
      <Input.Search
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        placeholder={t('registry.searchPlaceholder')}
        aria-label={t('registry.searchPlaceholder')}
        allowClear
        style={{ width: 220 }}
        data-testid="registry-q"
      />
      <Select
        allowClear
        value={search.status}
        onChange={(status) => onChange({ status })}
        placeholder={t('registry.columns.status')}
        aria-label={t('registry.columns.status')}
        options={registryStatuses.map((s) => ({ value: s, label: t(`enterprise.statuses.${s}`) }))}
        style={{ width: 130 }}
        data-testid="registry-status"
      />
      <Select
        allowClear
        value={search.parkId}
        onChange={(parkId) => onChange({ parkId })}
        placeholder={t('registry.columns.park')}
        aria-label={t('registry.columns.park')}
        options={(parks.data?.items ?? []).map((p) => ({ value: p.id, label: text(p.nameZh, p.nameEn) }))}
        style={{ width: 200 }}
      />
      <Select
        allowClear
        value={search.directionCode}
        onChange={(directionCode) => onChange({ directionCode })}
        placeholder={t('registry.columns.direction')}
        aria-label={t('registry.columns.direction')}
        options={directions.options}
        style={{ width: 180 }}
      />
      <Select
        mode="multiple"
        allowClear
        value={splitFlags(search.flag)}
        onChange={(flags: string[]) => onChange({ flag: flags.length > 0 ? flags.join(',') : undefined })}
        placeholder={t('registry.columns.flags')}
        aria-label={t('registry.columns.flags')}
        options={registryFlags.map((f) => ({ value: f, label: t(`enterprise.flagNames.${f}`) }))}
        style={{ minWidth: 180 }}
      />
      <InputNumber
        value={search.year}
        min={1949}
        max={2100}
        onChange={(year) => onChange({ year: year ?? undefined })}
        placeholder={t('registry.columns.year')}
        aria-label={t('registry.yearFilter')}
        style={{ width: 110 }}
      />
      <Select
        value={search.sort ?? 'revenue'}
        onChange={(sort) => onChange({ sort: sort === 'revenue' ? undefined : sort })}
        aria-label={t('registry.sort')}
        options={[
          { value: 'revenue', label: t('registry.sortRevenue') },
          { value: 'name', label: t('registry.sortName') },
        ]}
        style={{ width: 150 }}
      />
    </Space>
  );
}

/** Filters from elsewhere (the dashboard, the chain map) that the bar above does not show, named plainly. */
function LinkedFilters({ search, onClear }: { search: RegistrySearch; onClear: () => void }) {
  const { t } = useTranslation();
  const extra = (
    [
      ['zoneId', search.zoneId],
      ['blockId', search.blockId],
      ['chainLinkCode', search.chainLinkCode],
      ['divisionCode', search.divisionCode],
    ] as const
  ).filter(([, v]) => v !== undefined);
  if (extra.length === 0) return null;
  return (
    <p className="registry-linked-filters" data-testid="registry-linked-filters">
      {extra.map(([key, value]) => (
        <Tag key={key}>
          {t(`registry.linked.${key}`)}: {value}
        </Tag>
      ))}
      <Button type="link" size="small" onClick={onClear}>
        {t('registry.clearLinked')}
      </Button>
    </p>
  );
}

function RegistryTable() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/workbench/enterprises' });
  const navigate = useNavigate({ from: '/workbench/enterprises' });
  const list = useQuery(registryQuery(search));
  const columns = useColumns();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const setSearch = (next: Partial<RegistrySearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next, page: undefined }) });
  return (
    <>
      <Space wrap className="registry-actions">
        <Button type="primary" onClick={() => setCreating(true)} data-testid="registry-new">
          {t('registry.new')}
        </Button>
        <Button href={registryExportHref(search)} data-testid="registry-export">
          {t('registry.export')}
        </Button>
        <Button onClick={() => setImporting(true)} data-testid="registry-import">
          {t('registry.import')}
        </Button>
      </Space>
      <Filters search={search} onChange={setSearch} />
      <LinkedFilters
        search={search}
        onClear={() =>
          setSearch({
            zoneId: undefined,
            blockId: undefined,
            chainLinkCode: undefined,
            divisionCode: undefined,
          })
        }
      />
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: true }}
          data-testid="registry-table"
          pagination={{
            current: search.page ?? 1,
            pageSize: search.pageSize ?? REGISTRY_PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('registry.total', { count: total }),
            onChange: (page) =>
              void navigate({ search: (prev) => ({ ...prev, page: page === 1 ? undefined : page }) }),
          }}
        />
      )}
      <EnterpriseFormModal
        open={creating}
        enterpriseId={null}
        initial={initialValues()}
        onClose={() => setCreating(false)}
        onSaved={(id) =>
          void navigate({ to: '/enterprises/$enterpriseId', params: { enterpriseId: String(id) } })
        }
      />
      <RegistryImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

/** /workbench/enterprises: the registry, filtered by the URL (the dashboard and the chain map link here). */
export function RegistryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.title'));
  return (
    <StaffGate title={t('registry.title')} redirect="/workbench/enterprises">
      {() => (
        <section className="page registry-page" aria-labelledby="registry-title">
          <Typography.Title level={1} id="registry-title">
            {t('registry.title')}
          </Typography.Title>
          <RegistryTable />
        </section>
      )}
    </StaffGate>
  );
}
