import { Link } from '@tanstack/react-router';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Layout.Footer className="site-footer">
      <nav aria-label={t('app.footerNav')} className="footer-nav">
        <Link to="/demand" data-testid="footer-demand">
          {t('app.demand')}
        </Link>
        <Link to="/privacy/leads" data-testid="footer-privacy-leads">
          {t('app.privacyLeads')}
        </Link>
      </nav>
      <p>
        {t('app.name')} · {t('app.fullName')}
      </p>
      <p>{t('app.footerData')}</p>
      <p>
        {t('app.footerLicense')} <a href="/docs">{t('app.apiDocs')}</a>
      </p>
    </Layout.Footer>
  );
}
