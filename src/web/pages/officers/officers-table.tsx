import { useQuery } from '@tanstack/react-query';
import { App, Card, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { RowSaveButton } from '../../components/row-save-button';
import { TableScroll } from '../../components/table-scroll';
import { type DataText, useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import { errorText } from '../pipeline/server-errors';
import { useDirections } from '../pipeline/use-directions';
import { sameDirections } from './org-unit-values';
import {
  type Officer,
  type OrgUnit,
  officersQuery,
  orgUnitsQuery,
  useSetOfficerDirections,
  useSetOfficerUnit,
} from './use-officers';

/** A Select cannot hold null: "in no unit" is this value, and null again on its way to the API. */
const NO_UNIT = '';

function unitName(units: readonly OrgUnit[], code: string | null, text: DataText, none: string): string {
  const unit = units.find((u) => u.code === code);
  return unit ? text(unit.nameZh, unit.nameEn) : none;
}

/** The officer's unit: choosing another one saves it at once, with a toast either way. */
function UnitCell({ officer, units }: { officer: Officer; units: readonly OrgUnit[] }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const setUnit = useSetOfficerUnit();
  const none = t('officersAdmin.noUnit');

  const choose = (value: string) => {
    const orgUnit = value === NO_UNIT ? null : value;
    setUnit.mutate(
      { id: officer.id, orgUnit },
      {
        onSuccess: () =>
          void message.success(
            orgUnit === null
              ? t('officersAdmin.unitCleared', { name: officer.displayName })
              : t('officersAdmin.unitSaved', {
                  name: officer.displayName,
                  unit: unitName(units, orgUnit, text, none),
                }),
          ),
        onError: (error) => void message.error(errorText(error, text)),
      },
    );
  };

  return (
    <Select<string>
      value={officer.orgUnit ?? NO_UNIT}
      onChange={choose}
      loading={setUnit.isPending}
      disabled={setUnit.isPending}
      options={[
        { value: NO_UNIT, label: none },
        ...units.map((unit) => ({ value: unit.code, label: text(unit.nameZh, unit.nameEn) })),
      ]}
      popupMatchSelectWidth={false}
      aria-label={t('officersAdmin.unitOf', { name: officer.displayName })}
      className="officer-unit-select"
      data-testid={`officer-unit-${officer.id}`}
    />
  );
}

/**
 * The directions an officer covers: chosen in the select, saved with the row's button (a multiple select
 * has no moment at which the choice is obviously finished).
 */
function DirectionsCell({ officer }: { officer: Officer }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const directions = useDirections();
  const setDirections = useSetOfficerDirections();
  const [draft, setDraft] = useState<string[]>(officer.directions);
  const dirty = !sameDirections(draft, officer.directions);

  const save = () =>
    setDirections.mutate(
      { id: officer.id, directions: draft },
      {
        onSuccess: () =>
          void message.success(t('officersAdmin.directionsSaved', { name: officer.displayName })),
        onError: (error) => void message.error(errorText(error, text)),
      },
    );

  return (
    <Space size="small" align="start" className="officer-directions">
      <Select<string[]>
        mode="multiple"
        value={draft}
        onChange={setDraft}
        options={directions.options}
        placeholder={t('officersAdmin.directionsPlaceholder')}
        aria-label={t('officersAdmin.directionsOf', { name: officer.displayName })}
        className="officer-directions-select"
        data-testid={`officer-directions-${officer.id}`}
      />
      <RowSaveButton
        dirty={dirty}
        loading={setDirections.isPending}
        onClick={save}
        label={t('officersAdmin.saveDirectionsOf', { name: officer.displayName })}
        testId={`officer-directions-save-${officer.id}`}
      />
    </Space>
  );
}

function useColumns(units: readonly OrgUnit[]): TableColumnsType<Officer> {
  const { t } = useTranslation();
  return [
    {
      key: 'officer',
      title: t('officersAdmin.officer'),
      render: (_, officer) => (
        <div className="officer-name">
          <strong>{officer.displayName}</strong>{' '}
          {officer.disabled && <Tag data-testid="officer-disabled">{t('officersAdmin.disabled')}</Tag>}
          <div className="muted">{officer.email}</div>
        </div>
      ),
    },
    {
      key: 'unit',
      title: t('officersAdmin.unit'),
      render: (_, officer) => <UnitCell officer={officer} units={units} />,
    },
    {
      key: 'directions',
      title: t('officersAdmin.directions'),
      // Saved directions come back from the server in their own order: a new key starts a fresh draft.
      render: (_, officer) => <DirectionsCell key={officer.directions.join(',')} officer={officer} />,
    },
    {
      key: 'open',
      title: t('officersAdmin.openLeads'),
      align: 'right',
      className: 'nowrap',
      render: (_, officer) => formatNumber(officer.openLeads),
    },
    {
      key: 'overdue',
      title: t('officersAdmin.overdueLeads'),
      align: 'right',
      className: 'nowrap',
      render: (_, officer) => (
        <span className={officer.overdueLeads > 0 ? 'officer-overdue' : undefined}>
          {formatNumber(officer.overdueLeads)}
        </span>
      ),
    },
  ];
}

/** Section 1: every investment officer, their unit and the directions whose new leads they take. */
export function OfficersTable() {
  const { t } = useTranslation();
  const officers = useQuery(officersQuery);
  const units = useQuery(orgUnitsQuery);
  const columns = useColumns(units.data?.items ?? []);

  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="officers-title">
          {t('officersAdmin.officersTitle')}
        </h2>
      }
    >
      <p className="muted" data-testid="officers-assignment-hint">
        {t('officersAdmin.assignmentHint')}
      </p>
      {officers.isError && <LoadError error={officers.error} onRetry={() => void officers.refetch()} />}
      {units.isError && <LoadError error={units.error} onRetry={() => void units.refetch()} />}
      {officers.isPending && <LoadingBlock rows={4} />}
      {officers.data && (
        <TableScroll labelledBy="officers-title">
          <Table<Officer>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={officers.data.items}
            pagination={false}
            locale={{ emptyText: t('officersAdmin.noOfficers') }}
            rowClassName={(officer) => (officer.disabled ? 'officer-disabled' : '')}
            // Test ids per row (officer-row-7); the cast because data-* is not among the row's typed props.
            onRow={(officer) =>
              ({ 'data-testid': `officer-row-${officer.id}` }) as HTMLAttributes<HTMLElement>
            }
            data-testid="officers-table"
          />
        </TableScroll>
      )}
    </Card>
  );
}
