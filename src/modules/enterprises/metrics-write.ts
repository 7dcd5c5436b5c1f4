import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { afterRegistryWrite, isScored } from './after-registry-write.js';
import { wanToYuan } from './amounts.js';
import { enterpriseForWrite } from './registry-write.js';
import type { MetricsPutBody } from './schema.js';
import { enterpriseMetrics } from './tables.js';

type Enterprise = { id: number; status: string };

function figuresChange(e: Enterprise) {
  return { enterpriseIds: [e.id], figuresChanged: true, targetsChanged: isScored(e.status) };
}

/** One year's figures in yuan as stored; a figure left out of the body is no figure. */
export function metricsValues(enterpriseId: number, year: number, body: MetricsPutBody) {
  return {
    enterpriseId,
    year,
    operatingRevenueYuan: wanToYuan(body.operatingRevenueWan),
    taxYuan: wanToYuan(body.taxWan),
    rdSpendYuan: wanToYuan(body.rdSpendWan),
    outputValueYuan: wanToYuan(body.outputValueWan),
    employees: body.employees ?? null,
    source: body.source,
    isDemo: false,
  };
}

/**
 * Sets one year's figures of an enterprise (the whole year: the year is the period of every figure and
 * the source is the year's). Answers whether the year was new.
 */
export async function putMetrics(
  db: Executor,
  principal: Principal,
  enterpriseId: number,
  year: number,
  body: MetricsPutBody,
  meta: RequestMeta,
): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const enterprise = await enterpriseForWrite(tx, principal, enterpriseId);
    const where = and(eq(enterpriseMetrics.enterpriseId, enterpriseId), eq(enterpriseMetrics.year, year));
    const [before] = await tx.select().from(enterpriseMetrics).where(where);
    const values = metricsValues(enterpriseId, year, body);
    const { enterpriseId: _e, year: _y, ...set } = values;
    const [after] = await tx
      .insert(enterpriseMetrics)
      .values(values)
      .onConflictDoUpdate({ target: [enterpriseMetrics.enterpriseId, enterpriseMetrics.year], set })
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: before ? 'enterprise.metrics.update' : 'enterprise.metrics.create',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: before ?? null,
      after,
      ...meta,
    });
    await afterRegistryWrite(tx, figuresChange(enterprise));
    return { created: !before };
  });
}

export async function deleteMetrics(
  db: Executor,
  principal: Principal,
  enterpriseId: number,
  year: number,
  meta: RequestMeta,
): Promise<void> {
  await db.transaction(async (tx) => {
    const enterprise = await enterpriseForWrite(tx, principal, enterpriseId);
    const [removed] = await tx
      .delete(enterpriseMetrics)
      .where(and(eq(enterpriseMetrics.enterpriseId, enterpriseId), eq(enterpriseMetrics.year, year)))
      .returning();
    if (!removed) throw notFound('metrics');
    await recordAudit(tx, {
      actor: principal,
      action: 'enterprise.metrics.delete',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: removed,
      after: null,
      ...meta,
    });
    await afterRegistryWrite(tx, figuresChange(enterprise));
  });
}
