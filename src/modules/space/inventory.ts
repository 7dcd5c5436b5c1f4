import { count, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import { canEditPark, type Principal } from '../../core/auth/roles.js';
import type { Executor, Tx } from '../../core/db/db.js';
import { AppError, invalidFields, notFound } from '../../core/errors/index.js';
import { normalizePhone } from '../../core/ids/index.js';
import { indexDocuments } from '../../core/search/index.js';
import { enterprises } from '../enterprises/tables.js';
import {
  type BuildingCreate,
  type BuildingPatch,
  type ParkPatch,
  type UnitCreate,
  type UnitPatch,
  unitRuleProblems,
} from './schema.js';
import { indexBuilding, indexPark, unitSearchSource } from './search-source.js';
import { buildings, parks, unitStatusHistory, units } from './tables.js';

/** Who is writing, and from where: what the audit log records. */
export type WriteContext = { principal: Principal; ip?: string | null; requestId?: string | null };

function assertCanEdit(ctx: WriteContext, parkId: number): void {
  if (!canEditPark(ctx.principal, parkId)) throw new AppError('FORBIDDEN');
}

/** Every write to a park's inventory stamps the park: its page shows when and by whom it last changed. */
async function touchPark(tx: Tx, parkId: number, ctx: WriteContext): Promise<void> {
  await tx
    .update(parks)
    .set({ updatedAt: sql`now()`, updatedBy: ctx.principal.userId })
    .where(eq(parks.id, parkId));
}

function audit(
  tx: Tx,
  ctx: WriteContext,
  action: string,
  entityType: string,
  entityId: number,
  before: unknown,
  after: unknown,
) {
  return recordAudit(tx, {
    actor: ctx.principal,
    action,
    entityType,
    entityId,
    before,
    after,
    ip: ctx.ip ?? null,
    requestId: ctx.requestId ?? null,
  });
}

/** Drops keys whose value is undefined, so a patch only sets what it names. */
function defined<T extends Record<string, unknown>>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// ——— Parks ———

export async function updatePark(db: Executor, ctx: WriteContext, parkId: number, patch: ParkPatch) {
  let contactPhone = patch.contactPhone;
  if (contactPhone) {
    const e164 = normalizePhone(contactPhone);
    if (!e164) throw invalidFields({ path: 'contactPhone', key: 'phone' });
    contactPhone = e164;
  }
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(parks).where(eq(parks.id, parkId)).for('update');
    if (!before) throw notFound('park');
    assertCanEdit(ctx, parkId);
    const [after] = await tx
      .update(parks)
      .set({ ...defined({ ...patch, contactPhone }), updatedAt: sql`now()`, updatedBy: ctx.principal.userId })
      .where(eq(parks.id, parkId))
      .returning();
    await audit(tx, ctx, 'park.update', 'park', parkId, before, after);
    await indexPark(tx, parkId, after!.nameZh !== before.nameZh);
  });
}

// ——— Buildings ———

async function buildingForWrite(tx: Tx, ctx: WriteContext, buildingId: number) {
  const [building] = await tx.select().from(buildings).where(eq(buildings.id, buildingId)).for('update');
  if (!building) throw notFound('building');
  assertCanEdit(ctx, building.parkId);
  return building;
}

export async function createBuilding(db: Executor, ctx: WriteContext, parkId: number, body: BuildingCreate) {
  return db.transaction(async (tx) => {
    const [park] = await tx.select({ id: parks.id }).from(parks).where(eq(parks.id, parkId));
    if (!park) throw notFound('park');
    assertCanEdit(ctx, parkId);
    const [created] = await tx
      .insert(buildings)
      .values({ ...body, parkId })
      .returning();
    await audit(tx, ctx, 'building.create', 'building', created!.id, null, created);
    await indexBuilding(tx, created!.id, false);
    await touchPark(tx, parkId, ctx);
    return created!;
  });
}

export async function updateBuilding(
  db: Executor,
  ctx: WriteContext,
  buildingId: number,
  patch: BuildingPatch,
) {
  return db.transaction(async (tx) => {
    const before = await buildingForWrite(tx, ctx, buildingId);
    const [after] = await tx
      .update(buildings)
      .set({ ...defined(patch), updatedAt: sql`now()` })
      .where(eq(buildings.id, buildingId))
      .returning();
    await audit(tx, ctx, 'building.update', 'building', buildingId, before, after);
    await indexBuilding(tx, buildingId, after!.nameZh !== before.nameZh);
    await touchPark(tx, before.parkId, ctx);
    return after!;
  });
}

export async function deleteBuilding(db: Executor, ctx: WriteContext, buildingId: number) {
  await db.transaction(async (tx) => {
    const before = await buildingForWrite(tx, ctx, buildingId);
    const [unitCount] = await tx.select({ n: count() }).from(units).where(eq(units.buildingId, buildingId));
    if ((unitCount?.n ?? 0) > 0) throw new AppError('CONFLICT', { params: { detail: 'building has units' } });
    await tx.delete(buildings).where(eq(buildings.id, buildingId));
    await audit(tx, ctx, 'building.delete', 'building', buildingId, before, null);
    await indexBuilding(tx, buildingId, false);
    await touchPark(tx, before.parkId, ctx);
  });
}

// ——— Units ———

async function unitForWrite(tx: Tx, ctx: WriteContext, unitId: number) {
  const [row] = await tx
    .select({ unit: units, parkId: buildings.parkId })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .where(eq(units.id, unitId))
    .for('update', { of: units });
  if (!row) throw notFound('unit');
  assertCanEdit(ctx, row.parkId);
  return row;
}

async function checkUnitRules(tx: Tx, unit: { status: string; tenantEnterpriseId: number | null }) {
  const problems = unitRuleProblems(unit);
  if (problems.length > 0) throw invalidFields(...problems);
  if (unit.tenantEnterpriseId !== null) {
    const [tenant] = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(eq(enterprises.id, unit.tenantEnterpriseId));
    if (!tenant) throw invalidFields({ path: 'tenantEnterpriseId', key: 'tenantNotFound' });
  }
}

async function recordStatus(
  tx: Tx,
  ctx: WriteContext,
  unit: typeof units.$inferSelect,
  from: typeof unit.status | null,
) {
  await tx.insert(unitStatusHistory).values({
    unitId: unit.id,
    fromStatus: from,
    toStatus: unit.status,
    areaM2: unit.areaM2,
    changedBy: ctx.principal.userId,
  });
}

export async function createUnit(db: Executor, ctx: WriteContext, buildingId: number, body: UnitCreate) {
  return db.transaction(async (tx) => {
    const [building] = await tx.select().from(buildings).where(eq(buildings.id, buildingId));
    if (!building) throw notFound('building');
    assertCanEdit(ctx, building.parkId);
    await checkUnitRules(tx, body);
    const [created] = await tx
      .insert(units)
      .values({ ...body, buildingId })
      .returning();
    await recordStatus(tx, ctx, created!, null);
    await audit(tx, ctx, 'unit.create', 'unit', created!.id, null, created);
    await indexDocuments(tx, unitSearchSource, [created!.id]);
    await touchPark(tx, building.parkId, ctx);
    return created!;
  });
}

export async function updateUnit(db: Executor, ctx: WriteContext, unitId: number, patch: UnitPatch) {
  return db.transaction(async (tx) => {
    const { unit: before, parkId } = await unitForWrite(tx, ctx, unitId);
    const changes = defined(patch);
    // A unit that stops being leased or sold no longer has a tenant, unless the patch names one.
    if (
      changes.status &&
      !['leased', 'sold'].includes(changes.status) &&
      changes.tenantEnterpriseId === undefined
    ) {
      changes.tenantEnterpriseId = null;
    }
    const merged = { ...before, ...changes };
    await checkUnitRules(tx, merged);
    const [after] = await tx
      .update(units)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(units.id, unitId))
      .returning();
    if (after!.status !== before.status) await recordStatus(tx, ctx, after!, before.status);
    await audit(tx, ctx, 'unit.update', 'unit', unitId, before, after);
    await indexDocuments(tx, unitSearchSource, [unitId]);
    await touchPark(tx, parkId, ctx);
    return after!;
  });
}

export async function deleteUnit(db: Executor, ctx: WriteContext, unitId: number) {
  await db.transaction(async (tx) => {
    const { unit: before, parkId } = await unitForWrite(tx, ctx, unitId);
    await tx.delete(units).where(eq(units.id, unitId));
    await audit(tx, ctx, 'unit.delete', 'unit', unitId, before, null);
    await indexDocuments(tx, unitSearchSource, [unitId]);
    await touchPark(tx, parkId, ctx);
  });
}
