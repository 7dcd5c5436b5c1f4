import { z } from 'zod';
import { fieldMessage } from '../../../core/errors/app-error.js';
import type { FieldMessageKey } from '../../../core/errors/catalogue.js';
import { type AttrKey, attributeOf, isAttrKey } from './attributes.js';
import { type Op, opsByType, type ValueKind, valueKind } from './operators.js';

export { type Op, opsByType, type ValueKind, valueKind };

import { isIsoDate } from './profile.js';

/**
 * Eligibility rules as data (docs/policy-rules.md):
 *   Rule   = { all: Rule[] } | { any: Rule[] } | { not: Rule } | Clause
 *   Clause = { attr, op, value? }
 * The schema is a hand-written walk rather than a zod union so that every problem is reported where it
 * is (rule.all.1.value), with a catalogue message, instead of zod's "no union member matched" at the top.
 */

export type ClauseValue = boolean | number | string | readonly string[] | readonly [number, number];

export type Clause = { attr: AttrKey; op: Op; value?: ClauseValue };
export type Rule = { all: Rule[] } | { any: Rule[] } | { not: Rule } | Clause;

export const MAX_RULE_DEPTH = 10;
export const MAX_RULE_CLAUSES = 200;
export const MAX_LIST_VALUES = 100;
const MAX_TEXT = 64;

export function opsFor(attr: AttrKey): readonly Op[] {
  return opsByType[attributeOf(attr).type];
}

export function isClause(rule: Rule): rule is Clause {
  return 'attr' in rule;
}

const valueMessage: Record<ValueKind, FieldMessageKey> = {
  boolean: 'ruleValueBoolean',
  number: 'ruleValueNumber',
  numberRange: 'ruleValueNumberRange',
  text: 'ruleValueText',
  textList: 'ruleValueTextList',
  date: 'ruleValueDate',
  dateRange: 'ruleValueDateRange',
  none: 'ruleValueNone',
};

const isText = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= MAX_TEXT;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether `value` is right for the kind; ranges must also be in order (min ≤ max). */
export function valueFits(kind: ValueKind, value: unknown): boolean {
  switch (kind) {
    case 'none':
      return value === undefined;
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return isNumber(value);
    case 'text':
      return isText(value);
    case 'date':
      return isIsoDate(value);
    case 'textList':
      return (
        Array.isArray(value) && value.length >= 1 && value.length <= MAX_LIST_VALUES && value.every(isText)
      );
    case 'numberRange':
      return isPair(value, isNumber) && value[0] <= value[1];
    case 'dateRange':
      return isPair(value, isIsoDate) && value[0] <= value[1];
  }
}

function isPair<T>(value: unknown, item: (v: unknown) => v is T): value is [T, T] {
  return Array.isArray(value) && value.length === 2 && item(value[0]) && item(value[1]);
}

type Problem = { path: (string | number)[]; key: FieldMessageKey; params?: Record<string, string | number> };

/**
 * Every problem of a candidate rule, each with the path into the tree and a catalogue key. Stops
 * descending below the depth limit and once the clause limit is passed, so hostile input stays cheap.
 */
export function ruleProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  let clauses = 0;

  function visit(node: unknown, path: (string | number)[], depth: number): void {
    if (clauses > MAX_RULE_CLAUSES) return;
    if (depth > MAX_RULE_DEPTH) {
      problems.push({ path, key: 'ruleTooDeep', params: { max: MAX_RULE_DEPTH } });
      return;
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push({ path, key: 'ruleShape' });
      return;
    }
    const keys = Object.keys(node);
    const record = node as Record<string, unknown>;
    const group = (['all', 'any', 'not'] as const).find((k) => Object.hasOwn(record, k));
    if (group) {
      if (keys.length !== 1) problems.push({ path, key: 'ruleShape' });
      visitGroup(group, record[group], [...path, group], depth);
      return;
    }
    if (!Object.hasOwn(record, 'attr') || keys.some((k) => k !== 'attr' && k !== 'op' && k !== 'value')) {
      problems.push({ path, key: 'ruleShape' });
      return;
    }
    clauses += 1;
    problems.push(...clauseProblems(record, path));
  }

  function visitGroup(
    group: 'all' | 'any' | 'not',
    children: unknown,
    path: (string | number)[],
    depth: number,
  ) {
    if (group === 'not') visit(children, path, depth + 1);
    else if (!Array.isArray(children)) problems.push({ path, key: 'ruleShape' });
    else if (children.length === 0) problems.push({ path, key: 'ruleEmptyGroup' });
    else
      children.forEach((child, i) => {
        visit(child, [...path, i], depth + 1);
      });
  }

  visit(input, [], 1);
  if (clauses > MAX_RULE_CLAUSES)
    problems.push({ path: [], key: 'ruleTooLarge', params: { max: MAX_RULE_CLAUSES } });
  return problems;
}

function clauseProblems(clause: Record<string, unknown>, path: (string | number)[]): Problem[] {
  const { attr, op, value } = clause;
  if (!isAttrKey(attr)) {
    return [
      { path: [...path, 'attr'], key: 'unknownAttr', params: { attr: String(attr).slice(0, MAX_TEXT) } },
    ];
  }
  const ops = opsFor(attr);
  if (typeof op !== 'string' || !(ops as readonly string[]).includes(op)) {
    return [
      {
        path: [...path, 'op'],
        key: 'opNotAllowed',
        params: { op: String(op).slice(0, MAX_TEXT), ops: ops.join(', ') },
      },
    ];
  }
  const kind = valueKind(attributeOf(attr).type, op as Op);
  return valueFits(kind, value) ? [] : [{ path: [...path, 'value'], key: valueMessage[kind] }];
}

/**
 * The rule schema: accepts exactly the trees ruleProblems finds nothing wrong with. Issues carry
 * params.messageKey, so the API answers in the caller's language (core/errors/zod-messages.ts).
 */
export const ruleSchema = z
  .unknown()
  .superRefine((input, ctx) => {
    for (const problem of ruleProblems(input)) {
      ctx.addIssue({
        code: 'custom',
        path: problem.path,
        message: fieldMessage(problem.key, 'en', problem.params),
        params: { messageKey: problem.key, ...problem.params },
      });
    }
  })
  .transform((input) => input as Rule)
  .meta({
    type: 'object',
    description:
      'Eligibility rule tree (docs/policy-rules.md): { all: Rule[] } | { any: Rule[] } | { not: Rule } | { attr, op, value? }',
    example: {
      all: [
        { attr: 'isMahHolder', op: 'is', value: true },
        { attr: 'registeredCapitalWan', op: 'gte', value: 500 },
      ],
    },
  });

/** For code that builds rules itself (seeds, tests): the rule, or an error listing its problems. */
export function parseRule(input: unknown): Rule {
  return ruleSchema.parse(input);
}

/** Every clause with its path ("all.1.any.0"; "" for a rule that is a single clause), in tree order. */
export function clausesOf(rule: Rule, path = ''): { path: string; clause: Clause }[] {
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if ('all' in rule) return rule.all.flatMap((r, i) => clausesOf(r, at(`all.${i}`)));
  if ('any' in rule) return rule.any.flatMap((r, i) => clausesOf(r, at(`any.${i}`)));
  if ('not' in rule) return clausesOf(rule.not, at('not'));
  return [{ path, clause: rule }];
}
