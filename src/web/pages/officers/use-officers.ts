import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { pipelineKeys } from '../pipeline/use-pipeline';

export type OrgUnitBody = paths['/api/org-units/{code}']['put']['requestBody']['content']['application/json'];

function fetchOfficers() {
  return unwrap(api.GET('/api/officers'));
}

function fetchOrgUnits() {
  return unwrap(api.GET('/api/org-units'));
}

export type Officer = Awaited<ReturnType<typeof fetchOfficers>>['items'][number];
export type OrgUnit = Awaited<ReturnType<typeof fetchOrgUnits>>['items'][number];

export const officerKeys = {
  officers: ['officers'] as const,
  orgUnits: ['org-units'] as const,
};

export const officersQuery = queryOptions({ queryKey: officerKeys.officers, queryFn: fetchOfficers });
export const orgUnitsQuery = queryOptions({ queryKey: officerKeys.orgUnits, queryFn: fetchOrgUnits });

/**
 * Moving someone between units changes both tables (the officer's unit, the units' member counts), and the
 * figures by unit follow the signer's unit.
 */
function useRefreshAfterUnitChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: officerKeys.officers }),
      queryClient.invalidateQueries({ queryKey: officerKeys.orgUnits }),
      queryClient.invalidateQueries({ queryKey: pipelineKeys.figuresAll }),
    ]);
}

/** Puts an officer in a unit, or in none (PUT /api/users/:id/org-unit). */
export function useSetOfficerUnit() {
  const refresh = useRefreshAfterUnitChange();
  return useMutation({
    mutationFn: ({ id, orgUnit }: { id: number; orgUnit: string | null }) =>
      unwrap(api.PUT('/api/users/{id}/org-unit', { params: { path: { id } }, body: { orgUnit } })),
    onSuccess: refresh,
  });
}

/** The directions an officer covers, replacing the previous set (new leads of those directions go to them). */
export function useSetOfficerDirections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, directions }: { id: number; directions: string[] }) =>
      unwrap(api.PUT('/api/officers/{id}/directions', { params: { path: { id } }, body: { directions } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officerKeys.officers }),
  });
}

/** Creates a unit or renames and reorders it: the code is in the path, so the same call does both. */
export function useSaveOrgUnit() {
  const refresh = useRefreshAfterUnitChange();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: OrgUnitBody }) =>
      unwrap(api.PUT('/api/org-units/{code}', { params: { path: { code } }, body })),
    onSuccess: refresh,
  });
}

/** Removes a unit; the server refuses (409) while people or signed projects still belong to it. */
export function useDeleteOrgUnit() {
  const refresh = useRefreshAfterUnitChange();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.DELETE('/api/org-units/{code}', { params: { path: { code } } })),
    onSuccess: refresh,
  });
}
