import { eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { invalidFields } from '../../core/errors/index.js';
import { chainLinks, directions, industryCodes } from '../chain/tables.js';
import { enterprises } from '../enterprises/tables.js';
import { blocks, parks, zones } from '../space/tables.js';
import { enterpriseProfiles } from './profiles.js';
import {
  type AttrKey,
  calculateBenefit,
  type DescribeOptions,
  evaluateRule,
  type Profile,
  profileFromRow,
  type Rule,
  ruleStanding,
  sumYuan,
} from './rules/index.js';
import type { PolicyBenefit, PolicyResult } from './schema.js';
import { policies } from './tables.js';

/** What the calculator needs of a policy: its rule, where it applies, what it gives. */
export type EvaluablePolicy = {
  id: number;
  code: string;
  titleZh: string;
  titleEn: string;
  issuerZh: string;
  issuerEn: string;
  level: PolicyResult['policy']['level'];
  docNumber: string | null;
  source: string;
  isDemo: boolean;
  rule: Rule;
  zones: string[];
  benefits: PolicyBenefit[];
};

/**
 * The rule as applied: a policy limited to some zones gets "located in one of them" as its first clause,
 * so the zone is explained, near-missed and compiled to SQL like any other requirement.
 */
export function effectiveRule(policy: Pick<EvaluablePolicy, 'rule' | 'zones'>): Rule {
  if (policy.zones.length === 0) return policy.rule;
  // One object per policy object, so what is worked out per rule (its clause list) is worked out once.
  let rule = effectiveRules.get(policy);
  if (!rule) {
    rule = { all: [{ attr: 'zone', op: 'in', value: policy.zones }, policy.rule] };
    effectiveRules.set(policy, rule);
  }
  return rule;
}

const effectiveRules = new WeakMap<object, Rule>();

export function hasDemoFigures(benefits: readonly PolicyBenefit[]): boolean {
  return benefits.some((b) => b.demo && b.formula !== null);
}

/** One policy against one profile: every clause explained, the near-miss, each benefit's amount. */
export function evaluatePolicy(
  policy: EvaluablePolicy,
  profile: Profile,
  options: DescribeOptions = {},
): PolicyResult {
  const evaluation = evaluateRule(effectiveRule(policy), profile, options);
  const benefits = policy.benefits.map((b) => {
    const result = b.formula ? calculateBenefit(b.formula, profile) : null;
    return {
      code: b.code,
      labelZh: b.labelZh,
      labelEn: b.labelEn,
      demo: b.demo,
      amountYuan: result?.amountYuan ?? null,
      capped: result?.capped ?? false,
      missing: result?.missing ?? [],
      formula: result?.formula ?? null,
      inputs: result?.inputs ?? {},
    };
  });
  const amounts = benefits.flatMap((b) => (b.amountYuan === null ? [] : [b.amountYuan]));
  return {
    policy: {
      id: policy.id,
      code: policy.code,
      titleZh: policy.titleZh,
      titleEn: policy.titleEn,
      issuerZh: policy.issuerZh,
      issuerEn: policy.issuerEn,
      level: policy.level,
      docNumber: policy.docNumber,
      source: policy.source,
      isDemo: policy.isDemo,
      hasDemoFigures: hasDemoFigures(policy.benefits),
    },
    eligible: evaluation.eligible,
    minFlips: evaluation.minFlips,
    clauses: evaluation.clauses,
    nearMiss: evaluation.nearMiss,
    benefits,
    totalYuan: sumYuan(amounts),
  };
}

/** Eligible first (most money first), then near-misses, then the rest by how many clauses they miss. */
function byRelevance(a: PolicyResult, b: PolicyResult): number {
  const rank = (r: PolicyResult) => (r.eligible ? 0 : r.nearMiss ? 1 : 2);
  return (
    rank(a) - rank(b) || a.minFlips - b.minFlips || b.totalYuan - a.totalYuan || a.policy.id - b.policy.id
  );
}

/** Which policies an answer explains: all of them, the eligible only, or the eligible and near-misses. */
export type EvaluationScope = 'all' | 'eligible' | 'eligibleOrNear';

function inScope(policy: EvaluablePolicy, profile: Profile, scope: EvaluationScope): boolean {
  if (scope === 'all') return true;
  const { minFlips } = ruleStanding(effectiveRule(policy), profile);
  return scope === 'eligible' ? minFlips === 0 : minFlips <= 1;
}

/**
 * The policies against a profile, most relevant first. A narrower scope sifts the list cheaply first
 * (no texts), so a match pricing many units against hundreds of policies explains only what it shows.
 */
export function evaluatePolicies(
  list: readonly EvaluablePolicy[],
  profile: Profile,
  options: DescribeOptions = {},
  scope: EvaluationScope = 'all',
) {
  const results = list
    .filter((p) => inScope(p, profile, scope))
    .map((p) => evaluatePolicy(p, profile, options))
    .sort(byRelevance);
  const eligible = results.filter((r) => r.eligible);
  return {
    results,
    eligibleCount: eligible.length,
    nearMissCount: results.filter((r) => r.nearMiss !== null).length,
    totalYuan: sumYuan(eligible.map((r) => r.totalYuan)),
  };
}

/** Today as the validity dates are written (the server's calendar day). */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE');
}

type Cached = { key: string; list: Promise<EvaluablePolicy[]> };
const inForceCache = new WeakMap<object, Cached>();

/**
 * The policies in force on a day, kept per database between calls while nothing changed: a match prices
 * every unit against all of them, and reading and parsing hundreds of rules per request was a third of
 * its time. Any write to a policy moves its updated_at (zones included: they change with the policy).
 */
export async function policiesInForce(db: Executor, day = today()): Promise<EvaluablePolicy[]> {
  const [signature] = await queryRows<{ n: number; latest: string | null }>(
    db,
    sql`SELECT count(*)::int AS n, max(updated_at)::text AS latest FROM policies`,
  );
  const key = `${day}|${signature?.n}|${signature?.latest}`;
  const cached = inForceCache.get(db);
  if (cached?.key === key) return cached.list;
  const list = readPoliciesInForce(db, day);
  inForceCache.set(db, { key, list });
  list.catch(() => inForceCache.delete(db));
  return list;
}

async function readPoliciesInForce(db: Executor, day: string): Promise<EvaluablePolicy[]> {
  const rows = await db
    .select()
    .from(policies)
    .where(
      sql`${policies.status} = 'published'
        AND (${policies.validFrom} IS NULL OR ${policies.validFrom} <= ${day}::date)
        AND (${policies.validTo} IS NULL OR ${policies.validTo} >= ${day}::date)`,
    )
    .orderBy(policies.id);
  return withZones(db, rows);
}

type PolicyRow = typeof policies.$inferSelect;

/** The rows as the calculator takes them, each with the codes of the zones it applies in. */
export async function withZones(db: Executor, rows: PolicyRow[]): Promise<(EvaluablePolicy & PolicyRow)[]> {
  if (rows.length === 0) return [];
  const links = await queryRows<{ policy_id: number; code: string }>(
    db,
    sql`SELECT pz.policy_id, z.code FROM policy_zones pz JOIN zones z ON z.id = pz.zone_id
        WHERE pz.policy_id IN (${sql.join(
          rows.map((r) => sql`${r.id}`),
          sql`, `,
        )}) ORDER BY z.sort_order, z.code`,
  );
  return rows.map((row) => ({
    ...row,
    rule: row.rule as Rule,
    benefits: row.benefits as PolicyBenefit[],
    zones: links.filter((l) => l.policy_id === row.id).map((l) => l.code),
  }));
}

/** A registered enterprise as the rules see it (404-like field error when there is none). */
export async function enterpriseProfile(db: Executor, id: number) {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT ep.*, e.name_zh AS enterprise_name FROM ${enterpriseProfiles(sql`e.id = ${id}`)} ep
        JOIN enterprises e ON e.id = ep.id`,
  );
  const row = rows[0];
  if (!row) throw invalidFields({ path: 'enterpriseId', key: 'unknownEnterprise' });
  return { enterprise: { id, nameZh: String(row.enterprise_name) }, profile: profileFromRow(row) };
}

/** Registry values, then the ad-hoc ones given (a value given, even null, replaces the registry's). */
export function mergeProfile(base: Profile, overrides: Profile | undefined): Profile {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  return merged as Profile;
}

/** Codes shown by their names in the clause lines ("所在区域：福州国际医疗综合实验区"). */
export async function codeLabels(db: Executor): Promise<DescribeOptions> {
  const [zoneRows, blockRows, parkRows, directionRows, linkRows, industryRows] = await Promise.all([
    db.select({ code: zones.code, zh: zones.nameZh, en: zones.nameEn }).from(zones),
    db.select({ code: blocks.code, zh: blocks.nameZh, en: blocks.nameEn }).from(blocks),
    db.select({ code: parks.code, zh: parks.nameZh, en: parks.nameEn }).from(parks),
    db.select({ code: directions.code, zh: directions.nameZh, en: directions.nameEn }).from(directions),
    db.select({ code: chainLinks.code, zh: chainLinks.nameZh, en: chainLinks.nameEn }).from(chainLinks),
    db
      .select({ code: industryCodes.code, zh: industryCodes.nameZh, en: industryCodes.nameEn })
      .from(industryCodes),
  ]);
  const table = (rows: { code: string; zh: string; en: string | null }[]) =>
    new Map(rows.map((r) => [r.code, r]));
  const byAttr: Partial<Record<AttrKey, Map<string, { zh: string; en: string | null }>>> = {
    zone: table(zoneRows),
    block: table(blockRows),
    park: table(parkRows),
    direction: table(directionRows),
    chainLinks: table(linkRows),
    industryCode: table(industryRows),
  };
  return {
    valueLabel: (attr, code, lang) => {
      const named = byAttr[attr]?.get(code);
      if (!named) return undefined;
      return lang === 'zh' ? named.zh : (named.en ?? named.zh);
    },
  };
}

/** The park of an enterprise: null when it has none, undefined when there is no such enterprise. */
export async function enterpriseParkId(db: Executor, id: number): Promise<number | null | undefined> {
  const [row] = await db
    .select({ parkId: enterprises.parkId })
    .from(enterprises)
    .where(eq(enterprises.id, id));
  return row ? row.parkId : undefined;
}
