import { Link, useNavigate } from '@tanstack/react-router';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogout, useSession } from '../auth/session';
import { isStaff, worksPipeline } from '../auth/staff';
import { TasksLink } from '../pages/tasks/tasks-link';
import { InboxBell } from './inbox-bell';

type HeaderTarget =
  | '/login'
  | '/workbench'
  | '/workbench/dashboard'
  | '/workbench/enterprises'
  | '/workbench/pipeline'
  | '/workbench/projects'
  | '/workbench/leads'
  | '/workbench/pipelines'
  | '/workbench/officers'
  | '/workbench/chain'
  | '/workbench/targets';

/** A header link that marks itself as the current page (the search part of the URL aside). */
function HeaderLink({ to, testId, label }: { to: HeaderTarget; testId: string; label: string }) {
  return (
    <Link
      to={to}
      className="header-link"
      data-testid={testId}
      activeOptions={{ includeSearch: false }}
      activeProps={{ 'aria-current': 'page' }}
    >
      {label}
    </Link>
  );
}

/** Who is signed in, with sign-out and (for staff) the workbench and the pipeline; or the sign-in link. */
export function UserMenu() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const user = session?.user;

  if (!user) {
    return <HeaderLink to="/login" testId="login-link" label={t('app.login')} />;
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
      {isStaff(user) && <HeaderLink to="/workbench" testId="workbench-link" label={t('app.workbench')} />}
      {isStaff(user) && (
        <HeaderLink to="/workbench/dashboard" testId="dashboard-link" label={t('dashboard.menuLink')} />
      )}
      {worksPipeline(user) && (
        <HeaderLink to="/workbench/pipeline" testId="pipeline-link" label={t('pipeline.menuLink')} />
      )}
      {worksPipeline(user) && (
        <HeaderLink to="/workbench/projects" testId="projects-link" label={t('projects.menuLink')} />
      )}
      {worksPipeline(user) && (
        <HeaderLink to="/workbench/leads" testId="leads-link" label={t('leads.menuLink')} />
      )}
      {isStaff(user) && (
        <HeaderLink to="/workbench/enterprises" testId="registry-link" label={t('registry.menuLink')} />
      )}
      {isStaff(user) && (
        <HeaderLink to="/workbench/chain" testId="chain-link" label={t('chainMap.menuLink')} />
      )}
      {worksPipeline(user) && (
        <HeaderLink to="/workbench/targets" testId="targets-link" label={t('targets.menuLink')} />
      )}
      {worksPipeline(user) && <TasksLink userId={user.id} />}
      {user.role === 'admin' && (
        <HeaderLink
          to="/workbench/pipelines"
          testId="pipelines-admin-link"
          label={t('pipelineAdmin.menuLink')}
        />
      )}
      {user.role === 'admin' && (
        <HeaderLink
          to="/workbench/officers"
          testId="officers-admin-link"
          label={t('officersAdmin.menuLink')}
        />
      )}
      <InboxBell userId={user.id} />
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
