import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParkSummary } from '../../api/queries';
import { DataText } from '../../components/data-text';
import { TableScroll } from '../../components/table-scroll';
import { useDataText } from '../../i18n/use-data-text';
import { exportHref, TEMPLATE_HREF } from './import-files';

const EXPORT_PAGE_SIZE = 10;

function useExportColumns(): TableColumnsType<ParkSummary> {
  const { t } = useTranslation();
  const text = useDataText();
  return [
    {
      key: 'park',
      title: t('imports.exportPark'),
      render: (_, park) => <DataText zh={park.nameZh} en={park.nameEn} />,
    },
    {
      key: 'files',
      title: t('imports.exportFiles'),
      render: (_, park) => {
        const name = text(park.nameZh, park.nameEn);
        return (
          <span className="import-export-links">
            <a
              className="export-link"
              href={exportHref(park.id, 'xlsx')}
              aria-label={t('imports.exportXlsxOf', { park: name })}
              data-testid={`import-export-xlsx-${park.id}`}
              download
            >
              {t('imports.exportXlsx')}
            </a>
            <a
              className="export-link"
              href={exportHref(park.id, 'csv')}
              aria-label={t('imports.exportCsvOf', { park: name })}
              data-testid={`import-export-csv-${park.id}`}
              download
            >
              {t('imports.exportCsv')}
            </a>
          </span>
        );
      },
    },
  ];
}

/**
 * How an import works, the template to fill in, and each of the user's parks as it stands (exported in
 * the template's layout, so it can be edited and imported back).
 */
export function ImportGuide({ parks, parksLoading }: { parks: ParkSummary[]; parksLoading: boolean }) {
  const { t } = useTranslation();
  const columns = useExportColumns();
  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="import-guide-title">
          {t('imports.howTitle')}
        </h2>
      }
      data-testid="import-guide"
    >
      <div className="import-guide">
        <ul className="import-rules">
          <li>{t('imports.howMatch')}</li>
          <li>{t('imports.howRepeat')}</li>
          <li>{t('imports.howErrors')}</li>
          <li>{t('imports.howDryRun')}</li>
          <li>{t('imports.howFormat')}</li>
        </ul>
        <p className="import-template">
          <a className="export-link" href={TEMPLATE_HREF} data-testid="import-template-link" download>
            {t('imports.downloadTemplate')}
          </a>{' '}
          <span className="muted">{t('imports.templateHint')}</span>
        </p>
        <h3 className="import-subheading" id="import-export-title">
          {t('imports.exportTitle')}
        </h3>
        <p className="muted import-export-hint">{t('imports.exportHint')}</p>
        <TableScroll labelledBy="import-export-title">
          <Table<ParkSummary>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={parks}
            loading={parksLoading}
            locale={{ emptyText: t('imports.noParks') }}
            pagination={
              parks.length > EXPORT_PAGE_SIZE ? { pageSize: EXPORT_PAGE_SIZE, showSizeChanger: false } : false
            }
            data-testid="import-exports"
          />
        </TableScroll>
      </div>
    </Card>
  );
}
