export {
  CHARACTER_MARK,
  characterLexemes,
  MAX_BODY_CHARACTERS,
  nameKey,
  PUBLIC_LEXEME,
  type SearchDocumentInput,
} from './document-vector.js';
export {
  allIds,
  chunksOf,
  idList,
  indexDocuments,
  indexInBulk,
  type SearchSource,
  unindexedIds,
} from './index-documents.js';
export {
  SEARCH_AUDIENCES,
  SEARCH_TYPES,
  type SearchAudience,
  type SearchType,
  searchDocuments,
} from './tables.js';
