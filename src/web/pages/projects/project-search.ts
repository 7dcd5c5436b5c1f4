import { z } from 'zod';
import type { paths } from '../../api/schema';
import { pipelineCodeSchema } from '../pipeline/use-pipeline';

export type ProjectListRequest = NonNullable<paths['/api/projects']['get']['parameters']['query']>;
export type ProjectSortKey = NonNullable<ProjectListRequest['sort']>;
export type ProjectOutcome = NonNullable<ProjectListRequest['outcome']>;
export type SortOrder = NonNullable<ProjectListRequest['order']>;

export const projectSortKeys = [
  'updatedAt',
  'plannedInvestment',
  'signedAmount',
  'signedOn',
  'name',
] as const satisfies readonly ProjectSortKey[];
export const projectOutcomes = ['open', 'signed', 'lost'] as const satisfies readonly ProjectOutcome[];

/** Rows per page of the projects table (the API pages with limit and offset). */
export const PROJECTS_PAGE_SIZE = 20;

// Each field of a shared or hand-edited URL is checked on its own and dropped when invalid (`catch`), so a
// stale link still opens the table with the filters that make sense.
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The table's URL: the API's query string names (stage as `signed,registered`, like the API), so that the
 * page's URL, the request behind it and the export link read alike. Defaults are left out.
 */
export const projectSearchSchema = z.object({
  pipeline: optional(pipelineCodeSchema),
  stage: optional(z.string().regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/)),
  outcome: optional(z.enum(projectOutcomes)),
  direction: optional(z.string().min(1).max(64)),
  mine: optional(z.boolean()),
  q: optional(z.string().max(100)),
  signedFrom: optional(isoDate),
  signedTo: optional(isoDate),
  sort: optional(z.enum(projectSortKeys)),
  order: optional(z.enum(['asc', 'desc'])),
  page: optional(z.number().int().positive()),
});

export type ProjectSearch = z.output<typeof projectSearchSchema>;

export function splitStages(stage: string | undefined): string[] {
  return stage ? stage.split(',') : [];
}

/** The filters and sort of the table in the API's terms (no paging: the export takes these as they are). */
function toApiFilters(search: ProjectSearch): ProjectListRequest {
  const q = search.q?.trim();
  return {
    pipeline: search.pipeline,
    stage: search.stage ? splitStages(search.stage) : undefined,
    outcome: search.outcome,
    direction: search.direction,
    mine: search.mine ? 'true' : undefined,
    q: q || undefined,
    signedFrom: search.signedFrom,
    signedTo: search.signedTo,
    sort: search.sort,
    order: search.order,
  };
}

/** The request of the page on screen: filters, sort and the page. */
export function toProjectListQuery(search: ProjectSearch): ProjectListRequest {
  const page = search.page ?? 1;
  return {
    ...toApiFilters(search),
    limit: PROJECTS_PAGE_SIZE,
    offset: (page - 1) * PROJECTS_PAGE_SIZE,
  };
}

/**
 * The Excel export of everything the filters match (every page) as a plain link: the browser downloads
 * it with the session cookie like any other file.
 */
export function projectsExportHref(search: ProjectSearch): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(toApiFilters(search))) {
    if (value === undefined) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = params.toString();
  return `/api/projects/export.xlsx${query ? `?${query}` : ''}`;
}

/** The sort the table shows: the URL's, or the API's default (most recently changed first). */
export function effectiveSort(search: ProjectSearch): { sort: ProjectSortKey; order: SortOrder } {
  return { sort: search.sort ?? 'updatedAt', order: search.order ?? 'desc' };
}

export function hasFilters(search: ProjectSearch): boolean {
  const { sort: _sort, order: _order, page: _page, ...filters } = search;
  return Object.values(filters).some((value) => value !== undefined);
}
