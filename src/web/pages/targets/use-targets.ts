import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type TargetQuery = NonNullable<paths['/api/targets']['get']['parameters']['query']>;
export type TargetPage = paths['/api/targets']['get']['responses'][200]['content']['application/json'];
export type RankedTarget = TargetPage['items'][number];
export type Breakdown = RankedTarget['breakdown'];
export type TargetListSummary =
  paths['/api/target-lists']['get']['responses'][200]['content']['application/json']['items'][number];
export type TargetListDetail =
  paths['/api/target-lists/{id}']['get']['responses'][200]['content']['application/json'];
export type LeadsResult =
  paths['/api/target-lists/{id}/leads']['post']['responses'][200]['content']['application/json'];

export const targetKeys = {
  all: ['targets'] as const,
  ranking: (query: TargetQuery) => ['targets', 'ranking', query] as const,
  lists: ['targets', 'lists'] as const,
  list: (id: number) => ['targets', 'lists', id] as const,
};

export const rankingQuery = (query: TargetQuery) =>
  queryOptions({
    queryKey: targetKeys.ranking(query),
    queryFn: () => unwrap(api.GET('/api/targets', { params: { query } })),
  });

export const targetListsQuery = queryOptions({
  queryKey: targetKeys.lists,
  queryFn: () => unwrap(api.GET('/api/target-lists')),
});

export const targetListQuery = (id: number) =>
  queryOptions({
    queryKey: targetKeys.list(id),
    queryFn: () => unwrap(api.GET('/api/target-lists/{id}', { params: { path: { id } } })),
  });

export function useCreateList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; chainLinkCode?: string }) =>
      unwrap(api.POST('/api/target-lists', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: targetKeys.lists }),
  });
}

export function useAddToList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ listId, enterpriseIds }: { listId: number; enterpriseIds: number[] }) =>
      unwrap(
        api.POST('/api/target-lists/{id}/items', {
          params: { path: { id: listId } },
          body: { enterpriseIds },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: targetKeys.lists }),
  });
}

export function useRemoveFromList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ listId, enterpriseId }: { listId: number; enterpriseId: number }) =>
      unwrap(
        api.DELETE('/api/target-lists/{id}/items/{enterpriseId}', {
          params: { path: { id: listId, enterpriseId } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: targetKeys.lists }),
  });
}

/** Turns a list's items (or the chosen ones) into leads; the leads pages are refreshed too. */
export function useTurnIntoLeads() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ listId, enterpriseIds }: { listId: number; enterpriseIds?: number[] }) =>
      unwrap(
        api.POST('/api/target-lists/{id}/leads', {
          params: { path: { id: listId } },
          body: { enterpriseIds },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: targetKeys.lists });
      void client.invalidateQueries({ queryKey: ['leads'] });
    },
  });
}
