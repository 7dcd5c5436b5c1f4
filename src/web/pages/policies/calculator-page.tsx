import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, InputNumber, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { useSession } from '../../auth/session';
import { isStaff } from '../../auth/staff';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from '../pipeline/server-errors';
import { FieldErrors, invalidProps } from '../pipeline-admin/field-errors';
import { CalculatorResults } from './calculator-results';
import type { EvaluateBody } from './policy-types';
import { ProfileFields, useAttrLabel } from './profile-fields';
import {
  givenCount,
  type ProfileValue,
  type ProfileValues,
  profileSections,
  sectionOf,
  toProfile,
} from './profile-form';
import type { AttributeInfo } from './rule-draft';
import { useDebounced } from './use-debounced';
import { attributesQuery, evaluationQuery } from './use-policies';

/** How long the form waits after the last change before asking again. */
const EVALUATE_DELAY_MS = 400;

/**
 * The server's messages by the form's field (`profile.industryCode` → industryCode, `profile.chainLinks.0`
 * → chainLinks, `enterpriseId`); an error without fields is the alert's.
 */
function fieldErrorsOf(error: unknown): { byField: Record<string, string[]>; other: string | null } {
  if (!(error instanceof ApiError))
    return { byField: {}, other: error instanceof Error ? error.message : null };
  const byField: Record<string, string[]> = {};
  for (const field of error.fields) {
    const [head = '', attr] = field.path.split('.');
    const key = head === 'profile' && attr ? attr : head;
    byField[key] = [...(byField[key] ?? []), field.message];
  }
  return { byField, other: error.fields.length === 0 ? error.message : null };
}

/** Staff and enterprise users may start from a registered enterprise (the API checks whose). */
function EnterprisePicker({
  value,
  onChange,
  name,
  messages,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  name: string | null;
  messages: string[] | undefined;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const id = 'calculator-enterprise';
  return (
    <fieldset className="calculator-fieldset">
      <legend>{t('policies.calculator.enterpriseLegend')}</legend>
      <p className="muted editor-hint" id={`${id}-hint`}>
        {t('policies.calculator.enterpriseHint')}
      </p>
      <div className="editor-field">
        <label htmlFor={id}>{t('policies.calculator.enterpriseId')}</label>
        <InputNumber<number>
          id={id}
          min={1}
          precision={0}
          value={value}
          onChange={(next) => onChange(typeof next === 'number' && next > 0 ? next : null)}
          className="profile-number"
          aria-describedby={`${id}-hint`}
          data-testid="calculator-enterprise"
          {...invalidProps(`${id}-errors`, messages)}
        />
        <FieldErrors id={`${id}-errors`} messages={messages} />
        {name && (
          <p className="calculator-enterprise-name" data-testid="calculator-enterprise-name">
            {t('policies.calculator.enterpriseName', { name: text(name) })}
          </p>
        )}
      </div>
    </fieldset>
  );
}

function CalculatorWorkspace({ attributes }: { attributes: AttributeInfo[] }) {
  const { t } = useTranslation();
  const text = useDataText();
  const search = useSearch({ from: '/policies/calculator' });
  const navigate = useNavigate({ from: '/policies/calculator' });
  const session = useSession();
  const user = session.data?.user;
  // The enterprise users' own enterprise cannot be looked up yet (no such API): they give its number or
  // describe it in the form like anyone else.
  const mayPickEnterprise = !!user && (user.role === 'enterprise' || isStaff(user));
  const attrLabel = useAttrLabel(attributes);
  const [values, setValues] = useState<ProfileValues>({});
  const enterpriseId = mayPickEnterprise ? (search.enterprise ?? null) : null;

  const profile = useMemo(() => toProfile(attributes, values), [attributes, values]);
  const body = useDebounced<EvaluateBody>(
    enterpriseId === null ? { profile } : { enterpriseId, profile },
    EVALUATE_DELAY_MS,
  );
  // The previous answer stays on screen while the next one loads, rather than a blank per keystroke.
  const evaluation = useQuery({ ...evaluationQuery(body), placeholderData: keepPreviousData });
  const readable = inReaderScript(evaluation.error, text);
  const errors = evaluation.isError ? fieldErrorsOf(readable) : { byField: {}, other: null };
  // Someone else's enterprise: said at the number, not as a failure of the page.
  const forbidden = readable instanceof ApiError && readable.status === 403;
  const enterpriseMessages = forbidden
    ? [t('policies.calculator.enterpriseForbidden')]
    : errors.byField.enterpriseId;

  const change = (key: string, value: ProfileValue) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const setEnterprise = (id: number | null) =>
    void navigate({ search: (previous) => ({ ...previous, enterprise: id ?? undefined }), replace: true });

  return (
    <div className="calculator-layout">
      <form
        className="calculator-form"
        aria-labelledby="calculator-form-title"
        onSubmit={(event) => event.preventDefault()}
        data-testid="calculator-form"
      >
        <h2 id="calculator-form-title" className="editor-heading">
          {t('policies.calculator.formTitle')}
        </h2>
        <p className="muted editor-hint">{t('policies.calculator.formHint')}</p>
        {mayPickEnterprise && (
          <EnterprisePicker
            value={enterpriseId}
            onChange={setEnterprise}
            name={evaluation.data?.enterprise?.nameZh ?? null}
            messages={enterpriseMessages}
          />
        )}
        {profileSections.map((section) => {
          const inSection = attributes.filter((a) => sectionOf(a) === section);
          if (inSection.length === 0) return null;
          return (
            <fieldset
              key={section}
              className="calculator-fieldset"
              data-testid={`calculator-section-${section}`}
            >
              <legend>{t(`policies.profile.sections.${section}`)}</legend>
              <ProfileFields
                attributes={inSection}
                values={values}
                onChange={change}
                errors={errors.byField}
                idPrefix="calculator"
              />
            </fieldset>
          );
        })}
        <div className="editor-actions">
          <Button
            onClick={() => setValues({})}
            disabled={givenCount(attributes, values) === 0}
            data-testid="calculator-reset"
          >
            {t('policies.calculator.reset')}
          </Button>
        </div>
      </form>
      <section className="calculator-output" aria-labelledby="calculator-results-title">
        <h2 id="calculator-results-title" className="editor-heading">
          {t('policies.calculator.resultsTitle')}
        </h2>
        {errors.other && !forbidden && (
          <Alert type="error" showIcon title={errors.other} data-testid="calculator-error" />
        )}
        {evaluation.isError && !errors.other && Object.keys(errors.byField).length > 0 && (
          <Alert type="warning" showIcon title={t('policies.calculator.fixFields')} />
        )}
        {evaluation.isPending && <LoadingBlock rows={6} />}
        {evaluation.data && (
          <div aria-busy={evaluation.isFetching}>
            <CalculatorResults evaluation={evaluation.data} highlight={search.policy} attrLabel={attrLabel} />
          </div>
        )}
      </section>
    </div>
  );
}

/**
 * /policies/calculator (政策计算器): anyone describes an enterprise — or staff and enterprise users start
 * from a registered one — and sees every policy in force checked against it, clause by clause, with the
 * money each would pay and the policies only one requirement away.
 */
export function CalculatorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('policies.calculator.title'));
  const attributes = useQuery(attributesQuery);
  return (
    <div className="page policy-calculator-page" data-testid="policy-calculator-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/policies">{t('policies.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('policies.calculator.title')}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('policies.calculator.title')}
          </Typography.Title>
          <p className="page-intro">{t('policies.calculator.intro')}</p>
        </div>
      </header>
      <Alert type="info" showIcon title={t('policies.calculator.disclaimer')} />
      {attributes.isError && <LoadError error={attributes.error} onRetry={() => void attributes.refetch()} />}
      {attributes.isPending && <LoadingBlock rows={8} />}
      {attributes.data && <CalculatorWorkspace attributes={attributes.data} />}
    </div>
  );
}
