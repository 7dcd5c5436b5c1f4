import type { Executor } from '../../core/db/db.js';
import {
  codeLabels,
  type EvaluablePolicy,
  evaluatePolicies,
  policiesInForce,
  today,
} from '../policies/calculator.js';
import type { DescribeOptions, Profile } from '../policies/rules/index.js';
import { formatFen } from '../policies/rules/index.js';
import type { PolicyResult } from '../policies/schema.js';
import type { CandidateRow } from './candidates.js';
import { divideFen, fenOfText, yuanOfAmount, yuanText } from './money.js';
import type { MatchDemand, MatchResult, MatchUnit } from './schema.js';

/** The policies in force and the names of codes: loaded once per match, used for every unit. */
export type PolicyContext = { asOf: string; policies: EvaluablePolicy[]; labels: DescribeOptions };

export async function loadPolicyContext(db: Executor): Promise<PolicyContext> {
  const asOf = today();
  const [policies, labels] = await Promise.all([policiesInForce(db, asOf), codeLabels(db)]);
  return { asOf, policies, labels };
}

/** The demand as the rules see it: its direction and chain link over the profile extras given. */
export function demandProfile(demand: MatchDemand): Profile {
  return {
    ...demand.profile,
    ...(demand.direction ? { direction: demand.direction } : {}),
    ...(demand.chainLink ? { chainLinks: [demand.chainLink] } : {}),
  };
}

/** The demand in a unit: the unit decides the leased area, the rent and where it is. */
function unitProfile(demand: MatchDemand, row: CandidateRow): Profile {
  return {
    ...demandProfile(demand),
    leasedAreaM2: Number(row.area),
    rentYuanPerM2Month: row.rent === null ? null : Number(row.rent),
    zone: row.zone_code,
    block: row.block_code,
    park: row.park_code,
  };
}

function policyRef(result: PolicyResult) {
  const p = result.policy;
  return {
    id: p.id,
    code: p.code,
    titleZh: p.titleZh,
    titleEn: p.titleEn,
    isDemo: p.isDemo,
    hasDemoFigures: p.hasDemoFigures,
  };
}

function benefitLines(result: PolicyResult) {
  return result.benefits.map((b) => ({
    code: b.code,
    labelZh: b.labelZh,
    labelEn: b.labelEn,
    amountYuan: b.amountYuan === null ? null : yuanOfAmount(b.amountYuan),
    formula: b.formula,
    demo: b.demo,
  }));
}

/** Each rent subsidy the unit earns, spread over its months: amount ÷ months, to the fen. */
function subsidyLines(eligible: PolicyResult[], policies: EvaluablePolicy[]): MatchUnit['subsidies'] {
  return eligible.flatMap((result) => {
    const policy = policies.find((p) => p.id === result.policy.id);
    return result.benefits.flatMap((b) => {
      const formula = policy?.benefits.find((pb) => pb.code === b.code)?.formula;
      if (formula?.kind !== 'rent_subsidy' || b.amountYuan === null || !b.formula) return [];
      const amount = yuanOfAmount(b.amountYuan);
      const monthly = divideFen(fenOfText(amount), formula.months);
      return [
        {
          policyId: result.policy.id,
          benefitCode: b.code,
          labelZh: b.labelZh,
          labelEn: b.labelEn,
          amountYuan: amount,
          months: formula.months,
          monthlyYuan: yuanText(monthly),
          formula: {
            zh: `${b.formula.zh}；÷ ${formula.months} 月 = ${formatFen(monthly)} 元/月`,
            en: `${b.formula.en}; ÷ ${formula.months} months = ${formatFen(monthly)} yuan/month`,
          },
        },
      ];
    });
  });
}

/**
 * What a unit costs a month and what the policies give there: monthly rent, the rent subsidies per month
 * (together at most the rent) and the net, with every eligible policy and its amounts.
 */
export function unitCosts(
  context: PolicyContext,
  demand: MatchDemand,
  row: CandidateRow,
): Pick<MatchUnit, 'monthlyRentYuan' | 'subsidyMonthlyYuan' | 'netMonthlyYuan' | 'subsidies' | 'policies'> {
  const evaluation = evaluatePolicies(context.policies, unitProfile(demand, row), context.labels, 'eligible');
  const eligible = evaluation.results.filter((r) => r.eligible);
  const subsidies = subsidyLines(eligible, context.policies);
  const policies = eligible.map((r) => ({
    policy: policyRef(r),
    totalYuan: yuanOfAmount(r.totalYuan),
    benefits: benefitLines(r),
  }));
  if (row.monthly === null)
    return { monthlyRentYuan: null, subsidyMonthlyYuan: null, netMonthlyYuan: null, subsidies, policies };
  const rent = fenOfText(row.monthly);
  const offered = subsidies.reduce((sum, s) => sum + fenOfText(s.monthlyYuan), 0n);
  const subsidy = offered > rent ? rent : offered;
  return {
    monthlyRentYuan: yuanText(rent),
    subsidyMonthlyYuan: yuanText(subsidy),
    netMonthlyYuan: yuanText(rent - subsidy),
    subsidies,
    policies,
  };
}

/**
 * The policies seen from the demand alone (no unit yet): those it qualifies for, and those one
 * requirement away, with what that requirement is ("所在区域：…" — a unit there would do).
 */
export function demandPolicies(context: PolicyContext, demand: MatchDemand): MatchResult['policies'] {
  const evaluation = evaluatePolicies(
    context.policies,
    demandProfile(demand),
    context.labels,
    'eligibleOrNear',
  );
  return evaluation.results
    .filter((r) => r.eligible || r.nearMiss !== null)
    .map((r) => ({
      policy: policyRef(r),
      eligible: r.eligible,
      missing: r.nearMiss ? r.nearMiss.clauses.map((c) => c.requirement) : [],
      benefits: benefitLines(r),
    }));
}
