import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParkDetail } from '../../api/queries';
import { useDataText } from '../../i18n/use-data-text';

/** Phone numbers are stored in E.164 (+86…); tel: links take that form as it is. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function ContactList({ contact }: { contact: ParkDetail['contact'] }) {
  const { t } = useTranslation();
  const text = useDataText();
  if (!contact.name && !contact.phone && !contact.email)
    return <p className="muted">{t('park.noContact')}</p>;
  return (
    <dl className="contact-list" data-testid="park-contact">
      {contact.name && (
        <div>
          <dt>{t('park.contactName')}</dt>
          <dd>{text(contact.name)}</dd>
        </div>
      )}
      {contact.phone && (
        <div>
          <dt>{t('park.contactPhone')}</dt>
          <dd>
            <a href={telHref(contact.phone)}>{contact.phone}</a>
          </dd>
        </div>
      )}
      {contact.email && (
        <div>
          <dt>{t('park.contactEmail')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Whom to call about space, and what the park offers besides it (labs, canteen, dormitories…). */
export function ParkContact({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  return (
    <section className="park-section" aria-labelledby="contact-title">
      <Typography.Title level={2} id="contact-title">
        {t('park.contactTitle')}
      </Typography.Title>
      <div className="contact-grid">
        <Card size="small" title={<h3 className="card-heading">{t('park.contact')}</h3>}>
          <ContactList contact={park.contact} />
        </Card>
        <Card size="small" title={<h3 className="card-heading">{t('park.facilities')}</h3>}>
          {park.facilities.length === 0 ? (
            <p className="muted">{t('park.noFacilities')}</p>
          ) : (
            <ul className="facility-list" data-testid="park-facilities">
              {park.facilities.map((facility) => (
                <li key={facility}>{text(facility)}</li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </section>
  );
}
