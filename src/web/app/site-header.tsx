import { Link } from '@tanstack/react-router';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { GlobalSearch } from './global-search';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

/** The public pages the header links to after the home page, in reading order. */
const publicPages = [
  { to: '/space', label: 'app.spaceSearch', testId: 'nav-space' },
  { to: '/demand', label: 'app.demand', testId: 'nav-demand' },
  { to: '/match', label: 'app.match', testId: 'nav-match' },
  { to: '/policies', label: 'policies.navLink', testId: 'nav-policies' },
  { to: '/news', label: 'news.navLink', testId: 'nav-news' },
] as const;

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
        {publicPages.map((page) => (
          <Link
            key={page.to}
            to={page.to}
            className="header-link"
            activeProps={{ 'aria-current': 'page' }}
            activeOptions={{ includeSearch: false }}
            data-testid={page.testId}
          >
            {t(page.label)}
          </Link>
        ))}
        <UserMenu />
      </nav>
      <div className="site-tools">
        <GlobalSearch />
        <LanguageSwitch />
      </div>
    </Layout.Header>
  );
}
