import { Link } from '@tanstack/react-router';
import { Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { TableScroll } from '../../components/table-scroll';
import { useDataText } from '../../i18n/use-data-text';
import { formatYuanAmount } from './policy-format';
import { DemoFiguresTag, LevelTag } from './policy-tags';
import type { BenefitResult, ClauseResult, PolicyResult } from './policy-types';

export type ResultState = 'eligible' | 'nearMiss' | 'other';

export function resultState(result: PolicyResult): ResultState {
  if (result.eligible) return 'eligible';
  return result.nearMiss ? 'nearMiss' : 'other';
}

/** Each clause: what the policy requires, what the profile has, and whether that is as required. */
export function ClauseTable({ clauses, caption }: { clauses: ClauseResult[]; caption: string }) {
  const { t } = useTranslation();
  const text = useDataText();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="editor-table policy-clauses" data-testid="policy-clauses">
        <caption id={captionId} className="policy-table-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('policies.result.requirement')}</th>
            <th scope="col">{t('policies.result.actual')}</th>
            <th scope="col">{t('policies.result.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {clauses.map((clause) => (
            <tr key={clause.path} data-testid="policy-clause" data-satisfied={clause.satisfied}>
              <td>{text(clause.requirement.zh, clause.requirement.en)}</td>
              <td className={clause.missing ? 'muted' : undefined}>
                {text(clause.actualText.zh, clause.actualText.en)}
              </td>
              <td className="nowrap">
                {/* A sign and a word, never colour alone. */}
                <span className={clause.satisfied ? 'clause-met' : 'clause-unmet'}>
                  <span aria-hidden="true">{clause.satisfied ? '✓ ' : '✗ '}</span>
                  {clause.satisfied
                    ? t('policies.result.met')
                    : clause.missing
                      ? t('policies.result.missing')
                      : t('policies.result.unmet')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** What the policy gives: each benefit with its formula filled in and the amount, or why there is none. */
export function BenefitList({
  benefits,
  attrLabel,
}: {
  benefits: BenefitResult[];
  attrLabel: (key: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  if (benefits.length === 0) return <p className="muted">{t('policies.result.noBenefits')}</p>;
  return (
    <ul className="policy-benefits plain-list" data-testid="policy-benefits">
      {benefits.map((benefit) => (
        <li key={benefit.code} className="policy-benefit" data-testid={`policy-benefit-${benefit.code}`}>
          <div className="policy-benefit-head">
            <strong>{text(benefit.labelZh, benefit.labelEn)}</strong>
            {benefit.demo && benefit.formula && <DemoFiguresTag />}
            <span className="policy-benefit-amount" data-testid="policy-benefit-amount">
              {benefit.amountYuan !== null
                ? formatYuanAmount(benefit.amountYuan, language)
                : benefit.formula
                  ? t('policies.result.noAmount')
                  : t('policies.result.nonCash')}
            </span>
          </div>
          {benefit.formula && (
            <p className="policy-formula">{text(benefit.formula.zh, benefit.formula.en)}</p>
          )}
          {benefit.missing.length > 0 && (
            <p className="muted policy-formula">
              {t('policies.result.missingInputs', {
                attrs: benefit.missing.map(attrLabel).join(t('policies.listSeparator')),
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The line under a result's title: the money, what is missing for a near-miss, or how far off it is. */
export function ResultLine({ result }: { result: PolicyResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const state = resultState(result);
  if (state === 'eligible')
    return (
      <p className="policy-result-line">
        <Tag color="#237804">{t('policies.result.eligible')}</Tag>
        {result.benefits.some((b) => b.amountYuan !== null) ? (
          <span data-testid="policy-result-total">
            {t('policies.result.total', { amount: formatYuanAmount(result.totalYuan, language) })}
          </span>
        ) : (
          <span className="muted">{t('policies.result.noTotal')}</span>
        )}
      </p>
    );
  if (state === 'nearMiss' && result.nearMiss)
    return (
      <p className="policy-result-line policy-near-miss" data-testid="policy-near-miss">
        <Tag color="#874d00">{t('policies.result.nearMissTag')}</Tag>
        {t('policies.result.nearMiss', {
          requirement: result.nearMiss.clauses
            .map((c) => text(c.requirement.zh, c.requirement.en))
            .join(t('policies.result.or')),
        })}
      </p>
    );
  return (
    <p className="policy-result-line muted">{t('policies.result.missingCount', { n: result.minFlips })}</p>
  );
}

/**
 * One policy's answer, its details behind a disclosure button (WAI-ARIA disclosure pattern): the clause
 * table and the benefits. A highlighted result (the policy a notice linked to) starts open.
 */
export function PolicyResultCard({
  result,
  highlighted = false,
  defaultOpen = false,
  headingLevel = 3,
  attrLabel,
}: {
  result: PolicyResult;
  highlighted?: boolean;
  defaultOpen?: boolean;
  /** The card's title is a heading at this level, its benefits one below. */
  headingLevel?: 3 | 4;
  attrLabel: (key: string) => string;
}) {
  const Title = headingLevel === 3 ? 'h3' : 'h4';
  const Subtitle = headingLevel === 3 ? 'h4' : 'h5';
  const { t } = useTranslation();
  const text = useDataText();
  const [open, setOpen] = useState(defaultOpen || highlighted);
  const panelId = useId();
  const { policy } = result;
  const title = text(policy.titleZh, policy.titleEn);

  return (
    <article
      className={`policy-result policy-result-${resultState(result)}${highlighted ? ' policy-result-highlight' : ''}`}
      aria-label={title}
      data-testid={`policy-result-${policy.id}`}
      data-state={resultState(result)}
      data-highlighted={highlighted || undefined}
    >
      <Title className="policy-result-title">
        <button
          type="button"
          className="policy-result-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
          data-testid={`policy-result-toggle-${policy.id}`}
        >
          <span aria-hidden="true" className="policy-result-chevron">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
      </Title>
      <div className="policy-result-meta">
        {highlighted && <Tag color="#0b5cad">{t('policies.result.fromNotice')}</Tag>}
        <LevelTag level={policy.level} />
        {policy.hasDemoFigures && <DemoFiguresTag />}
        <span className="muted">{text(policy.issuerZh, policy.issuerEn)}</span>
      </div>
      <ResultLine result={result} />
      <div id={panelId} hidden={!open} className="policy-result-panel">
        <ClauseTable clauses={result.clauses} caption={t('policies.result.clausesOf', { title })} />
        <Subtitle className="policy-subheading">{t('policies.result.benefits')}</Subtitle>
        <BenefitList benefits={result.benefits} attrLabel={attrLabel} />
        {policy.id > 0 && (
          <Link
            to="/policies/$policyId"
            params={{ policyId: String(policy.id) }}
            data-testid={`policy-result-link-${policy.id}`}
          >
            {t('policies.result.openPolicy')}
            <span className="visually-hidden"> {title}</span>
          </Link>
        )}
      </div>
    </article>
  );
}
