import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { SearchRequest, SearchResult } from './search-types';

function fetchSearch(request: SearchRequest): Promise<SearchResult> {
  return unwrap(api.GET('/api/search', { params: { query: request } }));
}

/**
 * One search, for the header box and the results page alike. The answer depends on who asks (leads and
 * projects only reach staff), so the viewer is part of the key: signing in or out never shows the other
 * session's cached results.
 */
export function searchQuery(request: SearchRequest, viewerId: number | null) {
  return queryOptions({
    queryKey: ['search', viewerId, request] as const,
    queryFn: () => fetchSearch(request),
  });
}
