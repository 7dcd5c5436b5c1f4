import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { type FieldProblem, invalidFields } from '../../core/errors/index.js';
import { chainLinks, directions } from '../chain/tables.js';
import { CLEANROOM_RANK } from '../space/cleanroom.js';
import { parks, zones } from '../space/tables.js';
import type { MatchDemand } from './schema.js';

type Named = { code: string; nameZh: string; nameEn: string };

/** A demand with its codes looked up: what the ranking, the explanations and the partners work from. */
export type MatchContext = {
  demand: MatchDemand;
  /** The demanded cleanroom rank (cleanroom.ts), null when no grade is asked for. */
  gradeRank: number | null;
  direction: Named | null;
  chainLink: (Named & { segment: number }) | null;
  /** Zone codes of the preferred parks (a unit in the same zone as a preferred park is near it). */
  parkZones: string[];
  preferredParkIds: number[];
};

/**
 * Checks the codes a demand names (direction, chain link, zones, parks) and looks them up; an unknown one
 * is a field error, not an empty answer, so a typo is not taken for "nothing matches".
 */
export async function resolveDemand(db: Executor, demand: MatchDemand): Promise<MatchContext> {
  const problems: FieldProblem[] = [];
  const [direction] = demand.direction
    ? await db.select().from(directions).where(eq(directions.code, demand.direction))
    : [];
  if (demand.direction && !direction) problems.push({ path: 'direction', key: 'unknownDirection' });
  const [link] = demand.chainLink
    ? await db.select().from(chainLinks).where(eq(chainLinks.code, demand.chainLink))
    : [];
  if (demand.chainLink && !link) problems.push({ path: 'chainLink', key: 'unknownChainLink' });

  const knownZones = demand.zones.length
    ? await db.select({ code: zones.code }).from(zones).where(inArray(zones.code, demand.zones))
    : [];
  demand.zones.forEach((code, i) => {
    if (!knownZones.some((z) => z.code === code)) problems.push({ path: `zones.${i}`, key: 'unknownZone' });
  });
  const knownParks = demand.parks.length
    ? await db
        .select({ id: parks.id, code: parks.code, zoneCode: zones.code })
        .from(parks)
        .innerJoin(zones, eq(zones.id, parks.zoneId))
        .where(inArray(parks.code, demand.parks))
    : [];
  demand.parks.forEach((code, i) => {
    if (!knownParks.some((p) => p.code === code)) problems.push({ path: `parks.${i}`, key: 'unknownParkId' });
  });
  if (problems.length > 0) throw invalidFields(...problems);

  const rank = demand.cleanroomGrade ? CLEANROOM_RANK[demand.cleanroomGrade] : 0;
  return {
    demand,
    gradeRank: rank > 0 ? rank : null,
    direction: direction
      ? { code: direction.code, nameZh: direction.nameZh, nameEn: direction.nameEn }
      : null,
    chainLink: link
      ? { code: link.code, nameZh: link.nameZh, nameEn: link.nameEn, segment: link.segment }
      : null,
    parkZones: [...new Set(knownParks.map((p) => p.zoneCode))],
    preferredParkIds: knownParks.map((p) => p.id),
  };
}

/** The chain links upstream to downstream: the choices of a demand's chain link. */
export function listChainLinks(db: Executor) {
  return db
    .select({
      code: chainLinks.code,
      segment: chainLinks.segment,
      nameZh: chainLinks.nameZh,
      nameEn: chainLinks.nameEn,
    })
    .from(chainLinks)
    .orderBy(asc(chainLinks.segment), asc(chainLinks.position), asc(chainLinks.code));
}
