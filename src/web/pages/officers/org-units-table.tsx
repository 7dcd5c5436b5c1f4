import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
} from 'antd';
import { createContext, type HTMLAttributes, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../auth/form-errors';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { RowSaveButton } from '../../components/row-save-button';
import { TableScroll } from '../../components/table-scroll';
import { DemoTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import { errorText, inReaderScript } from '../pipeline/server-errors';
import { OrgUnitCreateForm } from './org-unit-create-form';
import {
  type OrgUnitValues,
  orgUnitBody,
  orgUnitChanged,
  orgUnitFields,
  orgUnitValues,
} from './org-unit-values';
import { type OrgUnit, orgUnitsQuery, useDeleteOrgUnit, useSaveOrgUnit } from './use-officers';

// The units of the table by code, for the row component (antd hands it only the row key).
const UnitsByCode = createContext<Map<string, OrgUnit>>(new Map());

type RowProps = HTMLAttributes<HTMLTableRowElement> & { 'data-row-key'?: string };

/**
 * Each row is a form of its own (antd's editable-row pattern, as the workbench's units editor): its inputs
 * validate, show the API's field messages and save independently of the other rows.
 */
function EditableRow(props: RowProps) {
  const units = useContext(UnitsByCode);
  const unit = units.get(String(props['data-row-key']));
  const [form] = Form.useForm<OrgUnitValues>();
  const saved = unit ? JSON.stringify(orgUnitValues(unit)) : undefined;
  // A saved (or otherwise refetched) unit brings new values: the row shows them instead of the old draft.
  useEffect(() => {
    if (saved) form.resetFields();
  }, [form, saved]);
  if (!unit) return <tr {...props} />;
  return (
    <Form form={form} component={false} initialValues={orgUnitValues(unit)} name={`org-unit-${unit.code}`}>
      <tr {...props} data-testid={`org-unit-row-${unit.code}`} />
    </Form>
  );
}

function NameField({ unit, field }: { unit: OrgUnit; field: 'nameZh' | 'nameEn' }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={field}
      className="cell-field"
      rules={[{ required: true, whitespace: true, message: t(`officersAdmin.${field}Required`) }]}
    >
      <Input
        maxLength={field === 'nameZh' ? 60 : 100}
        aria-label={t(`officersAdmin.${field}Of`, { code: unit.code })}
        className="org-unit-name"
        data-testid={`org-unit-${field}-${unit.code}`}
      />
    </Form.Item>
  );
}

function PositionField({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="position" className="cell-field">
      <InputNumber<number>
        min={0}
        max={1000}
        precision={0}
        aria-label={t('officersAdmin.positionOf', { code: unit.code })}
        className="org-unit-position"
        data-testid={`org-unit-position-${unit.code}`}
      />
    </Form.Item>
  );
}

/**
 * Deleting asks first; when the server refuses (people or signed projects still belong to the unit) the
 * confirmation stays open and shows its message instead of the question.
 */
function DeleteUnit({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const remove = useDeleteOrgUnit();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The confirmation closes itself once onConfirm settles; after a refusal it should stay and explain.
  const keepOpen = useRef(false);
  const name = text(unit.nameZh, unit.nameEn);

  const onOpenChange = (next: boolean) => {
    if (!next && keepOpen.current) {
      keepOpen.current = false;
      return;
    }
    if (next) setFailure(null);
    setOpen(next);
  };
  const confirm = () =>
    remove.mutateAsync(unit.code).then(
      () => void message.success(t('officersAdmin.deleted', { name })),
      (error: unknown) => {
        keepOpen.current = true;
        setFailure(errorText(error, text));
      },
    );

  return (
    <Popconfirm
      open={open}
      onOpenChange={onOpenChange}
      title={failure ? t('officersAdmin.deleteFailed') : t('officersAdmin.deleteConfirm', { name })}
      description={
        failure ? (
          <span role="alert" data-testid="org-unit-delete-error">
            {failure}
          </span>
        ) : undefined
      }
      onConfirm={failure ? undefined : confirm}
      okText={t('officersAdmin.delete')}
      cancelText={failure ? t('officersAdmin.close') : t('officersAdmin.cancel')}
      // After a refusal there is nothing left to confirm, only to close.
      okButtonProps={{ danger: true, style: failure ? { display: 'none' } : undefined }}
    >
      <Button
        size="small"
        danger
        aria-label={t('officersAdmin.deleteUnitOf', { code: unit.code })}
        data-testid={`org-unit-delete-${unit.code}`}
      >
        {t('officersAdmin.delete')}
      </Button>
    </Popconfirm>
  );
}

function RowActions({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const form = Form.useFormInstance<OrgUnitValues>();
  // Every input of the row, watched, so the save button knows whether there is anything to save.
  const values = Form.useWatch((all: Partial<OrgUnitValues>) => all, form) as
    | Partial<OrgUnitValues>
    | undefined;
  const save = useSaveOrgUnit();
  const dirty = orgUnitChanged(unit, values);

  const submit = async () => {
    // Messages of an earlier attempt would otherwise linger beside inputs this attempt accepts.
    form.setFields(orgUnitFields.map((name) => ({ name: name as never, errors: [] })));
    const checked = await form.validateFields().catch(() => null);
    if (!checked) return;
    const body = orgUnitBody(checked);
    save.mutate(
      { code: unit.code, body },
      {
        onSuccess: () =>
          void message.success(t('officersAdmin.unitSavedName', { name: text(body.nameZh, body.nameEn) })),
        onError: (error) => {
          const [summary, ...rest] = applyServerErrors(form, inReaderScript(error, text), orgUnitFields);
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
        loading={save.isPending}
        onClick={() => void submit()}
        label={t('officersAdmin.saveUnitOf', { code: unit.code })}
        testId={`org-unit-save-${unit.code}`}
      />
      <DeleteUnit unit={unit} />
    </Space>
  );
}

function useColumns(): TableColumnsType<OrgUnit> {
  const { t } = useTranslation();
  return [
    {
      key: 'code',
      title: t('officersAdmin.code'),
      className: 'nowrap',
      render: (_, unit) => (
        <>
          <code>{unit.code}</code> {unit.isDemo && <DemoTag />}
        </>
      ),
    },
    {
      key: 'nameZh',
      title: t('officersAdmin.nameZh'),
      render: (_, unit) => <NameField unit={unit} field="nameZh" />,
    },
    {
      key: 'nameEn',
      title: t('officersAdmin.nameEn'),
      render: (_, unit) => <NameField unit={unit} field="nameEn" />,
    },
    {
      key: 'position',
      title: t('officersAdmin.position'),
      render: (_, unit) => <PositionField unit={unit} />,
    },
    {
      key: 'members',
      title: t('officersAdmin.members'),
      align: 'right',
      className: 'nowrap',
      render: (_, unit) => (
        <span data-testid={`org-unit-members-${unit.code}`}>{formatNumber(unit.members)}</span>
      ),
    },
    { key: 'actions', title: t('officersAdmin.actions'), render: (_, unit) => <RowActions unit={unit} /> },
  ];
}

/** Section 2: the zone's units (招商单位 / 处室), editable in place, plus adding and deleting them. */
export function OrgUnitsTable() {
  const { t } = useTranslation();
  const units = useQuery(orgUnitsQuery);
  const columns = useColumns();
  const items = units.data?.items;
  const byCode = useMemo(() => new Map((items ?? []).map((unit) => [unit.code, unit])), [items]);

  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="org-units-title">
          {t('officersAdmin.unitsTitle')}
        </h2>
      }
    >
      <p className="muted">{t('officersAdmin.unitsHint')}</p>
      {units.isError && <LoadError error={units.error} onRetry={() => void units.refetch()} />}
      {units.isPending && <LoadingBlock rows={3} />}
      {items && (
        <>
          <TableScroll labelledBy="org-units-title">
            <UnitsByCode.Provider value={byCode}>
              <Table<OrgUnit>
                rowKey="code"
                size="small"
                columns={columns}
                dataSource={items}
                components={{ body: { row: EditableRow } }}
                pagination={false}
                locale={{ emptyText: t('officersAdmin.noUnits') }}
                data-testid="org-units-table"
              />
            </UnitsByCode.Provider>
          </TableScroll>
          <OrgUnitCreateForm existing={items} />
        </>
      )}
    </Card>
  );
}
