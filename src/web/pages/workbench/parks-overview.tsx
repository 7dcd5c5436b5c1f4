import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type OccupancyRow, occupancyQuery, type ParkSummary } from '../../api/queries';
import { DataText } from '../../components/data-text';
import { LoadError } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { useDataText } from '../../i18n/use-data-text';
import { formatArea, formatPercent } from '../../lib/format';

type OverviewRow = { park: ParkSummary; occupancy: OccupancyRow | undefined };

function useColumns(
  selected: number | undefined,
  onSelect: (parkId: number) => void,
): TableColumnsType<OverviewRow> {
  const { t } = useTranslation();
  const text = useDataText();
  const area = (value: string | undefined) => (value === undefined ? '—' : formatArea(value));
  return [
    {
      key: 'park',
      title: t('unit.park'),
      render: (_, row) => <DataText zh={row.park.nameZh} en={row.park.nameEn} />,
    },
    {
      key: 'total',
      title: t('park.totalArea'),
      align: 'right',
      render: (_, row) => area(row.occupancy?.totalM2),
    },
    {
      key: 'available',
      title: t('park.availableArea'),
      align: 'right',
      render: (_, row) => area(row.occupancy?.availableM2),
    },
    {
      key: 'leased',
      title: t('park.leasedArea'),
      align: 'right',
      render: (_, row) => area(row.occupancy?.leasedM2),
    },
    {
      key: 'rate',
      title: t('park.occupancyRate'),
      align: 'right',
      render: (_, row) => (row.occupancy?.occupancyRate ? formatPercent(row.occupancy.occupancyRate) : '—'),
    },
    {
      key: 'select',
      title: t('workbench.actions'),
      render: (_, row) =>
        row.park.id === selected ? (
          <span className="muted" aria-current="true">
            {t('workbench.managing')}
          </span>
        ) : (
          <Button
            size="small"
            onClick={() => onSelect(row.park.id)}
            aria-label={t('workbench.managePark', { park: text(row.park.nameZh, row.park.nameEn) })}
          >
            {t('workbench.manage')}
          </Button>
        ),
    },
  ];
}

type ParksOverviewProps = {
  parks: ParkSummary[];
  title: string;
  selected: number | undefined;
  onSelect: (parkId: number) => void;
};

/** Occupancy of each park at a glance (GET /api/occupancy?level=park), and the way into one of them. */
export function ParksOverview({ parks, title, selected, onSelect }: ParksOverviewProps) {
  const occupancy = useQuery(occupancyQuery('park'));
  const columns = useColumns(selected, onSelect);
  // The roll-up names parks by code; the park list by id. Both come from the same table.
  const rows = useMemo<OverviewRow[]>(() => {
    const byCode = new Map((occupancy.data?.items ?? []).map((row) => [row.code, row]));
    return parks.map((park) => ({ park, occupancy: byCode.get(park.code) }));
  }, [parks, occupancy.data]);

  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="overview-title">
          {title}
        </h2>
      }
    >
      {occupancy.isError && <LoadError error={occupancy.error} onRetry={() => void occupancy.refetch()} />}
      <TableScroll labelledBy="overview-title">
        <Table<OverviewRow>
          rowKey={(row) => row.park.id}
          size="small"
          columns={columns}
          dataSource={rows}
          loading={occupancy.isPending}
          pagination={false}
          data-testid="parks-overview"
        />
      </TableScroll>
    </Card>
  );
}
