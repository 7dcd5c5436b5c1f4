import { Link, useNavigate } from '@tanstack/react-router';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogout, useSession } from '../auth/session';
import { isStaff, worksPipeline } from '../auth/staff';

/** Who is signed in, with sign-out and (for staff) the workbench and the pipeline; or the sign-in link. */
export function UserMenu() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const user = session?.user;

  if (!user) {
    return (
      <Link
        to="/login"
        className="header-link"
        data-testid="login-link"
        activeProps={{ 'aria-current': 'page' }}
      >
        {t('app.login')}
      </Link>
    );
  }

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        void message.success(t('app.loggedOut'));
        void navigate({ to: '/' });
      },
    });

  return (
    <Space size="small" wrap>
      {isStaff(user) && (
        <Link
          to="/workbench"
          className="header-link"
          data-testid="workbench-link"
          activeProps={{ 'aria-current': 'page' }}
        >
          {t('app.workbench')}
        </Link>
      )}
      {worksPipeline(user) && (
        <Link
          to="/workbench/pipeline"
          className="header-link"
          data-testid="pipeline-link"
          activeProps={{ 'aria-current': 'page' }}
        >
          {t('pipeline.menuLink')}
        </Link>
      )}
      {worksPipeline(user) && (
        <Link
          to="/workbench/leads"
          className="header-link"
          data-testid="leads-link"
          activeOptions={{ includeSearch: false }}
          activeProps={{ 'aria-current': 'page' }}
        >
          {t('leads.menuLink')}
        </Link>
      )}
      <span className="current-user" data-testid="current-user" title={user.email}>
        <span className="visually-hidden">{t('app.currentUser')}: </span>
        {user.displayName || user.email}
        <span className="current-user-role"> · {t(`roles.${user.role}`, { defaultValue: user.role })}</span>
      </span>
      <Button size="small" onClick={signOut} loading={logout.isPending} data-testid="logout-button">
        {t('app.logout')}
      </Button>
    </Space>
  );
}
