import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime } from '../../lib/format';
import { errorText, inReaderScript } from '../pipeline/server-errors';
import { type LeadClose, type LeadDetail, leadCloseReasons, useCloseLead, useReopenLead } from './use-leads';

type CloseValues = { reason: LeadClose['reason'] | undefined; note: string };

/** The reason and a note: a lead closed without a project says why, for the figures and for whoever reopens it. */
function CloseLeadModal({ lead, onClose }: { lead: LeadDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const close = useCloseLead(lead.id);

  const submit = (values: CloseValues) => {
    setErrors([]);
    close.mutate(
      { reason: values.reason!, note: values.note.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t('leads.closedToast'));
          onClose();
        },
        onError: (error) =>
          setErrors(applyServerErrors(form, inReaderScript(error, text), ['reason', 'note'])),
      },
    );
  };

  return (
    <Modal
      open
      title={t('leads.closeTitle', { company: lead.companyName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('leads.closeConfirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('pipeline.cancel')}
      confirmLoading={close.isPending}
      destroyOnHidden
    >
      <p className="muted">{t('leads.closeIntro')}</p>
      <Form<CloseValues>
        form={form}
        name="close-lead"
        layout="vertical"
        onFinish={submit}
        initialValues={{ reason: undefined, note: '' }}
        data-testid="close-lead-form"
      >
        <FormAlert messages={errors} />
        <Form.Item
          label={t('leads.closeReason')}
          name="reason"
          rules={[{ required: true, message: t('leads.closeReasonRequired') }]}
        >
          <Select
            options={leadCloseReasons.map((value) => ({ value, label: t(`leads.closeReasons.${value}`) }))}
            data-testid="close-lead-reason"
          />
        </Form.Item>
        <Form.Item label={t('leads.closeNote')} name="note">
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** “Close lead” for an open lead: the button and its dialog. */
export function CloseLeadButton({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="lead-close">
        {t('leads.close')}
      </Button>
      {open && <CloseLeadModal lead={lead} onClose={() => setOpen(false)} />}
    </>
  );
}

/** A closed lead: when and why, with the note, and the way back (unless the person's data is gone). */
export function ClosedLeadNotice({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const { message } = App.useApp();
  const reopen = useReopenLead(lead.id);
  if (!lead.closed) return null;
  const onReopen = () =>
    reopen.mutate(undefined, { onSuccess: () => void message.success(t('leads.reopenedToast')) });
  return (
    <Alert
      type="info"
      showIcon
      className="lead-alert"
      data-testid="lead-closed"
      title={t('leads.closedSummary', {
        at: formatDateTime(lead.closed.at, language),
        reason: t(`leads.closeReasons.${lead.closed.reason}`),
      })}
      description={
        <>
          {lead.closed.note && <p>{lead.closed.note}</p>}
          {reopen.isError && (
            <p role="alert">
              <strong>{t('leads.reopenFailed')}</strong> {errorText(reopen.error, text)}
            </p>
          )}
        </>
      }
      action={
        lead.erased ? undefined : (
          <Button size="small" onClick={onReopen} loading={reopen.isPending} data-testid="lead-reopen">
            {t('leads.reopen')}
          </Button>
        )
      }
    />
  );
}
