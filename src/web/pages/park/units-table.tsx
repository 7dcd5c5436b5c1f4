import { Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, ParkDetail, Unit } from '../../api/queries';
import { TableScroll } from '../../components/table-scroll';
import { DemoTag, StatusTag } from '../../components/tags';
import { useAreaLabel, useCleanroomLabel, usePriceLabel } from '../../components/unit-labels';
import { useDataText } from '../../i18n/use-data-text';

type UnitRow = Unit & { building: Building };

function useColumns(): TableColumnsType<UnitRow> {
  const { t } = useTranslation();
  const text = useDataText();
  const cleanroom = useCleanroomLabel();
  const price = usePriceLabel();
  const area = useAreaLabel();
  return [
    {
      key: 'code',
      title: t('unit.code'),
      render: (_, row) => `${row.building.code} ${text(row.building.nameZh)} · ${row.code}`,
    },
    {
      key: 'floor',
      title: t('unit.floor'),
      dataIndex: 'floor',
      align: 'right',
      render: (floor) => floor ?? '—',
    },
    {
      key: 'area',
      title: t('unit.area'),
      align: 'right',
      render: (_, row) => area(row),
    },
    {
      key: 'use',
      title: t('unit.use'),
      render: (_, row) => t(`unit.uses.${row.use}`, { defaultValue: row.use }),
    },
    { key: 'cleanroom', title: t('unit.cleanroom'), render: (_, row) => cleanroom(row.cleanroomGrade) },
    {
      key: 'deal',
      title: t('unit.deal'),
      render: (_, row) => t(`unit.deals.${row.dealType}`, { defaultValue: row.dealType }),
    },
    { key: 'price', title: t('unit.price'), align: 'right', render: (_, row) => price(row) },
    { key: 'status', title: t('unit.status'), render: (_, row) => <StatusTag status={row.status} /> },
    { key: 'demo', title: t('unit.demo'), render: (_, row) => (row.isDemo ? <DemoTag /> : null) },
  ];
}

function BuildingSummary({ building }: { building: Building }) {
  const { t } = useTranslation();
  const text = useDataText();
  return (
    <li id={`building-${building.id}`}>
      <strong>
        {building.code} {text(building.nameZh)}
      </strong>{' '}
      <span className="muted">
        {t('park.buildingMeta', { floors: building.floors })}
        {building.completionYear && ` · ${t('park.buildingCompleted', { year: building.completionYear })}`}
      </span>{' '}
      {building.isDemo && <DemoTag />}
    </li>
  );
}

/** All units of the park in one table (building, floor, area, use, cleanroom, lease/sale, price, status). */
export function UnitsSection({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  const columns = useColumns();
  const rows = useMemo<UnitRow[]>(
    () => park.buildings.flatMap((building) => building.units.map((unit) => ({ ...unit, building }))),
    [park.buildings],
  );
  // A search result links to /parks/:id#unit-:id (or #building-:id): the row exists only once the park
  // has loaded, so the browser's own jump to the fragment has already happened — do it here.
  useEffect(() => {
    const target = rows.length > 0 && window.location.hash.slice(1);
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'center' });
  }, [rows]);
  return (
    <section className="park-section" aria-labelledby="units-title">
      <Typography.Title level={2} id="units-title">
        {t('park.buildingsTitle')}
      </Typography.Title>
      {park.buildings.length === 0 ? (
        <p className="muted">{t('park.noBuildings')}</p>
      ) : (
        <>
          <ul className="building-list">
            {park.buildings.map((building) => (
              <BuildingSummary key={building.id} building={building} />
            ))}
          </ul>
          <TableScroll label={t('unit.tableLabel', { building: text(park.nameZh, park.nameEn) })}>
            <Table<UnitRow>
              data-testid="units-table"
              rowKey="id"
              onRow={(row) => ({ id: `unit-${row.id}` })}
              size="small"
              columns={columns}
              dataSource={rows}
              pagination={false}
            />
          </TableScroll>
        </>
      )}
    </section>
  );
}
