import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime } from '../../lib/format';
import { leadCloseReasons, type TimelineEvent } from './use-leads';

const colors: Partial<Record<TimelineEvent['kind'], string>> = {
  submitted: 'blue',
  merged: 'blue',
  follow_up: 'green',
  contact_revealed: 'gray',
  personal_data_exported: 'gray',
  erased: 'red',
  closed: 'gray',
  reopened: 'blue',
};

/** A closing's reason (and note) under its timeline entry. */
function ClosingReason({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const reason = leadCloseReasons.find((r) => r === event.detail?.reason);
  if (event.kind !== 'closed' || !reason) return null;
  const note = event.detail?.note;
  return (
    <div>
      {t(`leads.closeReasons.${reason}`)}
      {typeof note === 'string' && ` · ${note}`}
    </div>
  );
}

/** What happened to a lead, oldest first: submissions, assignment, contact views, follow-ups. */
export function LeadTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  if (events.length === 0) return <p className="muted">{t('leads.noEvents')}</p>;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline
      className="lead-timeline"
      data-testid="lead-timeline"
      items={sorted.map((event) => ({
        key: event.id,
        color: colors[event.kind] ?? 'blue',
        content: (
          <div data-testid={`timeline-${event.kind}`}>
            <strong>{t(`leads.events.${event.kind}`)}</strong>
            <ClosingReason event={event} />
            <div className="muted">
              <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
              {event.actor && ` · ${text(event.actor)}`}
            </div>
          </div>
        ),
      }))}
    />
  );
}
