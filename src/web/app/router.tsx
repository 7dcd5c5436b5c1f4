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
import { isStaff, worksPipeline } from '../auth/staff';
import { ChainPage } from '../pages/chain/chain-page';
import { DashboardPage } from '../pages/dashboard/dashboard-page';
import { dashboardQuery, dashboardSearchSchema } from '../pages/dashboard/use-dashboard';
import { DemandPage } from '../pages/demand/demand-page';
import { PrivacyLeadsPage } from '../pages/demand/privacy-leads-page';
import { EnterprisePage } from '../pages/enterprises/enterprise-page';
import { enterpriseQuery } from '../pages/enterprises/use-enterprise';
import { HomePage } from '../pages/home/home-page';
import { LeadDetailPage } from '../pages/leads/lead-detail-page';
import { LeadsPage } from '../pages/leads/leads-page';
import { leadQuery, leadStatuses, leadsQuery } from '../pages/leads/use-leads';
import { LoginPage } from '../pages/login/login-page';
import { MatchPage } from '../pages/match/match-page';
import { chainLinksQuery } from '../pages/match/use-match';
import { NewsDetailPage } from '../pages/news/news-detail-page';
import { NewsPage } from '../pages/news/news-page';
import { newsSearchSchema, toNewsListQuery } from '../pages/news/news-search';
import { newsItemQuery, newsListQuery } from '../pages/news/use-news';
import { NotFoundPage } from '../pages/not-found-page';
import { OfficersPage } from '../pages/officers/officers-page';
import { officersQuery, orgUnitsQuery } from '../pages/officers/use-officers';
import { ParkPage } from '../pages/park/park-page';
import { FiguresPage } from '../pages/pipeline/figures-page';
import { PipelinePage } from '../pages/pipeline/pipeline-page';
import {
  boardQuery,
  figuresQuery,
  newLeadsQuery,
  pipelineCodeSchema,
  pipelinesQuery,
  signingEventsQuery,
} from '../pages/pipeline/use-pipeline';
import { PipelineAdminPage } from '../pages/pipeline-admin/pipeline-admin-page';
import { CalculatorPage } from '../pages/policies/calculator-page';
import { PoliciesPage } from '../pages/policies/policies-page';
import { PolicyDetailPage } from '../pages/policies/policy-detail-page';
import { PolicyEditorPage } from '../pages/policies/policy-editor-page';
import {
  calculatorSearchSchema,
  policySearchSchema,
  toPolicyListQuery,
} from '../pages/policies/policy-search';
import { attributesQuery, policiesQuery, policyQuery } from '../pages/policies/use-policies';
import { projectSearchSchema } from '../pages/projects/project-search';
import { ProjectsPage } from '../pages/projects/projects-page';
import { pipelineQuery, projectsQuery } from '../pages/projects/use-projects';
import { RegistryPage } from '../pages/registry/registry-page';
import { registrySearchSchema } from '../pages/registry/registry-search';
import { registryQuery } from '../pages/registry/use-registry';
import { SearchPage } from '../pages/search/search-page';
import { searchPageSchema, toSearchRequest } from '../pages/search/search-params';
import { searchQuery } from '../pages/search/use-search';
import { SpacePage } from '../pages/space/space-page';
import { spaceSearchSchema, toApiQuery } from '../pages/space/space-search';
import { TargetsPage } from '../pages/targets/targets-page';
import { myOverdueLeads } from '../pages/tasks/overdue-leads';
import { TasksPage } from '../pages/tasks/tasks-page';
import { tasksQuery } from '../pages/tasks/use-tasks';
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

// An enterprise's page: settled and departed firms for anyone, targets for staff (the API decides).
const enterpriseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enterprises/$enterpriseId',
  loader: ({ context, params }) => {
    const id = Number(params.enterpriseId);
    const viewerId = context.queryClient.getQueryData(sessionQuery.queryKey)?.user?.id ?? null;
    if (Number.isInteger(id) && id > 0) void context.queryClient.prefetchQuery(enterpriseQuery(id, viewerId));
  },
  component: EnterprisePage,
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

// The public demand form: directions come with the overview, zones and parks with their lists.
const demandRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/demand',
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(overviewQuery);
    void context.queryClient.prefetchQuery(zonesQuery);
    void context.queryClient.prefetchQuery(parksQuery);
  },
  component: DemandPage,
});

// Demand → ranked space (需求匹配): the form's lists load with the page.
const matchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/match',
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(overviewQuery);
    void context.queryClient.prefetchQuery(zonesQuery);
    void context.queryClient.prefetchQuery(parksQuery);
    void context.queryClient.prefetchQuery(chainLinksQuery);
  },
  component: MatchPage,
});

// What the demand form's consent refers to (个人信息处理说明).
const privacyLeadsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/privacy/leads',
  component: PrivacyLeadsPage,
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

/** Whether the signed-in user may see leads and projects: prefetching for anyone else would only get 403s. */
function mayPrefetchPipeline(context: RouterContext): boolean {
  return worksPipeline(context.queryClient.getQueryData(sessionQuery.queryKey)?.user);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

// The investment officers' kanban: which pipeline, and only my projects, are kept in the URL.
const pipelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/pipeline',
  validateSearch: z.object({
    pipeline: pipelineCodeSchema.optional().catch(undefined),
    mine: z.boolean().optional().catch(undefined),
  }),
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ pipeline: search.pipeline ?? 'investment', mine: search.mine ?? false }),
  loader: ({ context, deps }) => {
    if (!mayPrefetchPipeline(context)) return;
    void context.queryClient.prefetchQuery(boardQuery(deps.pipeline, deps.mine));
    void context.queryClient.prefetchQuery(pipelinesQuery);
    void context.queryClient.prefetchQuery(newLeadsQuery(deps.mine));
    void context.queryClient.prefetchQuery(signingEventsQuery);
  },
  component: PipelinePage,
});

// Signed projects and 亿元 for a period (by signing date).
const figuresRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/figures',
  validateSearch: z.object({
    from: isoDate.optional().catch(undefined),
    to: isoDate.optional().catch(undefined),
  }),
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ from: search.from, to: search.to }),
  loader: ({ context, deps }) => {
    if (mayPrefetchPipeline(context)) void context.queryClient.prefetchQuery(figuresQuery(deps));
  },
  component: FiguresPage,
});

// The dashboard against the plan (year, zone, direction in the URL): staff read it, park managers too.
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/dashboard',
  validateSearch: dashboardSearchSchema,
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    if (isStaff(context.queryClient.getQueryData(sessionQuery.queryKey)?.user))
      void context.queryClient.prefetchQuery(dashboardQuery(deps.search));
  },
  component: DashboardPage,
});

// Every lead, a page at a time: status, mine, overdue and the page are kept in the URL.
const leadsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/leads',
  validateSearch: z.object({
    status: z.enum(leadStatuses).optional().catch(undefined),
    mine: z.boolean().optional().catch(undefined),
    overdue: z.boolean().optional().catch(undefined),
    page: z.number().int().positive().optional().catch(undefined),
  }),
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    if (mayPrefetchPipeline(context)) void context.queryClient.prefetchQuery(leadsQuery(deps.search));
  },
  component: LeadsPage,
});

// Every project as a table: filters, sort and the page are kept in the URL (the API's own names).
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/projects',
  validateSearch: projectSearchSchema,
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    if (!mayPrefetchPipeline(context)) return;
    void context.queryClient.prefetchQuery(projectsQuery(deps.search));
    if (deps.search.pipeline) void context.queryClient.prefetchQuery(pipelineQuery(deps.search.pipeline));
  },
  component: ProjectsPage,
});

// Administrators define the pipelines: stages, the moves allowed between them, what a move sets off.
const pipelineAdminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/pipelines',
  beforeLoad: requireSignIn,
  loader: ({ context }) => {
    if (context.queryClient.getQueryData(sessionQuery.queryKey)?.user?.role === 'admin')
      void context.queryClient.prefetchQuery(pipelinesQuery);
  },
  component: PipelineAdminPage,
});

// Administrators divide the leads among the officers (unit, directions) and keep the list of units.
const officersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/officers',
  beforeLoad: requireSignIn,
  loader: ({ context }) => {
    if (context.queryClient.getQueryData(sessionQuery.queryKey)?.user?.role !== 'admin') return;
    void context.queryClient.prefetchQuery(officersQuery);
    void context.queryClient.prefetchQuery(orgUnitsQuery);
  },
  component: OfficersPage,
});

// My work: my open follow-up tasks (an administrator's switch: everyone's) and my overdue leads.
const tasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/tasks',
  validateSearch: z.object({ all: z.boolean().optional().catch(undefined) }),
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ all: search.all ?? false }),
  loader: ({ context, deps }) => {
    const user = context.queryClient.getQueryData(sessionQuery.queryKey)?.user;
    if (!worksPipeline(user)) return;
    void context.queryClient.prefetchQuery(tasksQuery(user.id, user.role === 'admin' && deps.all));
    void context.queryClient.prefetchQuery(leadsQuery(myOverdueLeads));
  },
  component: TasksPage,
});

const leadRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/leads/$leadId',
  beforeLoad: requireSignIn,
  loader: ({ context, params }) => {
    const id = Number(params.leadId);
    if (mayPrefetchPipeline(context) && Number.isInteger(id) && id > 0)
      void context.queryClient.prefetchQuery(leadQuery(id));
  },
  component: LeadDetailPage,
});

// The policy library (政策库), public; the zone's staff also see drafts (the API decides, the page asks).
const policiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/policies',
  validateSearch: policySearchSchema,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(
      policiesQuery(toPolicyListQuery(deps.search, mayPrefetchPipeline(context))),
    );
    void context.queryClient.prefetchQuery(zonesQuery);
  },
  component: PoliciesPage,
});

// The policy calculator (政策计算器); the 免申即享 notice links here with ?policy=<id>.
const policyCalculatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/policies/calculator',
  validateSearch: calculatorSearchSchema,
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(attributesQuery);
    void context.queryClient.prefetchQuery(zonesQuery);
  },
  component: CalculatorPage,
});

const policyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/policies/$policyId',
  loader: ({ context, params }) => {
    const id = Number(params.policyId);
    if (Number.isInteger(id) && id > 0) void context.queryClient.prefetchQuery(policyQuery(id));
  },
  component: PolicyDetailPage,
});

// Administrators write policies: the editor with its rule builder and live test.
const policyNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/policies/new',
  beforeLoad: requireSignIn,
  component: PolicyEditorPage,
});

const policyEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/policies/$policyId/edit',
  beforeLoad: requireSignIn,
  component: PolicyEditorPage,
});

// Search across the platform (全站搜索), public: the API leaves out what the caller may not read.
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: searchPageSchema,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    const request = toSearchRequest(deps.search);
    const viewerId = context.queryClient.getQueryData(sessionQuery.queryKey)?.user?.id ?? null;
    if (request) void context.queryClient.prefetchQuery(searchQuery(request, viewerId));
  },
  component: SearchPage,
});

// The portal's news, events and notices (资讯), public: kind, words, zone and the page in the URL.
const newsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/news',
  validateSearch: newsSearchSchema,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(newsListQuery(toNewsListQuery(deps.search)));
    void context.queryClient.prefetchQuery(zonesQuery);
  },
  component: NewsPage,
});

// One item; search results link here.
const newsItemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/news/$newsId',
  loader: ({ context, params }) => {
    const id = Number(params.newsId);
    if (Number.isInteger(id) && id > 0) void context.queryClient.prefetchQuery(newsItemQuery(id));
  },
  component: NewsDetailPage,
});

// The enterprise registry (issue 7): every filter in the URL, the names the dashboard and the chain map link with.
const registryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/enterprises',
  validateSearch: registrySearchSchema,
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, deps }) => {
    if (isStaff(context.queryClient.getQueryData(sessionQuery.queryKey)?.user))
      void context.queryClient.prefetchQuery(registryQuery(deps.search));
  },
  component: RegistryPage,
});

// The industry chain map: strength and gaps per link (issue 7).
const chainRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/chain',
  beforeLoad: requireSignIn,
  component: ChainPage,
});

// Ranked targets and saved lists; filters, page and the open list are kept in the URL.
const targetsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workbench/targets',
  validateSearch: z.object({
    chainLinkCode: z.string().max(64).optional().catch(undefined),
    directionCode: z.string().max(64).optional().catch(undefined),
    taiwanFunded: z.boolean().optional().catch(undefined),
    page: z.number().int().positive().optional().catch(undefined),
    list: z.number().int().positive().optional().catch(undefined),
  }),
  beforeLoad: requireSignIn,
  component: TargetsPage,
});

const routeTree = rootRoute.addChildren([
  registryRoute,
  chainRoute,
  targetsRoute,
  homeRoute,
  parkRoute,
  enterpriseRoute,
  spaceRoute,
  demandRoute,
  matchRoute,
  privacyLeadsRoute,
  loginRoute,
  workbenchRoute,
  importRoute,
  pipelineRoute,
  figuresRoute,
  dashboardRoute,
  leadsRoute,
  leadRoute,
  tasksRoute,
  projectsRoute,
  pipelineAdminRoute,
  officersRoute,
  policiesRoute,
  policyCalculatorRoute,
  policyRoute,
  policyNewRoute,
  policyEditRoute,
  searchRoute,
  newsRoute,
  newsItemRoute,
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
