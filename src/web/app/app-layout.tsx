import { Outlet } from '@tanstack/react-router';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Landmarks for every page: banner (header), main, contentinfo (footer), with a skip link first. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <Layout.Content className="site-main" id="main-content" tabIndex={-1}>
        <Outlet />
      </Layout.Content>
      <SiteFooter />
    </Layout>
  );
}
