import { Button, Checkbox, Form, Input, InputNumber, type FormRule as Rule, Select } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { applyServerErrors } from '../../auth/form-errors';
import { FormAlert } from '../../components/form-alert';
import { type DataText, useDataText } from '../../i18n/use-data-text';
import {
  type MatchRequest,
  type MatchValues,
  matchBounds,
  matchFields,
  matchLimits,
  toMatchRequest,
} from './match-values';
import { useMatchOptions } from './use-match-options';

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

/** A non-negative amount with its unit, bounded like the server's check. */
function Amount(props: {
  suffix: string;
  max: number;
  id?: string;
  value?: number;
  onChange?: (value: number | null) => void;
}) {
  return <InputNumber<number> className="demand-number" min={0} {...props} />;
}

/** The server words messages in the request language; zh-TW readers get them converted like data. */
function localised(error: unknown, text: DataText): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((f) => ({ path: f.path, message: text(f.message) }));
  return new ApiError(error.status, error.code, text(error.message), fields);
}

/**
 * The demand form of POST /api/match: the contract's fields (match-values.ts), the form's own checks
 * mirroring the server's, and the server's field messages under the field they name.
 */
export function MatchForm({
  name,
  initialValues,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  /** The form's name, prefixing its field ids (two forms may share a page). */
  name: string;
  /** The values it starts with (a new set needs a new form: give it a key). */
  initialValues?: MatchValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (request: MatchRequest) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const [form] = Form.useForm<MatchValues>();
  const options = useMatchOptions();

  const [messages, setMessages] = useState<string[]>([]);
  // Each answer's field messages go under their fields (again when the language changes); the rest above
  // the button.
  useEffect(() => {
    setMessages(error ? applyServerErrors(form, localised(error, text), matchFields) : []);
  }, [error, text, form]);

  const optional = t('match.optional');
  const required = (message: string): Rule => ({ required: true, message });
  const areaOrder: Rule = ({ getFieldValue }) => ({
    validator: (_, max: number | null | undefined) => {
      const min = getFieldValue('areaMin') as number | null | undefined;
      return typeof min === 'number' && typeof max === 'number' && max < min
        ? Promise.reject(new Error(t('match.areaOrder')))
        : Promise.resolve();
    },
  });

  return (
    <Form<MatchValues>
      form={form}
      name={name}
      layout="vertical"
      initialValues={{ limit: 10, ...initialValues }}
      onFinish={(values) => onSubmit(toMatchRequest(values))}
      scrollToFirstError={{ focus: true, block: 'center' }}
      noValidate
      aria-label={t('match.formLabel')}
      className="match-form"
      data-testid={`${name}-form`}
    >
      <p className="muted demand-required-note">{t('match.requiredNote')}</p>
      <Section id={`${name}-space`} title={t('match.spaceSection')}>
        <Form.Item label={t('match.use')} name="use" rules={[required(t('match.useRequired'))]}>
          <Select options={options.uses} data-testid={`${name}-use`} />
        </Form.Item>
        <Form.Item label={t('match.areaMin')} name="areaMin" rules={[required(t('match.areaRequired'))]}>
          <Amount suffix={t('match.m2')} max={matchBounds.areaMax} />
        </Form.Item>
        <Form.Item
          label={t('match.areaMax')}
          name="areaMax"
          dependencies={['areaMin']}
          rules={[required(t('match.areaRequired')), areaOrder]}
        >
          <Amount suffix={t('match.m2')} max={matchBounds.areaMax} />
        </Form.Item>
        <Form.Item label={t('match.cleanroomGrade')} name="cleanroomGrade">
          <Select allowClear placeholder={optional} options={options.grades} />
        </Form.Item>
        <Form.Item label={t('match.budget')} name="budgetYuanPerMonth" extra={t('match.budgetHelp')}>
          <Amount suffix={t('match.yuanPerMonth')} max={matchBounds.budgetMax} />
        </Form.Item>
        <Form.Item label={t('match.moveInBy')} name="moveInBy">
          <Input type="date" />
        </Form.Item>
        <Form.Item label={t('match.powerKva')} name="powerKva" extra={t('match.minimumHelp')}>
          <Amount suffix={t('match.kva')} max={matchBounds.powerMax} />
        </Form.Item>
        <Form.Item label={t('match.floorLoad')} name="floorLoadKnPerM2" extra={t('match.minimumHelp')}>
          <Amount suffix={t('match.knPerM2')} max={matchBounds.floorLoadMax} />
        </Form.Item>
      </Section>

      <Section id={`${name}-preferences`} title={t('match.preferenceSection')}>
        <Form.Item label={t('match.zones')} name="zones">
          <Select mode="multiple" allowClear placeholder={optional} options={options.zones} />
        </Form.Item>
        <Form.Item label={t('match.parks')} name="parks">
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={optional}
            options={options.parks}
          />
        </Form.Item>
        <Form.Item label={t('match.direction')} name="direction">
          <Select allowClear placeholder={optional} options={options.directions} />
        </Form.Item>
        <Form.Item label={t('match.chainLink')} name="chainLink" extra={t('match.chainLinkHelp')}>
          <Select allowClear placeholder={optional} options={options.chainLinks} />
        </Form.Item>
      </Section>

      <Section id={`${name}-profile`} title={t('match.profileSection')}>
        <Form.Item label={t('match.investmentWan')} name="investmentWan">
          <Amount suffix={t('match.wan')} max={matchBounds.moneyMax} />
        </Form.Item>
        <Form.Item label={t('match.employees')} name="employees">
          <Amount suffix={t('match.people')} max={matchBounds.employeesMax} />
        </Form.Item>
        <div className="match-checks span-all">
          <Form.Item name="isTaiwanFunded" valuePropName="checked" noStyle>
            <Checkbox>{t('match.isTaiwanFunded')}</Checkbox>
          </Form.Item>
          <Form.Item name="isMahHolder" valuePropName="checked" noStyle>
            <Checkbox>{t('match.isMahHolder')}</Checkbox>
          </Form.Item>
          <Form.Item name="isHighTech" valuePropName="checked" noStyle>
            <Checkbox>{t('match.isHighTech')}</Checkbox>
          </Form.Item>
        </div>
      </Section>

      <div className="match-submit-row">
        <Form.Item label={t('match.limit')} name="limit" className="match-limit">
          <Select options={matchLimits.map((n) => ({ value: n, label: String(n) }))} />
        </Form.Item>
      </div>
      <FormAlert messages={messages} />
      <Button type="primary" size="large" htmlType="submit" loading={pending} data-testid={`${name}-submit`}>
        {submitLabel}
      </Button>
    </Form>
  );
}
