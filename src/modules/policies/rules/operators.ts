/**
 * The operators a rule may use per attribute type, and what value each takes. No imports: the web app's
 * rule builder reads this same table, so the builder and the server's rule schema cannot disagree.
 */
export const attrTypes = ['boolean', 'number', 'string', 'stringSet', 'date'] as const;
export type AttrType = (typeof attrTypes)[number];

export const opsByType = {
  boolean: ['is', 'exists'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'exists'],
  string: ['eq', 'ne', 'in', 'notIn', 'startsWith', 'exists'],
  stringSet: ['hasAny', 'hasAll', 'exists'],
  date: ['before', 'after', 'between', 'exists'],
} as const satisfies Record<AttrType, readonly string[]>;

export type Op = (typeof opsByType)[AttrType][number];
export const allOps: readonly Op[] = [...new Set<Op>(Object.values(opsByType).flat())];

/** What a clause's value must be, by attribute type and op. */
export type ValueKind =
  | 'boolean'
  | 'number'
  | 'numberRange'
  | 'text'
  | 'textList'
  | 'date'
  | 'dateRange'
  | 'none';

export function valueKind(type: AttrType, op: Op): ValueKind {
  if (op === 'exists') return 'none';
  switch (type) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return op === 'between' ? 'numberRange' : 'number';
    case 'string':
      return op === 'in' || op === 'notIn' ? 'textList' : 'text';
    case 'stringSet':
      return 'textList';
    case 'date':
      return op === 'between' ? 'dateRange' : 'date';
  }
}
