// The one list of every table, read by drizzle-kit to generate the single migration set
// that both PGlite and PostgreSQL run. Modules own their tables; this file only gathers them.

export * from '../../modules/analytics/tables.js';
export * from '../../modules/chain/tables.js';
export * from '../../modules/enterprises/tables.js';
export * from '../../modules/identity/tables.js';
export * from '../../modules/inbox/tables.js';
export * from '../../modules/leads/tables.js';
export * from '../../modules/matching/tables.js';
export * from '../../modules/pipeline/tables.js';
export * from '../../modules/policies/tables.js';
export * from '../../modules/portal/tables.js';
export * from '../../modules/space/tables.js';
export * from '../../modules/space-io/tables.js';
export * from '../../modules/targets/tables.js';
export * from '../audit/tables.js';
export * from '../search/tables.js';
export * from './meta-table.js';
