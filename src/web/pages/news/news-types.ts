import type { paths } from '../../api/schema';

// Types come from the generated contract (src/web/api/schema.d.ts), named here once for the pages. No
// runtime imports but the list of kinds, so the pure helpers and their tests can use it without a browser.

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type NewsListRequest = NonNullable<paths['/api/news']['get']['parameters']['query']>;
export type NewsPage = Json<paths['/api/news']['get']['responses'][200]>;
export type NewsSummary = NewsPage['items'][number];
export type NewsItem = Json<paths['/api/news/{id}']['get']['responses'][200]>;
export type NewsKind = NewsSummary['kind'];

/** The kinds in the filter's order: 资讯, 活动, 公告. */
export const newsKinds = ['news', 'event', 'notice'] as const satisfies readonly NewsKind[];

// A kind the API adds must be added above too (the filter and the URL check use the list).
type Missing = Exclude<NewsKind, (typeof newsKinds)[number]>;
const everyKind: Missing extends never ? true : Missing = true;
void everyKind;
