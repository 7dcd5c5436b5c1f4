import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { type ParkDetail, queryKeys } from '../../api/queries';
import type { paths } from '../../api/schema';

// Request bodies as the generated contract states them (a request has no answer to derive its type from).
export type ParkPatch = paths['/api/parks/{id}']['patch']['requestBody']['content']['application/json'];
export type BuildingCreate =
  paths['/api/parks/{id}/buildings']['post']['requestBody']['content']['application/json'];
export type BuildingPatch =
  paths['/api/buildings/{id}']['patch']['requestBody']['content']['application/json'];
export type UnitCreate =
  paths['/api/buildings/{id}/units']['post']['requestBody']['content']['application/json'];
export type UnitPatch = paths['/api/units/{id}']['patch']['requestBody']['content']['application/json'];

/**
 * After any write to a park's inventory: the park (its page and this workbench), every cached space search,
 * the occupancy roll-ups and the home page's counts are out of date. Returned from onSuccess, so the
 * mutation stays pending until the fresh park has arrived and the table never shows the old row as saved.
 */
function useRefreshAfterWrite(parkId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.park(parkId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.units }),
      queryClient.invalidateQueries({ queryKey: queryKeys.occupancyAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.overview }),
    ]);
}

export function useUpdatePark(parkId: number) {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterWrite(parkId);
  return useMutation({
    mutationFn: (body: ParkPatch) =>
      unwrap(api.PATCH('/api/parks/{id}', { params: { path: { id: parkId } }, body })),
    // The answer is the updated park: shown at once, then the searches refreshed behind it.
    onSuccess: (park: ParkDetail) => {
      queryClient.setQueryData(queryKeys.park(parkId), park);
      return refresh();
    },
  });
}

export function useCreateBuilding(parkId: number) {
  const refresh = useRefreshAfterWrite(parkId);
  return useMutation({
    mutationFn: (body: BuildingCreate) =>
      unwrap(api.POST('/api/parks/{id}/buildings', { params: { path: { id: parkId } }, body })),
    onSuccess: refresh,
  });
}

export function useUpdateBuilding(parkId: number) {
  const refresh = useRefreshAfterWrite(parkId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: BuildingPatch }) =>
      unwrap(api.PATCH('/api/buildings/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useDeleteBuilding(parkId: number) {
  const refresh = useRefreshAfterWrite(parkId);
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/buildings/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useCreateUnit(parkId: number) {
  const refresh = useRefreshAfterWrite(parkId);
  return useMutation({
    mutationFn: ({ buildingId, body }: { buildingId: number; body: UnitCreate }) =>
      unwrap(api.POST('/api/buildings/{id}/units', { params: { path: { id: buildingId } }, body })),
    onSuccess: refresh,
  });
}

export function useUpdateUnit(parkId: number) {
  const refresh = useRefreshAfterWrite(parkId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UnitPatch }) =>
      unwrap(api.PATCH('/api/units/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useDeleteUnit(parkId: number) {
  const refresh = useRefreshAfterWrite(parkId);
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/units/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
