import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { formatNumber, formatYuan } from '../../lib/format';
import { AppPathLink } from '../search/app-path-link';
import type { RollupFigures } from './use-dashboard';

export type FigureRow = RollupFigures & { key: string; label: ReactNode };

/**
 * The figures behind a chart as a table: the text alternative of the chart, and every figure a link to the
 * enterprises it is summed from.
 */
export function FigureTable({
  caption,
  heading,
  rows,
  testId,
}: {
  caption: string;
  heading: string;
  rows: FigureRow[];
  testId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: TableColumnsType<FigureRow> = [
    { key: 'label', title: heading, render: (_, row) => row.label },
    {
      key: 'revenue',
      title: t('dashboard.revenue'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) =>
        row.revenueYuan === null ? (
          '—'
        ) : (
          <AppPathLink path={row.rowsUrl} testId={`${testId}-${row.key}`}>
            {formatYuan(row.revenueYuan, language)}
          </AppPathLink>
        ),
    },
    {
      key: 'rd',
      title: t('dashboard.rdSpend'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => (row.rdSpendYuan === null ? '—' : formatYuan(row.rdSpendYuan, language)),
    },
    {
      key: 'count',
      title: t('dashboard.enterpriseCount'),
      align: 'right',
      render: (_, row) => formatNumber(String(row.enterpriseCount), 0),
    },
  ];
  return (
    <Table<FigureRow>
      className="dashboard-table"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      rowKey="key"
      title={() => <span className="visually-hidden">{caption}</span>}
      onRow={(row) => ({ 'data-testid': `${testId}-row-${row.key}` }) as HTMLAttributes<HTMLElement>}
      data-testid={testId}
    />
  );
}
