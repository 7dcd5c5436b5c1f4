import { randomInt } from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { AppError, type FieldProblem, invalidFields, notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { maskPhone, normalizePhone } from '../../core/ids/index.js';
import { indexDocuments } from '../../core/search/index.js';
import { foldText } from '../../core/text/script.js';
import { directions } from '../chain/tables.js';
import { users } from '../identity/tables.js';
import { parks, zones } from '../space/tables.js';
import type { FollowUp, LeadCloseReason, LeadSubmit } from './schema.js';
import { leadSearchSource } from './search-source.js';
import { addWorkingDays, slaWorkingDays } from './sla.js';
import { leadEvents, leadFollowUps, leads, officerDirections } from './tables.js';

/** A repeat of the same company and phone within this many days joins the open lead instead of a new one. */
const DUPLICATE_WINDOW_DAYS = 30;
// No 0/O, 1/I/L: references are read out over the phone.
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The request's address and id (for the audit log), and the interface language replies go out in. */
export type LeadRequestMeta = RequestMeta & { lang: string };

/** 福州 安布瑞（仓山）医药 ≡ 福州安布瑞(倉山)醫藥: the same company however it was typed. */
export function companyKey(name: string): string {
  return foldText(name).replace(/[\s()（）·.,，、\-_]/g, '');
}

export function newReference(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  let tail = '';
  for (let i = 0; i < 5; i++) tail += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `MZ-${day}-${tail}`;
}

/** l***@example.cn: enough to recognise, not enough to write to. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.indexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}

/** Direction, zone and park are named by code or id: each must exist. */
async function resolvePlaces(db: Executor, body: LeadSubmit) {
  const problems: FieldProblem[] = [];
  let zoneId: number | null = null;
  if (body.direction) {
    const [d] = await db.select().from(directions).where(eq(directions.code, body.direction));
    if (!d) problems.push({ path: 'direction', key: 'unknownDirection' });
  }
  if (body.preferredZone) {
    const [z] = await db.select({ id: zones.id }).from(zones).where(eq(zones.code, body.preferredZone));
    if (z) zoneId = z.id;
    else problems.push({ path: 'preferredZone', key: 'unknownZone' });
  }
  if (body.preferredParkId) {
    const [p] = await db.select({ id: parks.id }).from(parks).where(eq(parks.id, body.preferredParkId));
    if (!p) problems.push({ path: 'preferredParkId', key: 'unknownParkId' });
  }
  if (problems.length > 0) throw invalidFields(...problems);
  return { zoneId };
}

/** What a submission said, as kept on the lead's timeline (the form's bookkeeping fields left out). */
function submissionDetail(body: LeadSubmit, phoneE164: string): Record<string, unknown> {
  const { consent: _consent, website: _website, phone: _phone, ...rest } = body;
  return { ...rest, phone: phoneE164 };
}

/**
 * Records a demand. The same company (folded name) with the same phone within 30 days, while its lead is
 * open, is the same request: it is added to that lead's timeline, never dropped and never a second lead.
 */
export async function submitLead(
  db: Executor,
  body: LeadSubmit,
  meta: LeadRequestMeta,
): Promise<{ reference: string; merged: boolean }> {
  const phoneE164 = normalizePhone(body.phone)!;
  const key = companyKey(body.companyName);
  return db.transaction(async (tx) => {
    const { zoneId } = await resolvePlaces(tx, body);
    const detail = submissionDetail(body, phoneE164);
    const [open] = await tx
      .select({ id: leads.id, reference: leads.reference })
      .from(leads)
      .where(
        and(
          eq(leads.phoneE164, phoneE164),
          eq(leads.companyKey, key),
          ne(leads.status, 'closed'),
          gt(leads.createdAt, sql`now() - make_interval(days => ${DUPLICATE_WINDOW_DAYS})`),
        ),
      )
      .orderBy(desc(leads.id))
      .limit(1)
      .for('update');
    if (open) {
      await tx
        .update(leads)
        .set({ submissionCount: sql`${leads.submissionCount} + 1`, updatedAt: sql`now()` })
        .where(eq(leads.id, open.id));
      await tx.insert(leadEvents).values({ leadId: open.id, kind: 'merged', detail });
      await indexDocuments(tx, leadSearchSource, [open.id]);
      return { reference: open.reference, merged: true };
    }
    const [created] = await tx
      .insert(leads)
      .values({
        reference: newReference(),
        companyName: body.companyName,
        companyKey: key,
        uscc: body.uscc ?? null,
        taiwanUbn: body.taiwanUbn ?? null,
        contactName: body.contactName,
        phoneE164,
        email: body.email ?? null,
        directionCode: body.direction ?? null,
        chainLink: body.chainLink ?? null,
        intendedUse: body.intendedUse ?? null,
        areaM2: body.areaM2?.toFixed(2) ?? null,
        investmentWan: body.investmentWan?.toFixed(2) ?? null,
        annualTaxWan: body.annualTaxWan?.toFixed(2) ?? null,
        timeline: body.timeline ?? null,
        needs: body.needs ?? null,
        preferredZoneId: zoneId,
        preferredParkId: body.preferredParkId ?? null,
        consentVersion: body.consentVersion,
        consentedAt: new Date(),
        lang: meta.lang,
        contactDueAt: addWorkingDays(new Date(), slaWorkingDays(body.investmentWan)),
      })
      .returning({ id: leads.id, reference: leads.reference });
    await tx.insert(leadEvents).values({ leadId: created!.id, kind: 'submitted', detail });
    await assignNewLead(tx, created!.id, body.direction ?? null);
    await indexDocuments(tx, leadSearchSource, [created!.id]);
    return { reference: created!.reference, merged: false };
  });
}

type LeadRow = typeof leads.$inferSelect;
type LeadEvent = typeof leadEvents.$inferSelect;

/** Admins work on any lead; an officer on their own and on unassigned ones (another's lead is theirs). */
export function assertMayWorkOn(principal: Principal, lead: Pick<LeadRow, 'assignedTo'>): void {
  if (principal.role === 'admin') return;
  if (lead.assignedTo !== null && lead.assignedTo !== principal.userId) throw new AppError('FORBIDDEN');
}

type Officer = { id: number; displayName: string } | null;

function summaryOf(lead: LeadRow, officer: Officer) {
  return {
    id: lead.id,
    reference: lead.reference,
    status: lead.status,
    companyName: lead.companyName,
    contactName: lead.contactName,
    contact: { phone: lead.phoneE164 ? maskPhone(lead.phoneE164) : '', email: maskEmail(lead.email) },
    erased: lead.erasedAt !== null,
    direction: lead.directionCode,
    intendedUse: lead.intendedUse,
    areaM2: lead.areaM2,
    investmentWan: lead.investmentWan,
    assignedTo: officer,
    submissionCount: lead.submissionCount,
    createdAt: lead.createdAt.toISOString(),
    contactDueAt: lead.contactDueAt?.toISOString() ?? null,
    overdue: lead.status === 'new' && lead.contactDueAt !== null && lead.contactDueAt.getTime() < Date.now(),
    closed:
      lead.status === 'closed' && lead.closedAt && lead.closeReason
        ? { at: lead.closedAt.toISOString(), reason: lead.closeReason, note: lead.closeNote }
        : null,
  };
}

const officerColumns = { id: users.id, displayName: users.displayName };

export async function listLeads(
  db: Executor,
  principal: Principal,
  query: {
    status?: LeadRow['status'];
    mine?: 'true' | 'false';
    overdue?: 'true' | 'false';
    limit: number;
    offset: number;
  },
) {
  const conditions: SQL[] = [];
  if (query.overdue === 'true') conditions.push(eq(leads.status, 'new'), lt(leads.contactDueAt, sql`now()`));
  if (query.status) conditions.push(eq(leads.status, query.status));
  if (query.mine === 'true') conditions.push(eq(leads.assignedTo, principal.userId));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ lead: leads, officer: officerColumns })
      .from(leads)
      .leftJoin(users, eq(users.id, leads.assignedTo))
      .where(where)
      .orderBy(desc(leads.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(leads).where(where),
  ]);
  return {
    items: rows.map((r) => summaryOf(r.lead, r.officer?.id ? r.officer : null)),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

/** A submission as the timeline shows it: contact details masked like everywhere else. */
function maskedDetail(detail: unknown): Record<string, unknown> | null {
  if (!detail || typeof detail !== 'object') return null;
  const d = detail as Record<string, unknown>;
  return {
    ...d,
    phone: typeof d.phone === 'string' ? maskPhone(d.phone) : null,
    email: typeof d.email === 'string' ? maskEmail(d.email) : null,
  };
}

/** What the timeline shows of an event: submissions masked, the reason of a closing, nothing else. */
function timelineDetail(kind: LeadEvent['kind'], detail: unknown): Record<string, unknown> | null {
  if (kind === 'submitted' || kind === 'merged') return maskedDetail(detail);
  if (kind === 'closed' && detail && typeof detail === 'object') return detail as Record<string, unknown>;
  return null;
}

export async function getLead(db: Executor, id: number) {
  const [row] = await db
    .select({ lead: leads, officer: officerColumns, zoneCode: zones.code })
    .from(leads)
    .leftJoin(users, eq(users.id, leads.assignedTo))
    .leftJoin(zones, eq(zones.id, leads.preferredZoneId))
    .where(eq(leads.id, id));
  if (!row) throw notFound('lead');
  const events = await db
    .select({ event: leadEvents, actor: users.displayName })
    .from(leadEvents)
    .leftJoin(users, eq(users.id, leadEvents.actorUserId))
    .where(eq(leadEvents.leadId, id))
    .orderBy(asc(leadEvents.id));
  const followUps = await db
    .select({ followUp: leadFollowUps, by: users.displayName })
    .from(leadFollowUps)
    .leftJoin(users, eq(users.id, leadFollowUps.createdBy))
    .where(eq(leadFollowUps.leadId, id))
    .orderBy(desc(leadFollowUps.happenedAt), desc(leadFollowUps.id));
  const { lead } = row;
  return {
    followUps: followUps.map(({ followUp: f, by }) => ({
      id: f.id,
      kind: f.kind,
      happenedAt: f.happenedAt.toISOString(),
      summary: f.summary,
      attendees: f.attendees,
      nextAction: f.nextAction,
      nextActionOn: f.nextActionOn,
      by,
    })),
    ...summaryOf(lead, row.officer?.id ? row.officer : null),
    uscc: lead.uscc,
    taiwanUbn: lead.taiwanUbn,
    chainLink: lead.chainLink,
    annualTaxWan: lead.annualTaxWan,
    timeline: lead.timeline,
    needs: lead.needs,
    preferredZone: row.zoneCode,
    preferredParkId: lead.preferredParkId,
    consentVersion: lead.consentVersion,
    consentedAt: lead.consentedAt?.toISOString() ?? null,
    origin: lead.origin,
    enterpriseId: lead.enterpriseId,
    timeline_events: events.map(({ event, actor }) => ({
      id: event.id,
      kind: event.kind,
      actor,
      at: event.createdAt.toISOString(),
      detail: timelineDetail(event.kind, event.detail),
    })),
  };
}

/**
 * The contact details in full, for the officer the lead is assigned to and for admins; each reveal is
 * written to the audit log and the lead's timeline.
 */
export async function revealContact(db: Executor, principal: Principal, id: number, meta: LeadRequestMeta) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, id));
    if (!lead) throw notFound('lead');
    if (principal.role !== 'admin' && lead.assignedTo !== principal.userId) throw new AppError('FORBIDDEN');
    await tx
      .insert(leadEvents)
      .values({ leadId: id, kind: 'contact_revealed', actorUserId: principal.userId });
    await recordAudit(tx, {
      actor: principal,
      action: 'lead.contact_reveal',
      entityType: 'lead',
      entityId: id,
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return { phone: lead.phoneE164 || null, email: lead.email };
  });
}

/** An admin gives a lead to an officer. */
export async function assignLead(
  db: Executor,
  principal: Principal,
  id: number,
  officerId: number,
  meta: LeadRequestMeta,
) {
  return db.transaction(async (tx) => {
    const [officer] = await tx.select().from(users).where(eq(users.id, officerId));
    if (officer?.role !== 'officer') throw invalidFields({ path: 'officerId', key: 'notAnOfficer' });
    const [before] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
    if (!before) throw notFound('lead');
    await tx
      .update(leads)
      .set({ assignedTo: officerId, assignedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(leads.id, id));
    await tx
      .insert(leadEvents)
      .values({ leadId: id, kind: 'assigned', actorUserId: principal.userId, detail: { officerId } });
    await recordAudit(tx, {
      actor: principal,
      action: 'lead.assign',
      entityType: 'lead',
      entityId: id,
      before: { assignedTo: before.assignedTo },
      after: { assignedTo: officerId },
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
}

/** What a submission may hold that identifies a person: removed on erasure, the rest (figures) kept. */
const PERSONAL_KEYS = ['contactName', 'phone', 'email', 'needs', 'chainLink', 'note'] as const;

/**
 * Everything the platform holds about the person behind a lead (PIPL art. 45: the right to a copy), for an
 * admin answering a request; the export itself is audited and on the lead's timeline.
 */
export async function exportPersonalData(
  db: Executor,
  principal: Principal,
  id: number,
  meta: LeadRequestMeta,
) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, id));
    if (!lead) throw notFound('lead');
    const events = await tx
      .select()
      .from(leadEvents)
      .where(eq(leadEvents.leadId, id))
      .orderBy(asc(leadEvents.id));
    await tx
      .insert(leadEvents)
      .values({ leadId: id, kind: 'personal_data_exported', actorUserId: principal.userId });
    await recordAudit(tx, {
      actor: principal,
      action: 'lead.personal_data_export',
      entityType: 'lead',
      entityId: id,
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return {
      reference: lead.reference,
      companyName: lead.companyName,
      contactName: lead.contactName,
      phone: lead.phoneE164 || null,
      email: lead.email,
      needs: lead.needs,
      consentVersion: lead.consentVersion,
      consentedAt: lead.consentedAt?.toISOString() ?? null,
      erasedAt: lead.erasedAt?.toISOString() ?? null,
      submissions: events
        .filter((e) => e.kind === 'submitted' || e.kind === 'merged')
        .map((e) => ({ at: e.createdAt.toISOString(), detail: e.detail })),
    };
  });
}

/**
 * Erases the person's data on request (PIPL art. 47): name, phone, e-mail and free text go from the lead
 * and from every submission on its timeline; the company, the demand's figures and any project keep
 * counting, so the zone's statistics stay whole. Audited; cannot be undone.
 */
export async function eraseLead(db: Executor, principal: Principal, id: number, meta: LeadRequestMeta) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
    if (!lead) throw notFound('lead');
    if (lead.erasedAt) return;
    await erasePersonalData(tx, id, principal.userId);
    await recordAudit(tx, {
      actor: principal,
      action: 'lead.erase',
      entityType: 'lead',
      entityId: id,
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
}

/**
 * The erasure itself, inside the caller's transaction (a request, or the retention job): name, phone,
 * e-mail and free text go from the lead, its follow-up notes and every submission on its timeline.
 */
export async function erasePersonalData(tx: Executor, id: number, actorUserId: number | null) {
  await tx
    .update(leads)
    .set({
      contactName: '',
      phoneE164: '',
      email: null,
      needs: null,
      chainLink: null,
      closeNote: null,
      erasedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(eq(leads.id, id));
  // Officers' notes name the person and what was said: the log keeps only when and how contact was made.
  await tx
    .update(leadFollowUps)
    .set({ summary: '', attendees: [], nextAction: null })
    .where(eq(leadFollowUps.leadId, id));
  const events = await tx.select().from(leadEvents).where(eq(leadEvents.leadId, id));
  for (const event of events) {
    if (!event.detail || typeof event.detail !== 'object') continue;
    const detail = { ...(event.detail as Record<string, unknown>) };
    for (const key of PERSONAL_KEYS) delete detail[key];
    await tx.update(leadEvents).set({ detail }).where(eq(leadEvents.id, event.id));
  }
  await tx.insert(leadEvents).values({ leadId: id, kind: 'erased', actorUserId });
  await indexDocuments(tx, leadSearchSource, [id]);
}

/**
 * Logs a call, visit or meeting. The first one marks a new lead contacted (which ends its SLA clock).
 * Admins log on any lead, officers on leads assigned to them or to nobody.
 */
export async function addFollowUp(db: Executor, principal: Principal, id: number, body: FollowUp) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
    if (!lead) throw notFound('lead');
    assertMayWorkOn(principal, lead);
    const happenedAt = body.happenedAt ? new Date(body.happenedAt) : new Date();
    const [created] = await tx
      .insert(leadFollowUps)
      .values({
        leadId: id,
        kind: body.kind,
        happenedAt,
        summary: body.summary,
        attendees: body.attendees,
        nextAction: body.nextAction ?? null,
        nextActionOn: body.nextActionOn ?? null,
        createdBy: principal.userId,
      })
      .returning({ id: leadFollowUps.id });
    if (lead.status === 'new') {
      await tx
        .update(leads)
        .set({ status: 'contacted', contactedAt: happenedAt, updatedAt: sql`now()` })
        .where(eq(leads.id, id));
    }
    await tx
      .insert(leadEvents)
      .values({ leadId: id, kind: 'follow_up', actorUserId: principal.userId, detail: { kind: body.kind } });
    return created!.id;
  });
}

/**
 * Gives a new lead to an officer: among the active officers covering its direction, or all active officers
 * when none covers it (or it names none), the one whose last assignment is the oldest (never first, then by
 * id): a round robin that survives restarts because it reads the leads themselves.
 */
export async function assignNewLead(
  db: Executor,
  leadId: number,
  directionCode: string | null,
): Promise<void> {
  const pick = (byDirection: boolean) =>
    queryRows<{ id: number }>(
      db,
      sql`SELECT u.id FROM users u
      LEFT JOIN LATERAL (SELECT max(l.assigned_at) AS last FROM leads l WHERE l.assigned_to = u.id) a ON true
      WHERE u.role = 'officer' AND u.disabled_at IS NULL
        ${byDirection ? sql`AND EXISTS (SELECT 1 FROM officer_directions d WHERE d.user_id = u.id AND d.direction_code = ${directionCode})` : sql``}
      ORDER BY a.last ASC NULLS FIRST, u.id ASC
      LIMIT 1`,
    );
  const [byDirection] = directionCode ? await pick(true) : [];
  const officer = byDirection ?? (await pick(false))[0];
  if (!officer) return;
  await db.update(leads).set({ assignedTo: officer.id, assignedAt: sql`now()` }).where(eq(leads.id, leadId));
  await db.insert(leadEvents).values({
    leadId,
    kind: 'assigned',
    detail: { officerId: officer.id, rule: byDirection ? 'direction' : 'round_robin' },
  });
}

/** An admin sets the directions an officer covers (replacing the previous set). */
export async function setOfficerDirections(
  db: Executor,
  principal: Principal,
  userId: number,
  codes: string[],
  meta: LeadRequestMeta,
) {
  return db.transaction(async (tx) => {
    const [officer] = await tx.select().from(users).where(eq(users.id, userId));
    if (officer?.role !== 'officer') throw invalidFields({ path: 'userId', key: 'notAnOfficer' });
    const known =
      codes.length > 0 ? await tx.select().from(directions).where(inArray(directions.code, codes)) : [];
    if (known.length !== new Set(codes).size)
      throw invalidFields({ path: 'directions', key: 'unknownDirection' });
    const before = await tx.select().from(officerDirections).where(eq(officerDirections.userId, userId));
    await tx.delete(officerDirections).where(eq(officerDirections.userId, userId));
    if (codes.length > 0) {
      await tx
        .insert(officerDirections)
        .values([...new Set(codes)].map((directionCode) => ({ userId, directionCode })));
    }
    await recordAudit(tx, {
      actor: principal,
      action: 'officer.directions',
      entityType: 'user',
      entityId: userId,
      before: before.map((d) => d.directionCode),
      after: [...new Set(codes)],
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
}

/**
 * Closes a lead that will not become a project, with the reason (kept for the figures on why leads are
 * lost). The retention period of the privacy statement runs from here.
 */
export async function closeLead(
  db: Executor,
  principal: Principal,
  id: number,
  body: { reason: LeadCloseReason; note?: string },
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
    if (!lead) throw notFound('lead');
    assertMayWorkOn(principal, lead);
    if (lead.status === 'closed' || lead.status === 'qualified') {
      throw new AppError('CONFLICT', { params: { detail: lead.status } });
    }
    await tx
      .update(leads)
      .set({
        status: 'closed',
        closedAt: sql`now()`,
        closeReason: body.reason,
        closeNote: body.note ?? null,
        updatedAt: sql`now()`,
      })
      .where(eq(leads.id, id));
    await tx.insert(leadEvents).values({
      leadId: id,
      kind: 'closed',
      actorUserId: principal.userId,
      detail: { reason: body.reason, note: body.note ?? null },
    });
    await recordAudit(tx, {
      actor: principal,
      action: 'lead.close',
      entityType: 'lead',
      entityId: id,
      before: { status: lead.status },
      after: { status: 'closed', reason: body.reason },
      ...meta,
    });
  });
}

/** Opens a closed lead again (the company came back): contacted if it had been, else new. Not once erased. */
export async function reopenLead(db: Executor, principal: Principal, id: number, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
    if (!lead) throw notFound('lead');
    assertMayWorkOn(principal, lead);
    if (lead.status !== 'closed' || lead.erasedAt) {
      throw new AppError('CONFLICT', { params: { detail: lead.erasedAt ? 'erased' : lead.status } });
    }
    const status = lead.contactedAt ? 'contacted' : 'new';
    await tx
      .update(leads)
      .set({ status, closedAt: null, closeReason: null, closeNote: null, updatedAt: sql`now()` })
      .where(eq(leads.id, id));
    await tx.insert(leadEvents).values({ leadId: id, kind: 'reopened', actorUserId: principal.userId });
    await recordAudit(tx, {
      actor: principal,
      action: 'lead.reopen',
      entityType: 'lead',
      entityId: id,
      before: { status: lead.status, reason: lead.closeReason },
      after: { status },
      ...meta,
    });
  });
}

/**
 * The investment officers, for the admin's assignment screen: unit, directions covered (new leads of
 * those go to them in turn), and their open leads and overdue ones.
 */
export async function listOfficers(db: Executor) {
  return queryRows<{
    id: number;
    displayName: string;
    email: string;
    disabled: boolean;
    orgUnit: string | null;
    directions: string[];
    openLeads: number;
    overdueLeads: number;
  }>(
    db,
    sql`SELECT u.id, u.display_name AS "displayName", u.email, u.disabled_at IS NOT NULL AS disabled,
        u.org_unit_code AS "orgUnit",
        coalesce((SELECT array_agg(d.direction_code ORDER BY d.direction_code)
          FROM officer_directions d WHERE d.user_id = u.id), ARRAY[]::text[]) AS directions,
        (SELECT count(*)::int FROM leads l WHERE l.assigned_to = u.id AND l.status IN ('new', 'contacted'))
          AS "openLeads",
        (SELECT count(*)::int FROM leads l WHERE l.assigned_to = u.id AND l.status = 'new'
          AND l.contact_due_at < now()) AS "overdueLeads"
      FROM users u WHERE u.role = 'officer'
      ORDER BY u.disabled_at IS NOT NULL, u.display_name, u.id`,
  );
}
