import { create, insertMultiple, search as oramaSearch, type Tokenizer } from '@orama/orama';
import FlexSearch, { type Resolver } from 'flexsearch';
import MiniSearch, { type SearchResult } from 'minisearch';
import { analyze } from '../../src/core/text/index.js';
import type { BenchDocument } from './documents.js';

/**
 * The in-process engines the bench compares MedZone's search with, each fed the same documents (title;
 * subtitle and tags; body capped as core/search caps it) and the same tokenizer, `analyze` from core/text —
 * jieba with the domain dictionary, folded to simplified lower case —, on the query side too. Boosts as
 * MedZone weighs its sections: title 3, subtitle and tags 2, body 1. Every engine indexes every document and
 * filters to public ones when searching, as the anonymous API does.
 */
export type InProcessEngine = {
  /** The settings that matter for the comparison, written to the result. */
  settings: Record<string, string>;
  /** The keys of the first ten public documents, best first. */
  search(q: string): string[] | Promise<string[]>;
};

export type EngineName = 'orama' | 'minisearch' | 'flexsearch';

const TOP = 10;
const BOOST = { title: 3, labels: 2, body: 1 } as const;
const FIELDS = ['title', 'labels', 'body'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Text already cut by `analyze`: the marker, then the tokens joined by the separator. The documents reach
 * the workers cut once on the main thread (the same segmenter, one pass instead of one per engine; the
 * bench adds that time to every engine's index time), and FlexSearch gets the query's terms this way
 * because it encodes every query it is given and analyze is not idempotent on its own tokens (m2 → m2, m, 2).
 */
const TOKENS = '\u0001';
const SEPARATOR = '\u0002';

export function tokenized(text: string): string {
  return TOKENS + analyze(text).join(SEPARATOR);
}

/** The tokens of a field or query: split when already cut, analysed otherwise. */
const tokensOf = (text: string): string[] =>
  text.startsWith(TOKENS) ? text.slice(1).split(SEPARATOR).filter(Boolean) : analyze(text);

/** The query's terms once each: analyze cuts a word and the words inside it (有限公司 → 有限, 公司, 有限公司). */
const queryTerms = (q: string) => [...new Set(analyze(q))];

/** Han words: their typos are whole characters, so one edit is one wrong character. */
const HAN = /\p{Script=Han}/u;

// ---------------------------------------------------------------------------------------------------
// MiniSearch
// ---------------------------------------------------------------------------------------------------

/**
 * MiniSearch: AND across fields (a term may match in any field), prefix on the last term only (what is still
 * being typed). Its typo tolerance, per-term fuzzy matching, is the retry when the exact search finds no
 * public document — as MedZone falls back to similar names: on from the start it costs three times the
 * time and lets fuzzy variants crowd exact matches out of the top ten (topic recall 0.97 → 0.79 on the smoke
 * corpus). Fuzzy: one edit for a Chinese word of two or more characters (a wrong character), for a Latin term
 * of four or more letters; none below (a one-edit variant of 'c' or '7' is any short term).
 */
const fuzzyEdits = (term: string) =>
  HAN.test(term) ? (term.length >= 2 ? 1 : false) : term.length >= 4 ? 1 : false;

async function miniSearch(docs: readonly BenchDocument[], onProgress: (done: number) => void) {
  const index = new MiniSearch<BenchDocument>({
    idField: 'key',
    fields: [...FIELDS],
    storeFields: ['isPublic'],
    tokenize: tokensOf,
    processTerm: (term) => term,
    searchOptions: {
      boost: { ...BOOST },
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      tokenize: queryTerms,
      processTerm: (term) => term,
    },
  });
  await addInChunks(docs, onProgress, (chunk) => index.addAll(chunk));
  const engine: InProcessEngine = {
    settings: {
      fields: 'title ×3, subtitle+tags ×2, body ×1',
      combine: 'AND across fields',
      prefix: 'last term',
      typos: 'when nothing: fuzzy, 1 edit for Chinese words ≥ 2 characters and Latin terms ≥ 4 letters',
      filter: 'storeFields isPublic, search filter',
    },
    search(q) {
      const run = (fuzzy: false | ((term: string) => number | false)) =>
        index
          .search(q, { filter: (r: SearchResult) => r.isPublic === true, fuzzy })
          .slice(0, TOP)
          .map((r) => String(r.id));
      const found = run(false);
      return found.length > 0 ? found : run(fuzzyEdits);
    },
  };
  return engine;
}

// ---------------------------------------------------------------------------------------------------
// Orama
// ---------------------------------------------------------------------------------------------------

/**
 * Orama: every document with any term, ranked by BM25 (threshold 1), prefix matching as Orama does it (on
 * every term: `exact: false` is all or nothing), a `where` on the public flag. Not threshold 0, its AND:
 * that keeps a document only when one field holds as many matched words as the query has terms, and a
 * prefix match counts every word it expands to (有限 → 有限, 有限公司), so with a segmenter that gives a word
 * and the words inside it most full names find nothing (smoke corpus: recall@10 0.20 against 0.52; not
 * faster either). Its typo tolerance, one Levenshtein edit for every term alike — which lets '7' or 'c'
 * match every short term, at three times the time —, is the retry when nothing is found.
 */
async function orama(docs: readonly BenchDocument[], onProgress: (done: number) => void) {
  const tokenizer: Tokenizer = {
    language: 'english',
    normalizationCache: new Map(),
    tokenize: (raw) => tokensOf(raw),
  };
  const db = create({
    schema: { title: 'string', labels: 'string', body: 'string', isPublic: 'boolean' } as const,
    components: { tokenizer },
  });
  await addInChunks(docs, onProgress, (chunk) => insertMultiple(db, chunk as BenchDocument[], 1_000));
  const run = async (term: string, tolerance: number) => {
    const result = await oramaSearch(db, {
      term,
      properties: [...FIELDS],
      boost: { ...BOOST },
      threshold: 1,
      tolerance,
      where: { isPublic: true },
      limit: TOP,
    });
    return result.hits.map((h) => (h.document as unknown as BenchDocument).key);
  };
  const engine: InProcessEngine = {
    settings: {
      fields: 'title ×3, subtitle+tags ×2, body ×1',
      combine: 'threshold 1 (any term, BM25-ranked): threshold 0 finds next to nothing with this tokenizer',
      prefix: 'every term (exact: false)',
      typos: 'when nothing: tolerance 1',
      filter: 'where isPublic',
    },
    async search(q) {
      const found = await run(q, 0);
      return found.length > 0 ? found : run(q, 1);
    },
  };
  return engine;
}

// ---------------------------------------------------------------------------------------------------
// FlexSearch
// ---------------------------------------------------------------------------------------------------

type FlexRow = { id: number; title: string; labels: string; body: string };

/**
 * FlexSearch: a Document index over the three fields, the tokenizer as its `encode`, "forward" tokenization
 * (prefixes of every term are indexed: FlexSearch cannot restrict prefix matching to the last term). FlexSearch intersects terms within one field only, so AND across fields is built with its
 * Resolver: for each term the union of the three fields (boosted), then the intersection of the terms. Its typo
 * tolerance is `suggest`: when no document has every term, documents with most of them — the retry when the
 * strict search found nothing.
 */
async function flexSearch(docs: readonly BenchDocument[], onProgress: (done: number) => void) {
  const field = (name: Field) => ({
    field: name,
    tokenize: 'forward' as const,
    encode: tokensOf,
    resolution: 9,
  });
  const index = new FlexSearch.Document<FlexRow>({
    document: { id: 'id', index: FIELDS.map(field) },
  });
  await addInChunks(docs, onProgress, (chunk, offset) => {
    chunk.forEach((d, i) => {
      index.add({ id: offset + i, title: d.title, labels: d.labels, body: d.body });
    });
  });
  // The per-term union of the fields, then the intersection of the terms; `resolve` ranks and cuts. Later
  // terms are passed as options (a Resolver instance passed to `and` drops `suggest`).
  const fieldQueries = (term: string, suggest: boolean) => [
    { index, field: 'title', query: TOKENS + term, boost: BOOST.title, suggest },
    { index, field: 'labels', query: TOKENS + term, boost: BOOST.labels, suggest },
    { index, field: 'body', query: TOKENS + term, boost: BOOST.body, suggest },
  ];
  const resolved = (terms: string[], suggest: boolean, limit: number): number[] => {
    const [first, ...rest] = terms;
    if (first === undefined) return [];
    const [title, ...others] = fieldQueries(first, suggest);
    let all: unknown = new FlexSearch.Resolver(title as never).or(...(others as never[]));
    if (rest.length > 0)
      all = (all as Resolver).and(
        ...(rest.map((term) => ({ or: fieldQueries(term, suggest), suggest })) as never[]),
      );
    // An `and` that has nothing left to intersect returns its (empty) result instead of the resolver.
    if (Array.isArray(all)) return all.flat() as number[];
    return (all as Resolver).resolve({ limit }) as unknown as number[];
  };
  // A tag cannot be combined with a Resolver's field queries (FlexSearch 0.8 throws), so the public filter
  // is applied to the ranked ids, asking for more until ten are public or the matches are exhausted.
  const run = (terms: string[], suggest: boolean): string[] => {
    for (let limit = 100; ; limit *= 10) {
      const ids = resolved(terms, suggest, limit);
      const keys = ids.filter((id) => docs[id]!.isPublic).map((id) => docs[id]!.key);
      if (keys.length >= TOP || ids.length < limit) return keys.slice(0, TOP);
    }
  };
  const engine: InProcessEngine = {
    settings: {
      fields: 'title ×3, subtitle+tags ×2, body ×1 (Resolver boosts)',
      combine: 'AND across fields (Resolver: per term OR of fields, AND of terms)',
      prefix: 'every term (tokenize: forward)',
      typos: 'suggest when the strict search finds nothing',
      filter: 'public ids among the ranked matches (a tag cannot join a Resolver query)',
    },
    search(q) {
      const terms = queryTerms(q);
      const found = run(terms, false);
      return found.length > 0 ? found : run(terms, true);
    },
  };
  return engine;
}

// ---------------------------------------------------------------------------------------------------

const CHUNK = 10_000;

/** Adds in chunks, reporting progress and yielding to the event loop between them. */
async function addInChunks(
  docs: readonly BenchDocument[],
  onProgress: (done: number) => void,
  add: (chunk: readonly BenchDocument[], offset: number) => unknown,
): Promise<void> {
  for (let i = 0; i < docs.length; i += CHUNK) {
    await add(docs.slice(i, i + CHUNK), i);
    onProgress(Math.min(docs.length, i + CHUNK));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export const ENGINE_BUILDERS: Record<
  EngineName,
  {
    label: string;
    build: (docs: readonly BenchDocument[], onProgress: (done: number) => void) => Promise<InProcessEngine>;
  }
> = {
  orama: { label: 'Orama', build: orama },
  minisearch: { label: 'MiniSearch', build: miniSearch },
  flexsearch: { label: 'FlexSearch', build: flexSearch },
};
