import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime } from '../../lib/format';
import type { FollowUp } from './use-leads';

/** The calls, visits and meetings logged on a lead, newest first. */
export function FollowUpLog({ followUps }: { followUps: FollowUp[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  if (followUps.length === 0) return <p className="muted">{t('leads.noFollowUps')}</p>;
  const sorted = [...followUps].sort((a, b) => b.happenedAt.localeCompare(a.happenedAt));
  return (
    <ol className="plain-list follow-up-log" data-testid="follow-up-log">
      {sorted.map((item) => (
        <li key={item.id} className="follow-up-item" data-testid={`follow-up-${item.id}`}>
          <p className="follow-up-heading">
            <strong>{t(`leads.kinds.${item.kind}`)}</strong>
            {' · '}
            <time dateTime={item.happenedAt}>{formatDateTime(item.happenedAt, language)}</time>
            {item.by && ` · ${text(item.by)}`}
          </p>
          <p className="follow-up-summary">{item.summary}</p>
          <dl className="lead-facts">
            {item.attendees.length > 0 && (
              <div>
                <dt>{t('leads.attendees')}</dt>
                <dd data-testid={`follow-up-attendees-${item.id}`}>
                  {item.attendees.join(t('leads.listSeparator'))}
                </dd>
              </div>
            )}
            {item.nextAction && (
              <div>
                <dt>{t('leads.nextAction')}</dt>
                <dd>
                  {item.nextAction}
                  {item.nextActionOn && ` (${item.nextActionOn})`}
                </dd>
              </div>
            )}
            {!item.nextAction && item.nextActionOn && (
              <div>
                <dt>{t('leads.nextActionOn')}</dt>
                <dd>{item.nextActionOn}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}
