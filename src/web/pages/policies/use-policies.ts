import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { EvaluateBody, PolicyBody, PolicyListRequest, PolicyTestBody } from './policy-types';
import { type AttributeInfo, isAttrType } from './rule-draft';

function fetchPolicies(query: PolicyListRequest) {
  return unwrap(api.GET('/api/policies', { params: { query } }));
}

function fetchPolicy(id: number) {
  return unwrap(api.GET('/api/policies/{id}', { params: { path: { id } } }));
}

async function fetchAttributes(): Promise<AttributeInfo[]> {
  const { items } = await unwrap(api.GET('/api/policies/attributes'));
  // A type this page does not know (a newer server) is left out rather than shown with the wrong input.
  return items.flatMap((a) => (isAttrType(a.type) ? [{ ...a, type: a.type }] : []));
}

function fetchRuns(id: number) {
  return unwrap(api.GET('/api/policies/{id}/runs', { params: { path: { id } } }));
}

function evaluate(body: EvaluateBody) {
  return unwrap(api.POST('/api/policies/evaluate', { body }));
}

function testDraft(body: PolicyTestBody) {
  return unwrap(api.POST('/api/policies/test', { body }));
}

// Under one prefix: a save or a status change refreshes the library, the detail and the calculator.
export const policyKeys = {
  all: ['policies'] as const,
  list: (query: PolicyListRequest) => ['policies', 'list', query] as const,
  detail: (id: number) => ['policies', 'detail', id] as const,
  attributes: ['policies', 'attributes'] as const,
  runs: (id: number) => ['policies', 'runs', id] as const,
  evaluate: (body: EvaluateBody) => ['policies', 'evaluate', body] as const,
  test: (body: PolicyTestBody) => ['policies', 'test', body] as const,
};

export function policiesQuery(query: PolicyListRequest) {
  return queryOptions({ queryKey: policyKeys.list(query), queryFn: () => fetchPolicies(query) });
}

export function policyQuery(id: number) {
  return queryOptions({ queryKey: policyKeys.detail(id), queryFn: () => fetchPolicy(id) });
}

/** The attribute catalogue changes only with a new server version. */
export const attributesQuery = queryOptions({
  queryKey: policyKeys.attributes,
  queryFn: fetchAttributes,
  staleTime: 60 * 60_000,
});

/** How often a running matching run is asked for its progress. */
export const RUN_POLL_MS = 2_000;

/** The matching runs of a policy, newest first, asked again every 2 s while the newest one runs. */
export function runsQuery(id: number) {
  return queryOptions({
    queryKey: policyKeys.runs(id),
    queryFn: () => fetchRuns(id),
    refetchInterval: (query) => (query.state.data?.items[0]?.status === 'running' ? RUN_POLL_MS : false),
  });
}

/** The calculator's answer for one profile; a POST, but it changes nothing, so it is cached as a query. */
export function evaluationQuery(body: EvaluateBody) {
  return queryOptions({
    queryKey: policyKeys.evaluate(body),
    queryFn: () => evaluate(body),
    staleTime: 60_000,
  });
}

/** The editor's live test of an unsaved draft. */
export function draftTestQuery(body: PolicyTestBody) {
  return queryOptions({
    queryKey: policyKeys.test(body),
    queryFn: () => testDraft(body),
    staleTime: 60_000,
  });
}

function useRefreshPolicies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: policyKeys.all });
}

/** Adds a policy (a draft) or replaces one. */
export function useSavePolicy() {
  const refresh = useRefreshPolicies();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: PolicyBody }) =>
      id === null
        ? unwrap(api.POST('/api/policies', { body }))
        : unwrap(api.PUT('/api/policies/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Publishes (matching starts on the server) or expires a policy. */
export function useSetPolicyStatus(id: number) {
  const refresh = useRefreshPolicies();
  return useMutation({
    mutationFn: (status: 'published' | 'expired') =>
      unwrap(api.PUT('/api/policies/{id}/status', { params: { path: { id } }, body: { status } })),
    onSuccess: refresh,
  });
}

/** Matches the policy's current version against every enterprise again (or resumes its run). */
export function useStartRun(id: number) {
  const refresh = useRefreshPolicies();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/policies/{id}/runs', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/** Deletes a draft. */
export function useDeletePolicy(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/policies/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      // Only the lists: the deleted policy's own page is being left and must not be asked for again.
      queryClient.removeQueries({ queryKey: policyKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: ['policies', 'list'] });
    },
  });
}
