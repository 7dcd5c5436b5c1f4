import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { containsInAnyScript } from '../../core/db/text-match.js';
import { users } from '../identity/tables.js';
import { projectView } from './pipeline.js';
import type { ProjectFilters } from './schema.js';
import { pipelineStages, projects, signingEvents } from './tables.js';

/** A workbook of projects is for working through, not for copying the database out (as for leads). */
export const PROJECT_EXPORT_LIMIT = 10_000;

type Filters = Omit<ProjectFilters, 'sort' | 'order'>;

/** The WHERE of the table: every filter given, ANDed; `mine` is the caller's own projects. */
function projectWhere(principal: Principal, f: Filters): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.pipeline) conditions.push(eq(projects.pipelineCode, f.pipeline));
  if (f.stage) conditions.push(inArray(projects.stageCode, f.stage));
  if (f.officer) conditions.push(eq(projects.officerId, f.officer));
  if (f.mine === 'true') conditions.push(eq(projects.officerId, principal.userId));
  if (f.direction) conditions.push(eq(projects.directionCode, f.direction));
  if (f.signingEvent) conditions.push(eq(projects.signingEventId, f.signingEvent));
  if (f.outcome) conditions.push(eq(pipelineStages.outcome, f.outcome));
  if (f.q) conditions.push(containsInAnyScript([projects.name, projects.companyName], f.q));
  if (f.signedFrom) conditions.push(sql`${projects.signedOn} >= ${f.signedFrom}::date`);
  if (f.signedTo) conditions.push(sql`${projects.signedOn} <= ${f.signedTo}::date`);
  return conditions.length > 0 ? and(...conditions) : undefined;
}

const sortColumns = {
  updatedAt: projects.updatedAt,
  plannedInvestment: projects.plannedInvestmentWan,
  signedAmount: projects.signedAmountWan,
  signedOn: projects.signedOn,
  name: projects.name,
} as const;

/** Projects without the amount or date sorted on go last either way; the id keeps pages stable. */
function projectOrder(sort: ProjectFilters['sort'], order: ProjectFilters['order']): SQL[] {
  const direction = order === 'asc' ? sql`ASC` : sql`DESC`;
  return [sql`${sortColumns[sort]} ${direction} NULLS LAST`, sql`${projects.id} ${direction}`];
}

/** Every query of the table joins the project's stage: its names to show, its outcome to filter on. */
const stageOfProject = and(
  eq(pipelineStages.pipelineCode, projects.pipelineCode),
  eq(pipelineStages.code, projects.stageCode),
);

async function projectRows(
  db: Executor,
  where: SQL | undefined,
  query: Pick<ProjectFilters, 'sort' | 'order'> & { limit: number; offset: number },
) {
  const rows = await db
    .select({
      project: projects,
      officer: { id: users.id, displayName: users.displayName },
      stage: {
        nameZh: pipelineStages.nameZh,
        nameEn: pipelineStages.nameEn,
        outcome: pipelineStages.outcome,
      },
      signingEventName: signingEvents.name,
    })
    .from(projects)
    .innerJoin(pipelineStages, stageOfProject)
    .leftJoin(users, eq(users.id, projects.officerId))
    .leftJoin(signingEvents, eq(signingEvents.id, projects.signingEventId))
    .where(where)
    .orderBy(...projectOrder(query.sort, query.order))
    .limit(query.limit)
    .offset(query.offset);
  return rows.map((r) => ({
    ...projectView(r.project, r.officer?.id ? r.officer : null),
    stageNameZh: r.stage.nameZh,
    stageNameEn: r.stage.nameEn,
    stageOutcome: r.stage.outcome,
    signingEventName: r.signingEventName,
  }));
}
export type ProjectListRow = Awaited<ReturnType<typeof projectRows>>[number];

/** Count and amounts of every matching project (万元 and 亿元, two decimals, summed exactly in SQL). */
async function projectSummary(db: Executor, where: SQL | undefined) {
  const wan = (column: AnyPgColumn) => sql<string>`coalesce(sum(${column}), 0)::numeric(20, 2)::text`;
  const yi = (column: AnyPgColumn) => sql<string>`round(coalesce(sum(${column}), 0) / 10000, 2)::text`;
  const [summary] = await db
    .select({
      count: sql<number>`count(*)::int`,
      plannedWan: wan(projects.plannedInvestmentWan),
      signedWan: wan(projects.signedAmountWan),
      plannedYi: yi(projects.plannedInvestmentWan),
      signedYi: yi(projects.signedAmountWan),
    })
    .from(projects)
    .innerJoin(pipelineStages, stageOfProject)
    .where(where);
  return summary!;
}

/**
 * The projects table: a page of the projects the filters match, sorted, with their total and the count and
 * amounts of all of them (not only the page).
 */
export async function listProjects(
  db: Executor,
  principal: Principal,
  query: ProjectFilters & { limit: number; offset: number },
) {
  const where = projectWhere(principal, query);
  const [items, summary] = await Promise.all([projectRows(db, where, query), projectSummary(db, where)]);
  return { items, total: summary.count, limit: query.limit, offset: query.offset, summary };
}

/** Every project the filters match, in the table's order, up to the export limit. */
export async function exportProjects(db: Executor, principal: Principal, filters: ProjectFilters) {
  return projectRows(db, projectWhere(principal, filters), {
    ...filters,
    limit: PROJECT_EXPORT_LIMIT,
    offset: 0,
  });
}
