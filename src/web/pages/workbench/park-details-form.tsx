import { App, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkDetail } from '../../api/queries';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { type ParkPatch, useUpdatePark } from './use-inventory';

type Values = {
  address: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  facilities: string[];
  descriptionZh: string;
};
const fields = [
  'address',
  'contactName',
  'contactPhone',
  'contactEmail',
  'facilities',
  'descriptionZh',
] as const;

function initialValues(park: ParkDetail): Values {
  return {
    address: park.address ?? '',
    contactName: park.contact.name ?? '',
    contactPhone: park.contact.phone ?? '',
    contactEmail: park.contact.email ?? '',
    facilities: park.facilities,
    descriptionZh: park.descriptionZh ?? '',
  };
}

/** An emptied field clears the stored value (null) rather than storing an empty string. */
function orNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function toPatch(values: Values): ParkPatch {
  return {
    address: orNull(values.address),
    contactName: orNull(values.contactName),
    contactPhone: orNull(values.contactPhone),
    contactEmail: orNull(values.contactEmail),
    facilities: [...new Set((values.facilities ?? []).map((facility) => facility.trim()).filter(Boolean))],
    descriptionZh: orNull(values.descriptionZh),
  };
}

/**
 * The park's own details (PATCH /api/parks/:id). The caller keys it by park id: switching parks starts a
 * fresh form, while a refetch of the same park (after a unit is saved) leaves unsaved typing alone.
 */
export function ParkDetailsForm({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const update = useUpdatePark(park.id);

  const submit = (values: Values) => {
    setErrors([]);
    update.mutate(toPatch(values), {
      onSuccess: (saved) => {
        form.setFieldsValue(initialValues(saved));
        void message.success(t('workbench.saved'));
      },
      onError: (error) => setErrors(applyServerErrors(form, error, fields)),
    });
  };

  return (
    <Card
      className="workbench-card"
      title={
        <h2 className="card-heading" id="details-title">
          {t('workbench.detailsTitle')}
        </h2>
      }
    >
      <Form<Values>
        form={form}
        name={`park-details-${park.id}`}
        layout="vertical"
        initialValues={initialValues(park)}
        onFinish={submit}
        // The API checks e-mail and phone and says what is wrong in the interface language; the browser's
        // own bubble would stop the form before that, in the browser's language.
        noValidate
        aria-labelledby="details-title"
        data-testid="park-details-form"
        className="details-form"
      >
        <FormAlert messages={errors} />
        <Form.Item label={t('park.address')} name="address" className="span-2">
          <Input autoComplete="street-address" maxLength={300} />
        </Form.Item>
        <Form.Item label={t('park.contactName')} name="contactName">
          <Input autoComplete="name" maxLength={60} />
        </Form.Item>
        <Form.Item label={t('park.contactPhone')} name="contactPhone">
          <Input type="tel" autoComplete="tel" maxLength={40} />
        </Form.Item>
        <Form.Item label={t('park.contactEmail')} name="contactEmail">
          <Input type="email" autoComplete="email" maxLength={254} />
        </Form.Item>
        <Form.Item
          label={t('park.facilities')}
          name="facilities"
          extra={t('workbench.facilitiesHint')}
          className="span-2"
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item label={t('park.description')} name="descriptionZh" className="span-2">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <div className="form-actions span-2">
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="park-details-save">
            {t('workbench.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
