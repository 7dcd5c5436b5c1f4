import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { AppError, type FieldProblem, invalidFields, notFound } from '../../core/errors/index.js';
import type { TableColumn, TableSheet } from '../../core/excel/table-export.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { indexDocuments } from '../../core/search/index.js';
import { directions } from '../chain/tables.js';
import { users } from '../identity/tables.js';
import { notify } from '../inbox/index.js';
import { assertMayWorkOn } from '../leads/leads.js';
import { leads } from '../leads/tables.js';
import { zones } from '../space/tables.js';
import { projectSearchSource } from './search-source.js';
import {
  pipelineStages,
  pipelines,
  pipelineTransitions,
  projectStageChanges,
  projects,
  projectTasks,
  signingEvents,
  stageActions,
} from './tables.js';

type StageRow = typeof pipelineStages.$inferSelect;
type ProjectRow = typeof projects.$inferSelect;

/** A pipeline with its stages in order, each with the stages it may move to: the rules, in one place. */
export async function getPipeline(db: Executor, code: string) {
  const [pipeline] = await db.select().from(pipelines).where(eq(pipelines.code, code));
  if (!pipeline) throw notFound('pipeline');
  const [stages, moves] = await Promise.all([
    db
      .select()
      .from(pipelineStages)
      .where(eq(pipelineStages.pipelineCode, code))
      .orderBy(asc(pipelineStages.position)),
    db.select().from(pipelineTransitions).where(eq(pipelineTransitions.pipelineCode, code)),
  ]);
  const position = new Map(stages.map((s) => [s.code, s.position]));
  return {
    ...pipeline,
    stages: stages.map(({ pipelineCode: _p, position: _n, ...stage }) => ({
      ...stage,
      next: moves
        .filter((m) => m.fromStage === stage.code)
        .map((m) => m.toStage)
        .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
    })),
  };
}
export type Pipeline = Awaited<ReturnType<typeof getPipeline>>;

const officerColumns = { id: users.id, displayName: users.displayName };

/** A project as every answer shows it (the project, the board, the projects table). */
export function projectView(p: ProjectRow, officer: { id: number; displayName: string } | null) {
  return {
    id: p.id,
    pipelineCode: p.pipelineCode,
    stageCode: p.stageCode,
    leadId: p.leadId,
    name: p.name,
    companyName: p.companyName,
    officer,
    directionCode: p.directionCode,
    plannedInvestmentWan: p.plannedInvestmentWan,
    signedAmountWan: p.signedAmountWan,
    signingEventId: p.signingEventId,
    signedOn: p.signedOn,
    lostReason: p.lostReason,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function getProject(db: Executor, id: number) {
  const [row] = await db
    .select({ project: projects, officer: officerColumns })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.officerId))
    .where(eq(projects.id, id));
  if (!row) throw notFound('project');
  return projectView(row.project, row.officer?.id ? row.officer : null);
}

async function checkDirection(db: Executor, code: string | undefined, problems: FieldProblem[]) {
  if (!code) return;
  const [d] = await db.select().from(directions).where(eq(directions.code, code));
  if (!d) problems.push({ path: 'direction', key: 'unknownDirection' });
}

async function insertProject(
  db: Executor,
  principal: Principal,
  values: Omit<typeof projects.$inferInsert, 'stageCode'>,
  meta: RequestMeta,
) {
  const pipeline = await getPipeline(db, values.pipelineCode);
  const first = pipeline.stages[0]!;
  const [created] = await db
    .insert(projects)
    .values({ ...values, stageCode: first.code })
    .returning();
  await db
    .insert(projectStageChanges)
    .values({ projectId: created!.id, fromStage: null, toStage: first.code, changedBy: principal.userId });
  await recordAudit(db, {
    actor: principal,
    action: 'project.create',
    entityType: 'project',
    entityId: created!.id,
    after: created,
    ...meta,
  });
  await indexDocuments(db, projectSearchSource, [created!.id]);
  return created!;
}

export async function createProject(
  db: Executor,
  principal: Principal,
  body: {
    pipeline: string;
    name: string;
    companyName: string;
    direction?: string;
    plannedInvestmentWan?: number;
  },
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const problems: FieldProblem[] = [];
    await checkDirection(tx, body.direction, problems);
    if (problems.length > 0) throw invalidFields(...problems);
    const created = await insertProject(
      tx,
      principal,
      {
        pipelineCode: body.pipeline,
        name: body.name,
        companyName: body.companyName,
        officerId: principal.role === 'officer' ? principal.userId : null,
        directionCode: body.direction ?? null,
        plannedInvestmentWan: body.plannedInvestmentWan?.toFixed(2) ?? null,
      },
      meta,
    );
    return created.id;
  });
}

/** A lead worth pursuing becomes a project at the pipeline's first stage, with the lead's officer. */
export async function qualifyLead(
  db: Executor,
  principal: Principal,
  leadId: number,
  body: { pipeline: string; name?: string },
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, leadId)).for('update');
    if (!lead) throw notFound('lead');
    assertMayWorkOn(principal, lead);
    if (lead.status === 'qualified' || lead.status === 'closed') {
      throw new AppError('CONFLICT', { params: { detail: lead.status } });
    }
    const created = await insertProject(
      tx,
      principal,
      {
        pipelineCode: body.pipeline,
        leadId,
        name: body.name ?? lead.companyName,
        companyName: lead.companyName,
        officerId: lead.assignedTo ?? (principal.role === 'officer' ? principal.userId : null),
        directionCode: lead.directionCode,
        plannedInvestmentWan: lead.investmentWan,
      },
      meta,
    );
    await tx.update(leads).set({ status: 'qualified', updatedAt: sql`now()` }).where(eq(leads.id, leadId));
    return created.id;
  });
}

function illegalTransition(pipeline: Pipeline, from: StageRow | undefined, toCode: string): AppError {
  const stage = (code: string) => pipeline.stages.find((s) => s.code === code);
  const fromStage = pipeline.stages.find((s) => s.code === from?.code);
  const to = stage(toCode);
  const allowed = (fromStage?.next ?? []).map((c) => stage(c)!);
  return new AppError('ILLEGAL_TRANSITION', {
    params: {
      fromZh: fromStage?.nameZh ?? '',
      fromEn: fromStage?.nameEn ?? '',
      toZh: to?.nameZh ?? toCode,
      toEn: to?.nameEn ?? toCode,
      allowedZh: allowed.map((s) => s.nameZh).join('、') || '无',
      allowedEn: allowed.map((s) => s.nameEn).join(', ') || 'none',
    },
  });
}

/**
 * Moves a project to another stage if the pipeline allows that move, with what the stage needs (the signed
 * amount and optionally the signing event on signing; the reason on losing). Admins move any project,
 * officers their own.
 */
export async function moveProject(
  db: Executor,
  principal: Principal,
  id: number,
  body: { to: string; signedAmountWan?: number; signingEventId?: number; signedOn?: string; reason?: string },
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
    if (!before) throw notFound('project');
    if (principal.role !== 'admin' && before.officerId !== principal.userId) throw new AppError('FORBIDDEN');
    const pipeline = await getPipeline(tx, before.pipelineCode);
    const from = pipeline.stages.find((s) => s.code === before.stageCode);
    const to = pipeline.stages.find((s) => s.code === body.to);
    if (!from || !to || !from.next.includes(to.code)) {
      throw illegalTransition(pipeline, from as StageRow | undefined, body.to);
    }
    const problems: FieldProblem[] = [];
    if (to.requiresAmount && body.signedAmountWan === undefined) {
      problems.push({ path: 'signedAmountWan', key: 'amountRequired' });
    }
    if (to.requiresReason && !body.reason) problems.push({ path: 'reason', key: 'reasonRequired' });
    if (body.signingEventId !== undefined) {
      const [event] = await tx.select().from(signingEvents).where(eq(signingEvents.id, body.signingEventId));
      if (!event) problems.push({ path: 'signingEventId', key: 'unknownSigningEvent' });
    }
    if (problems.length > 0) throw invalidFields(...problems);

    const signing = to.requiresAmount;
    const [after] = await tx
      .update(projects)
      .set({
        stageCode: to.code,
        updatedAt: sql`now()`,
        ...(signing && {
          signedAmountWan: body.signedAmountWan!.toFixed(2),
          signingEventId: body.signingEventId ?? null,
          signedOn: body.signedOn ?? sql`current_date`,
          signedUnitCode: sql`(SELECT u.org_unit_code FROM users u WHERE u.id = ${projects.officerId})`,
        }),
        ...(to.outcome === 'lost' && { lostReason: body.reason! }),
        ...(from.outcome === 'lost' && { lostReason: null }),
      })
      .where(eq(projects.id, id))
      .returning();
    await tx.insert(projectStageChanges).values({
      projectId: id,
      fromStage: from.code,
      toStage: to.code,
      changedBy: principal.userId,
      note: body.reason ?? null,
    });
    await runStageActions(tx, after!, to.code);
    await recordAudit(tx, {
      actor: principal,
      action: 'project.stage',
      entityType: 'project',
      entityId: id,
      before: { stageCode: before.stageCode, signedAmountWan: before.signedAmountWan },
      after: { stageCode: after!.stageCode, signedAmountWan: after!.signedAmountWan },
      ...meta,
    });
  });
}

/** The kanban of a pipeline: a column per stage, its projects and their amount (万元). */
export async function board(db: Executor, code: string, officerId?: number) {
  const pipeline = await getPipeline(db, code);
  const where: SQL[] = [eq(projects.pipelineCode, code)];
  if (officerId !== undefined) where.push(eq(projects.officerId, officerId));
  const rows = await db
    .select({ project: projects, officer: officerColumns })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.officerId))
    .where(and(...where))
    .orderBy(asc(projects.updatedAt));
  return {
    pipeline,
    columns: pipeline.stages.map((stage) => {
      const inStage = rows.filter((r) => r.project.stageCode === stage.code);
      const amount = inStage.reduce((sum, r) => {
        const value = stage.outcome === 'signed' ? r.project.signedAmountWan : r.project.plannedInvestmentWan;
        // Cents as integers: decimal strings summed without float drift.
        return sum + (value ? Math.round(Number(value) * 100) : 0);
      }, 0);
      return {
        stage,
        count: inStage.length,
        amountWan: (amount / 100).toFixed(2),
        projects: inStage.map((r) => projectView(r.project, r.officer?.id ? r.officer : null)),
      };
    }),
  };
}

export async function createSigningEvent(
  db: Executor,
  principal: Principal,
  body: { name: string; heldOn: string; place?: string; zone?: string },
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    let zoneId: number | null = null;
    if (body.zone) {
      const [z] = await tx.select({ id: zones.id }).from(zones).where(eq(zones.code, body.zone));
      if (!z) throw invalidFields({ path: 'zone', key: 'unknownZone' });
      zoneId = z.id;
    }
    const [created] = await tx
      .insert(signingEvents)
      .values({
        name: body.name,
        heldOn: body.heldOn,
        place: body.place ?? null,
        zoneId,
        createdBy: principal.userId,
      })
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'signing_event.create',
      entityType: 'signing_event',
      entityId: created!.id,
      after: created,
      ...meta,
    });
    return created!.id;
  });
}

/** Signed projects counted once each, amounts in 亿元 (10,000 万元) with two decimals. */
const signedProjects = sql`FROM projects p
  JOIN pipeline_stages s ON s.pipeline_code = p.pipeline_code AND s.code = p.stage_code
  LEFT JOIN signing_events e ON e.id = p.signing_event_id
  LEFT JOIN users u ON u.id = p.officer_id
  LEFT JOIN org_units ou ON ou.code = p.signed_unit_code
  WHERE s.outcome = 'signed'`;
const figureColumns = sql`count(*)::int AS projects, to_char(coalesce(sum(p.signed_amount_wan), 0) / 10000, 'FM999999990.00') AS "amountYi"`;

export async function listSigningEvents(db: Executor) {
  return queryRows<{
    id: number;
    name: string;
    heldOn: string;
    place: string | null;
    projects: number;
    amountYi: string;
  }>(
    db,
    sql`SELECT e.id, e.name, e.held_on::text AS "heldOn", e.place,
        count(p.id)::int AS projects,
        to_char(coalesce(sum(p.signed_amount_wan), 0) / 10000, 'FM999999990.00') AS "amountYi"
      FROM signing_events e
      LEFT JOIN (SELECT p.* ${signedProjects}) p ON p.signing_event_id = e.id
      GROUP BY e.id ORDER BY e.held_on DESC, e.id DESC`,
  );
}

/**
 * The zone's 招商 figures: projects signed and 亿元, in total and per event, officer, unit (the officer's
 * unit at signing), direction and month.
 */
export async function signedFigures(db: Executor, period: { from?: string; to?: string }) {
  const range = sql`${period.from ? sql`AND p.signed_on >= ${period.from}::date` : sql``}
    ${period.to ? sql`AND p.signed_on <= ${period.to}::date` : sql``}`;
  type Figure = { projects: number; amountYi: string };
  const [total] = await queryRows<Figure>(db, sql`SELECT ${figureColumns} ${signedProjects} ${range}`);
  const byEvent = await queryRows<Figure & { id: number | null; name: string | null }>(
    db,
    sql`SELECT e.id, e.name, ${figureColumns} ${signedProjects} ${range}
      GROUP BY e.id, e.name ORDER BY e.id NULLS LAST`,
  );
  const byOfficer = await queryRows<Figure & { id: number | null; name: string | null }>(
    db,
    sql`SELECT u.id, u.display_name AS name, ${figureColumns} ${signedProjects} ${range}
      GROUP BY u.id, u.display_name ORDER BY u.id NULLS LAST`,
  );
  const byUnit = await queryRows<
    Figure & { code: string | null; nameZh: string | null; nameEn: string | null }
  >(
    db,
    sql`SELECT ou.code, ou.name_zh AS "nameZh", ou.name_en AS "nameEn", ${figureColumns} ${signedProjects} ${range}
      GROUP BY ou.code ORDER BY min(ou.position) NULLS LAST, ou.code NULLS LAST`,
  );
  const byDirection = await queryRows<Figure & { code: string | null }>(
    db,
    sql`SELECT p.direction_code AS code, ${figureColumns} ${signedProjects} ${range}
      GROUP BY p.direction_code ORDER BY p.direction_code NULLS LAST`,
  );
  const byMonth = await queryRows<Figure & { month: string }>(
    db,
    sql`SELECT to_char(p.signed_on, 'YYYY-MM') AS month, ${figureColumns} ${signedProjects} ${range}
      GROUP BY 1 ORDER BY 1`,
  );
  return {
    total: total ?? { projects: 0, amountYi: '0.00' },
    byEvent,
    byOfficer,
    byUnit,
    byDirection,
    byMonth,
  };
}

type FigureSheetRow = { label: string; projects: number; amountYi: string };
const figureSheetColumns = (heading: string): TableColumn<FigureSheetRow>[] => [
  { header: heading, width: 36, value: (r) => r.label },
  { header: '签约项目数', value: (r) => r.projects },
  { header: '签约金额(亿元)', value: (r) => Number(r.amountYi) },
];

/**
 * The figures as workbook sheets (Chinese, like every export): the period and totals, then one sheet per
 * grouping with names in place of codes, and what has none said in words.
 */
export async function figuresSheets(
  db: Executor,
  figures: Awaited<ReturnType<typeof signedFigures>>,
  period: { from?: string; to?: string },
): Promise<TableSheet<FigureSheetRow>[]> {
  const directionNames = new Map(
    (await db.select().from(directions)).map((d) => [d.code, d.nameZh] as const),
  );
  const sheet = (name: string, heading: string, rows: FigureSheetRow[]) => ({
    name,
    columns: figureSheetColumns(heading),
    rows,
  });
  const periodText = `${period.from ?? '最早'} 至 ${period.to ?? '今'}`;
  return [
    sheet('汇总', '统计期间（按签约日期）', [{ label: periodText, ...figures.total }]),
    sheet(
      '按签约活动',
      '签约活动',
      figures.byEvent.map((r) => ({ ...r, label: r.name ?? '未关联签约活动' })),
    ),
    sheet(
      '按招商专员',
      '招商专员',
      figures.byOfficer.map((r) => ({ ...r, label: r.name ?? '未分配' })),
    ),
    sheet(
      '按单位',
      '单位',
      figures.byUnit.map((r) => ({ ...r, label: r.nameZh ?? '未归属单位' })),
    ),
    sheet(
      '按产业方向',
      '产业方向',
      figures.byDirection.map((r) => ({
        ...r,
        label: r.code ? (directionNames.get(r.code) ?? r.code) : '未填写',
      })),
    ),
    sheet(
      '按月份',
      '月份',
      figures.byMonth.map((r) => ({ ...r, label: r.month })),
    ),
  ];
}

/**
 * What entering a stage sets off, as the pipeline's data says (stage_actions): notices to the project's
 * officer or to every admin, follow-up tasks for the officer. In the move's transaction: no move without
 * its actions, no actions without the move.
 */
async function runStageActions(db: Executor, project: ProjectRow, stageCode: string): Promise<void> {
  const actions = await db
    .select()
    .from(stageActions)
    .where(and(eq(stageActions.pipelineCode, project.pipelineCode), eq(stageActions.stageCode, stageCode)));
  for (const action of actions) {
    const titleZh = action.titleZh.replace('{project}', project.name);
    const titleEn = action.titleEn.replace('{project}', project.name);
    const link = `/workbench/pipeline?pipeline=${project.pipelineCode}`;
    if (action.action === 'follow_up_task') {
      await db.insert(projectTasks).values({
        projectId: project.id,
        assigneeId: project.officerId,
        titleZh,
        titleEn,
        dueOn: sql`current_date + ${action.dueInDays ?? 3}::int`,
      });
      continue;
    }
    const recipients =
      action.action === 'notify_officer'
        ? project.officerId === null
          ? []
          : [project.officerId]
        : (
            await db
              .select({ id: users.id })
              .from(users)
              .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
          ).map((u) => u.id);
    await notify(db, recipients, { kind: `project.${stageCode}`, titleZh, titleEn, link });
  }
}

/** The open follow-up tasks of an officer (or everyone's, for admins asking), soonest first. */
export async function openTasks(db: Executor, assigneeId: number | null) {
  const rows = await db
    .select({ task: projectTasks, projectName: projects.name })
    .from(projectTasks)
    .innerJoin(projects, eq(projects.id, projectTasks.projectId))
    .where(
      and(
        isNull(projectTasks.doneAt),
        assigneeId === null ? undefined : eq(projectTasks.assigneeId, assigneeId),
      ),
    )
    .orderBy(asc(projectTasks.dueOn), asc(projectTasks.id));
  return rows.map(({ task, projectName }) => ({
    id: task.id,
    projectId: task.projectId,
    projectName,
    titleZh: task.titleZh,
    titleEn: task.titleEn,
    dueOn: task.dueOn,
    overdue: task.dueOn < new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
  }));
}

/** Ticks a task off: its assignee or an admin. */
export async function completeTask(db: Executor, principal: Principal, id: number): Promise<void> {
  const [task] = await db.select().from(projectTasks).where(eq(projectTasks.id, id));
  if (!task) throw notFound('task');
  if (principal.role !== 'admin' && task.assigneeId !== principal.userId) throw new AppError('FORBIDDEN');
  await db
    .update(projectTasks)
    .set({ doneAt: sql`coalesce(${projectTasks.doneAt}, now())` })
    .where(eq(projectTasks.id, id));
}
