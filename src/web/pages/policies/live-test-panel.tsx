import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { InputNumber, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from '../pipeline/server-errors';
import { type AttrTypes, attributesUsed, type PolicyDraft, toTestBody } from './policy-draft';
import { BenefitList, ClauseTable, ResultLine, resultState } from './policy-result';
import { ProfileFields, useAttrLabel } from './profile-fields';
import { type ProfileValue, type ProfileValues, toProfile } from './profile-form';
import { type AttributeInfo, numberedNodes, ruleErrorKey } from './rule-draft';
import { useDebounced } from './use-debounced';
import { draftTestQuery } from './use-policies';

/** How long the panel waits after the last edit before testing again. */
const TEST_DELAY_MS = 400;

type Subject = 'profile' | 'enterprise';

/**
 * The editor's live test: the unsaved rule, zones and benefits against an enterprise or a small profile
 * (only the attributes the draft reads), tested again 400 ms after every change. Shows whether it passes,
 * the near-miss, each clause and the amounts; a rule not yet complete is listed by clause.
 */
export function LiveTestPanel({
  draft,
  attributes,
  types,
}: {
  draft: PolicyDraft;
  attributes: readonly AttributeInfo[];
  types: AttrTypes;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const attrLabel = useAttrLabel(attributes);
  const [subject, setSubject] = useState<Subject>('profile');
  const [enterpriseId, setEnterpriseId] = useState<number | null>(null);
  const [values, setValues] = useState<ProfileValues>({});
  const used = attributesUsed(draft);
  const shown = attributes.filter((a) => used.includes(a.key));
  const profile = toProfile(shown, values);
  const ready = subject === 'profile' || enterpriseId !== null;
  const { body, places, skipped } = toTestBody(
    draft,
    types,
    subject === 'enterprise' && enterpriseId !== null ? { enterpriseId } : { profile },
  );
  const sent = useDebounced(body, TEST_DELAY_MS);
  const test = useQuery({ ...draftTestQuery(sent), enabled: ready, placeholderData: keepPreviousData });
  const result = test.data?.results[0];
  const error = inReaderScript(test.error, text);
  const labels = new Map(numberedNodes(draft.rule).map(({ node, label }) => [node.id, label]));
  // A problem of the rule names its clause as the builder numbers it ("条件 2.1：值应为数字").
  const problems =
    test.isError && error instanceof ApiError
      ? error.fields.length > 0
        ? error.fields.map((field) => {
            const node = ruleErrorKey(places, field.path)?.split(':')[0];
            const label = node ? labels.get(node) : undefined;
            return label ? t('policies.test.problemAt', { n: label, message: field.message }) : field.message;
          })
        : [error.message]
      : [];

  return (
    <section className="policy-test-panel" aria-labelledby="policy-test-title" data-testid="policy-test">
      <h2 id="policy-test-title" className="editor-heading">
        {t('policies.test.title')}
      </h2>
      <p className="muted editor-hint">{t('policies.test.hint')}</p>
      <fieldset className="calculator-fieldset">
        <legend>{t('policies.test.subject')}</legend>
        <Radio.Group
          value={subject}
          onChange={(event) => setSubject(event.target.value as Subject)}
          options={[
            { value: 'profile', label: t('policies.test.subjectProfile') },
            { value: 'enterprise', label: t('policies.test.subjectEnterprise') },
          ]}
          data-testid="policy-test-subject"
        />
        {subject === 'enterprise' ? (
          <div className="editor-field">
            <label htmlFor="policy-test-enterprise">{t('policies.calculator.enterpriseId')}</label>
            <InputNumber<number>
              id="policy-test-enterprise"
              min={1}
              precision={0}
              value={enterpriseId}
              onChange={(next) => setEnterpriseId(typeof next === 'number' && next > 0 ? next : null)}
              className="profile-number"
              data-testid="policy-test-enterprise"
            />
            {test.data?.enterprise && (
              <p className="calculator-enterprise-name">
                {t('policies.calculator.enterpriseName', { name: text(test.data.enterprise.nameZh) })}
              </p>
            )}
          </div>
        ) : shown.length === 0 ? (
          <p className="muted">{t('policies.test.noAttributes')}</p>
        ) : (
          <ProfileFields
            attributes={shown}
            values={values}
            onChange={(key: string, value: ProfileValue) =>
              setValues((previous) => ({ ...previous, [key]: value }))
            }
            errors={{}}
            idPrefix="policy-test"
          />
        )}
      </fieldset>
      <div className="policy-test-output" aria-live="polite" aria-busy={test.isFetching}>
        {!ready && <p className="muted">{t('policies.test.needEnterprise')}</p>}
        {ready && problems.length > 0 && (
          <div className="policy-test-problems" data-testid="policy-test-problems">
            <p>{t('policies.test.incomplete')}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {ready && problems.length === 0 && result && (
          <div data-testid="policy-test-outcome" data-state={resultState(result)}>
            <ResultLine result={result} />
          </div>
        )}
      </div>
      {ready && problems.length === 0 && result && (
        <>
          <ClauseTable clauses={result.clauses} caption={t('policies.test.clauses')} />
          <h3 className="policy-subheading">{t('policies.result.benefits')}</h3>
          <BenefitList benefits={result.benefits} attrLabel={attrLabel} />
        </>
      )}
      {skipped > 0 && <p className="muted">{t('policies.test.skipped', { n: skipped })}</p>}
    </section>
  );
}
