import { App, Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from '../pipeline/server-errors';
import { ORG_UNIT_CODE, type OrgUnitValues, orgUnitBody, orgUnitFields } from './org-unit-values';
import { type OrgUnit, useSaveOrgUnit } from './use-officers';

type Values = OrgUnitValues & { code: string };

/**
 * A new unit (PUT /api/org-units/:code). The same call renames an existing unit, so a code already in use
 * is refused here rather than silently overwriting that unit's names.
 */
export function OrgUnitCreateForm({ existing }: { existing: readonly OrgUnit[] }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const save = useSaveOrgUnit();
  // New units go after the last one unless the order is given.
  const nextPosition = Math.min(1000, Math.max(0, ...existing.map((unit) => unit.position + 1)));

  const submit = (values: Values) => {
    setErrors([]);
    const body = orgUnitBody({ ...values, position: values.position ?? nextPosition });
    save.mutate(
      { code: values.code, body },
      {
        onSuccess: () => {
          void message.success(t('officersAdmin.created', { name: text(body.nameZh, body.nameEn) }));
          form.resetFields();
        },
        onError: (error) => setErrors(applyServerErrors(form, inReaderScript(error, text), orgUnitFields)),
      },
    );
  };

  return (
    <section className="org-unit-create" aria-labelledby="org-unit-create-title">
      <h3 className="org-unit-create-title" id="org-unit-create-title">
        {t('officersAdmin.newUnit')}
      </h3>
      <Form<Values>
        form={form}
        name="new-org-unit"
        layout="vertical"
        className="org-unit-create-form"
        onFinish={submit}
        initialValues={{ code: '', nameZh: '', nameEn: '', position: null }}
        data-testid="org-unit-create-form"
      >
        <FormAlert messages={errors} />
        <div className="org-unit-create-fields">
          <Form.Item
            label={t('officersAdmin.code')}
            name="code"
            extra={t('officersAdmin.codeHint')}
            rules={[
              { required: true, message: t('officersAdmin.codeRequired') },
              { pattern: ORG_UNIT_CODE, message: t('officersAdmin.codeInvalid') },
              {
                validator: (_, code: string) =>
                  existing.some((unit) => unit.code === code)
                    ? Promise.reject(new Error(t('officersAdmin.codeTaken')))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input maxLength={40} autoComplete="off" data-testid="org-unit-new-code" />
          </Form.Item>
          <Form.Item
            label={t('officersAdmin.nameZh')}
            name="nameZh"
            rules={[{ required: true, whitespace: true, message: t('officersAdmin.nameZhRequired') }]}
          >
            <Input maxLength={60} data-testid="org-unit-new-nameZh" />
          </Form.Item>
          <Form.Item
            label={t('officersAdmin.nameEn')}
            name="nameEn"
            rules={[{ required: true, whitespace: true, message: t('officersAdmin.nameEnRequired') }]}
          >
            <Input maxLength={100} data-testid="org-unit-new-nameEn" />
          </Form.Item>
          <Form.Item
            label={t('officersAdmin.position')}
            name="position"
            extra={t('officersAdmin.positionHint')}
          >
            <InputNumber<number>
              min={0}
              max={1000}
              precision={0}
              placeholder={String(nextPosition)}
              data-testid="org-unit-new-position"
            />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="org-unit-create">
          {t('officersAdmin.create')}
        </Button>
      </Form>
    </section>
  );
}
