import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { pipelineRoles } from '../../auth/staff';
import { StaffGate } from '../workbench/staff-gate';
import { OverdueLeads } from './overdue-leads';
import { TaskTable } from './task-table';

function TasksWorkspace({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: '/workbench/tasks' });
  const navigate = useNavigate({ from: '/workbench/tasks' });
  // Only administrators may ask for everyone's tasks; the API ignores the switch for anyone else.
  const everyone = user.role === 'admin' && !!search.all;

  return (
    <div className="page tasks-page" data-testid="tasks-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('tasks.title')}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('tasks.title')}
          </Typography.Title>
          <p className="page-intro">{t('tasks.intro')}</p>
        </div>
        <Link to="/workbench/pipeline" className="workbench-import-link">
          {t('pipeline.title')}
        </Link>
      </header>

      <section className="tasks-section" aria-labelledby="tasks-heading">
        <div className="tasks-section-header">
          <h2 id="tasks-heading" className="tasks-section-title">
            {everyone ? t('tasks.everyoneTitle') : t('tasks.tasksTitle')}
          </h2>
          {user.role === 'admin' && (
            <div className="pipeline-control">
              <Switch
                id="tasks-everyone"
                checked={everyone}
                onChange={(all) => void navigate({ search: { all: all || undefined }, replace: true })}
                data-testid="tasks-everyone"
              />
              <label htmlFor="tasks-everyone">{t('tasks.everyone')}</label>
            </div>
          )}
        </div>
        <TaskTable userId={user.id} everyone={everyone} />
      </section>

      <section className="tasks-section" aria-labelledby="overdue-leads-heading">
        <h2 id="overdue-leads-heading" className="tasks-section-title">
          {t('tasks.leadsTitle')}
        </h2>
        <OverdueLeads />
      </section>
    </div>
  );
}

/** /workbench/tasks: my open follow-up tasks and my overdue leads, for administrators and officers. */
export function TasksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tasks.title'));
  return (
    <StaffGate
      title={t('tasks.title')}
      redirect="/workbench/tasks"
      roles={pipelineRoles}
      forbidden={{ title: t('tasks.forbiddenTitle'), text: t('tasks.forbiddenText') }}
    >
      {(user) => <TasksWorkspace user={user} />}
    </StaffGate>
  );
}
