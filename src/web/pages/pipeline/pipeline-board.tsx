import type { UseQueryResult } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/queries';
import { useLanguage } from '../../app/use-language';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber, formatWan } from '../../lib/format';
import { LeadCard } from './lead-card';
import { ReasonModal, SignModal } from './move-modals';
import { ProjectCard } from './project-card';
import { errorText } from './server-errors';
import {
  type Board,
  type BoardColumn,
  type fetchNewLeads,
  type Lead,
  type Project,
  type Stage,
  useMoveProject,
  useQualifyLead,
} from './use-pipeline';

type Leads = Awaited<ReturnType<typeof fetchNewLeads>>;

/** The first column: leads of status new, each to be made a project in the pipeline on screen. */
function LeadsColumn({
  leads,
  user,
  pipeline,
}: {
  leads: UseQueryResult<Leads>;
  user: User;
  pipeline: string;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const qualify = useQualifyLead();
  const qualifyingId = qualify.isPending ? qualify.variables?.id : undefined;

  const onQualify = (lead: Lead) =>
    qualify.mutate(
      { id: lead.id, pipeline },
      {
        onSuccess: (project) => void message.success(t('pipeline.qualified', { name: project.name })),
        onError: (error) => void message.error(`${t('pipeline.qualifyFailed')}: ${errorText(error, text)}`),
      },
    );

  const items = leads.data?.items ?? [];
  return (
    <section
      className="board-column board-column-leads"
      aria-labelledby="board-column-leads-title"
      data-testid="board-column-leads"
    >
      <header className="board-column-header">
        <h2 className="board-column-title" id="board-column-leads-title">
          {t('pipeline.newLeads')}
        </h2>
        {leads.data && (
          <p className="board-column-summary">
            <span data-testid="board-count-leads">
              {t('pipeline.leadsCount', { count: formatNumber(leads.data.total) })}
            </span>
            {leads.data.total > items.length && (
              <>
                {' · '}
                {t('pipeline.leadsShown', {
                  shown: formatNumber(items.length),
                  total: formatNumber(leads.data.total),
                })}
              </>
            )}
          </p>
        )}
      </header>
      {leads.isPending && <LoadingBlock rows={3} />}
      {leads.isError && <LoadError error={leads.error} onRetry={() => void leads.refetch()} />}
      {leads.data &&
        (items.length === 0 ? (
          <p className="board-column-empty muted">{t('pipeline.emptyColumn')}</p>
        ) : (
          <ul className="board-cards">
            {items.map((lead) => (
              <li key={lead.id}>
                <LeadCard
                  lead={lead}
                  user={user}
                  onQualify={onQualify}
                  qualifying={qualifyingId === lead.id}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

type StageColumnProps = {
  column: BoardColumn;
  user: User;
  stages: Stage[];
  onMove: (project: Project, target: Stage) => void;
  movingId: number | undefined;
};

function StageColumn({ column, user, stages, onMove, movingId }: StageColumnProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const { stage } = column;
  const titleId = `board-column-${stage.code}-title`;
  return (
    <section
      className={`board-column board-column-${stage.outcome}`}
      aria-labelledby={titleId}
      data-testid={`board-column-${stage.code}`}
    >
      <header className="board-column-header">
        <h2 className="board-column-title" id={titleId}>
          {text(stage.nameZh, stage.nameEn)}
        </h2>
        <p className="board-column-summary">
          <span data-testid={`board-count-${stage.code}`}>
            {t('pipeline.projectsCount', { count: formatNumber(column.count) })}
          </span>
          {' · '}
          <span data-testid={`board-amount-${stage.code}`}>
            {t('pipeline.columnTotal', { amount: formatWan(column.amountWan, language) })}
          </span>
        </p>
      </header>
      {column.projects.length === 0 ? (
        <p className="board-column-empty muted">{t('pipeline.emptyColumn')}</p>
      ) : (
        <ul className="board-cards">
          {column.projects.map((project) => (
            <li key={project.id}>
              <ProjectCard
                project={project}
                stage={stage}
                stages={stages}
                onMove={onMove}
                moving={movingId === project.id}
                user={user}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type PipelineBoardProps = {
  board: Board;
  leads: UseQueryResult<Leads>;
  user: User;
};

/**
 * The kanban: new leads, then a column per stage with its count and amount. Moves and the dialogs they
 * open live here rather than in the cards, because a moved card is a new card in another column.
 */
export function PipelineBoard({ board, leads, user }: PipelineBoardProps) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const move = useMoveProject();
  const [asking, setAsking] = useState<{ project: Project; stage: Stage } | null>(null);
  const movingId = move.isPending ? move.variables?.id : undefined;
  const { pipeline } = board;

  const onMove = (project: Project, target: Stage) => {
    if (target.requiresAmount || target.requiresReason) {
      setAsking({ project, stage: target });
      return;
    }
    move.mutate(
      { id: project.id, body: { to: target.code } },
      {
        onSuccess: () =>
          void message.success(
            t('pipeline.moved', { name: project.name, stage: text(target.nameZh, target.nameEn) }),
          ),
        onError: (error) => void message.error(`${t('pipeline.moveFailed')}: ${errorText(error, text)}`),
      },
    );
  };
  const closeDialog = () => setAsking(null);

  return (
    <section
      className="board"
      aria-label={t('pipeline.boardLabel', { pipeline: text(pipeline.nameZh, pipeline.nameEn) })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways needs focus for keyboard users (WCAG 2.1.1)
      tabIndex={0}
      data-testid="pipeline-board"
      data-pipeline={pipeline.code}
    >
      <LeadsColumn leads={leads} user={user} pipeline={pipeline.code} />
      {board.columns.map((column) => (
        <StageColumn
          key={column.stage.code}
          column={column}
          user={user}
          stages={pipeline.stages}
          onMove={onMove}
          movingId={movingId}
        />
      ))}
      {asking?.stage.requiresAmount && (
        <SignModal project={asking.project} stage={asking.stage} onClose={closeDialog} />
      )}
      {asking && !asking.stage.requiresAmount && (
        <ReasonModal project={asking.project} stage={asking.stage} onClose={closeDialog} />
      )}
    </section>
  );
}
