import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { parksQuery } from '../../api/queries';
import { applyServerErrors } from '../../auth/form-errors';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from '../pipeline/server-errors';
import { useDirections } from '../pipeline/use-directions';
import { registryFlags, registryStatuses } from './registry-search';
import { type EnterpriseBody, useSaveEnterprise } from './use-registry';

/** What the form edits: the contract's fields, the date as a picker value. */
export type EnterpriseFormValues = Omit<EnterpriseBody, 'settledOn'> & { settledOn?: Dayjs | null };

const FLAG_FIELDS = {
  mahHolder: 'isMahHolder',
  taiwanFunded: 'isTaiwanFunded',
  leading: 'isLeading',
  backbone: 'isBackbone',
  highTech: 'isHighTech',
} as const;

const FIELDS = [
  'nameZh',
  'nameEn',
  'status',
  'uscc',
  'taiwanUbn',
  'parkId',
  'unitId',
  'divisionCode',
  'directionCode',
  'industryCode',
  'chainLinkCode',
  'registeredCapitalWan',
  'foundedYear',
  'settledOn',
  'source',
  ...Object.values(FLAG_FIELDS),
];

/** Blank inputs are "none" to the API: empty strings become null. */
function toBody(values: EnterpriseFormValues): EnterpriseBody {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values))
    body[key] = value === '' || value === undefined ? null : value;
  body.settledOn = values.settledOn ? values.settledOn.format('YYYY-MM-DD') : null;
  for (const flag of Object.values(FLAG_FIELDS)) body[flag] = values[flag] ?? false;
  return body as EnterpriseBody;
}

export function initialValues(e?: {
  nameZh: string;
  nameEn: string | null;
  status: EnterpriseBody['status'];
  uscc: string | null;
  taiwanUbn: string | null;
  parkId: number | null;
  unitId: number | null;
  divisionCode: string | null;
  direction: { code: string } | null;
  industry: { code: string } | null;
  chainLink: { code: string } | null;
  flags: Record<keyof typeof FLAG_FIELDS, boolean>;
  registeredCapitalWan: string | null;
  foundedYear: number | null;
  settledOn: string | null;
  source: string;
}): Partial<EnterpriseFormValues> {
  if (!e) return { status: 'target', source: '' };
  return {
    nameZh: e.nameZh,
    nameEn: e.nameEn,
    status: e.status,
    uscc: e.uscc,
    taiwanUbn: e.taiwanUbn,
    parkId: e.parkId,
    unitId: e.unitId,
    divisionCode: e.divisionCode,
    directionCode: e.direction?.code ?? null,
    industryCode: e.industry?.code ?? null,
    chainLinkCode: e.chainLink?.code ?? null,
    isMahHolder: e.flags.mahHolder,
    isTaiwanFunded: e.flags.taiwanFunded,
    isLeading: e.flags.leading,
    isBackbone: e.flags.backbone,
    isHighTech: e.flags.highTech,
    registeredCapitalWan: e.registeredCapitalWan,
    foundedYear: e.foundedYear,
    settledOn: e.settledOn ? dayjs(e.settledOn) : null,
    source: e.source,
  };
}

/**
 * The registry's form, for a new enterprise or an existing one: the contract's fields; the server's rules
 * (credit code, Taiwan number, codes, park and unit, settling date) come back under their inputs.
 */
export function EnterpriseFormModal({
  open,
  enterpriseId,
  initial,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterpriseId: number | null;
  initial: Partial<EnterpriseFormValues>;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const save = useSaveEnterprise();
  const [problems, setProblems] = useState<string[]>([]);
  const directions = useDirections();
  const parks = useQuery(parksQuery);
  const chainLinks = useQuery({
    queryKey: ['chain-links'],
    queryFn: () => unwrap(api.GET('/api/chain-links')),
  });
  const status = Form.useWatch('status', form);
  const taiwanFunded = Form.useWatch('isTaiwanFunded', form);

  const submit = (values: EnterpriseFormValues) => {
    setProblems([]);
    save.mutate(
      { id: enterpriseId, body: toBody(values) },
      {
        onSuccess: (saved) => {
          onSaved?.(saved.id);
          onClose();
        },
        onError: (error) => setProblems(applyServerErrors(form, inReaderScript(error, text), FIELDS)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={enterpriseId === null ? t('registry.newTitle') : t('registry.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('registry.save')}
      cancelText={t('registry.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={760}
      okButtonProps={{ 'data-testid': 'enterprise-form-save' } as never}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        data-testid="enterprise-form"
        preserve={false}
      >
        {problems.length > 0 && (
          <Alert type="error" showIcon message={problems.join(' ')} className="form-alert" />
        )}
        <div className="registry-form-grid">
          <Form.Item
            name="nameZh"
            label={t('registry.fields.nameZh')}
            rules={[{ required: true, message: t('registry.required') }]}
          >
            <Input maxLength={200} data-testid="enterprise-form-name" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('registry.fields.nameEn')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item
            name="status"
            label={t('registry.fields.status')}
            rules={[{ required: true, message: t('registry.required') }]}
          >
            <Select
              options={registryStatuses.map((s) => ({ value: s, label: t(`enterprise.statuses.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="uscc" label={t('registry.fields.uscc')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="parkId" label={t('registry.fields.park')}>
            <Select
              allowClear
              options={(parks.data?.items ?? []).map((p) => ({
                value: p.id,
                label: text(p.nameZh, p.nameEn),
              }))}
            />
          </Form.Item>
          <Form.Item name="unitId" label={t('registry.fields.unitId')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="divisionCode" label={t('registry.fields.divisionCode')}>
            <Input maxLength={6} />
          </Form.Item>
          <Form.Item name="directionCode" label={t('registry.fields.direction')}>
            <Select allowClear options={directions.options} />
          </Form.Item>
          <Form.Item name="industryCode" label={t('registry.fields.industryCode')}>
            <Input maxLength={10} />
          </Form.Item>
          <Form.Item
            name="chainLinkCode"
            label={t('registry.fields.chainLink')}
            extra={t('registry.chainLinkHint')}
          >
            <Select
              allowClear
              options={(chainLinks.data?.items ?? []).map((l) => ({
                value: l.code,
                label: text(l.nameZh, l.nameEn),
              }))}
            />
          </Form.Item>
          <Form.Item name="registeredCapitalWan" label={t('registry.fields.capital')}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="foundedYear" label={t('registry.fields.foundedYear')}>
            <InputNumber min={1800} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {(status === 'settled' || status === 'left') && (
            <Form.Item name="settledOn" label={t('registry.fields.settledOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item
            name="source"
            label={t('registry.fields.source')}
            rules={[{ required: true, message: t('registry.required') }]}
          >
            <Input maxLength={300} data-testid="enterprise-form-source" />
          </Form.Item>
        </div>
        <fieldset className="registry-flags">
          <legend>{t('enterprise.flags')}</legend>
          {registryFlags.map((flag) => (
            <Form.Item key={flag} name={FLAG_FIELDS[flag]} valuePropName="checked" noStyle>
              <Checkbox>{t(`enterprise.flagNames.${flag}`)}</Checkbox>
            </Form.Item>
          ))}
        </fieldset>
        {taiwanFunded && (
          <Form.Item name="taiwanUbn" label={t('registry.fields.taiwanUbn')}>
            <Input maxLength={8} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
