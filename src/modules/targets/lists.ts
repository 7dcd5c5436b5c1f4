import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { AppError, type FieldProblem, invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { indexDocuments } from '../../core/search/index.js';
import { chainLinks } from '../chain/tables.js';
import { enterprises } from '../enterprises/tables.js';
import { assignNewLead, companyKey, newReference } from '../leads/leads.js';
import { leadSearchSource } from '../leads/search-source.js';
import { addWorkingDays, slaWorkingDays } from '../leads/sla.js';
import { leadEvents, leads } from '../leads/tables.js';
import { targetListItems, targetLists, targetScores } from './tables.js';

type ListRow = {
  id: number;
  name: string;
  chain_link_code: string | null;
  owner_id: number;
  owner_name: string;
  created_at: Date | string;
  items: number;
  leads: number;
};

function summary(r: ListRow) {
  return {
    id: r.id,
    name: r.name,
    chainLinkCode: r.chain_link_code,
    owner: { id: r.owner_id, displayName: r.owner_name },
    createdAt: new Date(r.created_at).toISOString(),
    items: r.items,
    leads: r.leads,
  };
}

const LIST_COLUMNS = sql`l.id, l.name, l.chain_link_code, l.owner_id, u.display_name AS owner_name, l.created_at,
  (SELECT count(*)::int FROM target_list_items i WHERE i.list_id = l.id) AS items,
  (SELECT count(*)::int FROM target_list_items i WHERE i.list_id = l.id AND i.lead_id IS NOT NULL) AS leads`;

/** An officer's own lists; an admin sees everyone's. Newest first. */
export async function listTargetLists(db: Executor, principal: Principal) {
  const rows = await queryRows<ListRow>(
    db,
    sql`SELECT ${LIST_COLUMNS} FROM target_lists l JOIN users u ON u.id = l.owner_id
      ${principal.role === 'admin' ? sql`` : sql`WHERE l.owner_id = ${principal.userId}`}
      ORDER BY l.id DESC`,
  );
  return rows.map(summary);
}

/** A list the principal may work on (its owner, or an admin), locked when asked. */
async function ownList(db: Executor, principal: Principal, id: number) {
  const [list] = await db.select().from(targetLists).where(eq(targetLists.id, id));
  if (!list) throw notFound('target list');
  if (principal.role !== 'admin' && list.ownerId !== principal.userId) throw new AppError('FORBIDDEN');
  return list;
}

export async function createTargetList(
  db: Executor,
  principal: Principal,
  body: { name: string; chainLinkCode?: string },
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    if (body.chainLinkCode) {
      const [link] = await tx.select().from(chainLinks).where(eq(chainLinks.code, body.chainLinkCode));
      if (!link) throw invalidFields({ path: 'chainLinkCode', key: 'unknownChainLink' });
    }
    const [created] = await tx
      .insert(targetLists)
      .values({ name: body.name, ownerId: principal.userId, chainLinkCode: body.chainLinkCode ?? null })
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'target_list.create',
      entityType: 'target_list',
      entityId: created!.id,
      after: created,
      ...meta,
    });
    return created!.id;
  });
}

export async function deleteTargetList(db: Executor, principal: Principal, id: number, meta: RequestMeta) {
  await db.transaction(async (tx) => {
    const list = await ownList(tx, principal, id);
    await tx.delete(targetLists).where(eq(targetLists.id, id));
    await recordAudit(tx, {
      actor: principal,
      action: 'target_list.delete',
      entityType: 'target_list',
      entityId: id,
      before: list,
      ...meta,
    });
  });
}

type ItemRow = {
  enterprise_id: number;
  name_zh: string;
  status: string;
  direction_code: string | null;
  chain_link_code: string | null;
  score_when_added: string | null;
  score: string | null;
  added_at: Date | string;
  lead_id: number | null;
  reference: string | null;
  lead_status: string | null;
  officer_id: number | null;
  officer_name: string | null;
};

export async function getTargetList(db: Executor, principal: Principal, id: number) {
  await ownList(db, principal, id);
  const [row] = await queryRows<ListRow>(
    db,
    sql`SELECT ${LIST_COLUMNS} FROM target_lists l JOIN users u ON u.id = l.owner_id WHERE l.id = ${id}`,
  );
  const items = await queryRows<ItemRow>(
    db,
    sql`SELECT i.enterprise_id, e.name_zh, e.status, e.direction_code, e.chain_link_code,
        i.score_when_added::text AS score_when_added, ts.score::text AS score, i.added_at, i.lead_id,
        ld.reference, ld.status AS lead_status, o.id AS officer_id, o.display_name AS officer_name
      FROM target_list_items i
      JOIN enterprises e ON e.id = i.enterprise_id
      LEFT JOIN target_scores ts ON ts.enterprise_id = i.enterprise_id
      LEFT JOIN leads ld ON ld.id = i.lead_id
      LEFT JOIN users o ON o.id = ld.assigned_to
      WHERE i.list_id = ${id}
      ORDER BY ts.score DESC NULLS LAST, i.enterprise_id`,
  );
  return {
    ...summary(row!),
    entries: items.map((i) => ({
      enterpriseId: i.enterprise_id,
      nameZh: i.name_zh,
      status: i.status,
      directionCode: i.direction_code,
      chainLinkCode: i.chain_link_code,
      scoreWhenAdded: i.score_when_added === null ? null : Number(i.score_when_added),
      score: i.score === null ? null : Number(i.score),
      addedAt: new Date(i.added_at).toISOString(),
      lead:
        i.lead_id === null
          ? null
          : {
              id: i.lead_id,
              reference: i.reference ?? '',
              status: i.lead_status ?? '',
              assignedTo:
                i.officer_id === null ? null : { id: i.officer_id, displayName: i.officer_name ?? '' },
            },
    })),
  };
}

/** Adds targets (status target or in contact) to a list with the score they have now; repeats are ignored. */
export async function addListItems(
  db: Executor,
  principal: Principal,
  id: number,
  enterpriseIds: number[],
  meta: RequestMeta,
) {
  await db.transaction(async (tx) => {
    await ownList(tx, principal, id);
    const ids = [...new Set(enterpriseIds)];
    const found = await tx
      .select({ id: enterprises.id, status: enterprises.status, score: targetScores.score })
      .from(enterprises)
      .leftJoin(targetScores, eq(targetScores.enterpriseId, enterprises.id))
      .where(inArray(enterprises.id, ids));
    const byId = new Map(found.map((f) => [f.id, f]));
    const problems = enterpriseIds.flatMap((eid, i): FieldProblem[] => {
      const f = byId.get(eid);
      if (!f) return [{ path: `enterpriseIds.${i}`, key: 'unknownEnterprise' }];
      if (f.status !== 'target' && f.status !== 'in_contact')
        return [{ path: `enterpriseIds.${i}`, key: 'notATarget' }];
      return [];
    });
    if (problems.length > 0) throw invalidFields(...problems);
    await tx
      .insert(targetListItems)
      .values(ids.map((eid) => ({ listId: id, enterpriseId: eid, scoreWhenAdded: byId.get(eid)!.score })))
      .onConflictDoNothing();
    await recordAudit(tx, {
      actor: principal,
      action: 'target_list.add_items',
      entityType: 'target_list',
      entityId: id,
      after: { enterpriseIds: ids },
      ...meta,
    });
  });
}

export async function removeListItem(
  db: Executor,
  principal: Principal,
  id: number,
  enterpriseId: number,
  meta: RequestMeta,
) {
  await db.transaction(async (tx) => {
    await ownList(tx, principal, id);
    const removed = await tx
      .delete(targetListItems)
      .where(and(eq(targetListItems.listId, id), eq(targetListItems.enterpriseId, enterpriseId)))
      .returning();
    if (removed.length === 0) throw notFound('list item');
    await recordAudit(tx, {
      actor: principal,
      action: 'target_list.remove_item',
      entityType: 'target_list',
      entityId: id,
      before: removed[0],
      ...meta,
    });
  });
}

type Skipped = {
  enterpriseId: number;
  companyName: string | null;
  reason: 'already_lead' | 'open_lead' | 'not_in_list';
  leadId: number | null;
};

/**
 * The open leads already about these enterprises: opened from a list (by enterprise) or sent through the
 * public form (by the company's folded name, as the form's own duplicate check matches a company).
 */
async function openLeadsOf(tx: Executor, firms: { id: number; nameZh: string }[]) {
  const byEnterprise = new Map<number, { id: number }>();
  const byCompany = new Map<string, { id: number }>();
  if (firms.length === 0) return { byEnterprise, byCompany };
  const rows = await tx
    .select({ id: leads.id, enterpriseId: leads.enterpriseId, companyKey: leads.companyKey })
    .from(leads)
    .where(
      and(
        ne(leads.status, 'closed'),
        or(
          inArray(
            leads.enterpriseId,
            firms.map((f) => f.id),
          ),
          inArray(
            leads.companyKey,
            firms.map((f) => companyKey(f.nameZh)),
          ),
        ),
      ),
    )
    .orderBy(leads.id);
  for (const r of rows) {
    if (r.enterpriseId !== null && !byEnterprise.has(r.enterpriseId)) byEnterprise.set(r.enterpriseId, r);
    if (!byCompany.has(r.companyKey)) byCompany.set(r.companyKey, r);
  }
  return { byEnterprise, byCompany };
}

/**
 * Turns a list's items (or the chosen ones) into leads in one transaction: a lead per enterprise, opened
 * by the zone (origin target_list) with the company's codes, direction and link and nobody to contact yet
 * (no person, no phone, no consent: nobody has been asked), assigned by the pipeline's own rule
 * (assignNewLead: officers of its direction in turn, else everyone in turn), indexed for search. Items that
 * already became a lead, and enterprises with an open lead from elsewhere, are skipped and reported; the
 * latter item is linked to that lead. The enterprise stays a target: it is in contact once someone is.
 */
export async function turnIntoLeads(
  db: Executor,
  principal: Principal,
  id: number,
  only: number[] | undefined,
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const list = await ownList(tx, principal, id);
    const items = await tx
      .select({ item: targetListItems, enterprise: enterprises })
      .from(targetListItems)
      .innerJoin(enterprises, eq(enterprises.id, targetListItems.enterpriseId))
      .where(
        and(eq(targetListItems.listId, id), only ? inArray(targetListItems.enterpriseId, only) : undefined),
      )
      .orderBy(targetListItems.enterpriseId)
      .for('update', { of: targetListItems });
    const skipped: Skipped[] = [];
    const inList = new Set(items.map((i) => i.item.enterpriseId));
    for (const eid of new Set(only ?? []))
      if (!inList.has(eid))
        skipped.push({ enterpriseId: eid, companyName: null, reason: 'not_in_list', leadId: null });
    const openLeads = await openLeadsOf(
      tx,
      items.map((i) => i.enterprise),
    );
    const createdIds: { enterpriseId: number; leadId: number }[] = [];
    for (const { item, enterprise: e } of items) {
      if (item.leadId !== null) {
        skipped.push({
          enterpriseId: e.id,
          companyName: e.nameZh,
          reason: 'already_lead',
          leadId: item.leadId,
        });
        continue;
      }
      const open = openLeads.byEnterprise.get(e.id) ?? openLeads.byCompany.get(companyKey(e.nameZh));
      if (open) {
        await tx
          .update(targetListItems)
          .set({ leadId: open.id })
          .where(and(eq(targetListItems.listId, id), eq(targetListItems.enterpriseId, e.id)));
        skipped.push({ enterpriseId: e.id, companyName: e.nameZh, reason: 'open_lead', leadId: open.id });
        continue;
      }
      const [lead] = await tx
        .insert(leads)
        .values({
          reference: newReference(),
          companyName: e.nameZh,
          companyKey: companyKey(e.nameZh),
          uscc: e.uscc,
          taiwanUbn: e.taiwanUbn,
          contactName: '',
          phoneE164: '',
          directionCode: e.directionCode,
          chainLink: e.chainLinkCode,
          origin: 'target_list',
          enterpriseId: e.id,
          lang: 'zh-CN',
          // The same first-contact clock as a demand of unknown size: someone should call within it.
          contactDueAt: addWorkingDays(new Date(), slaWorkingDays(null)),
        })
        .returning({ id: leads.id });
      await tx.insert(leadEvents).values({
        leadId: lead!.id,
        kind: 'submitted',
        actorUserId: principal.userId,
        detail: {
          origin: 'target_list',
          listId: id,
          listName: list.name,
          enterpriseId: e.id,
          scoreWhenAdded: item.scoreWhenAdded,
        },
      });
      await assignNewLead(tx, lead!.id, e.directionCode);
      await tx
        .update(targetListItems)
        .set({ leadId: lead!.id })
        .where(and(eq(targetListItems.listId, id), eq(targetListItems.enterpriseId, e.id)));
      createdIds.push({ enterpriseId: e.id, leadId: lead!.id });
    }
    await indexDocuments(
      tx,
      leadSearchSource,
      createdIds.map((c) => c.leadId),
    );
    const created = await describeCreated(tx, createdIds);
    await recordAudit(tx, {
      actor: principal,
      action: 'target_list.leads',
      entityType: 'target_list',
      entityId: id,
      after: { created: createdIds, skipped },
      ...meta,
    });
    return { created, skipped };
  });
}

/** The new leads with the officer each went to and by which rule (from the assignment event). */
async function describeCreated(tx: Executor, created: { enterpriseId: number; leadId: number }[]) {
  if (created.length === 0) return [];
  const rows = await queryRows<{
    id: number;
    reference: string;
    company_name: string;
    officer_id: number | null;
    officer_name: string | null;
    rule: 'direction' | 'round_robin' | null;
  }>(
    tx,
    sql`SELECT l.id, l.reference, l.company_name, u.id AS officer_id, u.display_name AS officer_name,
        (SELECT ev.detail->>'rule' FROM lead_events ev WHERE ev.lead_id = l.id AND ev.kind = 'assigned'
          ORDER BY ev.id DESC LIMIT 1) AS rule
      FROM leads l LEFT JOIN users u ON u.id = l.assigned_to
      WHERE l.id IN (${sql.join(
        created.map((c) => sql`${c.leadId}`),
        sql`, `,
      )})`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return created.map((c) => {
    const r = byId.get(c.leadId)!;
    return {
      enterpriseId: c.enterpriseId,
      companyName: r.company_name,
      leadId: c.leadId,
      reference: r.reference,
      assignedTo: r.officer_id === null ? null : { id: r.officer_id, displayName: r.officer_name ?? '' },
      rule: r.rule,
    };
  });
}
