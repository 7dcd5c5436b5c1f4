/**
 * The policy rule engine (docs/policy-rules.md): the attribute catalogue, the rule schema, the explaining
 * evaluator with near-misses, the SQL compiler of the same rules, and benefit formulas.
 */
export * from './attributes.js';
export * from './benefits.js';
export * from './compile-sql.js';
export { fenOf, formatFen, formatNumber } from './decimal.js';
export * from './describe.js';
export * from './evaluate.js';
export * from './profile.js';
export * from './rule-schema.js';
