export { createNews, deleteNews, getNews, listNews, updateNews } from './news.js';
export { type NewsBody, type NewsItem, type NewsKind, newsBody, newsKindSchema } from './news-schema.js';
export { portalRoutes } from './routes.js';
export { type Overview, overviewResponse } from './schema.js';
export { NEWS_KIND_LABELS, newsSearchSource } from './search-source.js';
