import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/queries';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import { formatWan } from '../../lib/format';
import { useDirections } from './use-directions';
import type { Project, Stage } from './use-pipeline';

type ProjectCardProps = {
  project: Project;
  /** The stage the project is in. */
  stage: Stage;
  /** Every stage of the pipeline, to name the ones it may move to. */
  stages: Stage[];
  /** A stage chosen from "Move"; the board moves the project (or first asks what the stage needs). */
  onMove: (project: Project, target: Stage) => void;
  /** The board is moving this project. */
  moving: boolean;
  /** Who is looking: officers move their own projects only (the API answers 403 otherwise). */
  user: User;
};

/** The amount a card shows: the amount signed once signed, the planned investment before. */
function amountOf(project: Project, stage: Stage) {
  return stage.outcome === 'signed'
    ? { key: 'pipeline.signedAmount' as const, value: project.signedAmountWan }
    : { key: 'pipeline.plannedAmount' as const, value: project.plannedInvestmentWan };
}

/**
 * A project on the board: name, company, officer, amount, and "Move" offering only the stages the pipeline
 * allows from this one (stage.next).
 */
export function ProjectCard({ project, stage, stages, onMove, moving, user }: ProjectCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const directions = useDirections();
  const next = stage.next.flatMap((code) => stages.filter((candidate) => candidate.code === code));
  const amount = amountOf(project, stage);
  const mayMove = user.role === 'admin' || project.officer?.id === user.id;
  const titleId = `project-${project.id}-title`;

  return (
    <article className="board-card" aria-labelledby={titleId} data-testid={`project-card-${project.id}`}>
      <h3 className="board-card-title" id={titleId}>
        {project.name}
      </h3>
      {project.companyName !== project.name && <p className="board-card-company">{project.companyName}</p>}
      <dl className="board-card-facts">
        <div>
          <dt>{t('pipeline.officer')}</dt>
          <dd>{project.officer?.displayName ?? t('pipeline.unassigned')}</dd>
        </div>
        {amount.value !== null && (
          <div>
            <dt>{t(amount.key)}</dt>
            <dd data-testid={`project-amount-${project.id}`}>{formatWan(amount.value, language)}</dd>
          </div>
        )}
        {project.directionCode && (
          <div>
            <dt>{t('pipeline.direction')}</dt>
            <dd>{directions.label(project.directionCode)}</dd>
          </div>
        )}
        {stage.outcome === 'signed' && project.signedOn && (
          <div>
            <dt>{t('pipeline.signedOn')}</dt>
            <dd>{project.signedOn}</dd>
          </div>
        )}
        {stage.outcome === 'lost' && project.lostReason && (
          <div>
            <dt>{t('pipeline.lostReason')}</dt>
            <dd>{project.lostReason}</dd>
          </div>
        )}
      </dl>
      <div className="board-card-actions">
        {!mayMove ? (
          <span className="muted board-card-note">{t('pipeline.ownerOnly')}</span>
        ) : next.length === 0 ? (
          <span className="muted board-card-note">{t('pipeline.noMove')}</span>
        ) : (
          <Dropdown
            trigger={['click']}
            menu={{
              items: next.map((target) => ({
                key: target.code,
                label: (
                  <span data-testid={`move-option-${project.id}-${target.code}`}>
                    {text(target.nameZh, target.nameEn)}
                  </span>
                ),
              })),
              onClick: ({ key }) => {
                const target = next.find((candidate) => candidate.code === key);
                if (target) onMove(project, target);
              },
            }}
          >
            <Button
              size="small"
              loading={moving}
              aria-label={t('pipeline.moveOf', { name: project.name })}
              data-testid={`project-move-${project.id}`}
            >
              {t('pipeline.move')}
              <span aria-hidden="true"> ▾</span>
            </Button>
          </Dropdown>
        )}
      </div>
    </article>
  );
}
