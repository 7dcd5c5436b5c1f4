import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { NewsListRequest } from './news-types';

function fetchNewsList(query: NewsListRequest) {
  return unwrap(api.GET('/api/news', { params: { query } }));
}

function fetchNewsItem(id: number) {
  return unwrap(api.GET('/api/news/{id}', { params: { path: { id } } }));
}

// Under one prefix, so that an editor's save can refresh the lists and the item together.
export const newsKeys = {
  all: ['news'] as const,
  list: (query: NewsListRequest) => ['news', 'list', query] as const,
  item: (id: number) => ['news', 'item', id] as const,
};

export function newsListQuery(query: NewsListRequest) {
  return queryOptions({ queryKey: newsKeys.list(query), queryFn: () => fetchNewsList(query) });
}

export function newsItemQuery(id: number) {
  return queryOptions({ queryKey: newsKeys.item(id), queryFn: () => fetchNewsItem(id) });
}
