import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { setCsrfToken } from './csrf-token';

// Types are derived from the client's answers rather than named in schema.d.ts, so that the file
// openapi-typescript generates can replace the hand-written one without touching the pages.

export function fetchOverview() {
  return unwrap(api.GET('/api/overview'));
}

export function fetchPark(id: number) {
  return unwrap(api.GET('/api/parks/{id}', { params: { path: { id } } }));
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
export type User = NonNullable<Session['user']>;

export const queryKeys = {
  overview: ['overview'] as const,
  park: (id: number) => ['park', id] as const,
  session: ['session'] as const,
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
