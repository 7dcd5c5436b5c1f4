import { asc, count, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { AppError, invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { orgUnits, users } from './tables.js';

/** The zone's units (招商单位 / 处室) in their order, with how many people belong to each. */
export async function listOrgUnits(db: Executor) {
  const rows = await db
    .select({
      code: orgUnits.code,
      nameZh: orgUnits.nameZh,
      nameEn: orgUnits.nameEn,
      position: orgUnits.position,
      isDemo: orgUnits.isDemo,
      members: count(users.id),
    })
    .from(orgUnits)
    .leftJoin(users, eq(users.orgUnitCode, orgUnits.code))
    .groupBy(orgUnits.code)
    .orderBy(asc(orgUnits.position), asc(orgUnits.code));
  return rows;
}

/** Creates a unit or renames and reorders it (the code stays: figures and people refer to it). */
export async function putOrgUnit(
  db: Executor,
  principal: Principal,
  code: string,
  body: { nameZh: string; nameEn: string; position: number },
  meta: RequestMeta,
): Promise<'created' | 'updated'> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(orgUnits).where(eq(orgUnits.code, code)).for('update');
    const values = { nameZh: body.nameZh, nameEn: body.nameEn, position: body.position };
    if (before) await tx.update(orgUnits).set(values).where(eq(orgUnits.code, code));
    else await tx.insert(orgUnits).values({ code, ...values });
    await recordAudit(tx, {
      actor: principal,
      action: before ? 'org_unit.update' : 'org_unit.create',
      entityType: 'org_unit',
      entityId: code,
      before: before ?? null,
      after: { code, ...values },
      ...meta,
    });
    return before ? 'updated' : 'created';
  });
}

/** Removes a unit nobody belongs to and no signed project counts for; otherwise says what still does. */
export async function deleteOrgUnit(db: Executor, principal: Principal, code: string, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(orgUnits).where(eq(orgUnits.code, code)).for('update');
    if (!before) throw notFound('org_unit');
    const [use] = await queryRows<{ members: number; projects: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM users WHERE org_unit_code = ${code}) AS members,
        (SELECT count(*)::int FROM projects WHERE signed_unit_code = ${code}) AS projects`,
    );
    if (use && (use.members > 0 || use.projects > 0)) {
      throw new AppError('ORG_UNIT_IN_USE', { params: { members: use.members, projects: use.projects } });
    }
    await tx.delete(orgUnits).where(eq(orgUnits.code, code));
    await recordAudit(tx, {
      actor: principal,
      action: 'org_unit.delete',
      entityType: 'org_unit',
      entityId: code,
      before,
      ...meta,
    });
  });
}

/** Puts a staff member in a unit (or in none). */
export async function setUserOrgUnit(
  db: Executor,
  principal: Principal,
  userId: number,
  code: string | null,
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFound('user');
    if (code !== null) {
      const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.code, code));
      if (!unit) throw invalidFields({ path: 'orgUnit', key: 'unknownOrgUnit' });
    }
    await tx.update(users).set({ orgUnitCode: code }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: principal,
      action: 'user.org_unit',
      entityType: 'user',
      entityId: userId,
      before: { orgUnit: user.orgUnitCode },
      after: { orgUnit: code },
      ...meta,
    });
  });
}
