import {
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
} from 'antd';
import { createContext, type HTMLAttributes, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, ParkDetail, Unit } from '../../api/queries';
import { unitStatuses } from '../../api/space-values';
import { applyServerErrors } from '../../auth/form-errors';
import { RowSaveButton } from '../../components/row-save-button';
import { TableScroll } from '../../components/table-scroll';
import { DemoTag } from '../../components/tags';
import { useAreaLabel } from '../../components/unit-labels';
import { useDataText } from '../../i18n/use-data-text';
import { UnitCreateModal } from './unit-create-modal';
import {
  holdsTenant,
  priceField,
  type RowValues,
  rowFields,
  rowValues,
  type UnitStatus,
  unitPatch,
} from './unit-row';
import { useDeleteUnit, useUpdateUnit } from './use-inventory';

type UnitRow = Unit & { building: Building };
// The units of the table by id, for the row component (antd hands it only the row key).
const UnitsById = createContext<Map<number, UnitRow>>(new Map());

type RowProps = HTMLAttributes<HTMLTableRowElement> & { 'data-row-key'?: string | number };

/**
 * Each table row is a form of its own (antd's editable-row pattern): its fields validate, show the API's
 * field messages and save independently of the other rows.
 */
function EditableRow(props: RowProps) {
  const units = useContext(UnitsById);
  const unit = units.get(Number(props['data-row-key']));
  const [form] = Form.useForm<RowValues>();
  const updatedAt = unit?.updatedAt;
  // A saved (or otherwise refetched) unit brings new values: the row shows them instead of the old draft.
  useEffect(() => {
    if (updatedAt) form.resetFields();
  }, [form, updatedAt]);
  if (!unit) return <tr {...props} />;
  return (
    <Form form={form} component={false} initialValues={rowValues(unit)} name={`unit-${unit.id}`}>
      <tr {...props} data-testid={`unit-row-${unit.id}`} />
    </Form>
  );
}

function StatusField({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<RowValues>();
  return (
    <Form.Item name="status" className="cell-field">
      <Select<UnitStatus>
        // The API's "a leased unit needs a tenant" no longer applies once the status needs none.
        onChange={(status) => {
          if (!holdsTenant(status)) form.setFields([{ name: 'tenantEnterpriseId', errors: [] }]);
        }}
        aria-label={t('workbench.statusOf', { code: unit.code })}
        data-testid={`unit-status-${unit.id}`}
        options={unitStatuses.map((status) => ({ value: status, label: t(`unit.statuses.${status}`) }))}
        popupMatchSelectWidth={false}
        className="cell-status"
      />
    </Form.Item>
  );
}

function PriceField({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={priceField(unit)} className="cell-field">
      <InputNumber<string>
        stringMode
        min="0"
        step="0.5"
        precision={2}
        aria-label={t('workbench.priceOf', { code: unit.code })}
        data-testid={`unit-price-${unit.id}`}
        suffix={unit.dealType === 'sale' ? t('workbench.saleUnit') : t('workbench.rentUnit')}
        className="cell-price"
      />
    </Form.Item>
  );
}

function TenantField({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const text = useDataText();
  const status = Form.useWatch('status', Form.useFormInstance<RowValues>());
  return (
    <Form.Item
      name="tenantEnterpriseId"
      className="cell-field"
      extra={unit.tenant ? t('workbench.tenantCurrent', { name: text(unit.tenant.nameZh) }) : undefined}
    >
      <InputNumber<number>
        min={1}
        precision={0}
        disabled={!holdsTenant(status)}
        aria-label={t('workbench.tenantOf', { code: unit.code })}
        data-testid={`unit-tenant-${unit.id}`}
        className="cell-tenant"
      />
    </Form.Item>
  );
}

function RowActions({ unit, parkId }: { unit: Unit; parkId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = Form.useFormInstance<RowValues>();
  // Every field of the row, watched, so the save button knows whether there is anything to save.
  const values = Form.useWatch((all: RowValues) => all, form) as RowValues | undefined;
  const update = useUpdateUnit(parkId);
  const remove = useDeleteUnit(parkId);
  const patch = values ? unitPatch(unit, values) : {};
  const dirty = Object.keys(patch).length > 0;

  const save = () => {
    // Messages of an earlier attempt would otherwise linger beside fields this attempt accepts.
    form.setFields(rowFields.map((name) => ({ name, errors: [] })));
    update.mutate(
      { id: unit.id, body: patch },
      {
        onSuccess: () => void message.success(t('workbench.saved')),
        onError: (error) => {
          const [summary, ...rest] = applyServerErrors(form, error, rowFields);
          void message.error([summary, ...rest].join(' '));
        },
      },
    );
  };

  return (
    <Space size="small">
      <RowSaveButton
        dirty={dirty}
        size="small"
        loading={update.isPending}
        onClick={save}
        label={t('workbench.saveUnit', { code: unit.code })}
        testId={`unit-save-${unit.id}`}
      />
      <Popconfirm
        title={t('workbench.deleteUnitConfirm', { code: unit.code })}
        okText={t('workbench.delete')}
        cancelText={t('workbench.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() =>
          remove.mutateAsync(unit.id).then(
            () => void message.success(t('workbench.deleted')),
            (error: unknown) => void message.error(error instanceof Error ? error.message : String(error)),
          )
        }
      >
        <Button
          size="small"
          danger
          aria-label={t('workbench.deleteUnit', { code: unit.code })}
          data-testid={`unit-delete-${unit.id}`}
        >
          {t('workbench.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

function useColumns(parkId: number): TableColumnsType<UnitRow> {
  const { t } = useTranslation();
  const text = useDataText();
  const area = useAreaLabel();
  return [
    {
      key: 'unit',
      title: t('unit.code'),
      render: (_, row) => (
        <span className="unit-name">
          {row.building.code} {text(row.building.nameZh)} · <strong>{row.code}</strong>{' '}
          {row.isDemo && <DemoTag />}
        </span>
      ),
    },
    {
      key: 'floor',
      title: t('unit.floor'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => row.floor ?? '—',
    },
    {
      key: 'area',
      title: t('unit.area'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => area(row),
    },
    { key: 'use', title: t('unit.use'), className: 'nowrap', render: (_, row) => t(`unit.uses.${row.use}`) },
    {
      key: 'deal',
      title: t('unit.deal'),
      className: 'nowrap',
      render: (_, row) => t(`unit.deals.${row.dealType}`),
    },
    { key: 'status', title: t('unit.status'), render: (_, row) => <StatusField unit={row} /> },
    { key: 'price', title: t('unit.price'), render: (_, row) => <PriceField unit={row} /> },
    { key: 'tenant', title: t('workbench.tenantId'), render: (_, row) => <TenantField unit={row} /> },
    {
      key: 'actions',
      title: t('workbench.actions'),
      render: (_, row) => <RowActions unit={row} parkId={parkId} />,
    },
  ];
}

/** Every unit of the park, editable in place (status, price, tenant), plus adding and deleting units. */
export function UnitsEditor({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  const [adding, setAdding] = useState(false);
  const columns = useColumns(park.id);
  const rows = useMemo<UnitRow[]>(
    () => park.buildings.flatMap((building) => building.units.map((unit) => ({ ...unit, building }))),
    [park.buildings],
  );
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="units-title">
          {t('workbench.unitsTitle')}
        </h2>
      }
      extra={
        <Button onClick={() => setAdding(true)} disabled={park.buildings.length === 0} data-testid="add-unit">
          {t('workbench.addUnit')}
        </Button>
      }
    >
      <p className="muted">
        {park.buildings.length === 0 ? t('workbench.noBuildingsYet') : t('workbench.unitsHint')}
      </p>
      <TableScroll label={t('workbench.unitsLabel', { park: text(park.nameZh, park.nameEn) })}>
        <UnitsById.Provider value={byId}>
          <Table<UnitRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            components={{ body: { row: EditableRow } }}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="units-editor"
          />
        </UnitsById.Provider>
      </TableScroll>
      {adding && <UnitCreateModal park={park} onClose={() => setAdding(false)} />}
    </Card>
  );
}
