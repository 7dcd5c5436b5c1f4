import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldName } from '../../api/api-error';
import type { ParkDetail, Unit } from '../../api/queries';
import { cleanroomGrades, dealTypes, unitStatuses, unitUses } from '../../api/space-values';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { useCleanroomLabel } from '../../components/unit-labels';
import { useDataText } from '../../i18n/use-data-text';
import { type UnitCreate, useCreateUnit } from './use-inventory';

type Values = {
  buildingId: number;
  code: string;
  floor: number | null;
  areaM2: string;
  use: Unit['use'];
  cleanroomGrade: Unit['cleanroomGrade'];
  dealType: Unit['dealType'];
  price: string | null;
  status: Unit['status'];
  tenantEnterpriseId: number | null;
  availableFrom: string;
};
// Form names as the API names its fields, so that its field messages land under the right input.
const fields = [
  'code',
  'floor',
  'areaM2',
  'use',
  'cleanroomGrade',
  'dealType',
  'status',
  'tenantEnterpriseId',
  'availableFrom',
] as const;

/** The API names the price field by deal type; this form has one price input for both. */
function priceAsOneField(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const renamed = error.fields.map((field) =>
    ['rentYuanPerM2Month', 'salePriceYuanPerM2'].includes(fieldName(field.path))
      ? { ...field, path: 'price' }
      : field,
  );
  return new ApiError(error.status, error.code, error.message, renamed);
}

function toBody(values: Values): UnitCreate {
  const price = values.price === '' ? null : (values.price ?? null);
  return {
    code: values.code,
    floor: values.floor ?? null,
    areaM2: values.areaM2,
    use: values.use,
    cleanroomGrade: values.cleanroomGrade,
    dealType: values.dealType,
    rentYuanPerM2Month: values.dealType === 'lease' ? price : null,
    salePriceYuanPerM2: values.dealType === 'sale' ? price : null,
    status: values.status,
    tenantEnterpriseId: values.tenantEnterpriseId ?? null,
    availableFrom: values.availableFrom || null,
  };
}

/** A new unit in one of the park's buildings (POST /api/buildings/:id/units). */
export function UnitCreateModal({ park, onClose }: { park: ParkDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const text = useDataText();
  const cleanroom = useCleanroomLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const create = useCreateUnit(park.id);
  const dealType = Form.useWatch('dealType', form);

  const submit = (values: Values) => {
    setErrors([]);
    create.mutate(
      { buildingId: values.buildingId, body: toBody(values) },
      {
        onSuccess: () => {
          void message.success(t('workbench.saved'));
          onClose();
        },
        onError: (error) => setErrors(applyServerErrors(form, priceAsOneField(error), [...fields, 'price'])),
      },
    );
  };

  return (
    <Modal
      open
      title={t('workbench.addUnit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('workbench.save')}
      cancelText={t('workbench.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        name="new-unit"
        layout="vertical"
        className="unit-form"
        onFinish={submit}
        initialValues={{
          buildingId: park.buildings[0]?.id,
          use: 'rd_lab',
          cleanroomGrade: 'none',
          dealType: 'lease',
          status: 'available',
          floor: null,
          price: null,
          tenantEnterpriseId: null,
          availableFrom: '',
        }}
        data-testid="unit-create-form"
      >
        <FormAlert messages={errors} />
        <Form.Item label={t('workbench.building')} name="buildingId" rules={[{ required: true }]}>
          <Select<number>
            options={park.buildings.map((building) => ({
              value: building.id,
              label: `${building.code} ${text(building.nameZh)}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('workbench.unitCode')} name="code" rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label={t('unit.floor')} name="floor">
          <InputNumber<number> min={-5} max={200} precision={0} />
        </Form.Item>
        <Form.Item label={t('unit.area')} name="areaM2" rules={[{ required: true }]}>
          <InputNumber<string> stringMode min="0.01" step="1" precision={2} />
        </Form.Item>
        <Form.Item label={t('unit.use')} name="use">
          <Select options={unitUses.map((use) => ({ value: use, label: t(`unit.uses.${use}`) }))} />
        </Form.Item>
        <Form.Item label={t('unit.cleanroom')} name="cleanroomGrade">
          <Select options={cleanroomGrades.map((grade) => ({ value: grade, label: cleanroom(grade) }))} />
        </Form.Item>
        <Form.Item label={t('unit.deal')} name="dealType">
          <Select options={dealTypes.map((deal) => ({ value: deal, label: t(`unit.deals.${deal}`) }))} />
        </Form.Item>
        <Form.Item
          label={dealType === 'sale' ? t('workbench.salePrice') : t('workbench.rentPrice')}
          name="price"
        >
          <InputNumber<string> stringMode min="0" step="0.5" precision={2} />
        </Form.Item>
        <Form.Item label={t('unit.status')} name="status">
          <Select
            options={unitStatuses.map((status) => ({ value: status, label: t(`unit.statuses.${status}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('workbench.tenantId')} name="tenantEnterpriseId">
          <InputNumber<number> min={1} precision={0} />
        </Form.Item>
        <Form.Item label={t('unit.availableFrom')} name="availableFrom">
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
