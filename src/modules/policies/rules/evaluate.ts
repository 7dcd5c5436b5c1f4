import { type AttrKey, type AttrValue, attributeOf, type Profile } from './attributes.js';
import {
  type Bilingual,
  bilingual,
  type DescribeOptions,
  describeRequirement,
  describeValue,
} from './describe.js';
import { type Clause, type ClauseValue, clausesOf, type Op, type Rule } from './rule-schema.js';

/** One clause of a rule, checked against a profile, with its lines for people. */
export type ClauseOutcome = {
  /** Where the clause sits in the tree: "all.1", "all.2.any.0"; "" when the rule is one clause. */
  path: string;
  attr: AttrKey;
  op: Op;
  /** The clause's value (null for exists). */
  expected: ClauseValue | null;
  /** The profile's value, null when it has none. */
  actual: Exclude<AttrValue, undefined>;
  /** The clause's own result (under a `not` it counts the other way: see negated). */
  passed: boolean;
  /** Under an odd number of `not`: the rule wants this clause to fail. */
  negated: boolean;
  /** Whether the clause is as the rule wants it: passed, or failed where negated. */
  satisfied: boolean;
  /** The profile has no value for the attribute: the clause fails (and `not` of it passes). */
  missing: boolean;
  /** What the rule asks of the clause ("注册资本 ≥ 500 万元"; negated: "并非：…"). */
  requirement: Bilingual;
  actualText: Bilingual;
};

/**
 * A rule that fails, but would pass if exactly one clause came out the other way. `flips` lists every
 * such clause (alternatives: any one of them is enough); usually a failed clause that would have to pass,
 * under a `not` it can be a passed clause that would have to fail.
 */
export type NearMiss = { flips: string[]; clauses: ClauseOutcome[] };

export type Evaluation = {
  eligible: boolean;
  /** The fewest clause results that must change for the rule to pass (0 when eligible). */
  minFlips: number;
  clauses: ClauseOutcome[];
  nearMiss: NearMiss | null;
};

export function isMissing(value: AttrValue): value is null | undefined {
  return value === null || value === undefined;
}

/** Whether the profile meets one clause. A missing value fails every op, exists included. */
export function clausePasses(clause: Clause, profile: Profile): boolean {
  const actual = profile[clause.attr] as AttrValue;
  if (isMissing(actual)) return false;
  const { op, value } = clause;
  if (op === 'exists') return true;
  switch (attributeOf(clause.attr).type) {
    case 'boolean':
      return actual === value;
    case 'number':
    case 'date':
      return compareOp(op, actual as number | string, value);
    case 'string':
      return stringOp(op, actual as string, value);
    case 'stringSet': {
      const held = new Set(actual as readonly string[]);
      const wanted = value as readonly string[];
      return op === 'hasAll' ? wanted.every((v) => held.has(v)) : wanted.some((v) => held.has(v));
    }
  }
}

/** Numbers, and ISO dates (which order as strings): before/after are lt/gt, between is inclusive. */
function compareOp(op: Op, actual: number | string, value: ClauseValue | undefined): boolean {
  if (op === 'between') {
    const [lo, hi] = value as readonly [number | string, number | string];
    return actual >= lo && actual <= hi;
  }
  const v = value as number | string;
  switch (op) {
    case 'eq':
      return actual === v;
    case 'ne':
      return actual !== v;
    case 'gt':
    case 'after':
      return actual > v;
    case 'gte':
      return actual >= v;
    case 'lt':
    case 'before':
      return actual < v;
    case 'lte':
      return actual <= v;
    default:
      return false;
  }
}

function stringOp(op: Op, actual: string, value: ClauseValue | undefined): boolean {
  switch (op) {
    case 'eq':
      return actual === value;
    case 'ne':
      return actual !== value;
    case 'in':
      return (value as readonly string[]).includes(actual);
    case 'notIn':
      return !(value as readonly string[]).includes(actual);
    case 'startsWith':
      return actual.startsWith(value as string);
    default:
      return false;
  }
}

/** The rule's value given each clause's result (by path): the one place all / any / not are defined. */
export function ruleHolds(rule: Rule, result: (path: string) => boolean, path = ''): boolean {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if ('all' in rule) return rule.all.every((r, i) => ruleHolds(r, result, at(`all.${i}`)));
  if ('any' in rule) return rule.any.some((r, i) => ruleHolds(r, result, at(`any.${i}`)));
  if ('not' in rule) return !ruleHolds(rule.not, result, at('not'));
  return result(path);
}

/**
 * The fewest clause flips that make the node true and false: a clause costs 0 to stay as it is and 1 to
 * flip; `all` needs every child true (sum) but one child false (min); `any` the dual; `not` swaps them.
 * Exact because every clause occurs once in the tree.
 */
function flipCosts(
  rule: Rule,
  result: (path: string) => boolean,
  path: string,
): { toTrue: number; toFalse: number } {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if ('not' in rule) {
    const inner = flipCosts(rule.not, result, at('not'));
    return { toTrue: inner.toFalse, toFalse: inner.toTrue };
  }
  if ('all' in rule || 'any' in rule) {
    const key = 'all' in rule ? 'all' : 'any';
    const children = 'all' in rule ? rule.all : rule.any;
    const costs = children.map((r, i) => flipCosts(r, result, at(`${key}.${i}`)));
    const sumTrue = costs.reduce((s, c) => s + c.toTrue, 0);
    const sumFalse = costs.reduce((s, c) => s + c.toFalse, 0);
    const minTrue = Math.min(...costs.map((c) => c.toTrue));
    const minFalse = Math.min(...costs.map((c) => c.toFalse));
    return key === 'all' ? { toTrue: sumTrue, toFalse: minFalse } : { toTrue: minTrue, toFalse: sumFalse };
  }
  return result(path) ? { toTrue: 0, toFalse: 1 } : { toTrue: 1, toFalse: 0 };
}

/**
 * The clauses whose flip alone turns the node to `want` (it is not `want` now). all → true: possible only
 * if exactly one child is false, through that child; all → false: through any child; any is the dual;
 * not asks its child for the opposite.
 */
function singleFlips(rule: Rule, want: boolean, result: (path: string) => boolean, path: string): string[] {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if ('not' in rule) return singleFlips(rule.not, !want, result, at('not'));
  if ('all' in rule || 'any' in rule) {
    const key = 'all' in rule ? 'all' : 'any';
    const children = ('all' in rule ? rule.all : rule.any).map((r, i) => ({ r, path: at(`${key}.${i}`) }));
    // For all, a single child must change when we want true; for any, when we want false.
    const needsOne = (key === 'all') === want;
    if (!needsOne) return children.flatMap((c) => singleFlips(c.r, want, result, c.path));
    const wrong = children.filter((c) => ruleHolds(c.r, result, c.path) !== want);
    const only = wrong.length === 1 ? wrong[0] : undefined;
    return only ? singleFlips(only.r, want, result, only.path) : [];
  }
  return [path];
}

const clauseLists = new WeakMap<Rule, ReturnType<typeof clausesOf>>();

/** A rule's clauses, listed once per rule object: the same policy is sifted against many profiles. */
function clausesOfRule(rule: Rule) {
  let list = clauseLists.get(rule);
  if (!list) {
    list = clausesOf(rule);
    clauseLists.set(rule, list);
  }
  return list;
}

/**
 * Where a profile stands against a rule, without the explanation: eligible, and the fewest clause flips
 * that would make it so. For sifting many policies before explaining the few that matter.
 */
export function ruleStanding(rule: Rule, profile: Profile): { eligible: boolean; minFlips: number } {
  const byPath = new Map(
    clausesOfRule(rule).map(({ path, clause }) => [path, clausePasses(clause, profile)]),
  );
  const result = (path: string) => byPath.get(path) === true;
  const eligible = ruleHolds(rule, result);
  return { eligible, minFlips: eligible ? 0 : flipCosts(rule, result, '').toTrue };
}

/**
 * Checks a rule against a profile and explains it: every clause with the requirement, the actual value
 * and the result; when the rule fails on a single clause, the near-miss names the clauses that would
 * change the answer.
 */
export function evaluateRule(rule: Rule, profile: Profile, options: DescribeOptions = {}): Evaluation {
  const clauses = clausesOf(rule).map(({ path, clause }) => outcomeOf(path, clause, profile, options));
  const byPath = new Map(clauses.map((c) => [c.path, c.passed]));
  const result = (path: string) => byPath.get(path) === true;
  const eligible = ruleHolds(rule, result);
  const minFlips = eligible ? 0 : flipCosts(rule, result, '').toTrue;
  let nearMiss: NearMiss | null = null;
  if (minFlips === 1) {
    const flips = singleFlips(rule, true, result, '');
    nearMiss = { flips, clauses: clauses.filter((c) => flips.includes(c.path)) };
  }
  return { eligible, minFlips, clauses, nearMiss };
}

function outcomeOf(path: string, clause: Clause, profile: Profile, options: DescribeOptions): ClauseOutcome {
  const raw = profile[clause.attr] as AttrValue;
  const actual = isMissing(raw) ? null : raw;
  const passed = clausePasses(clause, profile);
  const negated = path.split('.').filter((step) => step === 'not').length % 2 === 1;
  return {
    path,
    attr: clause.attr,
    op: clause.op,
    expected: clause.value ?? null,
    actual,
    passed,
    negated,
    satisfied: passed !== negated,
    missing: actual === null,
    requirement: bilingual((lang) => describeRequirement(clause, negated, lang, options)),
    actualText: bilingual((lang) => describeValue(clause.attr, actual, lang, options)),
  };
}
