import { Button, Result } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadSubmitted } from './use-submit-lead';

/**
 * What the submitter is told: the reference to quote, in large type; for a repeat of an open request, that it
 * was added to that request. Focus moves to the heading, so that screen readers announce the outcome.
 */
export function DemandResult({ result, onAnother }: { result: LeadSubmitted; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <Result
      status="success"
      className="demand-result"
      data-testid="demand-result"
      data-merged={result.merged}
      title={
        <h2 className="result-title" ref={heading} tabIndex={-1}>
          {result.merged ? t('demand.mergedTitle') : t('demand.submittedTitle')}
        </h2>
      }
      subTitle={
        <div className="demand-result-body">
          <p className="demand-reference-label">{t('demand.reference')}</p>
          <p className="demand-reference" data-testid="demand-reference">
            {result.reference}
          </p>
          <p>
            {result.merged
              ? t('demand.mergedText', { reference: result.reference })
              : t('demand.submittedText')}
          </p>
        </div>
      }
      extra={
        <Button type="primary" onClick={onAnother} data-testid="demand-another">
          {t('demand.another')}
        </Button>
      }
    />
  );
}
