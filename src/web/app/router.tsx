import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter } from '@tanstack/react-router';
import { overviewQuery, parkQuery } from '../api/queries';
import { HomePage } from '../pages/home/home-page';
import { LoginPage } from '../pages/login/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { ParkPage } from '../pages/park/park-page';
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

const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage });

const routeTree = rootRoute.addChildren([homeRoute, parkRoute, loginRoute]);

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
