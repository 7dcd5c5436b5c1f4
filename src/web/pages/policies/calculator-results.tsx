import { Alert } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { formatNumber } from '../../lib/format';
import { formatYuanAmount } from './policy-format';
import { PolicyResultCard, resultState } from './policy-result';
import type { Evaluation, PolicyResult } from './policy-types';

type Props = {
  evaluation: Evaluation;
  /** The policy a notice linked to (?policy=): opened, marked and scrolled to. */
  highlight: number | undefined;
  attrLabel: (key: string) => string;
};

function ResultGroup({
  title,
  testId,
  results,
  empty,
  highlight,
  attrLabel,
}: {
  title: string;
  testId: string;
  results: PolicyResult[];
  empty: string;
  highlight: number | undefined;
  attrLabel: (key: string) => string;
}) {
  const headingId = useId();
  return (
    <section className="calculator-group" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className="calculator-group-title">
        {title}
      </h3>
      {results.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        results.map((result) => (
          <PolicyResultCard
            key={result.policy.id}
            result={result}
            highlighted={result.policy.id === highlight}
            headingLevel={4}
            attrLabel={attrLabel}
          />
        ))
      )}
    </section>
  );
}

/**
 * The calculator's answer: a summary (announced as it changes), the eligible policies with their money,
 * the near-misses with the one requirement that would change the answer, and the rest folded away.
 */
export function CalculatorResults({ evaluation, highlight, attrLabel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const othersId = useId();
  const byState = (state: ReturnType<typeof resultState>) =>
    evaluation.results.filter((r) => resultState(r) === state);
  const eligible = byState('eligible');
  const nearMisses = byState('nearMiss');
  const others = byState('other');
  const [othersOpen, setOthersOpen] = useState(others.some((r) => r.policy.id === highlight));
  const linked = highlight === undefined || evaluation.results.some((r) => r.policy.id === highlight);
  const scrolled = useRef(false);

  // The linked policy is scrolled to with the first answer only: later answers follow the reader's edits,
  // and the page must not jump while they type.
  useEffect(() => {
    if (scrolled.current || highlight === undefined) return;
    scrolled.current = true;
    document.querySelector(`[data-testid="policy-result-${highlight}"]`)?.scrollIntoView({ block: 'start' });
  }, [highlight]);

  return (
    <div className="calculator-results" data-testid="calculator-results">
      <p className="calculator-summary" aria-live="polite" data-testid="calculator-summary">
        {t('policies.calculator.summary', {
          eligible: formatNumber(evaluation.eligibleCount),
          amount: formatYuanAmount(evaluation.totalYuan, language),
          nearMiss: formatNumber(evaluation.nearMissCount),
        })}
      </p>
      {!linked && (
        <Alert
          type="info"
          showIcon
          title={t('policies.calculator.linkedNotInForce')}
          data-testid="calculator-linked-missing"
        />
      )}
      <ResultGroup
        title={t('policies.calculator.eligibleTitle', { n: eligible.length })}
        testId="calculator-eligible"
        results={eligible}
        empty={t('policies.calculator.eligibleEmpty')}
        highlight={highlight}
        attrLabel={attrLabel}
      />
      <ResultGroup
        title={t('policies.calculator.nearMissTitle', { n: nearMisses.length })}
        testId="calculator-near-misses"
        results={nearMisses}
        empty={t('policies.calculator.nearMissEmpty')}
        highlight={highlight}
        attrLabel={attrLabel}
      />
      {others.length > 0 && (
        <section className="calculator-group" data-testid="calculator-others">
          <h3 className="calculator-group-title">
            <button
              type="button"
              className="policy-result-toggle"
              aria-expanded={othersOpen}
              aria-controls={othersId}
              onClick={() => setOthersOpen((open) => !open)}
              data-testid="calculator-others-toggle"
            >
              <span aria-hidden="true" className="policy-result-chevron">
                {othersOpen ? '▾' : '▸'}
              </span>
              {t('policies.calculator.othersTitle', { n: others.length })}
            </button>
          </h3>
          <div id={othersId} hidden={!othersOpen}>
            {others.map((result) => (
              <PolicyResultCard
                key={result.policy.id}
                result={result}
                highlighted={result.policy.id === highlight}
                headingLevel={4}
                attrLabel={attrLabel}
              />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
