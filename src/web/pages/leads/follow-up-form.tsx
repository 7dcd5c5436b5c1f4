import { App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from '../pipeline/server-errors';
import { splitAttendees } from './attendees';
import { type FollowUpKind, followUpKinds, useAddFollowUp } from './use-leads';

type Values = {
  kind: FollowUpKind;
  happenedAt: string;
  summary: string;
  attendees: string;
  nextAction: string;
  nextActionOn: string;
};

const fields = ['kind', 'happenedAt', 'summary', 'attendees', 'nextAction', 'nextActionOn'] as const;

const initialValues: Values = {
  kind: 'call',
  happenedAt: '',
  summary: '',
  attendees: '',
  nextAction: '',
  nextActionOn: '',
};

/** Logs a call, visit or meeting with the lead (the lead's officer and administrators). */
export function FollowUpForm({ leadId }: { leadId: number }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const add = useAddFollowUp(leadId);

  const submit = (values: Values) => {
    setErrors([]);
    add.mutate(
      {
        kind: values.kind,
        summary: values.summary.trim(),
        attendees: splitAttendees(values.attendees),
        happenedAt: values.happenedAt ? new Date(values.happenedAt).toISOString() : undefined,
        nextAction: values.nextAction.trim() || undefined,
        nextActionOn: values.nextActionOn || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('leads.followUpAdded'));
          form.resetFields();
        },
        onError: (error) => {
          const messages = applyServerErrors(form, inReaderScript(error, text), fields);
          setErrors(
            error instanceof ApiError && error.status === 403
              ? [t('leads.followUpForbidden'), ...messages]
              : messages,
          );
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      name="follow-up"
      layout="vertical"
      onFinish={submit}
      initialValues={initialValues}
      className="follow-up-form"
      data-testid="follow-up-form"
    >
      <FormAlert messages={errors} />
      <div className="follow-up-form-row">
        <Form.Item label={t('leads.followUpKind')} name="kind" rules={[{ required: true }]}>
          <Select<FollowUpKind>
            options={followUpKinds.map((value) => ({ value, label: t(`leads.kinds.${value}`) }))}
            data-testid="follow-up-kind"
          />
        </Form.Item>
        <Form.Item label={t('leads.happenedAt')} name="happenedAt" extra={t('leads.happenedAtHelp')}>
          <Input type="datetime-local" />
        </Form.Item>
      </div>
      <Form.Item
        label={t('leads.summary')}
        name="summary"
        rules={[{ required: true, whitespace: true, message: t('leads.summaryRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item label={t('leads.attendees')} name="attendees" extra={t('leads.attendeesHelp')}>
        <Input maxLength={500} />
      </Form.Item>
      <div className="follow-up-form-row">
        <Form.Item label={t('leads.nextAction')} name="nextAction">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('leads.nextActionOn')} name="nextActionOn">
          <Input type="date" />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="follow-up-submit">
        {t('leads.addFollowUp')}
      </Button>
    </Form>
  );
}
