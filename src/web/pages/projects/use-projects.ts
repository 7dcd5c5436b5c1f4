import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { pipelineKeys } from '../pipeline/use-pipeline';
import { type ProjectListRequest, type ProjectSearch, toProjectListQuery } from './project-search';

/** Lists go as `stage=a,b` (form style, not exploded): the form the API documents. */
function fetchProjects(query: ProjectListRequest) {
  return unwrap(
    api.GET('/api/projects', {
      params: { query },
      querySerializer: { array: { style: 'form', explode: false } },
    }),
  );
}

function fetchPipeline(code: string) {
  return unwrap(api.GET('/api/pipelines/{code}', { params: { path: { code } } }));
}

export type ProjectPage = Awaited<ReturnType<typeof fetchProjects>>;
export type ProjectRow = ProjectPage['items'][number];
export type ProjectSummary = ProjectPage['summary'];
export type PipelineStages = Awaited<ReturnType<typeof fetchPipeline>>['stages'];

// Under the boards' key prefix: every write that refreshes the boards (a move, a new
// project, a qualified lead) refreshes the table too.
export const projectKeys = {
  list: (query: ProjectListRequest) => [...pipelineKeys.boards, 'projects', query] as const,
  pipeline: (code: string) => ['pipeline', code] as const,
};

export function projectsQuery(search: ProjectSearch) {
  const query = toProjectListQuery(search);
  return queryOptions({ queryKey: projectKeys.list(query), queryFn: () => fetchProjects(query) });
}

/** A pipeline's stages (and moves), for the stage filter; they change only with the configuration. */
export function pipelineQuery(code: string) {
  return queryOptions({
    queryKey: projectKeys.pipeline(code),
    queryFn: () => fetchPipeline(code),
    staleTime: 10 * 60_000,
  });
}
