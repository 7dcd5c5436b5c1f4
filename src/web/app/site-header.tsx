import { Link } from '@tanstack/react-router';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <Layout.Header className="site-header">
      <Link to="/" className="brand" aria-label={`${t('app.name')} ${t('app.fullName')} — ${t('app.home')}`}>
        <span className="brand-mark" aria-hidden="true">
          MZ
        </span>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-full">{t('app.fullName')}</span>
        </span>
      </Link>
      <nav aria-label={t('app.mainNav')} className="site-nav">
        <Link
          to="/"
          className="header-link"
          activeProps={{ 'aria-current': 'page' }}
          activeOptions={{ exact: true }}
        >
          {t('app.home')}
        </Link>
        <Link
          to="/space"
          className="header-link"
          activeProps={{ 'aria-current': 'page' }}
          data-testid="nav-space"
        >
          {t('app.spaceSearch')}
        </Link>
        <Link
          to="/demand"
          className="header-link"
          activeProps={{ 'aria-current': 'page' }}
          data-testid="nav-demand"
        >
          {t('app.demand')}
        </Link>
        <Link
          to="/match"
          className="header-link"
          activeProps={{ 'aria-current': 'page' }}
          data-testid="nav-match"
        >
          {t('app.match')}
        </Link>
        <Link
          to="/policies"
          className="header-link"
          activeProps={{ 'aria-current': 'page' }}
          activeOptions={{ includeSearch: false }}
          data-testid="nav-policies"
        >
          {t('policies.navLink')}
        </Link>
        <UserMenu />
      </nav>
      <div className="site-tools">
        <LanguageSwitch />
      </div>
    </Layout.Header>
  );
}
