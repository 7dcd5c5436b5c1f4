import { useNavigate } from '@tanstack/react-router';
import { App, Button, Input, Select } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { DateRangeFields } from '../../components/date-range-fields';
import { FormAlert } from '../../components/form-alert';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from '../pipeline/server-errors';
import { FieldErrors, invalidProps } from '../pipeline-admin/field-errors';
import { BenefitsEditor, type DraftChange } from './benefits-editor';
import { LiveTestPanel } from './live-test-panel';
import {
  type AttrTypes,
  missingBenefitFields,
  type PolicyDraft,
  type PolicyTextField,
  placePolicyErrors,
  toPolicyBody,
} from './policy-draft';
import { type PolicyLevel, policyLevels } from './policy-types';
import { RuleBuilder, type RuleChange } from './rule-builder';
import type { AttributeInfo } from './rule-draft';
import { useCodeOptions } from './use-code-options';
import { useSavePolicy } from './use-policies';

const textLimits: Record<PolicyTextField, number> = {
  code: 64,
  titleZh: 300,
  titleEn: 300,
  issuerZh: 300,
  issuerEn: 300,
  docNumber: 100,
  summaryZh: 2000,
  summaryEn: 2000,
  fullText: 200_000,
  source: 300,
};

const multiline = new Set<PolicyTextField>(['summaryZh', 'summaryEn', 'fullText']);

/**
 * One policy as a form: its header (titles, issuer, level, 文号, validity, zones, summaries, full text,
 * source), the rule builder and the benefits, saved together (POST a draft, PUT a saved one), with the live
 * test beside it. The server's field errors stand at the input, clause or benefit they name.
 */
export function PolicyEditor({
  policyId,
  initial,
  attributes,
}: {
  policyId: number | null;
  initial: PolicyDraft;
  attributes: AttributeInfo[];
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const save = useSavePolicy();
  const codes = useCodeOptions();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [alert, setAlert] = useState<string[]>([]);
  const types: AttrTypes = new Map(attributes.map((a) => [a.key, a.type]));

  const change: DraftChange = (update, answered = []) => {
    setDraft(update);
    if (!answered.some((key) => key in errors)) return;
    const remaining = Object.fromEntries(Object.entries(errors).filter(([key]) => !answered.includes(key)));
    setErrors(remaining);
    // Every marked field answered: the alert that pointed at them has nothing left to say.
    if (Object.keys(remaining).length === 0) setAlert([]);
  };
  const changeRule: RuleChange = (update, answered) =>
    change((d) => ({ ...d, rule: update(d.rule) }), [...(answered ?? []), 'rule']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAlert([]);
    // A formula's empty figure is caught here, in words the reader knows, rather than as the schema's.
    const missing = missingBenefitFields(draft.benefits);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((key) => [key, [t('policies.editor.required')]])));
      setAlert([t('policies.editor.fixFields')]);
      return;
    }
    const sent = draft;
    const { body, places } = toPolicyBody(sent, types);
    save.mutate(
      { id: policyId, body },
      {
        onSuccess: (saved) => {
          void message.success(t('policies.editor.saved', { title: text(saved.titleZh, saved.titleEn) }));
          setErrors({});
          void navigate({ to: '/policies/$policyId', params: { policyId: String(saved.id) } });
        },
        onError: (error) => {
          const readable = inReaderScript(error, text);
          if (!(readable instanceof ApiError)) {
            setAlert([readable instanceof Error ? readable.message : String(readable)]);
            return;
          }
          const placed = placePolicyErrors(sent, places, readable.fields);
          setErrors(placed.byField);
          setAlert([readable.message, ...placed.unplaced]);
        },
      },
    );
  };

  const textField = (field: PolicyTextField, hint?: string) => {
    const id = `policy-${field}`;
    const errorId = `${id}-errors`;
    const props = {
      id,
      value: draft[field],
      maxLength: textLimits[field],
      onChange: (event: { target: { value: string } }) =>
        change((d) => ({ ...d, [field]: event.target.value }), [field]),
      'data-testid': id,
      ...invalidProps(errorId, errors[field]),
    };
    return (
      <div className={`editor-field${multiline.has(field) ? ' editor-field-wide' : ''}`}>
        <label htmlFor={id}>{t(`policies.editor.fields.${field}`)}</label>
        {multiline.has(field) ? (
          <Input.TextArea {...props} autoSize={{ minRows: field === 'fullText' ? 6 : 2, maxRows: 16 }} />
        ) : (
          <Input {...props} />
        )}
        {hint && <p className="muted editor-hint">{hint}</p>}
        <FieldErrors id={errorId} messages={errors[field]} />
      </div>
    );
  };

  return (
    <div className="policy-editor-layout">
      <form
        className="pipeline-editor policy-editor"
        onSubmit={submit}
        noValidate
        data-testid="policy-editor"
      >
        <FormAlert messages={alert} />
        <section className="editor-section" aria-labelledby="policy-header-title">
          <h2 id="policy-header-title" className="editor-heading">
            {t('policies.editor.headerTitle')}
          </h2>
          <div className="editor-fields policy-header-fields">
            {textField('code', t('policies.editor.codeHint'))}
            {textField('titleZh')}
            {textField('titleEn')}
            {textField('issuerZh')}
            {textField('issuerEn')}
            <div className="editor-field">
              <label htmlFor="policy-level">{t('policies.level')}</label>
              <Select<PolicyLevel>
                id="policy-level"
                value={draft.level}
                onChange={(level) => change((d) => ({ ...d, level }), ['level'])}
                options={policyLevels.map((value) => ({ value, label: t(`policies.levels.${value}`) }))}
                popupMatchSelectWidth={false}
                data-testid="policy-level-select"
                {...invalidProps('policy-level-errors', errors.level)}
              />
              <FieldErrors id="policy-level-errors" messages={errors.level} />
            </div>
            {textField('docNumber')}
            {textField('source', t('policies.editor.sourceHint'))}
            <div className="editor-field">
              <label htmlFor="policy-zones">{t('policies.zones')}</label>
              <Select<string[]>
                id="policy-zones"
                mode="multiple"
                value={draft.zones}
                onChange={(zones) => change((d) => ({ ...d, zones }), ['zones'])}
                options={codes.options.zone}
                placeholder={t('policies.everyZone')}
                popupMatchSelectWidth={false}
                data-testid="policy-zones-select"
                {...invalidProps('policy-zones-errors', errors.zones)}
              />
              <p className="muted editor-hint">{t('policies.editor.zonesHint')}</p>
              <FieldErrors id="policy-zones-errors" messages={errors.zones} />
            </div>
          </div>
          <DateRangeFields
            idPrefix="policy-valid"
            className="figures-period"
            legend={t('policies.validity')}
            fromLabel={t('policies.editor.validFrom')}
            toLabel={t('policies.editor.validTo')}
            value={{ from: draft.validFrom || undefined, to: draft.validTo || undefined }}
            onChange={(range) =>
              change(
                (d) => ({
                  ...d,
                  ...('from' in range && { validFrom: range.from ?? '' }),
                  ...('to' in range && { validTo: range.to ?? '' }),
                }),
                ['validFrom', 'validTo'],
              )
            }
          >
            <FieldErrors
              id="policy-valid-errors"
              messages={[...(errors.validFrom ?? []), ...(errors.validTo ?? [])]}
            />
          </DateRangeFields>
          <div className="editor-fields">
            {textField('summaryZh')}
            {textField('summaryEn')}
            {textField('fullText')}
          </div>
        </section>
        <RuleBuilder root={draft.rule} change={changeRule} attributes={attributes} errors={errors} />
        <BenefitsEditor draft={draft} change={change} errors={errors} attributes={attributes} />
        <div className="editor-actions">
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="policy-save">
            {policyId === null ? t('policies.editor.saveDraft') : t('policies.editor.save')}
          </Button>
        </div>
      </form>
      <LiveTestPanel draft={draft} attributes={attributes} types={types} />
    </div>
  );
}
