export {
  indexMissing,
  loadSearchDictionary,
  prepareSearch,
  type ReindexProgress,
  reindexAll,
} from './reindex.js';
export { searchRoutes } from './routes.js';
export { searchQuery, searchResponse } from './schema.js';
export { search } from './search.js';
export { SEARCH_SOURCES } from './sources.js';
