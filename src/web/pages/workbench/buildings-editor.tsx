import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Building, ParkDetail } from '../../api/queries';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { TableScroll } from '../../components/table-scroll';
import { DemoTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { useCreateBuilding, useDeleteBuilding, useUpdateBuilding } from './use-inventory';

type Values = { code: string; nameZh: string; floors: number; completionYear: number | null };
const fields = ['code', 'nameZh', 'floors', 'completionYear'] as const;

type Editing = { mode: 'create' } | { mode: 'edit'; building: Building };

function BuildingModal({
  parkId,
  editing,
  onClose,
}: {
  parkId: number;
  editing: Editing;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const create = useCreateBuilding(parkId);
  const update = useUpdateBuilding(parkId);
  const pending = create.isPending || update.isPending;
  const title =
    editing.mode === 'create'
      ? t('workbench.addBuilding')
      : t('workbench.editBuilding', { code: editing.building.code });
  const initial: Partial<Values> =
    editing.mode === 'create'
      ? { completionYear: null }
      : {
          code: editing.building.code,
          nameZh: editing.building.nameZh,
          floors: editing.building.floors,
          completionYear: editing.building.completionYear,
        };

  const submit = (values: Values) => {
    setErrors([]);
    const body = { ...values, completionYear: values.completionYear ?? null };
    const done = {
      onSuccess: () => {
        void message.success(t('workbench.saved'));
        onClose();
      },
      onError: (error: unknown) => setErrors(applyServerErrors(form, error, fields)),
    };
    if (editing.mode === 'create') create.mutate(body, done);
    else update.mutate({ id: editing.building.id, body }, done);
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('workbench.save')}
      cancelText={t('workbench.cancel')}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values> form={form} name="building" layout="vertical" initialValues={initial} onFinish={submit}>
        <FormAlert messages={errors} />
        <Form.Item label={t('workbench.buildingCode')} name="code" rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label={t('workbench.buildingName')} name="nameZh" rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('workbench.floors')} name="floors" rules={[{ required: true }]}>
          <InputNumber<number> min={1} max={200} precision={0} />
        </Form.Item>
        <Form.Item label={t('workbench.completionYear')} name="completionYear">
          <InputNumber<number> min={1900} max={2100} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function useColumns(parkId: number, onEdit: (building: Building) => void): TableColumnsType<Building> {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const remove = useDeleteBuilding(parkId);
  return [
    { key: 'code', title: t('workbench.buildingCode'), dataIndex: 'code' },
    {
      key: 'name',
      title: t('workbench.buildingName'),
      render: (_, building) => (
        <>
          {text(building.nameZh)} {building.isDemo && <DemoTag />}
        </>
      ),
    },
    { key: 'floors', title: t('workbench.floors'), dataIndex: 'floors', align: 'right' },
    {
      key: 'year',
      title: t('workbench.completionYear'),
      align: 'right',
      render: (_, building) => building.completionYear ?? '—',
    },
    {
      key: 'units',
      title: t('workbench.unitCount'),
      align: 'right',
      render: (_, building) => building.units.length,
    },
    {
      key: 'actions',
      title: t('workbench.actions'),
      render: (_, building) => (
        <Space size="small">
          <Button
            size="small"
            onClick={() => onEdit(building)}
            aria-label={t('workbench.editBuilding', { code: building.code })}
          >
            {t('workbench.edit')}
          </Button>
          {/* The API refuses to delete a building that still has units; the button says so up front. */}
          <Popconfirm
            title={t('workbench.deleteBuildingConfirm', { code: building.code })}
            okText={t('workbench.delete')}
            cancelText={t('workbench.cancel')}
            okButtonProps={{ danger: true }}
            disabled={building.units.length > 0}
            onConfirm={() =>
              remove.mutateAsync(building.id).then(
                () => void message.success(t('workbench.deleted')),
                (error: unknown) =>
                  void message.error(error instanceof Error ? error.message : String(error)),
              )
            }
          >
            <Button
              size="small"
              danger
              disabled={building.units.length > 0}
              title={building.units.length > 0 ? t('workbench.buildingHasUnits') : undefined}
              aria-label={t('workbench.deleteBuilding', { code: building.code })}
            >
              {t('workbench.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}

/** The park's buildings: add one, correct its code, name, floors or year, delete it once it is empty. */
export function BuildingsEditor({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const columns = useColumns(park.id, (building) => setEditing({ mode: 'edit', building }));
  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="buildings-title">
          {t('workbench.buildingsTitle')}
        </h2>
      }
      extra={
        <Button onClick={() => setEditing({ mode: 'create' })} data-testid="add-building">
          {t('workbench.addBuilding')}
        </Button>
      }
    >
      <TableScroll labelledBy="buildings-title">
        <Table<Building>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={park.buildings}
          pagination={false}
          data-testid="buildings-table"
        />
      </TableScroll>
      {editing && <BuildingModal parkId={park.id} editing={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
