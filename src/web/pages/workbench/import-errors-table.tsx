import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import type { ImportRowError } from './use-import-job';

type ErrorRow = ImportRowError & { key: number };

function useColumns(): TableColumnsType<ErrorRow> {
  const { t } = useTranslation();
  // The server words messages in simplified Chinese or English; zh-TW readers get them converted. Sheet,
  // column and value stay as the file has them, so that they can be found in it.
  const text = useDataText();
  return [
    { key: 'sheet', title: t('imports.errorSheet'), dataIndex: 'sheet' },
    {
      key: 'row',
      title: t('imports.errorRow'),
      dataIndex: 'rowNumber',
      align: 'right',
      className: 'nowrap',
    },
    { key: 'column', title: t('imports.errorColumn'), render: (_, row) => row.column ?? '—' },
    {
      key: 'value',
      title: t('imports.errorValue'),
      render: (_, row) => (row.value === null || row.value === '' ? '—' : row.value),
    },
    { key: 'message', title: t('imports.errorMessage'), render: (_, row) => text(row.message) },
  ];
}

type ImportErrorsTableProps = {
  items: ImportRowError[];
  total: number;
  offset: number;
  pageSize: number;
  loading: boolean;
  onPage: (offset: number) => void;
};

/**
 * The rows the import skipped, as the spreadsheet numbers them (the header is row 1), one page at a time:
 * the server holds them all (errorsLimit / errorsOffset), the table only the page on screen.
 */
export function ImportErrorsTable({
  items,
  total,
  offset,
  pageSize,
  loading,
  onPage,
}: ImportErrorsTableProps) {
  const { t } = useTranslation();
  const columns = useColumns();
  const rows = useMemo<ErrorRow[]>(
    () => items.map((item, index) => ({ ...item, key: offset + index })),
    [items, offset],
  );
  return (
    <div className="import-errors">
      <h3 className="import-subheading" id="import-errors-title">
        {t('imports.errorsTitle')}{' '}
        <span className="muted import-errors-total">
          {t('imports.errorsTotal', { total: formatNumber(total) })}
        </span>
      </h3>
      <TableScroll label={t('imports.errorsLabel')}>
        <Table<ErrorRow>
          size="small"
          columns={columns}
          dataSource={rows}
          loading={loading}
          data-testid="import-errors"
          pagination={{
            current: Math.floor(offset / pageSize) + 1,
            pageSize,
            total,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (page) => onPage((page - 1) * pageSize),
          }}
        />
      </TableScroll>
    </div>
  );
}
