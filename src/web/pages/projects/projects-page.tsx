import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Table, type TableColumnsType, type TableProps, Tag, Typography } from 'antd';
import type { SortOrder as ColumnSortOrder } from 'antd/es/table/interface';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { pipelineRoles } from '../../auth/staff';
import { LoadError } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useDirections } from '../pipeline/use-directions';
import { StaffGate } from '../workbench/staff-gate';
import { type FilterChange, ProjectFilters } from './project-filters';
import {
  effectiveSort,
  PROJECTS_PAGE_SIZE,
  type ProjectSearch,
  type ProjectSortKey,
  projectSortKeys,
} from './project-search';
import { ProjectsSummary } from './projects-summary';
import { type ProjectRow, projectsQuery } from './use-projects';

// Signed in a dark green with white text: antd's light green tag is below 4.5:1 contrast.
const outcomeColors: Record<ProjectRow['stageOutcome'], string> = {
  open: 'blue',
  signed: '#237804',
  lost: 'default',
};

/** Where a project's name leads: its lead's page when it came from one, else its pipeline's kanban. */
function ProjectLink({ project }: { project: ProjectRow }) {
  const testId = `projects-link-${project.id}`;
  if (project.leadId !== null)
    return (
      <Link to="/workbench/leads/$leadId" params={{ leadId: String(project.leadId) }} data-testid={testId}>
        {project.name}
      </Link>
    );
  return (
    <Link to="/workbench/pipeline" search={{ pipeline: project.pipelineCode }} data-testid={testId}>
      {project.name}
    </Link>
  );
}

function useColumns(search: ProjectSearch): TableColumnsType<ProjectRow> {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const directions = useDirections();
  const current = effectiveSort(search);
  const orderOf = (key: ProjectSortKey): ColumnSortOrder =>
    current.sort === key ? (current.order === 'asc' ? 'ascend' : 'descend') : null;
  // Amounts and dates sort largest and latest first on the first click; names A to Z.
  const sortable = (key: ProjectSortKey, first: 'ascend' | 'descend' = 'descend') => ({
    key,
    sorter: true,
    sortOrder: orderOf(key),
    sortDirections: (first === 'descend'
      ? ['descend', 'ascend']
      : ['ascend', 'descend']) as ColumnSortOrder[],
  });
  const amount = (value: string | null) => (value === null ? '—' : formatNumber(value));

  return [
    {
      ...sortable('name', 'ascend'),
      title: t('projects.project'),
      render: (_, project) => <ProjectLink project={project} />,
    },
    { key: 'company', title: t('projects.company'), dataIndex: 'companyName' },
    {
      key: 'stage',
      title: t('projects.stage'),
      className: 'nowrap',
      render: (_, project) => (
        <Tag color={outcomeColors[project.stageOutcome]} data-testid={`projects-stage-${project.id}`}>
          {text(project.stageNameZh, project.stageNameEn)}
        </Tag>
      ),
    },
    {
      key: 'officer',
      title: t('projects.officer'),
      className: 'nowrap',
      render: (_, project) => project.officer?.displayName ?? t('projects.unassigned'),
    },
    {
      key: 'direction',
      title: t('projects.direction'),
      render: (_, project) => (project.directionCode ? directions.label(project.directionCode) : '—'),
    },
    {
      ...sortable('plannedInvestment'),
      title: t('projects.plannedWan'),
      align: 'right',
      className: 'nowrap',
      render: (_, project) => amount(project.plannedInvestmentWan),
    },
    {
      ...sortable('signedAmount'),
      title: t('projects.signedWan'),
      align: 'right',
      className: 'nowrap',
      render: (_, project) => amount(project.signedAmountWan),
    },
    {
      key: 'signingEvent',
      title: t('projects.signingEvent'),
      render: (_, project) => (project.signingEventName ? text(project.signingEventName) : '—'),
    },
    {
      ...sortable('signedOn'),
      title: t('projects.signedOn'),
      className: 'nowrap',
      render: (_, project) => project.signedOn ?? '—',
    },
    {
      ...sortable('updatedAt'),
      title: t('projects.updatedAt'),
      className: 'nowrap',
      render: (_, project) => (
        <time dateTime={project.updatedAt}>{formatDateTime(project.updatedAt, language)}</time>
      ),
    },
  ];
}

function isSortKey(key: unknown): key is ProjectSortKey {
  return (projectSortKeys as readonly unknown[]).includes(key);
}

function ProjectsWorkspace() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/workbench/projects' });
  const navigate = useNavigate({ from: '/workbench/projects' });
  // The rows on screen stay while the next filter's load, rather than a blank table per keystroke.
  const projects = useQuery({ ...projectsQuery(search), placeholderData: keepPreviousData });
  const columns = useColumns(search);
  const page = search.page ?? 1;

  // Any filter change goes back to the first page.
  const filter = (change: FilterChange) =>
    void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }), replace: true });

  const handleTable: TableProps<ProjectRow>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      const next = pagination.current ?? 1;
      void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) });
      return;
    }
    if (extra.action !== 'sort' || Array.isArray(sorter)) return;
    // No order (a third click): back to the default, most recently changed first.
    const sort = sorter.order && isSortKey(sorter.columnKey) ? sorter.columnKey : undefined;
    void navigate({
      search: (previous) => ({
        ...previous,
        sort,
        order: sort ? (sorter.order === 'ascend' ? 'asc' : 'desc') : undefined,
        page: undefined,
      }),
      replace: true,
    });
  };

  return (
    <div className="page projects-page" data-testid="projects-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('projects.title')}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('projects.title')}
          </Typography.Title>
          <p className="page-intro">{t('projects.intro')}</p>
        </div>
        <Link
          to="/workbench/pipeline"
          search={{ pipeline: search.pipeline, mine: search.mine }}
          className="workbench-import-link"
          data-testid="projects-board-link"
        >
          {t('projects.boardView')}
        </Link>
      </header>
      <ProjectFilters search={search} onChange={filter} />
      {projects.isError && <LoadError error={projects.error} onRetry={() => void projects.refetch()} />}
      {projects.data && <ProjectsSummary summary={projects.data.summary} />}
      {!projects.isError && (
        <Table<ProjectRow>
          rowKey="id"
          columns={columns}
          dataSource={projects.data?.items ?? []}
          loading={projects.isFetching}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: projects.isPending ? t('app.loading') : t('projects.empty') }}
          onChange={handleTable}
          // Test ids per row; the cast because data-* is not among the row's typed props.
          onRow={(project) =>
            ({ 'data-testid': `projects-row-${project.id}` }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page,
            pageSize: PROJECTS_PAGE_SIZE,
            total: projects.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('projects.total', { count: formatNumber(total) }),
          }}
          data-testid="projects-table"
        />
      )}
    </div>
  );
}

/**
 * /workbench/projects: every project of every pipeline as a table, filtered and sorted on the server, a
 * page at a time, with the totals of all matches and an Excel export. For administrators and officers.
 */
export function ProjectsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.title'));
  return (
    <StaffGate
      title={t('projects.title')}
      redirect="/workbench/projects"
      roles={pipelineRoles}
      forbidden={{ title: t('projects.forbiddenTitle'), text: t('projects.forbiddenText') }}
    >
      {() => <ProjectsWorkspace />}
    </StaffGate>
  );
}
