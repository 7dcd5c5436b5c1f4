import { useQuery } from '@tanstack/react-query';
import { Button, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateRangeFields } from '../../components/date-range-fields';
import { SearchBox } from '../../components/search-box';
import { useDataText } from '../../i18n/use-data-text';
import { useDirections } from '../pipeline/use-directions';
import { pipelineOptions, pipelinesQuery } from '../pipeline/use-pipeline';
import {
  hasFilters,
  type ProjectOutcome,
  type ProjectSearch,
  projectOutcomes,
  projectsExportHref,
  splitStages,
} from './project-search';
import { pipelineQuery } from './use-projects';

export type FilterChange = Partial<Omit<ProjectSearch, 'sort' | 'order' | 'page'>>;

/** The stages of the chosen pipeline (any number of them); without a pipeline there is nothing to offer. */
function StageSelect({
  pipeline,
  stage,
  onChange,
}: {
  pipeline: string | undefined;
  stage: string | undefined;
  onChange: (stage: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const stages = useQuery({ ...pipelineQuery(pipeline ?? ''), enabled: !!pipeline });
  return (
    <div className="pipeline-control">
      <label htmlFor="projects-stage">{t('projects.stage')}</label>
      <Select<string[]>
        id="projects-stage"
        mode="multiple"
        value={splitStages(stage)}
        onChange={(codes) => onChange(codes.length > 0 ? codes.join(',') : undefined)}
        loading={stages.isFetching}
        placeholder={t('projects.allStages')}
        // Not disabled without a pipeline: antd's disabled text falls below 4.5:1; the list says why it is empty.
        notFoundContent={pipeline ? undefined : t('projects.stageNeedsPipeline')}
        options={(stages.data?.stages ?? []).map((s) => ({ value: s.code, label: text(s.nameZh, s.nameEn) }))}
        allowClear
        maxTagCount="responsive"
        popupMatchSelectWidth={false}
        className="projects-stage-select"
        data-testid="projects-stage"
      />
    </div>
  );
}

/**
 * The filters of the projects table, each kept in the URL: pipeline and its stages, outcome, direction,
 * mine, text, and the signing dates; and the export of what they match.
 */
export function ProjectFilters({
  search,
  onChange,
}: {
  search: ProjectSearch;
  onChange: (change: FilterChange) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const directions = useDirections();
  const pipelines = useQuery(pipelinesQuery);
  return (
    <div className="pipeline-toolbar projects-toolbar" data-testid="projects-filters">
      <div className="pipeline-control">
        <label htmlFor="projects-pipeline">{t('projects.pipeline')}</label>
        <Select<string>
          id="projects-pipeline"
          value={search.pipeline ?? 'all'}
          // The stages are the pipeline's own: another pipeline's codes would match nothing.
          onChange={(pipeline) =>
            onChange({ pipeline: pipeline === 'all' ? undefined : pipeline, stage: undefined })
          }
          options={[
            { value: 'all', label: t('projects.allPipelines') },
            ...pipelineOptions(search.pipeline, pipelines.data?.items, text),
          ]}
          popupMatchSelectWidth={false}
          className="pipeline-select"
          data-testid="projects-pipeline"
        />
      </div>
      <StageSelect
        pipeline={search.pipeline}
        stage={search.stage}
        onChange={(stage) => onChange({ stage })}
      />
      <div className="pipeline-control">
        <label htmlFor="projects-outcome">{t('projects.outcome')}</label>
        <Select<ProjectOutcome | 'all'>
          id="projects-outcome"
          value={search.outcome ?? 'all'}
          onChange={(outcome) => onChange({ outcome: outcome === 'all' ? undefined : outcome })}
          options={[
            { value: 'all', label: t('projects.allOutcomes') },
            ...projectOutcomes.map((value) => ({ value, label: t(`projects.outcomes.${value}`) })),
          ]}
          popupMatchSelectWidth={false}
          className="pipeline-select"
          data-testid="projects-outcome"
        />
      </div>
      <div className="pipeline-control">
        <label htmlFor="projects-direction">{t('projects.direction')}</label>
        <Select<string>
          id="projects-direction"
          value={search.direction ?? 'all'}
          onChange={(direction) => onChange({ direction: direction === 'all' ? undefined : direction })}
          options={[{ value: 'all', label: t('projects.allDirections') }, ...directions.options]}
          popupMatchSelectWidth={false}
          className="pipeline-select"
          data-testid="projects-direction"
        />
      </div>
      <div className="pipeline-control">
        <Switch
          id="projects-mine"
          checked={!!search.mine}
          onChange={(mine) => onChange({ mine: mine || undefined })}
        />
        <label htmlFor="projects-mine">{t('projects.mine')}</label>
      </div>
      <SearchBox
        id="projects-search"
        label={t('projects.search')}
        placeholder={t('projects.searchPlaceholder')}
        value={search.q}
        onSearch={(q) => onChange({ q })}
      />
      <DateRangeFields
        idPrefix="projects-signed"
        className="projects-dates"
        legend={t('projects.signedOnRange')}
        fromLabel={t('projects.signedFrom')}
        toLabel={t('projects.signedTo')}
        value={{ from: search.signedFrom, to: search.signedTo }}
        onChange={(range) =>
          onChange({
            ...('from' in range && { signedFrom: range.from }),
            ...('to' in range && { signedTo: range.to }),
          })
        }
      />
      <Button
        type="link"
        disabled={!hasFilters(search)}
        onClick={() =>
          onChange({
            pipeline: undefined,
            stage: undefined,
            outcome: undefined,
            direction: undefined,
            mine: undefined,
            q: undefined,
            signedFrom: undefined,
            signedTo: undefined,
          })
        }
        data-testid="projects-clear"
      >
        {t('projects.clearFilters')}
      </Button>
      <a className="export-link" href={projectsExportHref(search)} download data-testid="projects-export">
        {t('projects.export')}
      </a>
    </div>
  );
}
