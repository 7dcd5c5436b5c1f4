import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

function fetchEnterprise(id: number) {
  return unwrap(api.GET('/api/enterprises/{id}', { params: { path: { id } } }));
}

export type Enterprise = Awaited<ReturnType<typeof fetchEnterprise>>;
export type EnterpriseStatus = Enterprise['status'];
export type EnterpriseMetrics = NonNullable<Enterprise['metrics']>;

/**
 * The answer depends on who asks (targets and credit codes are for staff): the viewer is part of the key,
 * so signing in or out never shows another reader's cached page.
 */
export function enterpriseQuery(id: number, viewer: number | null) {
  return queryOptions({
    queryKey: ['enterprise', id, viewer] as const,
    queryFn: () => fetchEnterprise(id),
  });
}
