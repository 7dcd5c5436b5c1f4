import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript, renameFields } from './server-errors';
import {
  type Project,
  type Stage,
  signingEventsQuery,
  useCreateSigningEvent,
  useMoveProject,
} from './use-pipeline';

type MoveModalProps = { project: Project; stage: Stage; onClose: () => void };

/** Today in the reader's time zone, as a date input writes it (YYYY-MM-DD). */
export function today(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

type SignValues = {
  signedAmountWan: string | null;
  signingEventId: number | null;
  signedOn: string;
  eventName: string;
  eventHeldOn: string;
};

const signFields = ['signedAmountWan', 'signingEventId', 'signedOn', 'eventName', 'eventHeldOn'] as const;

/**
 * Moving into a stage that needs the amount (已签约): the amount signed (万元), the signing event it was
 * signed at (an existing one, or a new one named and dated here) and the date.
 */
export function SignModal({ project, stage, onClose }: MoveModalProps) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const [form] = Form.useForm<SignValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const [creatingEvent, setCreatingEvent] = useState(false);
  const events = useQuery(signingEventsQuery);
  const createEvent = useCreateSigningEvent();
  const move = useMoveProject();
  const stageName = text(stage.nameZh, stage.nameEn);

  const showErrors = (error: unknown) =>
    setErrors(applyServerErrors(form, inReaderScript(error, text), signFields));

  const submit = async (values: SignValues) => {
    setErrors([]);
    let signingEventId = values.signingEventId ?? undefined;
    if (creatingEvent) {
      try {
        // Created first, then chosen in the select: a failed move can be retried without a second event.
        ({ id: signingEventId } = await createEvent.mutateAsync({
          name: values.eventName,
          heldOn: values.eventHeldOn,
        }));
        form.setFieldValue('signingEventId', signingEventId);
        setCreatingEvent(false);
      } catch (error) {
        showErrors(renameFields(error, { name: 'eventName', heldOn: 'eventHeldOn' }));
        return;
      }
    }
    move.mutate(
      {
        id: project.id,
        body: {
          to: stage.code,
          signedAmountWan: values.signedAmountWan === null ? undefined : Number(values.signedAmountWan),
          signingEventId,
          signedOn: values.signedOn || undefined,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('pipeline.moved', { name: project.name, stage: stageName }));
          onClose();
        },
        onError: showErrors,
      },
    );
  };

  return (
    <Modal
      open
      title={t('pipeline.signTitle', { name: project.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('pipeline.confirm')}
      cancelText={t('pipeline.cancel')}
      confirmLoading={move.isPending || createEvent.isPending}
      destroyOnHidden
    >
      <Form<SignValues>
        form={form}
        name="sign-project"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          signedAmountWan: project.plannedInvestmentWan,
          signingEventId: null,
          signedOn: today(),
          eventName: '',
          eventHeldOn: today(),
        }}
        data-testid="sign-form"
      >
        <FormAlert messages={errors} />
        <Form.Item
          label={t('pipeline.signedAmountWan')}
          name="signedAmountWan"
          rules={[{ required: true, message: t('pipeline.signedAmountRequired') }]}
        >
          <InputNumber<string> stringMode min="0" max="100000000" step="1" precision={2} />
        </Form.Item>
        {creatingEvent ? (
          <fieldset className="sign-new-event" data-testid="sign-new-event">
            <legend>{t('pipeline.newEvent')}</legend>
            <Form.Item
              label={t('pipeline.eventName')}
              name="eventName"
              rules={[{ required: true, whitespace: true, message: t('pipeline.eventNameRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              label={t('pipeline.eventHeldOn')}
              name="eventHeldOn"
              rules={[{ required: true, message: t('pipeline.eventHeldOnRequired') }]}
            >
              <Input type="date" />
            </Form.Item>
            <Button type="link" onClick={() => setCreatingEvent(false)}>
              {t('pipeline.chooseEvent')}
            </Button>
          </fieldset>
        ) : (
          <>
            <Form.Item label={t('pipeline.signingEvent')} name="signingEventId">
              <Select<number | null>
                allowClear
                placeholder={t('pipeline.signingEventPlaceholder')}
                loading={events.isPending}
                options={(events.data?.items ?? []).map((event) => ({
                  value: event.id,
                  label: t('pipeline.eventOption', { name: text(event.name), date: event.heldOn }),
                }))}
                data-testid="sign-event-select"
              />
            </Form.Item>
            <Button
              className="sign-new-event-button"
              onClick={() => setCreatingEvent(true)}
              data-testid="sign-new-event-button"
            >
              {t('pipeline.newEvent')}
            </Button>
          </>
        )}
        <Form.Item label={t('pipeline.signedOn')} name="signedOn">
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ReasonValues = { reason: string };

/** Moving into a stage that needs a reason (已流失): why. */
export function ReasonModal({ project, stage, onClose }: MoveModalProps) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReasonValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const move = useMoveProject();
  const stageName = text(stage.nameZh, stage.nameEn);

  const submit = ({ reason }: ReasonValues) => {
    setErrors([]);
    move.mutate(
      { id: project.id, body: { to: stage.code, reason } },
      {
        onSuccess: () => {
          void message.success(t('pipeline.moved', { name: project.name, stage: stageName }));
          onClose();
        },
        onError: (error) => setErrors(applyServerErrors(form, inReaderScript(error, text), ['reason'])),
      },
    );
  };

  return (
    <Modal
      open
      title={t('pipeline.reasonTitle', { name: project.name, stage: stageName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('pipeline.confirm')}
      cancelText={t('pipeline.cancel')}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Form<ReasonValues>
        form={form}
        name="move-reason"
        layout="vertical"
        onFinish={submit}
        initialValues={{ reason: '' }}
        data-testid="reason-form"
      >
        <FormAlert messages={errors} />
        <Form.Item
          label={t('pipeline.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('pipeline.reasonRequired') }]}
        >
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
