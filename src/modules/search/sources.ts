import type { SearchSource } from '../../core/search/index.js';
import { enterpriseSearchSource } from '../enterprises/index.js';
import { leadSearchSource } from '../leads/index.js';
import { projectSearchSource } from '../pipeline/index.js';
import { policySearchSource } from '../policies/index.js';
import { newsSearchSource } from '../portal/index.js';
import { buildingSearchSource, parkSearchSource, unitSearchSource } from '../space/index.js';

/** Every kind of searchable entity, in the order a full reindex goes through them. */
export const SEARCH_SOURCES: readonly SearchSource[] = [
  parkSearchSource,
  buildingSearchSource,
  unitSearchSource,
  enterpriseSearchSource,
  policySearchSource,
  newsSearchSource,
  leadSearchSource,
  projectSearchSource,
];
