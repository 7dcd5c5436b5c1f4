import { eq, inArray } from 'drizzle-orm';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import type { FieldMessageKey } from '../../core/errors/index.js';
import { chainLinkOf, type LinkPrefixes } from '../../data/reference.js';
import { chainLinks, directions, industryCodes } from '../chain/tables.js';
import { buildings, parks, units } from '../space/tables.js';
import type { EnterpriseStatus } from './schema.js';
import type { enterprises } from './tables.js';

/** An enterprise as it would be after a write: what the rules between its fields are checked on. */
export type EnterpriseCandidate = {
  status: EnterpriseStatus;
  uscc: string | null;
  taiwanUbn: string | null;
  parkId: number | null;
  unitId: number | null;
  directionCode: string | null;
  industryCode: string | null;
  chainLinkCode: string | null;
  isTaiwanFunded: boolean;
  settledOn: string | null;
};

/** An enterprise's columns as a write sets them. */
export type EnterpriseValues = Omit<typeof enterprises.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/** The fields the rules look at, from a write's values (absent: null, not Taiwan-funded). */
export function candidateOf(
  v: Partial<EnterpriseValues> & Pick<EnterpriseValues, 'status'>,
): EnterpriseCandidate {
  return {
    status: v.status,
    uscc: v.uscc ?? null,
    taiwanUbn: v.taiwanUbn ?? null,
    parkId: v.parkId ?? null,
    unitId: v.unitId ?? null,
    directionCode: v.directionCode ?? null,
    industryCode: v.industryCode ?? null,
    chainLinkCode: v.chainLinkCode ?? null,
    isTaiwanFunded: v.isTaiwanFunded ?? false,
    settledOn: v.settledOn ?? null,
  };
}

/** The codes an enterprise may name, and the park of each unit it may name. */
export type RegistryLookups = {
  directions: ReadonlySet<string>;
  industries: ReadonlySet<string>;
  chainLinks: ReadonlySet<string>;
  /** The links' industry prefixes as maintained: a new firm's link follows an admin's edit of them. */
  linkPrefixes: readonly LinkPrefixes[];
  parks: ReadonlyMap<number, string>;
  unitParks: ReadonlyMap<number, number>;
};

/**
 * Directions, industry codes, chain links and parks are reference tables of tens of rows: loaded whole.
 * Units can be a million: only the ones asked about.
 */
export async function loadLookups(db: Executor, unitIds: number[] = []): Promise<RegistryLookups> {
  const [d, i, c, p, u] = await Promise.all([
    db.select({ code: directions.code }).from(directions),
    db.select({ code: industryCodes.code }).from(industryCodes),
    db.select({ code: chainLinks.code, industryPrefixes: chainLinks.industryPrefixes }).from(chainLinks),
    db.select({ id: parks.id, code: parks.code }).from(parks),
    unitIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: units.id, parkId: buildings.parkId })
          .from(units)
          .innerJoin(buildings, eq(buildings.id, units.buildingId))
          .where(inArray(units.id, unitIds)),
  ]);
  return {
    directions: new Set(d.map((r) => r.code)),
    industries: new Set(i.map((r) => r.code)),
    chainLinks: new Set(c.map((r) => r.code)),
    linkPrefixes: c,
    parks: new Map(p.map((r) => [r.id, r.code])),
    unitParks: new Map(u.map((r) => [r.id, r.parkId])),
  };
}

/** A firm that settled keeps its date when it leaves: the timeline still tells when it came. */
const HAS_SETTLED: ReadonlySet<EnterpriseStatus> = new Set(['settled', 'left']);

export type RuleProblem = { path: keyof EnterpriseCandidate; key: FieldMessageKey };

/**
 * The registry's rules between fields and against the reference tables, every broken one reported (the
 * form shows them all at once): codes that exist, the Taiwan number for and only for Taiwan-funded firms,
 * the unit inside the park, a settling date only for firms that settled. Uniqueness of the credit code
 * is the database's to tell (checked by the writer).
 */
export function enterpriseProblems(e: EnterpriseCandidate, lookups: RegistryLookups): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (e.isTaiwanFunded && !e.taiwanUbn) problems.push({ path: 'taiwanUbn', key: 'taiwanUbnRequired' });
  if (!e.isTaiwanFunded && e.taiwanUbn) problems.push({ path: 'taiwanUbn', key: 'taiwanUbnNotTaiwanFunded' });
  if (e.directionCode && !lookups.directions.has(e.directionCode))
    problems.push({ path: 'directionCode', key: 'unknownDirection' });
  if (e.industryCode && !lookups.industries.has(e.industryCode))
    problems.push({ path: 'industryCode', key: 'unknownIndustryCode' });
  if (e.chainLinkCode && !lookups.chainLinks.has(e.chainLinkCode))
    problems.push({ path: 'chainLinkCode', key: 'unknownChainLink' });
  if (e.parkId !== null && !lookups.parks.has(e.parkId))
    problems.push({ path: 'parkId', key: 'unknownParkId' });
  if (e.unitId !== null && (e.parkId === null || lookups.unitParks.get(e.unitId) !== e.parkId))
    problems.push({ path: 'unitId', key: 'unitNotInPark' });
  if (e.settledOn && !HAS_SETTLED.has(e.status))
    problems.push({ path: 'settledOn', key: 'settledOnNotSettled' });
  return problems;
}

/**
 * The chain link a write stores: the one given, else (when the industry or direction is new) the link
 * of the industry code, else the one it had.
 */
export function resolvedChainLink(
  given: string | null | undefined,
  classificationChanged: boolean,
  e: Pick<EnterpriseCandidate, 'directionCode' | 'industryCode' | 'chainLinkCode'>,
  lookups: Pick<RegistryLookups, 'linkPrefixes'>,
): string | null {
  if (given) return given;
  if (classificationChanged || given === null)
    return chainLinkOf(e.directionCode, e.industryCode, lookups.linkPrefixes);
  return e.chainLinkCode;
}

/**
 * Park managers edit the firms of their parks only, and may not move one elsewhere; admins and officers
 * edit any. Returns the problem with the park, if any.
 */
export function parkScopeProblem(
  principal: Principal | 'system',
  before: { parkId: number | null } | null,
  after: { parkId: number | null },
): RuleProblem | null {
  if (principal === 'system' || principal.role === 'admin' || principal.role === 'officer') return null;
  const mine = (parkId: number | null) => parkId !== null && principal.parkIds.includes(parkId);
  if (before && !mine(before.parkId)) return { path: 'parkId', key: 'notYourPark' };
  return mine(after.parkId) ? null : { path: 'parkId', key: 'notYourPark' };
}

/** May this caller see and edit the registry entry of a firm in this park? */
export function mayEditEnterprise(principal: Principal | 'system', parkId: number | null): boolean {
  return parkScopeProblem(principal, null, { parkId }) === null;
}
