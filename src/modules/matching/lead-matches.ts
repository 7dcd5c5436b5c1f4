import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { notFound } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { chainLinks } from '../chain/tables.js';
import { users } from '../identity/tables.js';
import { assertMayWorkOn } from '../leads/leads.js';
import { leads } from '../leads/tables.js';
import { parks, zones } from '../space/tables.js';
import { runMatch } from './match.js';
import { type DemandDraft, type MatchDemand, matchResult } from './schema.js';
import { leadMatches } from './tables.js';

/** The share a lead's stated area is widened by, each way, for the demand it prefills. */
const AREA_SPREAD = 0.2;

async function leadOrThrow(db: Executor, id: number) {
  const [lead] = await db.select().from(leads).where(eq(leads.id, id));
  if (!lead) throw notFound('lead');
  return lead;
}

type LeadMatchRow = {
  match: typeof leadMatches.$inferSelect;
  by: { id: number; displayName: string } | null;
};

/** A kept match as the lead shows it; an answer stored under an older contract reads as null. */
function view({ match, by }: LeadMatchRow) {
  const parsed = matchResult.safeParse(match.result);
  return {
    id: match.id,
    demand: match.demand,
    result: parsed.success ? parsed.data : null,
    createdBy: by?.id ? by : null,
    createdAt: match.createdAt.toISOString(),
  };
}

/**
 * Runs a match for a lead and keeps it with the lead (the officer assigned to it, or an admin): the
 * demand as sent and the answer as it was, audited. The lead's timeline has no kind for it (its enum is
 * not ours to change): the lead page lists the kept matches instead.
 */
export async function attachMatch(
  db: Executor,
  principal: Principal,
  leadId: number,
  demand: MatchDemand,
  meta: RequestMeta,
) {
  assertMayWorkOn(principal, await leadOrThrow(db, leadId));
  // Reads first, outside the transaction: the write is one row and its audit entry.
  const result = await runMatch(db, demand);
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(leadMatches)
      .values({ leadId, demand, result, createdBy: principal.userId })
      .returning();
    await recordAudit(tx, {
      actor: principal,
      action: 'lead.match',
      entityType: 'lead',
      entityId: leadId,
      after: { matchId: row!.id, candidates: result.candidates, units: result.units.map((u) => u.unit.id) },
      ...meta,
    });
    return row!;
  });
  return view({ match: created, by: { id: principal.userId, displayName: principal.displayName } });
}

/** The matches kept with a lead, newest first. */
export async function listMatches(db: Executor, leadId: number) {
  await leadOrThrow(db, leadId);
  const rows = await db
    .select({ match: leadMatches, by: { id: users.id, displayName: users.displayName } })
    .from(leadMatches)
    .leftJoin(users, eq(users.id, leadMatches.createdBy))
    .where(eq(leadMatches.leadId, leadId))
    .orderBy(desc(leadMatches.id));
  return rows.map(view);
}

/**
 * A demand prefilled from what the lead says: its intended use, its area ± 20 %, its preferred zone and
 * park, direction, the chain link when it names a known one (the form takes free text), its investment,
 * and Taiwan funding when it gave a Taiwan business number.
 */
export async function demandDraft(db: Executor, leadId: number): Promise<DemandDraft> {
  const lead = await leadOrThrow(db, leadId);
  const [zone] = lead.preferredZoneId
    ? await db.select({ code: zones.code }).from(zones).where(eq(zones.id, lead.preferredZoneId))
    : [];
  const [park] = lead.preferredParkId
    ? await db.select({ code: parks.code }).from(parks).where(eq(parks.id, lead.preferredParkId))
    : [];
  const [link] = lead.chainLink
    ? await db.select({ code: chainLinks.code }).from(chainLinks).where(eq(chainLinks.code, lead.chainLink))
    : [];
  const area = lead.areaM2 === null ? null : Number(lead.areaM2);
  return {
    use: lead.intendedUse,
    areaMin: area === null ? null : Math.round(area * (1 - AREA_SPREAD)),
    areaMax: area === null ? null : Math.round(area * (1 + AREA_SPREAD)),
    zones: zone ? [zone.code] : [],
    parks: park ? [park.code] : [],
    direction: lead.directionCode,
    chainLink: link?.code ?? null,
    profile: {
      investmentWan: lead.investmentWan === null ? null : Number(lead.investmentWan),
      isTaiwanFunded: lead.taiwanUbn ? true : null,
    },
  };
}
