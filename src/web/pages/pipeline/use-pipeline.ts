import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { inboxKeys } from '../../app/use-inbox';
import type { DataText } from '../../i18n/use-data-text';
import { taskKeys } from '../tasks/use-tasks';

// Request bodies as the generated contract states them (a request has no answer to derive its type from).
export type StageChange =
  paths['/api/projects/{id}/stage']['post']['requestBody']['content']['application/json'];
export type ProjectCreate = paths['/api/projects']['post']['requestBody']['content']['application/json'];
export type SigningEventCreate =
  paths['/api/signing-events']['post']['requestBody']['content']['application/json'];
export type FiguresPeriod = NonNullable<paths['/api/pipeline/figures']['get']['parameters']['query']>;

/**
 * A pipeline's code as a URL may carry it: any pipeline an administrator has defined (GET /api/pipelines),
 * so not a fixed list; an unknown one gets the API's 404.
 */
export const pipelineCodeSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/);

/** How many new leads the first column shows (the API's page); the column says when there are more. */
export const NEW_LEADS_LIMIT = 50;

export function fetchBoard(code: string, mine: boolean) {
  return unwrap(
    api.GET('/api/pipelines/{code}/board', {
      params: { path: { code }, query: { mine: mine ? 'true' : 'false' } },
    }),
  );
}

export function fetchNewLeads(mine: boolean) {
  return unwrap(
    api.GET('/api/leads', {
      params: { query: { status: 'new', limit: NEW_LEADS_LIMIT, mine: mine ? 'true' : 'false' } },
    }),
  );
}

type Named = { code: string; nameZh: string; nameEn: string };

/**
 * The pipelines an administrator has defined (GET /api/pipelines), named in the reader's language; until
 * the list has loaded, the pipeline on screen as its board names it (or its code).
 */
export function pipelineOptions(
  code: string | undefined,
  known: Named[] | Named | undefined,
  text: DataText,
) {
  const list = Array.isArray(known) ? known : known ? [known] : [];
  const options = list.map((p) => ({ value: p.code, label: text(p.nameZh, p.nameEn) }));
  return code === undefined || options.some((o) => o.value === code)
    ? options
    : [{ value: code, label: code }, ...options];
}

/** Every pipeline with its stages, moves, stage actions and projects per stage. */
export function fetchPipelines() {
  return unwrap(api.GET('/api/pipelines'));
}

export function fetchSigningEvents() {
  return unwrap(api.GET('/api/signing-events'));
}

export function fetchFigures(period: FiguresPeriod) {
  return unwrap(api.GET('/api/pipeline/figures', { params: { query: period } }));
}

export type Board = Awaited<ReturnType<typeof fetchBoard>>;
export type BoardColumn = Board['columns'][number];
export type Stage = BoardColumn['stage'];
export type Project = BoardColumn['projects'][number];
export type Lead = Awaited<ReturnType<typeof fetchNewLeads>>['items'][number];
export type SigningEvent = Awaited<ReturnType<typeof fetchSigningEvents>>['items'][number];
export type Figures = Awaited<ReturnType<typeof fetchFigures>>;
export type PipelineDefinition = Awaited<ReturnType<typeof fetchPipelines>>['items'][number];

export const pipelineKeys = {
  /** Prefix of every board: a move or a new project refreshes them all. */
  boards: ['pipeline-board'] as const,
  board: (code: string, mine: boolean) => ['pipeline-board', code, mine] as const,
  leads: ['leads'] as const,
  newLeads: (mine: boolean) => ['leads', 'new', mine] as const,
  signingEvents: ['signing-events'] as const,
  figuresAll: ['pipeline-figures'] as const,
  figures: (period: FiguresPeriod) => ['pipeline-figures', period] as const,
  /** The pipelines' definitions: an administrator's save refreshes them and the boards. */
  definitions: ['pipelines'] as const,
};

export function boardQuery(code: string, mine: boolean) {
  return queryOptions({ queryKey: pipelineKeys.board(code, mine), queryFn: () => fetchBoard(code, mine) });
}

export function newLeadsQuery(mine: boolean) {
  return queryOptions({ queryKey: pipelineKeys.newLeads(mine), queryFn: () => fetchNewLeads(mine) });
}

export const signingEventsQuery = queryOptions({
  queryKey: pipelineKeys.signingEvents,
  queryFn: fetchSigningEvents,
});

export const pipelinesQuery = queryOptions({
  queryKey: pipelineKeys.definitions,
  queryFn: fetchPipelines,
});

export function figuresQuery(period: FiguresPeriod) {
  return queryOptions({ queryKey: pipelineKeys.figures(period), queryFn: () => fetchFigures(period) });
}

/**
 * After any write to the pipeline: the boards, the new leads, the signing events' totals and the figures.
 * Returned from onSuccess, so the mutation stays pending until the board has been fetched again.
 */
function useRefreshPipeline() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: pipelineKeys.boards }),
      queryClient.invalidateQueries({ queryKey: pipelineKeys.leads }),
      queryClient.invalidateQueries({ queryKey: pipelineKeys.signingEvents }),
      queryClient.invalidateQueries({ queryKey: pipelineKeys.figuresAll }),
      // A move may add a follow-up task or a notice (stage actions): the header's counts.
      queryClient.invalidateQueries({ queryKey: taskKeys.all }),
      queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
    ]);
}

/** Refreshes after a refused move too: a 409 or 403 usually means the board on screen is out of date. */
export function useMoveProject() {
  const refresh = useRefreshPipeline();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: StageChange }) =>
      unwrap(api.POST('/api/projects/{id}/stage', { params: { path: { id } }, body })),
    onSettled: refresh,
  });
}

export function useQualifyLead() {
  const refresh = useRefreshPipeline();
  return useMutation({
    mutationFn: ({ id, pipeline }: { id: number; pipeline: string }) =>
      unwrap(api.POST('/api/leads/{id}/qualify', { params: { path: { id } }, body: { pipeline } })),
    onSuccess: refresh,
  });
}

export function useCreateProject() {
  const refresh = useRefreshPipeline();
  return useMutation({
    mutationFn: (body: ProjectCreate) => unwrap(api.POST('/api/projects', { body })),
    onSuccess: refresh,
  });
}

export function useCreateSigningEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SigningEventCreate) => unwrap(api.POST('/api/signing-events', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.signingEvents }),
  });
}

/** The full phone and e-mail of a lead: only its officer and administrators may, and each view is audited. */
export function useRevealContact() {
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/leads/{id}/contact', { params: { path: { id } } })),
  });
}
