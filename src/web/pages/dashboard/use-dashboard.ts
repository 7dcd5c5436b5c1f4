import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type DashboardRequest = NonNullable<paths['/api/dashboard']['get']['parameters']['query']>;

export function fetchDashboard(request: DashboardRequest) {
  return unwrap(api.GET('/api/dashboard', { params: { query: request } }));
}

export type Dashboard = Awaited<ReturnType<typeof fetchDashboard>>;
export type DashboardTarget = Dashboard['targets'][number];
export type RollupFigures = Dashboard['trend'][number]['province'];

// Each field of a shared or hand-edited URL is checked on its own and dropped when invalid (`catch`).
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** The page's URL: the API's own query names, so that the page, its request and the export read alike. */
export const dashboardSearchSchema = z.object({
  year: optional(z.coerce.number().int().min(1949).max(2100)),
  zoneId: optional(z.coerce.number().int().positive()),
  directionCode: optional(z.string().min(1).max(64)),
});
export type DashboardSearch = z.output<typeof dashboardSearchSchema>;

export function dashboardQuery(search: DashboardSearch) {
  const request: DashboardRequest = {
    year: search.year,
    zoneId: search.zoneId,
    directionCode: search.directionCode,
  };
  return queryOptions({
    queryKey: ['dashboard', request] as const,
    queryFn: () => fetchDashboard(request),
    // While the rollups are being rebuilt, look again soon: the page then shows the new figures by itself.
    refetchInterval: (query) => (query.state.data?.status.refreshing ? 5_000 : false),
  });
}

/** The workbook of the figures on screen (same filters). */
export function dashboardExportHref(search: DashboardSearch): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const query = params.toString();
  return `/api/dashboard.xlsx${query ? `?${query}` : ''}`;
}
