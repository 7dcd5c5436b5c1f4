import type { paths } from '../../api/schema';

// Types come from the generated contract (src/web/api/schema.d.ts), named here once for the pages. This
// file has no runtime imports, so the pure helpers and their tests can use it without a browser.

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type PolicyListRequest = NonNullable<paths['/api/policies']['get']['parameters']['query']>;
export type PolicyBody = Json<paths['/api/policies']['post']['requestBody']>;
export type PolicyTestBody = Json<paths['/api/policies/test']['post']['requestBody']>;
export type EvaluateBody = Json<paths['/api/policies/evaluate']['post']['requestBody']>;
export type Profile = NonNullable<EvaluateBody['profile']>;
export type BenefitBody = NonNullable<PolicyBody['benefits']>[number];
export type Formula = NonNullable<BenefitBody['formula']>;
export type PolicyLevel = PolicyBody['level'];
export type PolicyStatus = NonNullable<PolicyListRequest['status']>;

export type PolicyPage = Json<paths['/api/policies']['get']['responses'][200]>;
export type PolicySummary = PolicyPage['items'][number];
export type PolicyDetail = Json<paths['/api/policies/{id}']['get']['responses'][200]>;
export type PolicyBenefit = PolicyDetail['benefits'][number];
export type MatchRun = Json<paths['/api/policies/{id}/runs']['get']['responses'][200]>['items'][number];
export type Evaluation = Json<paths['/api/policies/evaluate']['post']['responses'][200]>;
export type PolicyResult = Evaluation['results'][number];
export type ClauseResult = PolicyResult['clauses'][number];
export type BenefitResult = PolicyResult['benefits'][number];

export const policyLevels = [
  'national',
  'provincial',
  'municipal',
  'district',
  'zone',
] as const satisfies readonly PolicyLevel[];
export const policyStatuses = ['draft', 'published', 'expired'] as const satisfies readonly PolicyStatus[];
