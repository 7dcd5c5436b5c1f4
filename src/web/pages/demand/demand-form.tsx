import { Button, Checkbox, Form, Input, InputNumber, type FormRule as Rule, Select } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError, fieldName } from '../../api/api-error';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { type DataText, useDataText } from '../../i18n/use-data-text';
import {
  type DemandValues,
  demandFields,
  demandLimits,
  looksLikePhone,
  looksLikeTaiwanUbn,
  looksLikeUscc,
  toLeadRequest,
} from './demand-values';
import { useDemandOptions } from './use-demand-options';
import { type LeadSubmitted, useSubmitLead } from './use-submit-lead';

const FORM_NAME = 'demand';
const formFields: readonly string[] = demandFields;

/**
 * The server words its messages in the request language, which for zh-TW is simplified Chinese: they are
 * converted like data content is.
 */
function localised(error: ApiError, text: DataText, skip: ReadonlySet<string>): ApiError {
  return new ApiError(
    error.status,
    error.code,
    text(error.message),
    error.fields
      .filter((field) => !skip.has(fieldName(field.path)))
      .map((field) => ({ path: field.path, message: text(field.message) })),
  );
}

/** What the alert above the button says: the overall message, and field messages no input can show. */
function alertMessages(error: unknown, text: DataText): string[] {
  if (!error) return [];
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  const unshown = error.fields.filter((field) => !formFields.includes(fieldName(field.path)));
  return [text(error.message), ...unshown.map((field) => text(field.message))];
}

/** A rule on the trimmed text, empty passing (the required rule speaks for empty fields). */
function textRule(check: (value: string) => boolean, message: string): Rule {
  return {
    validator: (_, value: string | undefined) => {
      const trimmed = value?.trim() ?? '';
      return trimmed === '' || check(trimmed) ? Promise.resolve() : Promise.reject(new Error(message));
    },
  };
}

/** The statement opens in a new tab, so that what is typed here stays; the link says so. */
function StatementLink({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href="/privacy/leads" target="_blank" rel="noopener" data-testid="demand-privacy-link">
      {children}
      <span className="visually-hidden">{t('demand.opensInNewTab')}</span>
    </a>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset className="demand-section" aria-labelledby={id}>
      <legend id={id} className="demand-legend">
        {title}
      </legend>
      <div className="demand-grid">{children}</div>
    </fieldset>
  );
}

/**
 * The public demand form (POST /api/leads). The form's own checks mirror the server's; what the server
 * says about a field replaces them, under that field.
 */
/** A non-negative amount with its unit (m², 万元), bounded like the server's check. */
function AmountInput(props: { suffix: string; value?: number; onChange?: (value: number | null) => void }) {
  return <InputNumber<number> className="demand-number" min={0} max={demandLimits.numberMax} {...props} />;
}

export function DemandForm({
  onSubmitted,
  autoFocus = false,
}: {
  onSubmitted: (result: LeadSubmitted) => void;
  /** For a second request: the first field takes the focus the "submit another" button had. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const [form] = Form.useForm<DemandValues>();
  const submit = useSubmitLead();
  const [serverError, setServerError] = useState<unknown>(null);
  // Fields edited since the server's answer: its message no longer applies to them.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const zone = Form.useWatch('preferredZone', form);
  const options = useDemandOptions(zone);

  useEffect(() => {
    if (autoFocus) form.focusField('companyName');
  }, [autoFocus, form]);

  // Re-applied when the converter arrives or the language changes, so the messages follow the interface.
  useEffect(() => {
    if (serverError instanceof ApiError)
      applyServerErrors(form, localised(serverError, text, edited), formFields);
  }, [serverError, edited, text, form]);

  // Once per answer: the reader is taken to the first field the server refused.
  useEffect(() => {
    if (!(serverError instanceof ApiError)) return;
    const first = demandFields.find((name) => serverError.fields.some((f) => fieldName(f.path) === name));
    if (first) form.scrollToField(first, { focus: true, block: 'center' });
  }, [serverError, form]);

  const messages = useMemo(() => alertMessages(serverError, text), [serverError, text]);

  /** Takes the server's messages off these fields (fields without rules of their own keep them otherwise). */
  const clearServerErrors = (names: readonly string[]) =>
    form.setFields(names.map((name) => ({ name: name as keyof DemandValues, errors: [] })));

  const finish = (values: DemandValues) => {
    // Every rule passed: what is still shown under a field is the last answer's.
    clearServerErrors(formFields);
    setServerError(null);
    setEdited(new Set());
    submit.mutate(toLeadRequest(values), {
      onSuccess: onSubmitted,
      onError: (error) => setServerError(error),
    });
  };

  const valuesChanged = (changed: Partial<DemandValues>) => {
    const keys = Object.keys(changed);
    if (serverError instanceof ApiError && serverError.fields.some((f) => keys.includes(fieldName(f.path)))) {
      setEdited((previous) => new Set([...previous, ...keys]));
      // A field with rules is checked again on change anyway; one without would keep the old message.
      clearServerErrors(keys);
    }
    // A park of another zone would contradict the zone chosen; a park chosen first names its zone.
    if ('preferredZone' in changed) {
      const park = form.getFieldValue('preferredParkId') as number | undefined;
      if (park && changed.preferredZone && options.zoneOfPark(park) !== changed.preferredZone)
        form.setFieldValue('preferredParkId', undefined);
    }
    if (changed.preferredParkId && !form.getFieldValue('preferredZone'))
      form.setFieldValue('preferredZone', options.zoneOfPark(changed.preferredParkId));
  };

  const required = (message: string): Rule => ({ required: true, whitespace: true, message });
  const optional = t('demand.optional');

  return (
    <Form<DemandValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      onFinish={finish}
      onValuesChange={valuesChanged}
      initialValues={{ consent: false }}
      scrollToFirstError={{ focus: true, block: 'center' }}
      // The browser's own bubbles would stop the form in the browser's language, before these checks.
      noValidate
      aria-label={t('demand.title')}
      className="demand-form"
      data-testid="demand-form"
    >
      <p className="muted demand-required-note">{t('demand.requiredNote')}</p>

      <Section id="demand-company" title={t('demand.companySection')}>
        <Form.Item
          label={t('demand.companyName')}
          name="companyName"
          className="span-all"
          rules={[
            required(t('demand.companyNameRequired')),
            textRule(
              (value) =>
                value.length >= demandLimits.companyNameMin && value.length <= demandLimits.companyNameMax,
              t('demand.companyNameLength', {
                min: demandLimits.companyNameMin,
                max: demandLimits.companyNameMax,
              }),
            ),
          ]}
        >
          <Input autoComplete="organization" maxLength={demandLimits.companyNameMax} />
        </Form.Item>
        <Form.Item
          label={t('demand.uscc')}
          name="uscc"
          extra={t('demand.usccHelp')}
          rules={[textRule(looksLikeUscc, t('demand.usccInvalid'))]}
        >
          <Input autoComplete="off" maxLength={24} spellCheck={false} />
        </Form.Item>
        <Form.Item
          label={t('demand.taiwanUbn')}
          name="taiwanUbn"
          extra={t('demand.taiwanUbnHelp')}
          rules={[textRule(looksLikeTaiwanUbn, t('demand.taiwanUbnInvalid'))]}
        >
          <Input autoComplete="off" inputMode="numeric" maxLength={12} />
        </Form.Item>
      </Section>

      <Section id="demand-contact" title={t('demand.contactSection')}>
        <Form.Item
          label={t('demand.contactName')}
          name="contactName"
          rules={[
            required(t('demand.contactNameRequired')),
            textRule(
              (value) => value.length <= demandLimits.contactNameMax,
              t('demand.contactNameTooLong', { max: demandLimits.contactNameMax }),
            ),
          ]}
        >
          <Input autoComplete="name" maxLength={demandLimits.contactNameMax} />
        </Form.Item>
        <Form.Item
          label={t('demand.phone')}
          name="phone"
          extra={t('demand.phoneHelp')}
          rules={[required(t('demand.phoneRequired')), textRule(looksLikePhone, t('demand.phoneInvalid'))]}
        >
          <Input type="tel" autoComplete="tel" inputMode="tel" maxLength={demandLimits.phoneMax} />
        </Form.Item>
        <Form.Item
          label={t('demand.email')}
          name="email"
          rules={[{ type: 'email', message: t('demand.emailInvalid') }]}
        >
          <Input type="email" autoComplete="email" inputMode="email" maxLength={demandLimits.emailMax} />
        </Form.Item>
      </Section>

      <Section id="demand-needs" title={t('demand.demandSection')}>
        <Form.Item label={t('demand.direction')} name="direction">
          <Select
            allowClear
            placeholder={optional}
            options={options.directions}
            data-testid="demand-direction"
          />
        </Form.Item>
        <Form.Item label={t('demand.chainLink')} name="chainLink" extra={t('demand.chainLinkHelp')}>
          <Input maxLength={demandLimits.chainLinkMax} />
        </Form.Item>
        <Form.Item label={t('demand.intendedUse')} name="intendedUse">
          <Select allowClear placeholder={optional} options={options.uses} />
        </Form.Item>
        <Form.Item label={t('demand.areaM2')} name="areaM2">
          <AmountInput suffix={t('demand.m2')} />
        </Form.Item>
        <Form.Item label={t('demand.investmentWan')} name="investmentWan">
          <AmountInput suffix={t('demand.wan')} />
        </Form.Item>
        <Form.Item label={t('demand.annualTaxWan')} name="annualTaxWan">
          <AmountInput suffix={t('demand.wan')} />
        </Form.Item>
        <Form.Item label={t('demand.timeline')} name="timeline">
          <Select allowClear placeholder={optional} options={options.timelines} />
        </Form.Item>
        <Form.Item label={t('demand.preferredZone')} name="preferredZone">
          <Select allowClear placeholder={optional} options={options.zones} />
        </Form.Item>
        <Form.Item label={t('demand.preferredPark')} name="preferredParkId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={optional}
            options={options.parks}
          />
        </Form.Item>
        <Form.Item label={t('demand.needs')} name="needs" extra={t('demand.needsHelp')} className="span-all">
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={demandLimits.needsMax}
            showCount
          />
        </Form.Item>
      </Section>

      {/* A trap for scripts that fill every field: off-screen, out of the tab order, hidden from assistive
          technology. Not display:none, which some scripts recognise and skip. */}
      <div className="demand-trap" aria-hidden="true">
        <label htmlFor={`${FORM_NAME}_website`}>{t('demand.website')}</label>
        <Form.Item name="website" noStyle>
          <Input name="website" tabIndex={-1} autoComplete="off" />
        </Form.Item>
      </div>

      <Form.Item
        name="consent"
        valuePropName="checked"
        className="demand-consent"
        rules={[
          {
            validator: (_, value) =>
              value === true ? Promise.resolve() : Promise.reject(new Error(t('demand.consentRequired'))),
          },
        ]}
      >
        <Checkbox data-testid="demand-consent">
          <Trans i18nKey="demand.consent" components={{ statement: <StatementLink /> }} />
        </Checkbox>
      </Form.Item>

      <FormAlert messages={messages} />
      <Button
        type="primary"
        size="large"
        htmlType="submit"
        loading={submit.isPending}
        data-testid="demand-submit"
      >
        {t('demand.submit')}
      </Button>
    </Form>
  );
}
