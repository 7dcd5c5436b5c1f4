import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { useDataText } from '../../i18n/use-data-text';
import { errorText } from '../pipeline/server-errors';
import { EnterpriseFormModal, initialValues } from '../registry/enterprise-form-modal';
import { type MilestoneBody, useAddMilestone } from '../registry/use-registry';
import type { Enterprise } from './use-enterprise';

const KINDS = [
  'approval',
  'clinical_trial',
  'pdx_models',
  'platform',
  'product',
  'funding',
  'award',
] as const;

/** Whether the signed-in reader may edit this firm: admins and officers any, park managers their parks'. */
export function useMayEdit(enterprise: Enterprise): boolean {
  const user = useSession().data?.user;
  if (!user) return false;
  if (user.role === 'admin' || user.role === 'officer') return true;
  return (
    user.role === 'park_manager' && enterprise.parkId !== null && user.parkIds.includes(enterprise.parkId)
  );
}

type MilestoneValues = Omit<MilestoneBody, 'occurredOn'> & { occurredOn?: Dayjs | null };

function MilestoneModal({
  enterprise,
  open,
  onClose,
}: {
  enterprise: Enterprise;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const [form] = Form.useForm<MilestoneValues>();
  const add = useAddMilestone();
  const submit = (values: MilestoneValues) =>
    add.mutate(
      {
        id: enterprise.id,
        body: {
          ...values,
          stage: values.stage || null,
          quantity: values.quantity || null,
          occurredOn: values.occurredOn ? values.occurredOn.format('YYYY-MM-DD') : null,
        },
      },
      { onSuccess: onClose, onError: (error) => void message.error(errorText(error, text)) },
    );
  return (
    <Modal
      open={open}
      title={t('registry.addMilestone')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('registry.save')}
      cancelText={t('registry.cancel')}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ kind: 'approval' }}
      >
        <Form.Item name="kind" label={t('registry.fields.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`registry.milestoneKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('registry.fields.title')}
          rules={[{ required: true, message: t('registry.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="stage" label={t('registry.fields.stage')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="quantity" label={t('registry.fields.quantity')} extra={t('registry.quantityHint')}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('registry.fields.occurredOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('registry.fields.source')}
          rules={[{ required: true, message: t('registry.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Edit and add-milestone buttons for the staff who may edit this firm. */
export function EnterpriseStaffActions({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const mayEdit = useMayEdit(enterprise);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  if (!mayEdit) return null;
  return (
    <Space wrap className="enterprise-staff-actions">
      <Button onClick={() => setEditing(true)} data-testid="enterprise-edit">
        {t('registry.edit')}
      </Button>
      <Button onClick={() => setAdding(true)} data-testid="enterprise-add-milestone">
        {t('registry.addMilestone')}
      </Button>
      <EnterpriseFormModal
        open={editing}
        enterpriseId={enterprise.id}
        initial={initialValues(enterprise)}
        onClose={() => setEditing(false)}
      />
      <MilestoneModal enterprise={enterprise} open={adding} onClose={() => setAdding(false)} />
    </Space>
  );
}
