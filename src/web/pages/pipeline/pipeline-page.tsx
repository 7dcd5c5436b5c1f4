import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { pipelineRoles } from '../../auth/staff';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { StaffGate } from '../workbench/staff-gate';
import { PipelineBoard } from './pipeline-board';
import { ProjectCreateModal } from './project-create-modal';
import { boardQuery, newLeadsQuery, pipelineOptions, pipelinesQuery } from './use-pipeline';

function PipelineWorkspace({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: '/workbench/pipeline' });
  const navigate = useNavigate({ from: '/workbench/pipeline' });
  const code = search.pipeline ?? 'investment';
  const mine = search.mine ?? false;
  const board = useQuery(boardQuery(code, mine));
  const leads = useQuery(newLeadsQuery(mine));
  const pipelines = useQuery(pipelinesQuery);
  const text = useDataText();
  const [creating, setCreating] = useState(false);

  const show = (next: { pipeline?: string; mine?: boolean }) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  return (
    <div className="page pipeline-page" data-testid="pipeline-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('pipeline.title')}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('pipeline.title')}
          </Typography.Title>
          <p className="page-intro">{t('pipeline.intro')}</p>
        </div>
        <Link to="/workbench/figures" className="workbench-import-link" data-testid="pipeline-figures-link">
          {t('pipeline.figuresLink')}
        </Link>
      </header>
      <div className="pipeline-toolbar">
        <div className="pipeline-control">
          <label htmlFor="pipeline-select">{t('pipeline.pipelineSelect')}</label>
          <Select<string>
            id="pipeline-select"
            value={code}
            onChange={(pipeline) => show({ pipeline })}
            options={pipelineOptions(code, pipelines.data?.items ?? board.data?.pipeline, text)}
            popupMatchSelectWidth={false}
            className="pipeline-select"
            data-testid="pipeline-select"
          />
        </div>
        <div className="pipeline-control">
          <Switch id="pipeline-mine" checked={mine} onChange={(checked) => show({ mine: checked })} />
          <label htmlFor="pipeline-mine">{t('pipeline.mine')}</label>
        </div>
        <Button onClick={() => setCreating(true)} data-testid="project-create-button">
          {t('pipeline.newProject')}
        </Button>
        <Link to="/workbench/leads" className="workbench-import-link" data-testid="pipeline-leads-link">
          {t('leads.allLeads')}
        </Link>
        <Link
          to="/workbench/projects"
          search={{ pipeline: code, mine: mine || undefined }}
          className="workbench-import-link"
          data-testid="pipeline-table-link"
        >
          {t('projects.tableView')}
        </Link>
      </div>
      {board.isError && <LoadError error={board.error} onRetry={() => void board.refetch()} />}
      {board.isPending && <LoadingBlock rows={8} />}
      {board.data && <PipelineBoard board={board.data} leads={leads} user={user} />}
      {creating && <ProjectCreateModal pipeline={code} onClose={() => setCreating(false)} />}
    </div>
  );
}

/**
 * /workbench/pipeline: the investment officers' kanban of leads and projects. For administrators and
 * officers (the API's leads and pipeline routes admit no one else).
 */
export function PipelinePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pipeline.title'));
  return (
    <StaffGate
      title={t('pipeline.title')}
      redirect="/workbench/pipeline"
      roles={pipelineRoles}
      forbidden={{ title: t('pipeline.forbiddenTitle'), text: t('pipeline.forbiddenText') }}
    >
      {(user) => <PipelineWorkspace user={user} />}
    </StaffGate>
  );
}
