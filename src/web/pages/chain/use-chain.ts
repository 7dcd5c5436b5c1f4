import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type ChainOverview = paths['/api/chain']['get']['responses'][200]['content']['application/json'];
export type ChainLinkStrength = ChainOverview['items'][number];
export type StrengthLevel = ChainLinkStrength['level'];

export const chainQuery = queryOptions({
  queryKey: ['chain'],
  queryFn: () => unwrap(api.GET('/api/chain')),
});

/** The settled enterprises at a link, largest revenue first (the registry's own list). */
export const linkEnterprisesQuery = (chainLinkCode: string) =>
  queryOptions({
    queryKey: ['chain', 'enterprises', chainLinkCode],
    queryFn: () =>
      unwrap(
        api.GET('/api/registry/enterprises', {
          params: { query: { chainLinkCode, status: 'settled', sort: 'revenue', pageSize: 10 } },
        }),
      ),
  });

/** Colours of the strength levels; a gap also has its own shape and a text mark (not colour alone). */
export const LEVEL_COLOURS: Record<StrengthLevel, string> = {
  // Dark enough for white tag text (WCAG AA).
  gap: '#a8071a',
  weak: '#874d00',
  medium: '#0958d9',
  strong: '#002c8c',
};
