import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import {
  overviewQuery,
  parkQuery,
  parksQuery,
  sessionQuery,
  unitSearchQuery,
  zonesQuery,
} from '../api/queries';
import { HomePage } from '../pages/home/home-page';
import { LoginPage } from '../pages/login/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { ParkPage } from '../pages/park/park-page';
import { SpacePage } from '../pages/space/space-page';
import { spaceSearchSchema, toApiQuery } from '../pages/space/space-search';
import { ImportPage } from '../pages/workbench/import-page';
import { WorkbenchPage } from '../pages/workbench/workbench-page';
import { AppLayout } from './app-layout';
import { queryClient } from './query-client';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

// Loaders only start the fetch (prefetch, not ensure): pages render their own loading and error states,
// and a hovered link has its data on the way before the click.
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(overviewQuery);
  },
  component: HomePage,
});

const parkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parks/$parkId',
  loader: ({ context, params }) => {
    const id = Number(params.parkId);
    if (Number.isInteger(id) && id > 0) void context.queryClient.prefetchQuery(parkQuery(id));
  },
  component: ParkPage,
});

const spaceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/space',
  validateSearch: spaceSearchSchema,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(unitSearchQuery(toApiQuery(deps.search)));
    void context.queryClient.prefetchQuery(zonesQuery);
    void context.queryClient.prefetchQuery(parksQuery);
  },
  component: SpacePage,
});

// Where to go after signing in; the login page follows only paths of this app (auth/redirect.ts).
const loginSearch = z.object({ redirect: z.string().max(2000).optional().catch(undefined) });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearch,
  component: LoginPage,
});

// Signed-out readers sign in first and come back (the login page follows `redirect`); the page checks the
// role, and the API every write.
async function requireSignIn({ context, location }: { context: RouterContext; location: { href: string } }) {
  // A failed session request is left to the page, which shows it with a retry.
  const session = await context.queryClient.ensureQueryData(sessionQuery).catch(() => null);
  if (session && (!session.user || session.user.mustChangePassword))
    throw redirect({ to: '/login', search: { redirect: location.href } });
}

const workbenchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench',
  validateSearch: z.object({ park: z.coerce.number().int().positive().optional().catch(undefined) }),
  beforeLoad: requireSignIn,
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(parksQuery);
  },
  component: WorkbenchPage,
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/import',
  beforeLoad: requireSignIn,
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(parksQuery);
  },
  component: ImportPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  parkRoute,
  spaceRoute,
  loginRoute,
  workbenchRoute,
  importRoute,
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
