/**
 * The rule builder's state and its translation to and from the API's rule JSON (docs/policy-rules.md):
 *   Rule   = { all: Rule[] } | { any: Rule[] } | { not: Rule } | Clause
 *   Clause = { attr, op, value? }
 * The operator table comes from the engine's import-free operators.ts; the server checks every rule again
 * and its field errors are placed back on the builder's rows.
 */

// The operator table is the server's own (a file without imports), not a copy.
import {
  type AttrType,
  allOps,
  attrTypes,
  type Op,
  opsByType,
  type ValueKind,
  valueKind,
} from '../../../modules/policies/rules/operators';

export { type AttrType, allOps, attrTypes, type Op, opsByType, type ValueKind, valueKind };

/** An attribute as GET /api/policies/attributes describes it (its type narrowed to the known ones). */
export type AttributeInfo = {
  key: string;
  type: AttrType;
  unit: string | null;
  integer: boolean;
  labelZh: string;
  labelEn: string;
};

export function isAttrType(value: string): value is AttrType {
  return (attrTypes as readonly string[]).includes(value);
}

export type ClauseNode = {
  id: string;
  kind: 'clause';
  /** Under a `not`: the rule wants this clause to fail. */
  negated: boolean;
  attr: string | null;
  op: Op | null;
  /** As the value input holds it; undefined until entered. */
  value: unknown;
};

export type GroupNode = {
  id: string;
  kind: 'group';
  negated: boolean;
  mode: 'all' | 'any';
  children: RuleNode[];
};

export type RuleNode = ClauseNode | GroupNode;

let lastId = 0;
function nextId(): string {
  lastId += 1;
  return `r${lastId}`;
}

export function newClause(): ClauseNode {
  return { id: nextId(), kind: 'clause', negated: false, attr: null, op: null, value: undefined };
}

export function newGroup(mode: 'all' | 'any' = 'all', children: RuleNode[] = []): GroupNode {
  return { id: nextId(), kind: 'group', negated: false, mode, children };
}

/** A new policy's rule: one group with one empty clause to fill in. */
export function emptyRule(): GroupNode {
  return newGroup('all', [newClause()]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseNode(json: unknown): RuleNode {
  if (isRecord(json) && 'not' in json) {
    const inner = parseNode(json.not);
    // `not` of a `not`: the builder has one negation per node, so the inner one gets a group of its own.
    if (inner.negated) return { ...newGroup('all', [inner]), negated: true };
    return { ...inner, negated: true };
  }
  if (isRecord(json) && (Array.isArray(json.all) || Array.isArray(json.any))) {
    const mode = Array.isArray(json.all) ? 'all' : 'any';
    return newGroup(mode, ((json[mode] as unknown[]) ?? []).map(parseNode));
  }
  const clause = newClause();
  if (!isRecord(json)) return clause;
  return {
    ...clause,
    attr: typeof json.attr === 'string' ? json.attr : null,
    op:
      typeof json.op === 'string' && (allOps as readonly string[]).includes(json.op) ? (json.op as Op) : null,
    value: json.value,
  };
}

/**
 * A stored rule as the builder shows it: always a group at the top, so that conditions can be added
 * beside a rule that is a single clause.
 */
export function parseRule(json: unknown): GroupNode {
  const node = parseNode(json);
  return node.kind === 'group' && !node.negated ? node : newGroup('all', [node]);
}

/** Where each part of the sent rule came from: a JSON path (`all.1.any.0`) → a builder node's id. */
export type RulePlaces = Map<string, string>;

const join = (...parts: (string | number)[]) => parts.filter((p) => p !== '').join('.');

function clauseJson(clause: ClauseNode, types: ReadonlyMap<string, AttrType>): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  if (clause.attr !== null) json.attr = clause.attr;
  if (clause.op !== null) json.op = clause.op;
  const type = clause.attr === null ? undefined : types.get(clause.attr);
  const kind = type && clause.op ? valueKind(type, clause.op) : undefined;
  // An `exists` clause takes no value; an unfilled one is sent without, and the server says what is missing.
  if (kind !== 'none' && clause.value !== undefined && clause.value !== null) json.value = clause.value;
  return json;
}

function nodeJson(
  node: RuleNode,
  path: string,
  places: RulePlaces,
  types: ReadonlyMap<string, AttrType>,
): unknown {
  const inner = node.negated ? join(path, 'not') : path;
  places.set(path, node.id);
  places.set(inner, node.id);
  let json: unknown;
  if (node.kind === 'group') {
    places.set(join(inner, node.mode), node.id);
    json = {
      [node.mode]: node.children.map((child, i) => nodeJson(child, join(inner, node.mode, i), places, types)),
    };
  } else json = clauseJson(node, types);
  return node.negated ? { not: json } : json;
}

/**
 * The rule JSON to send, and where each of its paths came from. A top group of exactly one member is
 * that member (a rule that is one clause stays one clause); `types` gives each attribute's type, so that
 * an `exists` clause is sent without a value.
 */
export function toRuleJson(
  root: GroupNode,
  types: ReadonlyMap<string, AttrType>,
): { rule: unknown; places: RulePlaces } {
  const places: RulePlaces = new Map();
  const [only] = root.children;
  if (!root.negated && root.children.length === 1 && only) {
    const rule = nodeJson(only, '', places, types);
    // The top group's own errors (too large) land on its only member.
    return { rule, places };
  }
  return { rule: nodeJson(root, '', places, types), places };
}

const clauseFields = new Set(['attr', 'op', 'value']);

/**
 * The builder key a server error belongs to: `rule.all.1.value` → `<clause id>:value`; a path naming a
 * group or a whole clause → `<node id>`. Null when the path is not in the rule that was sent.
 */
export function ruleErrorKey(places: RulePlaces, path: string): string | null {
  if (path !== 'rule' && !path.startsWith('rule.')) return null;
  const segments = path === 'rule' ? [] : path.slice('rule.'.length).split('.');
  const last = segments.at(-1);
  if (last !== undefined && clauseFields.has(last)) {
    const id = places.get(segments.slice(0, -1).join('.'));
    if (id) return `${id}:${last}`;
  }
  for (let n = segments.length; n >= 0; n--) {
    const id = places.get(segments.slice(0, n).join('.'));
    if (id) return id;
  }
  return null;
}

/** Every node of the tree, depth first, with its place as readers count it: "2", "2.1". */
export function numberedNodes(root: GroupNode): { node: RuleNode; label: string; depth: number }[] {
  const out: { node: RuleNode; label: string; depth: number }[] = [];
  const visit = (group: GroupNode, prefix: string, depth: number) => {
    group.children.forEach((child, i) => {
      const label = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      out.push({ node: child, label, depth });
      if (child.kind === 'group') visit(child, label, depth + 1);
    });
  };
  visit(root, '', 1);
  return out;
}

/** The tree with one node replaced (by id); the rest is shared. */
export function updateNode(root: GroupNode, id: string, update: (node: RuleNode) => RuleNode): GroupNode {
  const visit = (node: RuleNode): RuleNode => {
    if (node.id === id) return update(node);
    if (node.kind !== 'group') return node;
    return { ...node, children: node.children.map(visit) };
  };
  return visit(root) as GroupNode;
}

/** The tree without the node (by id); the top group itself is never removed. */
export function removeNode(root: GroupNode, id: string): GroupNode {
  const visit = (group: GroupNode): GroupNode => ({
    ...group,
    children: group.children
      .filter((child) => child.id !== id)
      .map((child) => (child.kind === 'group' ? visit(child) : child)),
  });
  return visit(root);
}

/** A child added at the end of a group (by id). */
export function addChild(root: GroupNode, groupId: string, child: RuleNode): GroupNode {
  return updateNode(root, groupId, (node) =>
    node.kind === 'group' ? { ...node, children: [...node.children, child] } : node,
  );
}

/**
 * A clause given another attribute: the operator stays when the new type allows it, else the type's first;
 * the value is cleared (another attribute's codes or numbers mean nothing here), except that a yes/no
 * clause starts at "yes".
 */
export function withAttr(clause: ClauseNode, attr: string, type: AttrType): ClauseNode {
  const ops = opsByType[type] as readonly Op[];
  const op = clause.op && ops.includes(clause.op) ? clause.op : (ops[0] ?? null);
  return { ...clause, attr, op, value: type === 'boolean' && op === 'is' ? true : undefined };
}

/** A clause given another operator: the value stays if it is still the right kind, else it is cleared. */
export function withOp(clause: ClauseNode, op: Op, type: AttrType | undefined): ClauseNode {
  if (!type || !clause.op) return { ...clause, op, value: undefined };
  const same = valueKind(type, clause.op) === valueKind(type, op);
  return {
    ...clause,
    op,
    value: same ? clause.value : type === 'boolean' && op === 'is' ? true : undefined,
  };
}

/** Every attribute the rule's clauses test. */
export function attrsOfRule(root: GroupNode): string[] {
  const out = new Set<string>();
  const visit = (node: RuleNode) => {
    if (node.kind === 'group') node.children.forEach(visit);
    else if (node.attr) out.add(node.attr);
  };
  visit(root);
  return [...out];
}
