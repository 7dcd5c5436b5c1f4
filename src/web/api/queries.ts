import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { setCsrfToken } from './csrf-token';
import type { paths } from './schema';

// Types are derived from the client's answers rather than named in schema.d.ts, so that the file
// openapi-typescript generates can replace the hand-written one without touching the pages.

export function fetchOverview() {
  return unwrap(api.GET('/api/overview'));
}

export function fetchPark(id: number) {
  return unwrap(api.GET('/api/parks/{id}', { params: { path: { id } } }));
}

/** Every park (the API's largest page holds them all): names for filters and the workbench selector. */
export function fetchParks() {
  return unwrap(api.GET('/api/parks', { params: { query: { limit: 200 } } }));
}

export function fetchZones() {
  return unwrap(api.GET('/api/zones'));
}

/** The query string of GET /api/units, as the generated contract states it (requests have no answer to derive from). */
export type UnitSearchRequest = NonNullable<paths['/api/units']['get']['parameters']['query']>;

/**
 * Space search. Lists go as `use=a,b` (form style, not exploded): the form the API documents and the one
 * the search page keeps in its own URL and in the export link.
 */
export function fetchUnits(query: UnitSearchRequest) {
  return unwrap(
    api.GET('/api/units', {
      params: { query },
      querySerializer: { array: { style: 'form', explode: false } },
    }),
  );
}

export type OccupancyLevel = 'park' | 'block' | 'zone';

export function fetchOccupancy(level: OccupancyLevel) {
  return unwrap(api.GET('/api/occupancy', { params: { query: { level } } }));
}

/** The session, keeping its CSRF token for the next write. */
export async function fetchSession() {
  const session = await unwrap(api.GET('/api/auth/me'));
  setCsrfToken(session.csrfToken);
  return session;
}

export type Overview = Awaited<ReturnType<typeof fetchOverview>>;
export type Zone = Overview['zones'][number];
export type ParkSummary = Overview['parks'][number];
export type Figure = Overview['provinceFigures'][number];
export type Target = Overview['targets'][number];
export type Direction = Overview['directions'][number];
export type ParkDetail = Awaited<ReturnType<typeof fetchPark>>;
export type Building = ParkDetail['buildings'][number];
export type Unit = Building['units'][number];
export type Session = Awaited<ReturnType<typeof fetchSession>>;
export type ZoneDetail = Awaited<ReturnType<typeof fetchZones>>['items'][number];
export type UnitSearchResult = Awaited<ReturnType<typeof fetchUnits>>;
export type UnitSearchItem = UnitSearchResult['items'][number];
export type FacetCounts = UnitSearchResult['facets'];
export type OccupancyRow = Awaited<ReturnType<typeof fetchOccupancy>>['items'][number];
export type User = NonNullable<Session['user']>;

export const queryKeys = {
  overview: ['overview'] as const,
  park: (id: number) => ['park', id] as const,
  session: ['session'] as const,
  parks: ['parks'] as const,
  zones: ['zones'] as const,
  /** Prefix of every search: invalidating it refreshes all cached result pages after a write. */
  units: ['units'] as const,
  unitSearch: (query: UnitSearchRequest) => ['units', query] as const,
  occupancy: (level: OccupancyLevel) => ['occupancy', level] as const,
  occupancyAll: ['occupancy'] as const,
};

export const overviewQuery = queryOptions({ queryKey: queryKeys.overview, queryFn: fetchOverview });

export function parkQuery(id: number) {
  return queryOptions({ queryKey: queryKeys.park(id), queryFn: () => fetchPark(id) });
}

export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: fetchSession,
  staleTime: 60_000,
});

// Reference lists change rarely (a park is added by an administrator); five minutes saves refetching per page.
export const parksQuery = queryOptions({
  queryKey: queryKeys.parks,
  queryFn: fetchParks,
  staleTime: 300_000,
});
export const zonesQuery = queryOptions({
  queryKey: queryKeys.zones,
  queryFn: fetchZones,
  staleTime: 300_000,
});

export function unitSearchQuery(query: UnitSearchRequest) {
  return queryOptions({ queryKey: queryKeys.unitSearch(query), queryFn: () => fetchUnits(query) });
}

export function occupancyQuery(level: OccupancyLevel) {
  return queryOptions({ queryKey: queryKeys.occupancy(level), queryFn: () => fetchOccupancy(level) });
}
