import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { DataText } from '../../components/data-text';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { type PipelineDefinition, pipelinesQuery } from '../pipeline/use-pipeline';
import { StaffGate } from '../workbench/staff-gate';
import { type Draft, emptyDraft, toDraft } from './pipeline-draft';
import { PipelineEditor } from './pipeline-editor';

/** What the page shows: the list, or one pipeline in the editor (a new one has no code yet). */
type Editing = { code: string | null; draft: Draft };

function PipelineList({ onEdit }: { onEdit: (editing: Editing) => void }) {
  const { t } = useTranslation();
  const pipelines = useQuery(pipelinesQuery);

  const columns: TableColumnsType<PipelineDefinition> = [
    {
      title: t('pipelineAdmin.name'),
      dataIndex: 'nameZh',
      render: (_, p) => <DataText zh={p.nameZh} en={p.nameEn} />,
    },
    { title: t('pipelineAdmin.code'), dataIndex: 'code', render: (code: string) => <code>{code}</code> },
    {
      title: t('pipelineAdmin.stagesTitle'),
      dataIndex: 'stages',
      render: (_, p) => (
        <DataText
          zh={p.stages.map((s) => s.nameZh).join(' → ')}
          en={p.stages.map((s) => s.nameEn).join(' → ')}
        />
      ),
    },
    {
      title: t('pipelineAdmin.projects'),
      dataIndex: 'projects',
      align: 'right',
      render: (_, p) => p.stages.reduce((sum, s) => sum + s.projects, 0),
    },
    {
      title: <span className="visually-hidden">{t('pipelineAdmin.edit')}</span>,
      dataIndex: 'edit',
      render: (_, p) => (
        <Button
          size="small"
          onClick={() => onEdit({ code: p.code, draft: toDraft(p) })}
          data-testid={`pipeline-edit-${p.code}`}
        >
          {t('pipelineAdmin.edit')}
          <span className="visually-hidden">
            {' '}
            <DataText zh={p.nameZh} en={p.nameEn} />
          </span>
        </Button>
      ),
    },
  ];

  return (
    <>
      <div className="pipeline-toolbar">
        <Button
          type="primary"
          onClick={() => onEdit({ code: null, draft: emptyDraft() })}
          data-testid="pipeline-new"
        >
          {t('pipelineAdmin.newPipeline')}
        </Button>
      </div>
      {pipelines.isError && <LoadError error={pipelines.error} onRetry={() => void pipelines.refetch()} />}
      {pipelines.isPending && <LoadingBlock rows={4} />}
      {pipelines.data && (
        <Table<PipelineDefinition>
          rowKey="code"
          columns={columns}
          dataSource={pipelines.data.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="pipeline-list"
        />
      )}
    </>
  );
}

function PipelineAdminWorkspace() {
  const { t } = useTranslation();
  const text = useDataText();
  const [editing, setEditing] = useState<Editing | null>(null);
  const heading = editing
    ? editing.code
      ? t('pipelineAdmin.editTitle', { name: text(editing.draft.nameZh, editing.draft.nameEn) })
      : t('pipelineAdmin.newTitle')
    : t('pipelineAdmin.title');

  return (
    <div className="page pipeline-admin-page" data-testid="pipeline-admin-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {editing ? (
          <>
            <Button type="link" className="breadcrumb-button" onClick={() => setEditing(null)}>
              {t('pipelineAdmin.title')}
            </Button>{' '}
            <span aria-hidden="true">/</span> {heading}
          </>
        ) : (
          t('pipelineAdmin.title')
        )}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {heading}
          </Typography.Title>
          <p className="page-intro">{t('pipelineAdmin.intro')}</p>
        </div>
        {editing ? (
          <Button onClick={() => setEditing(null)} data-testid="pipeline-back">
            {t('pipelineAdmin.backToList')}
          </Button>
        ) : (
          <Link to="/workbench/pipeline" className="workbench-import-link">
            {t('pipeline.title')}
          </Link>
        )}
      </header>
      {editing ? (
        <PipelineEditor
          key={editing.code ?? 'new'}
          initial={editing.draft}
          onSaved={(saved) => setEditing({ code: saved.code, draft: toDraft(saved) })}
        />
      ) : (
        <PipelineList onEdit={setEditing} />
      )}
    </div>
  );
}

/** /workbench/pipelines: administrators define the pipelines (the API lets no one else change them). */
export function PipelineAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pipelineAdmin.title'));
  return (
    <StaffGate
      title={t('pipelineAdmin.title')}
      redirect="/workbench/pipelines"
      roles={['admin']}
      forbidden={{ title: t('pipelineAdmin.forbiddenTitle'), text: t('pipelineAdmin.forbiddenText') }}
    >
      {() => <PipelineAdminWorkspace />}
    </StaffGate>
  );
}
