import { and, asc, count, eq, notInArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { AppError, type FieldProblem, invalidFields, type Lang } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import type { PipelineDefinitionBody } from './schema.js';
import { pipelineStages, pipelines, pipelineTransitions, projects, stageActions } from './tables.js';

const actionOrder = ['notify_officer', 'notify_admins', 'follow_up_task'] as const;

/**
 * Every pipeline (or the one named), as the editor reads it: stages in order with the moves allowed
 * (the shape of getPipeline), the projects now in each stage, and what entering a stage sets off.
 * Five queries whatever the number of pipelines.
 */
async function readDefinitions(db: Executor, code?: string) {
  const only = (column: AnyPgColumn) => (code === undefined ? undefined : eq(column, code));
  const [pipelineRows, stageRows, moves, actions, counts] = await Promise.all([
    db.select().from(pipelines).where(only(pipelines.code)).orderBy(asc(pipelines.code)),
    db
      .select()
      .from(pipelineStages)
      .where(only(pipelineStages.pipelineCode))
      .orderBy(asc(pipelineStages.pipelineCode), asc(pipelineStages.position)),
    db.select().from(pipelineTransitions).where(only(pipelineTransitions.pipelineCode)),
    db.select().from(stageActions).where(only(stageActions.pipelineCode)),
    db
      .select({ pipelineCode: projects.pipelineCode, stageCode: projects.stageCode, n: count() })
      .from(projects)
      .where(only(projects.pipelineCode))
      .groupBy(projects.pipelineCode, projects.stageCode),
  ]);
  return pipelineRows.map((pipeline) => {
    const stages = stageRows.filter((s) => s.pipelineCode === pipeline.code);
    const position = new Map(stages.map((s) => [s.code, s.position]));
    const at = (stage: string) => position.get(stage) ?? Number.MAX_SAFE_INTEGER;
    return {
      code: pipeline.code,
      nameZh: pipeline.nameZh,
      nameEn: pipeline.nameEn,
      stages: stages.map((s) => ({
        code: s.code,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        outcome: s.outcome,
        requiresAmount: s.requiresAmount,
        requiresReason: s.requiresReason,
        // In board order, as getPipeline gives them: a definition read and sent back stays the same.
        next: moves
          .filter((m) => m.pipelineCode === pipeline.code && m.fromStage === s.code)
          .map((m) => m.toStage)
          .sort((a, b) => at(a) - at(b)),
        projects: counts.find((c) => c.pipelineCode === pipeline.code && c.stageCode === s.code)?.n ?? 0,
      })),
      actions: actions
        .filter((a) => a.pipelineCode === pipeline.code)
        .sort(
          (a, b) =>
            at(a.stageCode) - at(b.stageCode) ||
            actionOrder.indexOf(a.action) - actionOrder.indexOf(b.action),
        )
        .map((a) => ({
          stage: a.stageCode,
          action: a.action,
          titleZh: a.titleZh,
          titleEn: a.titleEn,
          dueInDays: a.dueInDays,
        })),
    };
  });
}

export type PipelineDefinition = Awaited<ReturnType<typeof readDefinitions>>[number];

/** Every pipeline with its stages, moves, actions and the projects per stage, by code. */
export function listPipelineDefinitions(db: Executor): Promise<PipelineDefinition[]> {
  return readDefinitions(db);
}

export async function getPipelineDefinition(db: Executor, code: string): Promise<PipelineDefinition | null> {
  const [definition] = await readDefinitions(db, code);
  return definition ?? null;
}

/**
 * What the rows cannot say for themselves: stage codes unique, the first stage open (new projects start
 * there, and so there is always an open stage), moves and actions naming stages of this pipeline, no move
 * to the same stage, one action of each kind per stage, a due date for tasks.
 *
 * Signing: a 'signed' stage a project can enter from an open or lost stage must require the amount, because
 * only such a move records the signed amount and date that the figures (outcome = 'signed') add up; stages
 * after signing (registered, operating) need not. A pipeline without any signed stage is allowed: not
 * every pipeline ends in a signing.
 */
export function definitionProblems(body: PipelineDefinitionBody): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const firstIndex = new Map<string, number>();
  body.stages.forEach((stage, i) => {
    if (firstIndex.has(stage.code)) problems.push({ path: `stages.${i}.code`, key: 'duplicateStage' });
    else firstIndex.set(stage.code, i);
  });
  if (body.stages[0] && body.stages[0].outcome !== 'open') {
    problems.push({ path: 'stages.0.outcome', key: 'firstStageOpen' });
  }
  const outcome = new Map(body.stages.map((s) => [s.code, s.outcome]));
  body.stages.forEach((stage, i) => {
    stage.next.forEach((to, j) => {
      if (to === stage.code) problems.push({ path: `stages.${i}.next.${j}`, key: 'selfTransition' });
      else if (!outcome.has(to)) problems.push({ path: `stages.${i}.next.${j}`, key: 'unknownStage' });
    });
  });
  body.stages.forEach((stage, i) => {
    if (stage.outcome !== 'signed' || stage.requiresAmount) return;
    const enteredUnsigned = body.stages.some(
      (from) => from.outcome !== 'signed' && from.next.includes(stage.code),
    );
    if (enteredUnsigned) problems.push({ path: `stages.${i}.requiresAmount`, key: 'signingNeedsAmount' });
  });
  const seen = new Set<string>();
  body.actions.forEach((action, i) => {
    if (!outcome.has(action.stage)) problems.push({ path: `actions.${i}.stage`, key: 'unknownStage' });
    const key = `${action.stage}\u0000${action.action}`;
    if (seen.has(key)) problems.push({ path: `actions.${i}.action`, key: 'duplicateAction' });
    seen.add(key);
    if (action.action === 'follow_up_task' && (action.dueInDays ?? null) === null) {
      problems.push({ path: `actions.${i}.dueInDays`, key: 'required' });
    }
  });
  return problems;
}

/** The definition without the counts: what the audit log keeps as before and after. */
function auditShape(definition: PipelineDefinition | null) {
  if (!definition) return null;
  return { ...definition, stages: definition.stages.map(({ projects: _n, ...stage }) => stage) };
}

function stageInUse(
  removed: { code: string; n: number }[],
  before: PipelineDefinition | null,
  lang: Lang,
): AppError {
  const name = (code: string) => before?.stages.find((s) => s.code === code);
  const detail = removed
    .map(({ code, n }) =>
      lang === 'en'
        ? `stage “${name(code)?.nameEn ?? code}” (${code}) still has ${n} project(s) and cannot be removed`
        : `阶段“${name(code)?.nameZh ?? code}”（${code}）仍有 ${n} 个项目，不能删除`,
    )
    .join(lang === 'en' ? '; ' : '；');
  return new AppError('CONFLICT', { params: { detail } });
}

/**
 * Creates a pipeline or replaces its whole definition, in one transaction: names, stages (by code, so
 * renaming or reordering a stage keeps its projects), the moves allowed and the stage actions. A stage
 * that still has projects cannot be removed (409 naming it and the count). The pipeline's projects are
 * locked first, so a move running meanwhile either finishes before the check or sees the new rules.
 */
export async function savePipeline(
  db: Executor,
  principal: Principal,
  code: string,
  body: PipelineDefinitionBody,
  meta: RequestMeta,
  lang: Lang,
): Promise<'created' | 'updated'> {
  const problems = definitionProblems(body);
  if (problems.length > 0) throw invalidFields(...problems);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(pipelines).where(eq(pipelines.code, code)).for('update');
    await tx.select({ id: projects.id }).from(projects).where(eq(projects.pipelineCode, code)).for('update');
    const before = existing ? await getPipelineDefinition(tx, code) : null;
    const kept = body.stages.map((s) => s.code);
    const removed = await tx
      .select({ code: projects.stageCode, n: count() })
      .from(projects)
      .where(and(eq(projects.pipelineCode, code), notInArray(projects.stageCode, kept)))
      .groupBy(projects.stageCode)
      .orderBy(asc(projects.stageCode));
    if (removed.length > 0) throw stageInUse(removed, before, lang);

    await writeDefinition(tx, code, body, !!existing);
    const after = await getPipelineDefinition(tx, code);
    await recordAudit(tx, {
      actor: principal,
      action: existing ? 'pipeline.update' : 'pipeline.create',
      entityType: 'pipeline',
      entityId: code,
      before: auditShape(before),
      after: auditShape(after),
      ...meta,
    });
    return existing ? 'updated' : 'created';
  });
}

/** Writes the rows of a checked definition: stages upserted by code, moves and actions replaced. */
async function writeDefinition(tx: Executor, code: string, body: PipelineDefinitionBody, exists: boolean) {
  const names = { nameZh: body.nameZh, nameEn: body.nameEn };
  if (exists) await tx.update(pipelines).set(names).where(eq(pipelines.code, code));
  else await tx.insert(pipelines).values({ code, ...names });

  const kept = body.stages.map((s) => s.code);
  await tx
    .delete(pipelineStages)
    .where(and(eq(pipelineStages.pipelineCode, code), notInArray(pipelineStages.code, kept)));
  await tx
    .insert(pipelineStages)
    .values(
      body.stages.map((s, position) => ({
        pipelineCode: code,
        code: s.code,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        position,
        outcome: s.outcome,
        requiresAmount: s.requiresAmount,
        requiresReason: s.requiresReason,
      })),
    )
    .onConflictDoUpdate({
      target: [pipelineStages.pipelineCode, pipelineStages.code],
      set: {
        nameZh: sql`excluded.name_zh`,
        nameEn: sql`excluded.name_en`,
        position: sql`excluded.position`,
        outcome: sql`excluded.outcome`,
        requiresAmount: sql`excluded.requires_amount`,
        requiresReason: sql`excluded.requires_reason`,
      },
    });

  await tx.delete(pipelineTransitions).where(eq(pipelineTransitions.pipelineCode, code));
  // A move listed twice is one move.
  const moves = [...new Set(body.stages.flatMap((s) => s.next.map((to) => `${s.code} ${to}`)))].map((m) => {
    const [fromStage, toStage] = m.split(' ') as [string, string];
    return { pipelineCode: code, fromStage, toStage };
  });
  if (moves.length > 0) await tx.insert(pipelineTransitions).values(moves);

  await tx.delete(stageActions).where(eq(stageActions.pipelineCode, code));
  if (body.actions.length > 0) {
    await tx.insert(stageActions).values(
      body.actions.map((a) => ({
        pipelineCode: code,
        stageCode: a.stage,
        action: a.action,
        titleZh: a.titleZh,
        titleEn: a.titleEn,
        // Notices have no due date; keeping one would only confuse the next reader of the definition.
        dueInDays: a.action === 'follow_up_task' ? (a.dueInDays ?? null) : null,
      })),
    );
  }
}
