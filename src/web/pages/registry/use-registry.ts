import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { type RegistrySearch, toRegistryRequest } from './registry-search';

function fetchRegistry(search: RegistrySearch) {
  const query = toRegistryRequest(search);
  return unwrap(api.GET('/api/registry/enterprises', { params: { query } }));
}

export type RegistryPage = Awaited<ReturnType<typeof fetchRegistry>>;
export type RegistryRow = RegistryPage['items'][number];
export type EnterpriseBody =
  paths['/api/registry/enterprises']['post']['requestBody']['content']['application/json'];
export type EnterprisePatch = NonNullable<
  paths['/api/registry/enterprises/{id}']['patch']['requestBody']
>['content']['application/json'];
export type MilestoneBody =
  paths['/api/registry/enterprises/{id}/milestones']['post']['requestBody']['content']['application/json'];
export type MetricsBody =
  paths['/api/registry/enterprises/{id}/metrics/{year}']['put']['requestBody']['content']['application/json'];
export type ImportReport = Awaited<ReturnType<typeof importRegistry>>;

export function registryQuery(search: RegistrySearch) {
  return queryOptions({
    queryKey: ['registry', toRegistryRequest(search)] as const,
    queryFn: () => fetchRegistry(search),
    placeholderData: keepPreviousData,
  });
}

/**
 * POST /api/registry/import, multipart/form-data with one field `file`. The contract declares no body (the
 * route reads the multipart stream itself), hence the cast; the browser writes the multipart type.
 */
export function importRegistry(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/registry/import', {
      params: { query: { dryRun: dryRun ? 'true' : 'false' } },
      body: form as never,
    }),
  );
}

/** After any registry write: the list and every cached enterprise page are stale. */
function useInvalidateRegistry() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['registry'] }),
      client.invalidateQueries({ queryKey: ['enterprise'] }),
    ]);
}

export function useSaveEnterprise() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: EnterpriseBody }) =>
      id === null
        ? unwrap(api.POST('/api/registry/enterprises', { body }))
        : unwrap(api.PATCH('/api/registry/enterprises/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useAddMilestone() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: MilestoneBody }) =>
      unwrap(api.POST('/api/registry/enterprises/{id}/milestones', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteMilestone() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE('/api/registry/milestones/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function usePutMetrics() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, year, body }: { id: number; year: number; body: MetricsBody }) =>
      unwrap(
        api.PUT('/api/registry/enterprises/{id}/metrics/{year}', { params: { path: { id, year } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useImportRegistry() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => importRegistry(file, dryRun),
    onSuccess: (report) => (report.dryRun ? undefined : invalidate()),
  });
}
