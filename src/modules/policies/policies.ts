import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { containsInAnyScript } from '../../core/db/text-match.js';
import { AppError, invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { zones } from '../space/tables.js';
import { hasDemoFigures, today, withZones } from './calculator.js';
import { listMatchRuns, type MatchRun } from './matching-run.js';
import { bilingual, clausesOf, describeClause, type Rule } from './rules/index.js';
import type { PolicyBenefit, PolicyBody } from './schema.js';
import { indexPolicies } from './search-source.js';
import { policies, policyZones } from './tables.js';

type PolicyRow = typeof policies.$inferSelect;
type WithZones = PolicyRow & { zones: string[]; rule: Rule; benefits: PolicyBenefit[] };

const STAFF_ROLES = new Set(['admin', 'officer']);

/** Everyone reads published and expired policies; drafts are for the zone's staff. */
function visibleTo(principal: Principal | null): SQL | undefined {
  return principal && STAFF_ROLES.has(principal.role) ? undefined : sql`${policies.status} <> 'draft'`;
}

function isInForce(p: PolicyRow, day: string): boolean {
  return p.status === 'published' && (!p.validFrom || p.validFrom <= day) && (!p.validTo || p.validTo >= day);
}

function summaryOf(p: WithZones, day: string) {
  return {
    id: p.id,
    code: p.code,
    titleZh: p.titleZh,
    titleEn: p.titleEn,
    issuerZh: p.issuerZh,
    issuerEn: p.issuerEn,
    level: p.level,
    docNumber: p.docNumber,
    validFrom: p.validFrom,
    validTo: p.validTo,
    status: p.status,
    inForce: isInForce(p, day),
    zones: p.zones,
    summaryZh: p.summaryZh,
    summaryEn: p.summaryEn,
    version: p.version,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    hasDemoFigures: hasDemoFigures(p.benefits),
    source: p.source,
    isDemo: p.isDemo,
  };
}

export function runView(run: MatchRun) {
  return {
    id: run.id,
    policyVersion: run.policyVersion,
    status: run.status,
    total: run.total,
    evaluated: run.evaluated,
    eligible: run.eligible,
    nearMiss: run.nearMiss,
    notified: run.notified,
    error: run.error,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.durationMs,
  };
}

export type PolicyListQuery = {
  status?: PolicyRow['status'];
  level?: PolicyRow['level'];
  zone?: string;
  inForce?: 'true' | 'false';
  q?: string;
  limit: number;
  offset: number;
};

function listWhere(principal: Principal | null, query: PolicyListQuery, day: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [visibleTo(principal)];
  if (query.status) conditions.push(eq(policies.status, query.status));
  if (query.level) conditions.push(eq(policies.level, query.level));
  if (query.zone)
    // Applies in the zone: listed for it, or for no zone in particular (everywhere).
    conditions.push(sql`(NOT EXISTS (SELECT 1 FROM policy_zones pz WHERE pz.policy_id = ${policies.id})
      OR EXISTS (SELECT 1 FROM policy_zones pz JOIN zones z ON z.id = pz.zone_id
        WHERE pz.policy_id = ${policies.id} AND z.code = ${query.zone}))`);
  if (query.inForce) {
    const inForce = sql`(${policies.status} = 'published'
      AND (${policies.validFrom} IS NULL OR ${policies.validFrom} <= ${day}::date)
      AND (${policies.validTo} IS NULL OR ${policies.validTo} >= ${day}::date))`;
    conditions.push(query.inForce === 'true' ? inForce : sql`NOT ${inForce}`);
  }
  if (query.q)
    conditions.push(
      containsInAnyScript(
        [policies.titleZh, policies.titleEn, policies.issuerZh, policies.docNumber, policies.code],
        query.q,
      ),
    );
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length > 0 ? and(...present) : undefined;
}

/** The library: newest first, filtered, a page at a time. */
export async function listPolicies(db: Executor, principal: Principal | null, query: PolicyListQuery) {
  const day = today();
  const where = listWhere(principal, query, day);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(policies)
      .where(where)
      .orderBy(desc(policies.updatedAt), desc(policies.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(policies).where(where),
  ]);
  const items = await withZones(db, rows);
  return {
    items: items.map((p) => summaryOf(p, day)),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

async function findPolicy(db: Executor, principal: Principal | null, id: number): Promise<WithZones> {
  const visible = visibleTo(principal);
  const rows = await db
    .select()
    .from(policies)
    .where(visible ? and(eq(policies.id, id), visible) : eq(policies.id, id));
  const [policy] = await withZones(db, rows);
  if (!policy) throw notFound('policy');
  return policy;
}

export async function getPolicy(db: Executor, principal: Principal | null, id: number) {
  const policy = await findPolicy(db, principal, id);
  const [lastRun] = await listMatchRuns(db, id, 1);
  return {
    ...summaryOf(policy, today()),
    fullText: policy.fullText,
    rule: policy.rule,
    benefits: policy.benefits,
    ruleText: clausesOf(policy.rule).map(({ path, clause }) => ({
      path,
      text: bilingual((lang) => describeClause(clause, lang)),
    })),
    lastRun: lastRun ? runView(lastRun) : null,
  };
}

/** Zone codes to ids; an unknown code is a field error naming its place in the list. */
async function zoneIds(db: Executor, codes: string[]): Promise<number[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ id: zones.id, code: zones.code })
    .from(zones)
    .where(inArray(zones.code, codes));
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const unknown = codes.flatMap((code, i) =>
    byCode.has(code) ? [] : [{ path: `zones.${i}`, key: 'unknownZone' as const }],
  );
  if (unknown.length > 0) throw invalidFields(...unknown);
  return [...new Set(codes.map((c) => byCode.get(c)!))];
}

function columnsOf(body: PolicyBody) {
  const { zones: _zones, ...columns } = body;
  return columns;
}

async function codeTaken(db: Executor, code: string, exceptId?: number): Promise<boolean> {
  const [row] = await db.select({ id: policies.id }).from(policies).where(eq(policies.code, code));
  return row !== undefined && row.id !== exceptId;
}

/** A new policy, always a draft: publishing is its own step (it starts matching every enterprise). */
export async function createPolicy(db: Executor, principal: Principal, body: PolicyBody, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    if (await codeTaken(tx, body.code)) throw invalidFields({ path: 'code', key: 'duplicateCode' });
    const ids = await zoneIds(tx, body.zones);
    const [created] = await tx
      .insert(policies)
      .values({ ...columnsOf(body), status: 'draft', createdBy: principal.userId })
      .returning();
    if (ids.length > 0)
      await tx.insert(policyZones).values(ids.map((zoneId) => ({ policyId: created!.id, zoneId })));
    await recordAudit(tx, {
      actor: principal,
      action: 'policy.create',
      entityType: 'policy',
      entityId: String(created!.id),
      after: body,
      ...meta,
    });
    await indexPolicies(tx, [created!.id]);
    return created!.id;
  });
}

/** JSON with object keys sorted: jsonb gives keys back in its own order, so plain text compare would differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Whether the change alters who qualifies or what they get: such a change is a new version. */
function changesOutcome(before: WithZones, body: PolicyBody): boolean {
  const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
  return (
    !same(before.rule, body.rule) ||
    !same(before.benefits, body.benefits) ||
    !same([...before.zones].sort(), [...body.zones].sort()) ||
    before.validFrom !== body.validFrom ||
    before.validTo !== body.validTo
  );
}

/**
 * Replaces a policy's fields. A change to its rule, benefits, zones or dates is a new version; for a
 * published policy the caller then matches every enterprise again. Returns whether to.
 */
export async function updatePolicy(
  db: Executor,
  principal: Principal,
  id: number,
  body: PolicyBody,
  meta: RequestMeta,
): Promise<{ rematch: boolean }> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: policies.id })
      .from(policies)
      .where(eq(policies.id, id))
      .for('update');
    if (!locked) throw notFound('policy');
    const before = await findPolicy(tx, principal, id);
    if (await codeTaken(tx, body.code, id)) throw invalidFields({ path: 'code', key: 'duplicateCode' });
    const ids = await zoneIds(tx, body.zones);
    const newVersion = changesOutcome(before, body);
    await tx
      .update(policies)
      .set({
        ...columnsOf(body),
        version: newVersion ? sql`${policies.version} + 1` : before.version,
        updatedAt: sql`now()`,
      })
      .where(eq(policies.id, id));
    await tx.delete(policyZones).where(eq(policyZones.policyId, id));
    if (ids.length > 0) await tx.insert(policyZones).values(ids.map((zoneId) => ({ policyId: id, zoneId })));
    await recordAudit(tx, {
      actor: principal,
      action: 'policy.update',
      entityType: 'policy',
      entityId: String(id),
      before: { ...before, createdAt: undefined, updatedAt: undefined },
      after: body,
      ...meta,
    });
    await indexPolicies(tx, [id]);
    return { rematch: newVersion && before.status === 'published' };
  });
}

/**
 * Draft → published (matching starts), published → expired, expired → published again. Back to draft is
 * not allowed once published: enterprises have been told, and the record of it stays.
 */
export async function setPolicyStatus(
  db: Executor,
  principal: Principal,
  id: number,
  status: PolicyRow['status'],
  meta: RequestMeta,
): Promise<{ rematch: boolean }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(policies).where(eq(policies.id, id)).for('update');
    if (!before) throw notFound('policy');
    if (before.status === status) return { rematch: false };
    if (status === 'draft')
      throw new AppError('CONFLICT', {
        params: { detail: 'a published policy cannot go back to draft; set it to expired' },
      });
    await tx
      .update(policies)
      .set({
        status,
        updatedAt: sql`now()`,
        ...(status === 'published' && { publishedAt: sql`coalesce(${policies.publishedAt}, now())` }),
      })
      .where(eq(policies.id, id));
    await recordAudit(tx, {
      actor: principal,
      action: `policy.${status === 'published' ? 'publish' : 'expire'}`,
      entityType: 'policy',
      entityId: String(id),
      before: { status: before.status },
      after: { status },
      ...meta,
    });
    await indexPolicies(tx, [id]);
    return { rematch: status === 'published' };
  });
}

/** Only drafts are deleted; a policy enterprises were told of is expired instead. */
export async function deletePolicy(db: Executor, principal: Principal, id: number, meta: RequestMeta) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(policies).where(eq(policies.id, id)).for('update');
    if (!before) throw notFound('policy');
    if (before.status !== 'draft') throw invalidFields({ path: 'status', key: 'policyNotDraft' });
    await tx.delete(policies).where(eq(policies.id, id));
    await recordAudit(tx, {
      actor: principal,
      action: 'policy.delete',
      entityType: 'policy',
      entityId: String(id),
      before: { code: before.code, titleZh: before.titleZh },
      ...meta,
    });
    await indexPolicies(tx, [id]);
  });
}
