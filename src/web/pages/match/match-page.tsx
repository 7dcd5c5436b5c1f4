import { Card, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { MatchForm } from './match-form';
import { MatchResults } from './match-results';
import { useRunMatch } from './use-match';

/**
 * 需求匹配: a visitor describes the space they need and sees the units that fit, ranked, with what each
 * costs after subsidies, the policies and partners. Public and not stored (POST /api/match).
 */
export function MatchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('match.title'));
  const match = useRunMatch();
  const results = useRef<HTMLDivElement>(null);

  // A new answer is announced by moving the reader to it.
  useEffect(() => {
    if (match.data) results.current?.focus();
  }, [match.data]);

  return (
    <div className="page match-page" data-testid="match-page">
      <header>
        <Typography.Title level={1} className="page-title">
          {t('match.title')}
        </Typography.Title>
        <p className="page-intro">{t('match.intro')}</p>
      </header>
      <Card className="demand-card">
        <MatchForm
          name="match"
          submitLabel={t('match.submit')}
          pending={match.isPending}
          error={match.error}
          onSubmit={(request) => match.mutate(request)}
        />
      </Card>
      {match.data && (
        <div ref={results} tabIndex={-1} className="match-results-anchor">
          <MatchResults result={match.data} />
        </div>
      )}
    </div>
  );
}
