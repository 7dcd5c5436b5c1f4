export { executeMatchRun, unfinishedRuns, unmatchedPolicies } from './matching-run.js';
export { ensureReferencePolicies } from './reference-policies.js';
export { matchInBackground, policyRoutes, resumePolicyMatching } from './routes.js';
export { indexPolicies, policySearchSource } from './search-source.js';
