import { Alert, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/queries';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import { formatArea, formatDateTime, formatWan } from '../../lib/format';
import { errorText } from './server-errors';
import { useDirections } from './use-directions';
import { type Lead, useRevealContact } from './use-pipeline';

type LeadCardProps = {
  lead: Lead;
  user: User;
  /** "Make a project": qualify the lead into the pipeline on screen. */
  onQualify: (lead: Lead) => void;
  qualifying: boolean;
};

/** The full contact details: for the lead's officer and administrators, each view audited by the API. */
function RevealContact({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const text = useDataText();
  const reveal = useRevealContact();

  if (reveal.data)
    return (
      <dl className="board-card-facts lead-contact" data-testid={`lead-contact-${lead.reference}`}>
        <div>
          <dt>{t('pipeline.phone')}</dt>
          <dd>
            <a href={`tel:${reveal.data.phone}`}>{reveal.data.phone}</a>
          </dd>
        </div>
        {reveal.data.email && (
          <div>
            <dt>{t('pipeline.email')}</dt>
            <dd>
              <a href={`mailto:${reveal.data.email}`}>{reveal.data.email}</a>
            </dd>
          </div>
        )}
      </dl>
    );
  return (
    <div className="lead-reveal">
      <Button
        size="small"
        onClick={() => reveal.mutate(lead.id)}
        loading={reveal.isPending}
        aria-label={t('pipeline.revealContactOf', { company: lead.companyName })}
        aria-describedby={`lead-${lead.id}-reveal-note`}
        data-testid={`lead-reveal-${lead.reference}`}
      >
        {t('pipeline.revealContact')}
      </Button>
      <small className="muted" id={`lead-${lead.id}-reveal-note`}>
        {t('pipeline.revealNote')}
      </small>
      {reveal.isError && (
        <Alert
          type="error"
          showIcon
          title={t('pipeline.revealFailed')}
          description={errorText(reveal.error, text)}
        />
      )}
    </div>
  );
}

/**
 * A new lead (需求) in the first column: company, reference, masked phone, investment, area, officer and
 * contact deadline, with "make a project" and, for whoever may see them, the full contact details.
 */
export function LeadCard({ lead, user, onQualify, qualifying }: LeadCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const directions = useDirections();
  const titleId = `lead-${lead.id}-title`;
  const mayReveal = user.role === 'admin' || lead.assignedTo?.id === user.id;

  return (
    <article
      className="board-card lead-card"
      aria-labelledby={titleId}
      data-testid={`lead-card-${lead.reference}`}
    >
      <h3 className="board-card-title" id={titleId}>
        {lead.companyName}
      </h3>
      {lead.overdue && (
        <Tag color="error" className="board-card-tag" data-testid={`lead-overdue-${lead.reference}`}>
          {t('pipeline.overdue')}
        </Tag>
      )}
      <dl className="board-card-facts">
        <div>
          <dt>{t('pipeline.reference')}</dt>
          <dd>{lead.reference}</dd>
        </div>
        <div>
          <dt>{t('pipeline.phone')}</dt>
          <dd data-testid={`lead-phone-${lead.reference}`}>{lead.contact.phone}</dd>
        </div>
        {lead.investmentWan !== null && (
          <div>
            <dt>{t('pipeline.investment')}</dt>
            <dd>{formatWan(lead.investmentWan, language)}</dd>
          </div>
        )}
        {lead.areaM2 !== null && (
          <div>
            <dt>{t('pipeline.area')}</dt>
            <dd>{formatArea(lead.areaM2)}</dd>
          </div>
        )}
        {lead.direction && (
          <div>
            <dt>{t('pipeline.direction')}</dt>
            <dd>{directions.label(lead.direction)}</dd>
          </div>
        )}
        <div>
          <dt>{t('pipeline.officer')}</dt>
          <dd data-testid={`lead-officer-${lead.reference}`}>
            {lead.assignedTo?.displayName ?? t('pipeline.unassigned')}
          </dd>
        </div>
        {lead.contactDueAt && (
          <div>
            <dt>{t('pipeline.contactDue')}</dt>
            <dd>
              <time dateTime={lead.contactDueAt}>{formatDateTime(lead.contactDueAt, language)}</time>
            </dd>
          </div>
        )}
      </dl>
      {lead.erased ? (
        <p className="muted lead-reveal-hint">{t('pipeline.erased')}</p>
      ) : mayReveal ? (
        <RevealContact lead={lead} />
      ) : (
        <p className="muted lead-reveal-hint">{t('pipeline.revealAssignedOnly')}</p>
      )}
      <div className="board-card-actions">
        <Button
          type="primary"
          size="small"
          onClick={() => onQualify(lead)}
          loading={qualifying}
          aria-label={t('pipeline.qualifyOf', { company: lead.companyName })}
          data-testid={`lead-qualify-${lead.reference}`}
        >
          {t('pipeline.qualify')}
        </Button>
      </div>
    </article>
  );
}
