import { asc, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { afterRegistryWrite, isScored } from './after-registry-write.js';
import { enterpriseForWrite } from './registry-write.js';
import type { Milestone, MilestoneCreateBody, MilestonePatchBody } from './schema.js';
import { enterpriseMilestones } from './tables.js';

type MilestoneRow = typeof enterpriseMilestones.$inferSelect;

export function milestoneView(m: MilestoneRow): Milestone {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    stage: m.stage,
    quantity: m.quantity,
    occurredOn: m.occurredOn,
    source: m.source,
    isDemo: m.isDemo,
  };
}

/** An enterprise's milestones, newest first, undated ones last (they are known, not placed in time). */
export async function listMilestones(db: Executor, enterpriseId: number): Promise<Milestone[]> {
  const rows = await db
    .select()
    .from(enterpriseMilestones)
    .where(eq(enterpriseMilestones.enterpriseId, enterpriseId))
    .orderBy(sql`${enterpriseMilestones.occurredOn} DESC NULLS LAST`, desc(enterpriseMilestones.id));
  return rows.map(milestoneView);
}

/** Milestones feed the target score (approvals, funding): a target's score is refreshed with them. */
function milestoneChange(enterprise: { id: number; status: string }) {
  return {
    enterpriseIds: [enterprise.id],
    figuresChanged: false,
    targetsChanged: isScored(enterprise.status),
  };
}

export async function createMilestone(
  db: Executor,
  principal: Principal,
  enterpriseId: number,
  body: MilestoneCreateBody,
  meta: RequestMeta,
): Promise<Milestone> {
  return db.transaction(async (tx) => {
    const enterprise = await enterpriseForWrite(tx, principal, enterpriseId);
    const [created] = await tx
      .insert(enterpriseMilestones)
      .values({ ...body, enterpriseId, isDemo: false })
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'enterprise.milestone.create',
      entityType: 'enterprise_milestone',
      entityId: created!.id,
      before: null,
      after: created,
      ...meta,
    });
    await afterRegistryWrite(tx, milestoneChange(enterprise));
    return milestoneView(created!);
  });
}

/** The milestone and its enterprise, locked, if the caller may edit that enterprise. */
async function milestoneForWrite(tx: Executor, principal: Principal, id: number) {
  const [milestone] = await tx
    .select()
    .from(enterpriseMilestones)
    .where(eq(enterpriseMilestones.id, id))
    .orderBy(asc(enterpriseMilestones.id))
    .for('update');
  if (!milestone) throw notFound('milestone');
  const enterprise = await enterpriseForWrite(tx, principal, milestone.enterpriseId).catch(() => {
    throw notFound('milestone');
  });
  return { milestone, enterprise };
}

export async function updateMilestone(
  db: Executor,
  principal: Principal,
  id: number,
  body: MilestonePatchBody,
  meta: RequestMeta,
): Promise<Milestone> {
  return db.transaction(async (tx) => {
    const { milestone, enterprise } = await milestoneForWrite(tx, principal, id);
    if (Object.keys(body).length === 0) return milestoneView(milestone);
    const [after] = await tx
      .update(enterpriseMilestones)
      .set(body)
      .where(eq(enterpriseMilestones.id, id))
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'enterprise.milestone.update',
      entityType: 'enterprise_milestone',
      entityId: id,
      before: milestone,
      after,
      ...meta,
    });
    await afterRegistryWrite(tx, milestoneChange(enterprise));
    return milestoneView(after!);
  });
}

export async function deleteMilestone(
  db: Executor,
  principal: Principal,
  id: number,
  meta: RequestMeta,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { milestone, enterprise } = await milestoneForWrite(tx, principal, id);
    await tx.delete(enterpriseMilestones).where(eq(enterpriseMilestones.id, id));
    await recordAudit(tx, {
      actor: principal,
      action: 'enterprise.milestone.delete',
      entityType: 'enterprise_milestone',
      entityId: id,
      before: milestone,
      after: null,
      ...meta,
    });
    await afterRegistryWrite(tx, milestoneChange(enterprise));
  });
}
