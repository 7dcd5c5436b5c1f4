// Import-free, so the web app shares the list (the results page's facets and URL check).

/** Every kind of searchable entity, in the order the results page lists its facets. */
export const SEARCH_TYPES = [
  'park',
  'building',
  'unit',
  'enterprise',
  'policy',
  'news',
  'lead',
  'project',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
