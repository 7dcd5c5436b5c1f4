import { Link } from '@tanstack/react-router';
import { Select, Table, type TableColumnsType, type TableProps, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { UnitSearchItem, UnitSearchResult } from '../../api/queries';
import { type SortKey, sortKeys } from '../../api/space-values';
import { DataText } from '../../components/data-text';
import { TableScroll } from '../../components/table-scroll';
import { StatusTag } from '../../components/tags';
import { useAreaLabel, useCleanroomLabel, usePriceLabel } from '../../components/unit-labels';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import { DEFAULT_PAGE_SIZE, exportHref, pageSizes, type SpaceSearch } from './space-search';

export type ResultsChange = Partial<Pick<SpaceSearch, 'sort' | 'limit' | 'offset'>>;

type SpaceResultsProps = {
  search: SpaceSearch;
  results: UnitSearchResult | undefined;
  loading: boolean;
  onChange: (change: ResultsChange) => void;
};

/** Columns that sort, and the sort keys of their two directions (availableFrom only ascends). */
const columnSorts: Record<string, { ascend: SortKey; descend?: SortKey }> = {
  area: { ascend: 'area', descend: '-area' },
  price: { ascend: 'price', descend: '-price' },
  availableFrom: { ascend: 'availableFrom' },
};

function sortOrderOf(column: string, sort: SortKey | undefined): SortOrder {
  const keys = columnSorts[column];
  if (!keys || !sort) return null;
  if (sort === keys.ascend) return 'ascend';
  return sort === keys.descend ? 'descend' : null;
}

function useColumns(sort: SortKey | undefined): TableColumnsType<UnitSearchItem> {
  const { t } = useTranslation();
  const text = useDataText();
  const cleanroom = useCleanroomLabel();
  const price = usePriceLabel();
  const area = useAreaLabel();
  const sortable = (column: string) => ({
    key: column,
    className: 'nowrap',
    sorter: true,
    sortOrder: sortOrderOf(column, sort),
    sortDirections: (columnSorts[column]?.descend ? ['ascend', 'descend'] : ['ascend']) as SortOrder[],
  });
  return [
    {
      key: 'park',
      title: t('unit.park'),
      // Long park names wrap, but not down to a word per line.
      className: 'col-park',
      render: (_, row) => (
        <Link to="/parks/$parkId" params={{ parkId: String(row.park.id) }} data-testid="space-park-link">
          <DataText zh={row.park.nameZh} en={row.park.nameEn} />
        </Link>
      ),
    },
    {
      key: 'building',
      className: 'nowrap',
      title: t('unit.building'),
      render: (_, row) => `${row.building.code} ${text(row.building.nameZh)}`,
    },
    { key: 'code', title: t('unit.code'), dataIndex: 'code', className: 'nowrap' },
    {
      key: 'use',
      className: 'nowrap',
      title: t('unit.use'),
      render: (_, row) => t(`unit.uses.${row.use}`, { defaultValue: row.use }),
    },
    { ...sortable('area'), title: t('unit.area'), align: 'right', render: (_, row) => area(row) },
    {
      key: 'cleanroom',
      className: 'nowrap',
      title: t('unit.cleanroom'),
      render: (_, row) => cleanroom(row.cleanroomGrade),
    },
    {
      key: 'deal',
      className: 'nowrap',
      title: t('unit.deal'),
      render: (_, row) => t(`unit.deals.${row.dealType}`, { defaultValue: row.dealType }),
    },
    { ...sortable('price'), title: t('unit.price'), align: 'right', render: (_, row) => price(row) },
    {
      key: 'status',
      className: 'nowrap',
      title: t('unit.status'),
      render: (_, row) => <StatusTag status={row.status} />,
    },
    {
      ...sortable('availableFrom'),
      title: t('unit.availableFrom'),
      render: (_, row) => row.availableFrom ?? '—',
    },
  ];
}

function SortSelect({ sort, onChange }: { sort: SortKey | undefined; onChange: (sort: SortKey) => void }) {
  const { t } = useTranslation();
  return (
    <label className="results-sort" htmlFor="space-sort">
      <span>{t('space.sort')}</span>
      <Select<SortKey>
        id="space-sort"
        value={sort ?? 'code'}
        onChange={onChange}
        options={sortKeys.map((key) => ({ value: key, label: t(`space.sorts.${key}`) }))}
        popupMatchSelectWidth={false}
      />
    </label>
  );
}

/** Results of the search: count, sort, export link, and one page of units, each linking to its park. */
export function SpaceResults({ search, results, loading, onChange }: SpaceResultsProps) {
  const { t } = useTranslation();
  const columns = useColumns(search.sort);
  const limit = search.limit ?? DEFAULT_PAGE_SIZE;
  const offset = search.offset ?? 0;
  const total = results?.total;

  const handleTable: TableProps<UnitSearchItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort' && !Array.isArray(sorter)) {
      const keys = columnSorts[String(sorter.columnKey)];
      const next = sorter.order && keys ? keys[sorter.order] : undefined;
      onChange({ sort: next === 'code' ? undefined : next, offset: undefined });
    } else if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? limit;
      // A new page size starts again at the first page: the old offset may not be a multiple of it.
      const page = pageSize === limit ? (pagination.current ?? 1) : 1;
      const nextOffset = (page - 1) * pageSize;
      onChange({
        limit: pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize,
        offset: nextOffset > 0 ? nextOffset : undefined,
      });
    }
  };

  return (
    <section
      className="space-results"
      aria-labelledby="space-results-title"
      aria-busy={loading}
      data-testid="space-results"
    >
      <div className="results-toolbar">
        <div>
          <Typography.Title level={2} id="space-results-title" className="results-title">
            {t('space.resultsTitle')}
          </Typography.Title>
          {/* Announced when a new search comes back, so screen-reader users hear the filters took effect. */}
          <p className="results-total" data-testid="space-total" data-total={total ?? ''} aria-live="polite">
            {total === undefined
              ? t('app.loading')
              : t('space.total', { count: total, total: formatNumber(total) })}
          </p>
        </div>
        <div className="results-actions">
          <SortSelect
            sort={search.sort}
            onChange={(sort) => onChange({ sort: sort === 'code' ? undefined : sort, offset: undefined })}
          />
          <a className="export-link" href={exportHref(search)} data-testid="space-export-link" download>
            {t('space.export')}
          </a>
        </div>
      </div>
      <TableScroll label={t('space.tableLabel')}>
        <Table<UnitSearchItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={results?.items ?? []}
          loading={loading}
          onChange={handleTable}
          locale={{ emptyText: results ? t('space.noResults') : t('app.loading') }}
          pagination={{
            current: Math.floor(offset / limit) + 1,
            pageSize: limit,
            total: total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: pageSizes.map(String),
            showTotal: (count, [from, to]) =>
              t('space.range', {
                from: formatNumber(from),
                to: formatNumber(to),
                total: formatNumber(count),
              }),
          }}
        />
      </TableScroll>
    </section>
  );
}
