import type { Executor } from '../../core/db/db.js';
import { type CandidateRow, rankUnits } from './candidates.js';
import { countConstraints, hardConstraints } from './constraints.js';
import { type MatchContext, resolveDemand } from './context.js';
import { demandPolicies, loadPolicyContext, type PolicyContext, unitCosts } from './costs.js';
import { criteriaFor, type WeightedCriterion } from './criteria.js';
import { findPartners, type Whereabouts } from './partners.js';
import type { MatchDemand, MatchResult, MatchUnit } from './schema.js';

/** A candidate's criteria, each with its weight, score, points and the line that explains it. */
function breakdown(row: CandidateRow, ctx: MatchContext, criteria: WeightedCriterion[]) {
  return criteria.map((c) => {
    const score = Number(row[`s_${c.key}`]);
    const { inputs, zh, en } = c.explain(row, ctx, score);
    return {
      key: c.key,
      labelZh: c.labelZh,
      labelEn: c.labelEn,
      weight: c.weight,
      score,
      points: Number(row[`p_${c.key}`]),
      inputs,
      explanation: { zh, en },
    };
  });
}

function unitOf(row: CandidateRow): MatchUnit['unit'] {
  return {
    id: row.id,
    code: row.code,
    floor: row.floor,
    areaM2: row.area,
    use: row.use as MatchUnit['unit']['use'],
    cleanroomGrade: row.grade as MatchUnit['unit']['cleanroomGrade'],
    dealType: row.deal_type as MatchUnit['unit']['dealType'],
    rentYuanPerM2Month: row.rent,
    powerKva: row.power,
    floorLoadKnPerM2: row.load,
    availableFrom: row.available_from,
    isDemo: row.is_demo,
    building: { id: row.building_id, code: row.building_code, nameZh: row.building_name },
    park: { id: row.park_id, code: row.park_code, nameZh: row.park_name_zh, nameEn: row.park_name_en },
    zone: { code: row.zone_code, nameZh: row.zone_name_zh, nameEn: row.zone_name_en },
  };
}

function rankedUnit(
  row: CandidateRow,
  ctx: MatchContext,
  criteria: WeightedCriterion[],
  policies: PolicyContext,
): MatchUnit {
  return {
    unit: unitOf(row),
    score: Number(row.total),
    breakdown: breakdown(row, ctx, criteria),
    ...unitCosts(policies, ctx.demand, row),
  };
}

/** Partners are placed against the best unit when there is one, else against what the demand prefers. */
function whereabouts(ctx: MatchContext, best: CandidateRow | undefined): Whereabouts {
  if (best) return { parkIds: [best.park_id], zoneCodes: [best.zone_code] };
  return { parkIds: ctx.preferredParkIds, zoneCodes: [...new Set([...ctx.demand.zones, ...ctx.parkZones])] };
}

/**
 * Demand → ranked space (docs/matching.md): the units meeting every hard constraint, best first with the
 * breakdown of their score; what each costs a month before and after rent subsidies; the policies of the
 * demand; partners up and down the chain; and how many units each constraint turned away.
 */
export async function runMatch(db: Executor, demand: MatchDemand): Promise<MatchResult> {
  const ctx = await resolveDemand(db, demand);
  const criteria = criteriaFor(ctx);
  const [rows, counts, policies] = await Promise.all([
    rankUnits(db, ctx, criteria),
    countConstraints(db, hardConstraints(ctx)),
    loadPolicyContext(db),
  ]);
  const partners = await findPartners(db, ctx, whereabouts(ctx, rows[0]));
  return {
    asOf: policies.asOf,
    demand,
    candidates: counts.candidates,
    excluded: counts.excluded,
    units: rows.map((row) => rankedUnit(row, ctx, criteria, policies)),
    policies: demandPolicies(policies, demand),
    partners,
  };
}
