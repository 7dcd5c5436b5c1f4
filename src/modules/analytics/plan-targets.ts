import { randomUUID } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { AppError, type FieldProblem, invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { directions } from '../chain/tables.js';
import { blocks, parks, zones } from '../space/tables.js';
import { FUJIAN_CODE } from './rollups.js';
import {
  type PlanMetric,
  type PlanTarget,
  type PlanTargetBody,
  type PlanTargetPatch,
  planMetrics,
  type TargetScopeType,
} from './schema.js';
import { planTargets } from './tables.js';

type PlanTargetRow = typeof planTargets.$inferSelect;

/** Source of targets an administrator adds without naming one. */
export const ADMIN_TARGET_SOURCE = 'admin';

export function planTargetView(row: PlanTargetRow): PlanTarget {
  return {
    code: row.code,
    metric: row.metric,
    scopeType: row.scopeType,
    scopeCode: row.scopeCode,
    directionCode: row.directionCode,
    targetValue: row.targetValue,
    unit: row.unit,
    dueYear: row.dueYear,
    labelZh: row.labelZh,
    labelEn: row.labelEn,
    source: row.source,
    isReference: row.isReference,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Reference targets first (the documents'), then by due year and when they were added. */
export async function listPlanTargets(db: Executor): Promise<PlanTarget[]> {
  const rows = await db
    .select()
    .from(planTargets)
    .orderBy(desc(planTargets.isReference), asc(planTargets.dueYear), asc(planTargets.createdAt));
  return rows.map(planTargetView);
}

async function scopeExists(db: Executor, type: TargetScopeType, code: string): Promise<boolean> {
  if (type === 'province') return code === FUJIAN_CODE;
  const table = type === 'zone' ? zones : type === 'block' ? blocks : parks;
  const found = await db.select({ id: table.id }).from(table).where(eq(table.code, code));
  return found.length > 0;
}

/** The rules zod cannot see: the scope exists and suits the metric, the direction exists and applies. */
async function checkTarget(db: Executor, target: PlanTargetBody): Promise<void> {
  const problems: FieldProblem[] = [];
  const metric = planMetrics[target.metric as PlanMetric];
  if (!(metric.scopes as readonly string[]).includes(target.scopeType))
    problems.push({ path: 'scopeType', key: 'metricScope' });
  else if (!(await scopeExists(db, target.scopeType, target.scopeCode)))
    problems.push({
      path: 'scopeCode',
      key: target.scopeType === 'province' ? 'provinceScope' : 'unknownScope',
    });
  if (target.directionCode) {
    if (!metric.byDirection) problems.push({ path: 'directionCode', key: 'metricDirection' });
    else {
      const [found] = await db
        .select({ code: directions.code })
        .from(directions)
        .where(eq(directions.code, target.directionCode));
      if (!found) problems.push({ path: 'directionCode', key: 'unknownDirection' });
    }
  }
  if (metric.unit === 'percent' && target.targetValue > 100)
    problems.push({ path: 'targetValue', key: 'percentRange' });
  if (problems.length > 0) throw invalidFields(...problems);
}

function rowValues(target: PlanTargetBody) {
  return {
    metric: target.metric,
    scopeType: target.scopeType,
    scopeCode: target.scopeCode,
    directionCode: target.directionCode ?? null,
    targetValue: target.targetValue.toFixed(2),
    unit: planMetrics[target.metric].unit,
    dueYear: target.dueYear,
    labelZh: target.labelZh,
    labelEn: target.labelEn,
    source: target.source ?? ADMIN_TARGET_SOURCE,
  };
}

export async function createPlanTarget(
  db: Executor,
  principal: Principal,
  body: PlanTargetBody,
  meta: RequestMeta,
): Promise<PlanTarget> {
  return db.transaction(async (tx) => {
    await checkTarget(tx, body);
    // Admins name targets by their labels; the code is only a key.
    const code = `${body.metric.replace(/_/g, '-')}-${body.dueYear}-${randomUUID().slice(0, 8)}`;
    const [created] = await tx
      .insert(planTargets)
      .values({ code, ...rowValues(body), isReference: false })
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'plan_target.create',
      entityType: 'plan_target',
      entityId: code,
      after: created,
      ...meta,
    });
    return planTargetView(created!);
  });
}

async function lockedTarget(db: Executor, code: string): Promise<PlanTargetRow> {
  const [row] = await db.select().from(planTargets).where(eq(planTargets.code, code)).for('update');
  if (!row) throw notFound('plan_target');
  // The documents' targets are reloaded from reference data on every start: an edit would not last.
  if (row.isReference) throw new AppError('REFERENCE_TARGET');
  return row;
}

function bodyOf(row: PlanTargetRow): PlanTargetBody {
  return {
    metric: row.metric as PlanMetric,
    scopeType: row.scopeType,
    scopeCode: row.scopeCode,
    directionCode: row.directionCode,
    targetValue: Number(row.targetValue),
    dueYear: row.dueYear,
    labelZh: row.labelZh,
    labelEn: row.labelEn,
    source: row.source,
  };
}

export async function updatePlanTarget(
  db: Executor,
  principal: Principal,
  code: string,
  patch: PlanTargetPatch,
  meta: RequestMeta,
): Promise<PlanTarget> {
  return db.transaction(async (tx) => {
    const before = await lockedTarget(tx, code);
    const merged: PlanTargetBody = { ...bodyOf(before), ...stripUndefined(patch) };
    await checkTarget(tx, merged);
    const [after] = await tx
      .update(planTargets)
      .set(rowValues(merged))
      .where(eq(planTargets.code, code))
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'plan_target.update',
      entityType: 'plan_target',
      entityId: code,
      before,
      after,
      ...meta,
    });
    return planTargetView(after!);
  });
}

export async function deletePlanTarget(
  db: Executor,
  principal: Principal,
  code: string,
  meta: RequestMeta,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockedTarget(tx, code);
    await tx.delete(planTargets).where(eq(planTargets.code, code));
    await recordAudit(tx, {
      actor: principal,
      action: 'plan_target.delete',
      entityType: 'plan_target',
      entityId: code,
      before,
      ...meta,
    });
  });
}

/** A PATCH leaves out what it does not change; `directionCode: null` clears the direction. */
function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
