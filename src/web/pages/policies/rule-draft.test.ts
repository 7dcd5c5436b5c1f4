import { describe, expect, it } from 'vitest';
import {
  type AttrType,
  addChild,
  attrsOfRule,
  type ClauseNode,
  type GroupNode,
  newClause,
  newGroup,
  numberedNodes,
  parseRule,
  removeNode,
  ruleErrorKey,
  toRuleJson,
  updateNode,
  valueKind,
  withAttr,
  withOp,
} from './rule-draft';

const types = new Map<string, AttrType>([
  ['isMahHolder', 'boolean'],
  ['zone', 'string'],
  ['registeredCapitalWan', 'number'],
  ['industryCode', 'string'],
  ['settledOn', 'date'],
  ['chainLinks', 'stringSet'],
]);

// The example of docs/policy-rules.md: groups, a `not`, every value kind the builder has inputs for.
const example = {
  all: [
    { attr: 'isMahHolder', op: 'is', value: true },
    { attr: 'zone', op: 'eq', value: 'fuzhou-imcez' },
    { attr: 'registeredCapitalWan', op: 'gte', value: 500 },
    { not: { attr: 'industryCode', op: 'startsWith', value: 'C271' } },
    {
      any: [
        { attr: 'settledOn', op: 'after', value: '2023-12-31' },
        { attr: 'chainLinks', op: 'hasAny', value: ['cro', 'cdmo'] },
      ],
    },
  ],
};

const clauseAt = (root: GroupNode, ...indexes: number[]): ClauseNode => {
  let node: GroupNode | ClauseNode = root;
  for (const i of indexes) node = (node as GroupNode).children[i]!;
  return node as ClauseNode;
};

describe('rule builder state and rule JSON', () => {
  it('reads a stored rule and writes it back unchanged', () => {
    const root = parseRule(example);
    expect(root.mode).toBe('all');
    expect(root.children).toHaveLength(5);
    expect(clauseAt(root, 3)).toMatchObject({ kind: 'clause', negated: true, attr: 'industryCode' });
    expect(root.children[4]).toMatchObject({ kind: 'group', mode: 'any', negated: false });
    expect(toRuleJson(root, types).rule).toEqual(example);
  });

  it('shows a one-clause rule inside a group, and sends it back as the one clause', () => {
    const single = { attr: 'isMahHolder', op: 'is', value: true };
    const root = parseRule(single);
    expect(root.children).toEqual([expect.objectContaining({ kind: 'clause', attr: 'isMahHolder' })]);
    expect(toRuleJson(root, types).rule).toEqual(single);
    // A negated rule at the top is a group holding the negated node, and reads back the same.
    const negated = { not: { any: [single, { attr: 'zone', op: 'exists' }] } };
    expect(toRuleJson(parseRule(negated), types).rule).toEqual(negated);
  });

  it('keeps a not of a not as a negated group around the negated node', () => {
    const double = {
      all: [{ not: { not: { attr: 'zone', op: 'exists' } } }, { attr: 'zone', op: 'exists' }],
    };
    const root = parseRule(double);
    expect(root.children[0]).toMatchObject({ kind: 'group', negated: true, children: [{ negated: true }] });
    expect(toRuleJson(root, types).rule).toEqual({
      all: [{ not: { all: [{ not: { attr: 'zone', op: 'exists' } }] } }, { attr: 'zone', op: 'exists' }],
    });
  });

  it('sends an exists clause without a value and an unfilled clause without what it lacks', () => {
    const exists = { ...newClause(), attr: 'zone', op: 'exists' as const, value: 'left over' };
    const blank = newClause();
    const half = { ...newClause(), attr: 'registeredCapitalWan', op: 'gte' as const };
    const root = newGroup('any', [exists, blank, half]);
    expect(toRuleJson(root, types).rule).toEqual({
      any: [{ attr: 'zone', op: 'exists' }, {}, { attr: 'registeredCapitalWan', op: 'gte' }],
    });
  });

  it('places the server’s errors on the clause and field they name', () => {
    const root = parseRule(example);
    const { places } = toRuleJson(root, types);
    const capital = clauseAt(root, 2);
    const notClause = clauseAt(root, 3);
    const anyGroup = root.children[4]!;
    const chain = clauseAt(root, 4, 1);
    expect(ruleErrorKey(places, 'rule.all.2.value')).toBe(`${capital.id}:value`);
    expect(ruleErrorKey(places, 'rule.all.3.not.op')).toBe(`${notClause.id}:op`);
    expect(ruleErrorKey(places, 'rule.all.4.any.1.attr')).toBe(`${chain.id}:attr`);
    expect(ruleErrorKey(places, 'rule.all.4.any')).toBe(anyGroup.id);
    expect(ruleErrorKey(places, 'rule')).toBe(root.id);
    expect(ruleErrorKey(places, 'rule.all.9.value')).toBe(root.id);
    expect(ruleErrorKey(places, 'titleZh')).toBeNull();

    // A rule sent as its one clause: the paths start at the clause.
    const single = parseRule({ attr: 'registeredCapitalWan', op: 'gte' });
    const only = toRuleJson(single, types);
    expect(ruleErrorKey(only.places, 'rule.value')).toBe(`${clauseAt(single, 0).id}:value`);
  });

  it('edits the tree: add, change, remove, and numbers the rows as readers count them', () => {
    let root = parseRule(example);
    const group = root.children[4]!;
    const added = newClause();
    root = addChild(root, group.id, added);
    root = updateNode(root, added.id, (node) => ({ ...node, negated: true }));
    expect(numberedNodes(root).map(({ label, depth }) => `${label}@${depth}`)).toEqual([
      '1@1',
      '2@1',
      '3@1',
      '4@1',
      '5@1',
      '5.1@2',
      '5.2@2',
      '5.3@2',
    ]);
    expect(clauseAt(root, 4, 2).negated).toBe(true);
    root = removeNode(root, clauseAt(root, 0).id);
    expect(root.children).toHaveLength(4);
    expect(attrsOfRule(root).sort()).toEqual(
      ['chainLinks', 'industryCode', 'registeredCapitalWan', 'settledOn', 'zone'].sort(),
    );
  });

  it('resets what no longer fits when the attribute or the operator changes', () => {
    const capital = { ...newClause(), attr: 'registeredCapitalWan', op: 'between' as const, value: [1, 2] };
    // Dates also have `between`: the operator stays, the number range goes.
    expect(withAttr(capital, 'settledOn', 'date')).toMatchObject({ op: 'between', value: undefined });
    // Yes/no has no `between`: its first operator, and "yes" to start with.
    expect(withAttr(capital, 'isMahHolder', 'boolean')).toMatchObject({ op: 'is', value: true });
    expect(withOp({ ...capital, op: 'gte', value: 500 }, 'lt', 'number').value).toBe(500);
    expect(withOp({ ...capital, op: 'gte', value: 500 }, 'between', 'number').value).toBeUndefined();
    expect(valueKind('string', 'notIn')).toBe('textList');
    expect(valueKind('stringSet', 'hasAll')).toBe('textList');
    expect(valueKind('date', 'exists')).toBe('none');
  });
});
