import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from './server-errors';
import { useDirections } from './use-directions';
import { useCreateProject } from './use-pipeline';

type Values = {
  name: string;
  companyName: string;
  direction: string | null;
  plannedInvestmentWan: string | null;
};

const fields = ['name', 'companyName', 'direction', 'plannedInvestmentWan'] as const;

/** A project started without a lead (POST /api/projects), at the first stage of the pipeline on screen. */
export function ProjectCreateModal({ pipeline, onClose }: { pipeline: string; onClose: () => void }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const directions = useDirections();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const create = useCreateProject();

  const submit = (values: Values) => {
    setErrors([]);
    create.mutate(
      {
        pipeline,
        name: values.name,
        companyName: values.companyName,
        direction: values.direction ?? undefined,
        plannedInvestmentWan:
          values.plannedInvestmentWan === null ? undefined : Number(values.plannedInvestmentWan),
      },
      {
        onSuccess: () => {
          void message.success(t('pipeline.created'));
          onClose();
        },
        onError: (error) => setErrors(applyServerErrors(form, inReaderScript(error, text), fields)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('pipeline.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('pipeline.confirm')}
      cancelText={t('pipeline.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="new-project"
        layout="vertical"
        onFinish={submit}
        initialValues={{ name: '', companyName: '', direction: null, plannedInvestmentWan: null }}
        data-testid="project-create-form"
      >
        <FormAlert messages={errors} />
        <Form.Item
          label={t('pipeline.projectName')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('pipeline.projectNameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('pipeline.companyName')}
          name="companyName"
          rules={[{ required: true, whitespace: true, message: t('pipeline.companyNameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('pipeline.direction')} name="direction">
          <Select<string | null>
            allowClear
            placeholder={t('pipeline.optional')}
            options={directions.options}
          />
        </Form.Item>
        <Form.Item label={t('pipeline.plannedInvestmentWan')} name="plannedInvestmentWan">
          <InputNumber<string> stringMode min="0" max="100000000" step="100" precision={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
