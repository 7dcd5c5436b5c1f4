import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { MatchRequest } from './match-values';

export function runMatch(body: MatchRequest) {
  return unwrap(api.POST('/api/match', { body }));
}

/** Public: anyone may match a demand; the answer is not kept. */
export function useRunMatch() {
  return useMutation({ mutationFn: runMatch });
}

export const chainLinksQuery = queryOptions({
  queryKey: ['chain-links'],
  queryFn: () => unwrap(api.GET('/api/chain-links')),
  staleTime: Number.POSITIVE_INFINITY,
});

export const matchKeys = {
  lead: (id: number) => ['lead-matches', id] as const,
  draft: (id: number) => ['lead-matches', id, 'draft'] as const,
};

function fetchLeadMatches(id: number) {
  return unwrap(api.GET('/api/leads/{id}/matches', { params: { path: { id } } }));
}

export type LeadMatch = Awaited<ReturnType<typeof fetchLeadMatches>>['items'][number];

export function leadMatchesQuery(id: number) {
  return queryOptions({ queryKey: matchKeys.lead(id), queryFn: () => fetchLeadMatches(id) });
}

export function matchDraftQuery(id: number) {
  return queryOptions({
    queryKey: matchKeys.draft(id),
    queryFn: () => unwrap(api.GET('/api/leads/{id}/match-demand', { params: { path: { id } } })),
  });
}

/** Runs a match for a lead and keeps it there (the lead's officer or an administrator). */
export function useAttachMatch(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MatchRequest) =>
      unwrap(api.POST('/api/leads/{id}/matches', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.lead(id) }),
  });
}
