import fc from 'fast-check';
import { type AttrKey, attributeList, attributeOf, type Profile } from './attributes.js';
import { type Clause, type Op, opsFor, type Rule, valueKind } from './rule-schema.js';

/**
 * Test support (fast-check): random valid rules and random profiles over small value domains, so that
 * clauses hit as often as they miss. Strings include LIKE wildcards (% and _) to prove startsWith is
 * literal. Imported by tests only.
 */

const codes: Partial<Record<AttrKey, string[]>> = {
  direction: ['innovative_drugs', 'medical_devices', 'cro', 'a_b', 'a%b'],
  industryCode: ['C2710', 'C2720', 'C2761', 'C3581', 'M7340', 'C27', 'C2_2%'],
  zone: ['fuzhou-imcez', 'pingtan', 'x_y', 'x%y'],
  block: ['cangshan', 'gulou', 'b_1'],
  park: ['p1', 'p2', 'p_3', 'P1'],
};
const prefixes = ['C27', 'C2', 'C', 'M7', 'C2_', 'C2%', '%', '_', 'x', 'x_', 'a%', 'P', 'p'];
const links = ['cro', 'cdmo', 'api', 'rd', 'sales'];
const decimals = [0, 0.5, 1, 5, 12.5, 50, 99.99, 100, 123.45, 500, 1000];
const wholes = [0, 1, 2, 5, 10, 100];
const dates = ['2019-12-31', '2020-01-01', '2022-06-15', '2024-02-29', '2025-01-01'];

function valueFor(attr: AttrKey): fc.Arbitrary<unknown> {
  const def = attributeOf(attr);
  switch (def.type) {
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.constantFrom(...(def.integer ? wholes : decimals));
    case 'date':
      return fc.constantFrom(...dates);
    case 'stringSet':
      return fc.subarray(links);
    case 'string':
      return fc.constantFrom(...(codes[attr] ?? ['v']));
  }
}

/** A profile with every attribute present or null (about one in four null). */
export const profileArb: fc.Arbitrary<Profile> = fc.record(
  Object.fromEntries(
    attributeList.map((a) => [a.key, fc.option(valueFor(a.key), { nil: null, freq: 3 })]),
  ) as Record<AttrKey, fc.Arbitrary<unknown>>,
) as fc.Arbitrary<Profile>;

const ruleNumbers = [...decimals, 2.5, -1, 0.1];

function clauseValue(attr: AttrKey, op: Op): fc.Arbitrary<Clause['value']> {
  const def = attributeOf(attr);
  const kind = valueKind(def.type, op);
  const text = def.type === 'string' ? fc.constantFrom(...(codes[attr] ?? ['v'])) : fc.constantFrom(...links);
  const sortedPair = <T>(arb: fc.Arbitrary<T>) =>
    fc.tuple(arb, arb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as unknown as Clause['value']);
  switch (kind) {
    case 'none':
      return fc.constant(undefined);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.constantFrom(...ruleNumbers);
    case 'numberRange':
      return sortedPair(fc.constantFrom(...ruleNumbers));
    case 'date':
      return fc.constantFrom(...dates, '2021-03-01');
    case 'dateRange':
      return sortedPair(fc.constantFrom(...dates));
    case 'text':
      return op === 'startsWith' ? fc.constantFrom(...prefixes) : text;
    case 'textList':
      return fc.uniqueArray(text, { minLength: 1, maxLength: 3 });
  }
}

export const clauseArb: fc.Arbitrary<Clause> = fc
  .constantFrom(...attributeList.map((a) => a.key))
  .chain((attr) =>
    fc
      .constantFrom(...opsFor(attr))
      .chain((op) =>
        clauseValue(attr, op).map((value) => (value === undefined ? { attr, op } : { attr, op, value })),
      ),
  );

/** Rules up to `maxDepth` levels below the root, groups of 1–4. */
export function ruleArb(maxDepth = 4): fc.Arbitrary<Rule> {
  const { rule } = fc.letrec<{ rule: Rule }>((tie) => ({
    rule: fc.oneof(
      { maxDepth, depthIdentifier: 'rule' },
      clauseArb,
      fc.array(tie('rule'), { minLength: 1, maxLength: 4 }).map((all) => ({ all })),
      fc.array(tie('rule'), { minLength: 1, maxLength: 4 }).map((any) => ({ any })),
      tie('rule').map((not) => ({ not })),
    ),
  }));
  return rule;
}
