import { Link } from '@tanstack/react-router';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useDataText } from '../../i18n/use-data-text';
import { errorText } from '../pipeline/server-errors';
import { type LeadDetail, useRevealLeadContact } from './use-leads';

/** A lead an officer opened from a target list: nobody to reveal yet, the enterprise to look up instead. */
function NoContactYet({ enterpriseId }: { enterpriseId: number | null }) {
  const { t } = useTranslation();
  return (
    <div data-testid="lead-no-contact">
      <p className="muted">{t('leads.noContactYet')}</p>
      {enterpriseId !== null && (
        <Link to="/enterprises/$enterpriseId" params={{ enterpriseId: String(enterpriseId) }}>
          {t('leads.targetEnterprise')}
        </Link>
      )}
    </div>
  );
}

/** The contact person, masked until the lead's officer or an administrator asks (each view is logged). */
export function LeadContact({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  const reveal = useRevealLeadContact(lead.id);
  const phone = reveal.data?.phone ?? lead.contact.phone;
  const email = reveal.data ? reveal.data.email : lead.contact.email;

  return (
    <section className="lead-section" aria-labelledby="lead-contact-title" data-testid="lead-contact">
      <h2 className="lead-section-title" id="lead-contact-title">
        {t('leads.contactTitle')}
      </h2>
      {lead.erased ? (
        <p className="muted">{t('leads.erased')}</p>
      ) : lead.origin === 'target_list' && lead.contactName === '' ? (
        <NoContactYet enterpriseId={lead.enterpriseId} />
      ) : (
        <>
          <dl className="lead-facts" data-testid={reveal.data ? 'lead-contact-full' : 'lead-contact-masked'}>
            <div>
              <dt>{t('leads.contactName')}</dt>
              <dd>{lead.contactName}</dd>
            </div>
            <div>
              <dt>{t('leads.phone')}</dt>
              <dd data-testid="lead-phone">
                {reveal.data?.phone ? <a href={`tel:${phone}`}>{phone}</a> : phone}
              </dd>
            </div>
            {email && (
              <div>
                <dt>{t('leads.email')}</dt>
                <dd data-testid="lead-email">
                  {reveal.data?.email ? <a href={`mailto:${email}`}>{email}</a> : email}
                </dd>
              </div>
            )}
          </dl>
          {!reveal.data && (
            <div className="lead-page-reveal">
              <Button
                onClick={() => reveal.mutate()}
                loading={reveal.isPending}
                aria-describedby="lead-reveal-note"
                data-testid="lead-reveal"
              >
                {t('leads.revealContact')}
              </Button>
              <small className="muted" id="lead-reveal-note">
                {t('leads.revealNote')}
              </small>
            </div>
          )}
          {reveal.isError && (
            <Alert
              type="error"
              showIcon
              className="lead-alert"
              title={
                reveal.error instanceof ApiError && reveal.error.status === 403
                  ? t('leads.revealForbidden')
                  : t('leads.revealFailed')
              }
              description={errorText(reveal.error, text)}
              data-testid="lead-reveal-error"
            />
          )}
        </>
      )}
    </section>
  );
}
