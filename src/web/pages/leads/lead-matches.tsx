import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Collapse, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime, formatNumber } from '../../lib/format';
import { MatchForm } from '../match/match-form';
import { MatchResults } from '../match/match-results';
import { fromDraft, type MatchValues } from '../match/match-values';
import { type LeadMatch, leadMatchesQuery, matchDraftQuery, useAttachMatch } from '../match/use-match';
import type { LeadDetail } from './use-leads';

/** The demand prefilled from the lead, for the officer to complete; run, and kept with the lead. */
function MatchModal({ lead, onClose }: { lead: LeadDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const draft = useQuery(matchDraftQuery(lead.id));
  const attach = useAttachMatch(lead.id);
  const initial = useMemo<MatchValues | undefined>(
    () => (draft.data ? fromDraft(draft.data) : undefined),
    [draft.data],
  );

  return (
    <Modal
      open
      title={t('match.leadModalTitle')}
      onCancel={onClose}
      footer={null}
      width={960}
      destroyOnHidden
    >
      {draft.isPending ? (
        <LoadingBlock rows={6} />
      ) : (
        <>
          {draft.isError && (
            <Alert type="warning" showIcon title={t('match.draftFailed')} className="lead-alert" />
          )}
          <MatchForm
            name="lead-match"
            initialValues={initial}
            submitLabel={t('match.leadRun')}
            pending={attach.isPending}
            error={attach.error}
            onSubmit={(request) =>
              attach.mutate(request, {
                onSuccess: () => {
                  void message.success(t('match.leadSaved'));
                  onClose();
                },
              })
            }
          />
        </>
      )}
    </Modal>
  );
}

function KeptMatch({ match }: { match: LeadMatch }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const best = match.result?.units[0];
  return (
    <li className="lead-match" data-testid="lead-match">
      <div className="muted">
        {t('match.leadBy', {
          by: match.createdBy?.displayName ?? '—',
          at: formatDateTime(match.createdAt, language),
        })}
      </div>
      {match.result ? (
        <>
          <div>
            {t('match.leadSummary', { count: formatNumber(match.result.candidates) })}
            {best &&
              ` · ${t('match.leadBest', {
                unit: `${text(best.unit.park.nameZh, best.unit.park.nameEn)} ${best.unit.building.code} · ${best.unit.code}`,
                score: best.score.toFixed(2),
              })}`}
          </div>
          <Collapse
            ghost
            size="small"
            items={[
              {
                key: 'result',
                label: t('match.resultsTitle'),
                children: <MatchResults result={match.result} />,
              },
            ]}
          />
        </>
      ) : (
        <p className="muted">{t('match.leadStale')}</p>
      )}
    </li>
  );
}

/**
 * Space matches of a lead: the officer's "match space" action (prefilled from the lead, run, kept) and the
 * matches kept so far, newest first. The lead's timeline has no kind for them, so they are listed here.
 */
export function LeadMatches({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const matches = useQuery(leadMatchesQuery(lead.id));

  return (
    <section className="lead-section" aria-labelledby="lead-matches-title" data-testid="lead-matches">
      <h2 className="lead-section-title" id="lead-matches-title">
        {t('match.leadSection')}
      </h2>
      {!lead.erased && (
        <Button onClick={() => setOpen(true)} data-testid="lead-match-open">
          {t('match.leadAction')}
        </Button>
      )}
      {open && <MatchModal lead={lead} onClose={() => setOpen(false)} />}
      {matches.isPending ? (
        <LoadingBlock rows={2} />
      ) : matches.isError ? (
        <LoadError error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.items.length === 0 ? (
        <p className="muted">{t('match.leadNone')}</p>
      ) : (
        <ul className="plain-list lead-match-list">
          {matches.data.items.map((m) => (
            <KeptMatch key={m.id} match={m} />
          ))}
        </ul>
      )}
    </section>
  );
}
