import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Layout.Footer className="site-footer">
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
