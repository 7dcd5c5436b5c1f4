import { type SQL, sql } from 'drizzle-orm';
import { attributeOf } from './attributes.js';
import { decimalOf, decimalText } from './decimal.js';
import type { Clause, Rule } from './rule-schema.js';

/**
 * A rule as a WHERE condition over a relation with the catalogue's columns (policies/profiles.ts), TRUE
 * exactly for the rows evaluateRule finds eligible. Every clause is coalesce(…, false): a NULL column
 * makes its clause false, never unknown, so NOT and missing values mean what they mean in the evaluator
 * (two-valued logic). Values travel as parameters with explicit casts (an integer column compared with
 * 2.5 must not make the driver guess "integer" for the parameter); identifiers only ever come from the
 * catalogue, quoted.
 */
export function compileRule(rule: Rule, alias?: string): SQL {
  return compileNode(rule, alias, '', null);
}

/**
 * The rule with one clause (by its path, as clausesOf names it) taken the other way round: TRUE for the
 * rows where flipping that clause alone would decide. A row fails the rule but passes one of these exactly
 * when it is a near-miss (evaluateRule's minFlips = 1), so near-misses are counted in SQL too.
 */
export function compileRuleFlipped(rule: Rule, flip: string, alias?: string): SQL {
  return compileNode(rule, alias, '', flip);
}

function compileNode(rule: Rule, alias: string | undefined, path: string, flip: string | null): SQL {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if ('all' in rule)
    return group(
      rule.all.map((r, i) => compileNode(r, alias, at(`all.${i}`), flip)),
      sql` AND `,
    );
  if ('any' in rule)
    return group(
      rule.any.map((r, i) => compileNode(r, alias, at(`any.${i}`), flip)),
      sql` OR `,
    );
  if ('not' in rule) return sql`(NOT ${compileNode(rule.not, alias, at('not'), flip)})`;
  const clause = sql`coalesce(${clauseSql(rule, alias)}, false)`;
  return path === flip ? sql`(NOT ${clause})` : clause;
}

function group(parts: SQL[], separator: SQL): SQL {
  return sql`(${sql.join(parts, separator)})`;
}

function column(clause: Clause, alias: string | undefined): SQL {
  const name = sql.identifier(attributeOf(clause.attr).column);
  return alias ? sql`${sql.identifier(alias)}.${name}` : sql`${name}`;
}

/** Exact decimal text: numeric compares it exactly, as JS compares the same number. */
const num = (v: unknown) => sql`${decimalText(decimalOf(v as number))}::numeric`;
const text = (v: unknown) => sql`${v as string}::text`;
const day = (v: unknown) => sql`${v as string}::date`;
const textArray = (v: unknown) => sql`ARRAY[${sql.join((v as string[]).map(text), sql`, `)}]::text[]`;

const comparisons: Record<string, string> = {
  eq: '=',
  ne: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  before: '<',
  after: '>',
};

/** The operator for a validated op, from the fixed table above (never from input). */
function operator(op: string): SQL {
  const symbol = comparisons[op];
  if (!symbol) throw new Error(`No SQL operator for op ${op}: validate rules with ruleSchema first`);
  return sql.raw(symbol);
}

function clauseSql(clause: Clause, alias: string | undefined): SQL {
  const c = column(clause, alias);
  const { op, value } = clause;
  if (op === 'exists') return sql`${c} IS NOT NULL`;
  const type = attributeOf(clause.attr).type;
  switch (type) {
    case 'boolean':
      return sql`${c} = ${value as boolean}::boolean`;
    case 'number':
    case 'date': {
      const cast = type === 'number' ? num : day;
      if (op === 'between') {
        const [lo, hi] = value as readonly unknown[];
        return sql`${c} BETWEEN ${cast(lo)} AND ${cast(hi)}`;
      }
      return sql`${c} ${operator(op)} ${cast(value)}`;
    }
    case 'string':
      switch (op) {
        case 'in':
          return sql`${c} IN (${sql.join((value as string[]).map(text), sql`, `)})`;
        case 'notIn':
          return sql`${c} NOT IN (${sql.join((value as string[]).map(text), sql`, `)})`;
        case 'startsWith':
          // starts_with (PostgreSQL ≥ 11) compares literally: no LIKE wildcards to escape.
          return sql`starts_with(${c}, ${text(value)})`;
        default:
          return sql`${c} ${operator(op)} ${text(value)}`;
      }
    case 'stringSet':
      return op === 'hasAll' ? sql`${c} @> ${textArray(value)}` : sql`${c} && ${textArray(value)}`;
  }
}
