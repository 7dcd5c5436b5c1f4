import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDataText } from '../../i18n/use-data-text';
import { FieldErrors, invalidProps } from '../pipeline-admin/field-errors';
import { unitKeyOf } from './policy-format';
import type { ProfileValue, ProfileValues, TriState } from './profile-form';
import type { AttributeInfo } from './rule-draft';
import { type CodeOption, isCodedAttr, useCodeOptions } from './use-code-options';

/** The unit after a number, in the reader's language (万元 reads "× 10,000 yuan" in English). */
export function useUnitText() {
  const { t } = useTranslation();
  return (unit: string | null) => {
    const key = unitKeyOf(unit);
    return key ? t(`policies.units.${key}`) : (unit ?? '');
  };
}

/** An attribute's name in the reader's language, by key (the key itself until the catalogue is there). */
export function useAttrLabel(attributes: readonly AttributeInfo[] | undefined) {
  const text = useDataText();
  return (key: string) => {
    const attribute = attributes?.find((a) => a.key === key);
    return attribute ? text(attribute.labelZh, attribute.labelEn) : key;
  };
}

type FieldProps = {
  attribute: AttributeInfo;
  id: string;
  value: ProfileValue | undefined;
  onChange: (value: ProfileValue) => void;
  /** Blocks and parks are offered for the zone chosen, when there is one. */
  zone: string | undefined;
  invalid: ReturnType<typeof invalidProps>;
  codes: ReturnType<typeof useCodeOptions>;
};

function codeOptionsFor(options: CodeOption[], zone: string | undefined) {
  const inZone = zone ? options.filter((o) => !o.zone || o.zone === zone) : options;
  return inZone.map(({ value, label }) => ({ value, label }));
}

/** The input for one attribute, by its type: yes/no/unknown, a number with its unit, a date, codes, text. */
function ProfileInput({ attribute, id, value, onChange, zone, invalid, codes }: FieldProps) {
  const { t } = useTranslation();
  const unitText = useUnitText();
  const testId = `profile-${attribute.key}`;
  switch (attribute.type) {
    case 'boolean':
      return (
        <Select<TriState>
          id={id}
          value={(value as TriState | undefined) ?? 'unknown'}
          onChange={onChange}
          options={(['unknown', 'yes', 'no'] as const).map((v) => ({
            value: v,
            label: t(`policies.tri.${v}`),
          }))}
          popupMatchSelectWidth={false}
          className="profile-select"
          data-testid={testId}
          {...invalid}
        />
      );
    case 'number':
      return (
        <InputNumber<number>
          id={id}
          min={0}
          precision={attribute.integer ? 0 : undefined}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
          suffix={attribute.unit ? unitText(attribute.unit) : undefined}
          className="profile-number"
          data-testid={testId}
          {...invalid}
        />
      );
    case 'date':
      return (
        <Input
          id={id}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value || null)}
          className="profile-date"
          data-testid={testId}
          {...invalid}
        />
      );
    case 'stringSet': {
      // Chain links come from their list; another set attribute would be typed in as tags.
      const coded = isCodedAttr(attribute.key);
      return (
        <Select<string[]>
          id={id}
          mode={coded ? 'multiple' : 'tags'}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          options={
            isCodedAttr(attribute.key) ? codeOptionsFor(codes.options[attribute.key], undefined) : undefined
          }
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={coded ? t('policies.tri.unknown') : t('policies.profile.tagsPlaceholder')}
          loading={codes.loading}
          popupMatchSelectWidth={false}
          className="profile-select profile-tags"
          data-testid={testId}
          {...invalid}
        />
      );
    }
    case 'string':
      if (isCodedAttr(attribute.key))
        return (
          <Select<string>
            id={id}
            value={typeof value === 'string' && value ? value : undefined}
            onChange={(next) => onChange(next ?? null)}
            options={codeOptionsFor(
              codes.options[attribute.key],
              attribute.key === 'zone' ? undefined : zone,
            )}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('policies.tri.unknown')}
            loading={codes.loading}
            popupMatchSelectWidth={false}
            className="profile-select"
            data-testid={testId}
            {...invalid}
          />
        );
      return (
        <Input
          id={id}
          value={typeof value === 'string' ? value : ''}
          maxLength={64}
          onChange={(event) => onChange(event.target.value)}
          placeholder={
            attribute.key === 'industryCode' ? t('policies.profile.industryCodePlaceholder') : undefined
          }
          className="profile-text"
          data-testid={testId}
          {...invalid}
        />
      );
  }
}

/**
 * A labelled input per attribute, in the catalogue's order, each with the server's messages for it under
 * it (`profile.industryCode` → the industry code).
 */
export function ProfileFields({
  attributes,
  values,
  onChange,
  errors,
  idPrefix,
}: {
  attributes: readonly AttributeInfo[];
  values: ProfileValues;
  onChange: (key: string, value: ProfileValue) => void;
  errors: Record<string, string[]>;
  idPrefix: string;
}) {
  const text = useDataText();
  const codes = useCodeOptions();
  const zone = typeof values.zone === 'string' && values.zone ? values.zone : undefined;
  return (
    <div className="profile-fields">
      {attributes.map((attribute) => {
        const id = `${idPrefix}-${attribute.key}`;
        const errorId = `${id}-errors`;
        const messages = errors[attribute.key];
        return (
          <div key={attribute.key} className="editor-field profile-field">
            <label htmlFor={id}>{text(attribute.labelZh, attribute.labelEn)}</label>
            <ProfileInput
              attribute={attribute}
              id={id}
              value={values[attribute.key]}
              onChange={(value) => onChange(attribute.key, value)}
              zone={zone}
              invalid={invalidProps(errorId, messages)}
              codes={codes}
            />
            <FieldErrors id={errorId} messages={messages} />
          </div>
        );
      })}
    </div>
  );
}
