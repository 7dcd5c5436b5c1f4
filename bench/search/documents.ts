import { createHash } from 'node:crypto';
import type { Executor } from '../../src/core/db/db.js';
import {
  allIds,
  MAX_BODY_CHARACTERS,
  type SearchDocumentInput,
  type SearchType,
} from '../../src/core/search/index.js';
import { foldForSearch } from '../../src/core/text/index.js';
import { SEARCH_SOURCES } from '../../src/modules/search/index.js';
import { progress } from '../support/measure.js';

/** One document of the corpus, as every engine of the bench gets it. */
export type BenchDocument = {
  /** 'type:id', as the query set names expected documents. */
  key: string;
  type: SearchType;
  entityId: number;
  isPublic: boolean;
  title: string;
  /** The subtitle and the tags, one per line (a line break keeps a tag's words from joining the next's). */
  labels: string;
  /** The body up to the index's cap, as core/search indexes it. */
  body: string;
};

function benchDocument(type: SearchType, doc: SearchDocumentInput): BenchDocument {
  return {
    key: `${type}:${doc.entityId}`,
    type,
    entityId: doc.entityId,
    isPublic: doc.audience === 'public',
    title: doc.title,
    labels: [doc.subtitle, ...(doc.tags ?? [])].filter((t): t is string => Boolean(t)).join('\n'),
    body: (doc.body ?? '').slice(0, MAX_BODY_CHARACTERS),
  };
}

/**
 * Every document of the database, read through the search sources' own `load` — exactly what reindexAll
 * indexes —, in source order and id order (deterministic for a corpus).
 */
export async function loadDocuments(db: Executor, expected: number): Promise<BenchDocument[]> {
  const out: BenchDocument[] = [];
  const show = progress('documents read through SEARCH_SOURCES', expected);
  for (const source of SEARCH_SOURCES) {
    for await (const ids of allIds(db, source)) {
      const docs = await source.load(db, ids);
      docs.sort((a, b) => a.entityId - b.entityId);
      for (const doc of docs) out.push(benchDocument(source.type, doc));
      show(out.length);
    }
  }
  show(out.length);
  return out;
}

/**
 * A digest of what the expected sets depend on (keys, audience, text): a query file written for another
 * corpus — other sizes, another seed, or sources that changed what they index — does not match it.
 */
export function corpusFingerprint(docs: readonly BenchDocument[]): string {
  const hash = createHash('sha256');
  for (const d of docs)
    hash.update(`${d.key}\u0000${d.isPublic ? 1 : 0}\u0000${d.title}\u0000${d.labels}\u0000${d.body}\u0001`);
  return hash.digest('hex');
}

/** The folded texts the expected sets are defined on. */
export type FoldedDocument = { key: string; type: SearchType; title: string; all: string };

/** Public documents only: the API is queried anonymously, so nothing else can be expected. */
export function foldPublic(docs: readonly BenchDocument[]): FoldedDocument[] {
  const out: FoldedDocument[] = [];
  for (const d of docs) {
    if (!d.isPublic) continue;
    const title = foldForSearch(d.title);
    out.push({
      key: d.key,
      type: d.type,
      title,
      all: `${title}\n${foldForSearch(`${d.labels}\n${d.body}`)}`,
    });
  }
  return out;
}
