import { Link } from '@tanstack/react-router';
import { Card, Typography } from 'antd';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { DemandForm } from './demand-form';
import { DemandResult } from './demand-result';
import type { LeadSubmitted } from './use-submit-lead';

/**
 * 需求对接: an investor describes what they need and is given a reference to quote. "Submit another" starts
 * a fresh form (a new key) rather than clearing this one field by field.
 */
export function DemandPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('demand.title'));
  const [result, setResult] = useState<LeadSubmitted | null>(null);
  const [round, setRound] = useState(0);

  return (
    <div className="page demand-page" data-testid="demand-page">
      <header>
        <Typography.Title level={1} className="page-title">
          {t('demand.title')}
        </Typography.Title>
        <p className="page-intro">
          {t('demand.intro')}
          {language === 'en' ? ' ' : ''}
          <Trans i18nKey="demand.privacyNote" components={{ statement: <Link to="/privacy/leads" /> }} />
        </p>
      </header>
      <Card className="demand-card">
        {result ? (
          <DemandResult
            result={result}
            onAnother={() => {
              setResult(null);
              setRound((n) => n + 1);
            }}
          />
        ) : (
          <DemandForm key={round} onSubmitted={setResult} autoFocus={round > 0} />
        )}
      </Card>
    </div>
  );
}
