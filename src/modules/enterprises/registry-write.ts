import { and, eq, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { AppError, type FieldProblem, invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { indexDocuments } from '../../core/search/index.js';
import { afterRegistryWrite, isScored } from './after-registry-write.js';
import {
  candidateOf,
  type EnterpriseCandidate,
  type EnterpriseValues,
  enterpriseProblems,
  loadLookups,
  mayEditEnterprise,
  parkScopeProblem,
  type RegistryLookups,
  resolvedChainLink,
} from './enterprise-rules.js';
import type { EnterpriseCreateBody, EnterprisePatchBody } from './schema.js';
import { enterpriseSearchSource } from './search-source.js';
import { enterprises } from './tables.js';

type EnterpriseRow = typeof enterprises.$inferSelect;

/** A body's fields as the table's columns (capital is the one named differently). */
function valuesOf(body: EnterprisePatchBody): Partial<EnterpriseValues> {
  const { registeredCapitalWan, ...rest } = body;
  const values: Partial<EnterpriseValues> = { ...rest };
  if (registeredCapitalWan !== undefined) values.registeredCapitalWanYuan = registeredCapitalWan;
  return values;
}

/** Another firm with this credit code: a conflict the form shows on the field. */
async function assertUsccFree(tx: Executor, uscc: string | null, selfId: number | null): Promise<void> {
  if (!uscc) return;
  const [taken] = await tx
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(
      selfId === null
        ? eq(enterprises.uscc, uscc)
        : and(eq(enterprises.uscc, uscc), ne(enterprises.id, selfId)),
    );
  if (taken) {
    throw new AppError('CONFLICT', {
      params: { detail: uscc },
      fields: [{ path: 'uscc', key: 'usccTaken' }],
    });
  }
}

/** The lookups a write of one enterprise needs (its unit's park, when it names a unit). */
function lookupsFor(tx: Executor, unitId: number | null | undefined): Promise<RegistryLookups> {
  return loadLookups(tx, unitId == null ? [] : [unitId]);
}

/** Every rule of the registry over the enterprise as it would be written; all problems at once. */
async function checkCandidate(
  tx: Executor,
  principal: Principal,
  before: EnterpriseRow | null,
  candidate: EnterpriseCandidate,
  lookups: RegistryLookups,
): Promise<void> {
  const problems: FieldProblem[] = enterpriseProblems(candidate, lookups);
  const scope = parkScopeProblem(principal, before, candidate);
  if (scope && !problems.some((p) => p.path === 'parkId')) problems.push(scope);
  if (problems.length > 0) throw invalidFields(...problems);
  await assertUsccFree(tx, candidate.uscc, before?.id ?? null);
}

/** What other modules must hear of a write (see afterRegistryWrite). */
function changeOf(before: EnterpriseRow | null, after: EnterpriseRow) {
  return {
    enterpriseIds: [after.id],
    figuresChanged: !before || before.status !== after.status || before.parkId !== after.parkId,
    targetsChanged: isScored(before?.status) || isScored(after.status),
  };
}

/** Audit, search document and dependants of one enterprise write, in its transaction. */
async function recordWrite(
  tx: Executor,
  principal: Principal,
  before: EnterpriseRow | null,
  after: EnterpriseRow,
  meta: RequestMeta,
): Promise<void> {
  await recordAudit(tx, {
    actor: principal,
    action: before ? 'enterprise.update' : 'enterprise.create',
    entityType: 'enterprise',
    entityId: after.id,
    before,
    after,
    ...meta,
  });
  await indexDocuments(tx, enterpriseSearchSource, [after.id]);
  await afterRegistryWrite(tx, changeOf(before, after));
}

export async function createEnterprise(
  db: Executor,
  principal: Principal,
  body: EnterpriseCreateBody,
  meta: RequestMeta,
): Promise<number> {
  return db.transaction(async (tx) => {
    const values = valuesOf(body) as EnterpriseValues;
    const lookups = await lookupsFor(tx, values.unitId);
    values.chainLinkCode = resolvedChainLink(body.chainLinkCode, true, candidateOf(values), lookups);
    await checkCandidate(tx, principal, null, candidateOf(values), lookups);
    const [created] = await tx.insert(enterprises).values(values).returning();
    await recordWrite(tx, principal, null, created!, meta);
    return created!.id;
  });
}

/** The enterprise, locked for the write; a firm outside a park manager's parks does not exist for them. */
export async function enterpriseForWrite(
  tx: Executor,
  principal: Principal,
  id: number,
): Promise<EnterpriseRow> {
  const [row] = await tx.select().from(enterprises).where(eq(enterprises.id, id)).for('update');
  if (!row || !mayEditEnterprise(principal, row.parkId)) throw notFound('enterprise');
  return row;
}

export async function updateEnterprise(
  db: Executor,
  principal: Principal,
  id: number,
  body: EnterprisePatchBody,
  meta: RequestMeta,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await enterpriseForWrite(tx, principal, id);
    const patch = valuesOf(body);
    const merged = { ...before, ...patch };
    const classificationChanged =
      (body.industryCode !== undefined && body.industryCode !== before.industryCode) ||
      (body.directionCode !== undefined && body.directionCode !== before.directionCode);
    const lookups = await lookupsFor(tx, merged.unitId);
    merged.chainLinkCode = resolvedChainLink(body.chainLinkCode, classificationChanged, merged, lookups);
    // A Taiwan-funded flag switched off takes the investor's number with it, unless the body says otherwise.
    if (body.isTaiwanFunded === false && body.taiwanUbn === undefined) merged.taiwanUbn = null;
    await checkCandidate(tx, principal, before, candidateOf(merged), lookups);
    const { id: _id, createdAt: _c, updatedAt: _u, isDemo: _d, ...columns } = merged;
    const [after] = await tx
      .update(enterprises)
      .set({ ...columns, updatedAt: sql`now()` })
      .where(eq(enterprises.id, id))
      .returning();
    await recordWrite(tx, principal, before, after!, meta);
  });
}
