import fs from 'node:fs';
import type { SearchType } from '../../src/core/search/index.js';
import { analyze, foldForSearch, toTraditional } from '../../src/core/text/index.js';
import { DemoRandom } from '../../src/data/demo-random.js';
import { log } from '../support/measure.js';
import type { BenchDocument, FoldedDocument } from './documents.js';
import { SubstringMatcher } from './matcher.js';
import { typoOf } from './typos.js';

/**
 * The labelled query set: queries made from the corpus's public documents, each with the documents a good
 * search should return, defined on the text alone (no engine is asked). Six categories:
 *
 *   name         a document's exact title, as written (simplified)
 *   traditional  a title converted to traditional characters (Taiwan forms)
 *   partial      a 2–4 character fragment of a title that occurs in 1–20 titles
 *   typo         a title of ≥ 5 characters with one character replaced by a pinyin input method's homophone
 *                (瑞 → 锐), or, in a title without Chinese, one letter by a neighbouring key's
 *   latin        Latin letters or numbers with Chinese: a code typed apart from its number ('ISO 7'), an area
 *                ('1200m²'), a credit-code prefix, with a word of the same document
 *   topic        2–3 Chinese words of a document's subtitle, tags or body ('仓山 中药饮片')
 *
 * Expected documents (public ones only: the API is asked anonymously), compared in folded form (NFKC,
 * simplified, lower case — foldForSearch, as the index compares):
 *   name, traditional, typo   every document whose folded title equals the source document's
 *   partial                   every document whose folded title contains the fragment
 *   latin, topic              every document whose folded title, subtitle, tags and body (capped as the
 *                             index caps it) contain every one of the query's words; the words are the
 *                             query's space-separated parts, except that a code and its number typed apart
 *                             ('ISO 7', 'GMP C') is one word. A Chinese word may stand anywhere (Chinese has
 *                             no spaces); a Latin or number word not inside a longer run of letters and
 *                             digits ('national' is not in 'international', '236m2' not in '1236m2'), except
 *                             a credit-code prefix, typed last, which is the start of one. Each query
 *                             stores its words (`match`).
 * Every query has 1–50 expected documents (partial: 1–20); a typo is kept only when no document has the
 * misspelt title. Queries are drawn from the public documents of every type in proportion (at least one per
 * type and category), with a seeded random source: the same corpus gives the same set.
 */

export const CATEGORIES = ['name', 'traditional', 'partial', 'typo', 'latin', 'topic'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What makes a document expected for a query; see above. */
export type Match =
  | { kind: 'title'; title: string }
  | { kind: 'title-contains'; fragment: string }
  | { kind: 'text-contains-all'; words: string[]; prefixLast?: boolean };

export type LabelledQuery = {
  id: string;
  category: Category;
  q: string;
  /** The document the query was made from. */
  source: string;
  match: Match;
  /** 'type:id' keys, in corpus order. */
  expected: string[];
};

export type CorpusSizes = {
  enterprises: number;
  units: number;
  policies: number;
  news: number;
  seed: number;
};

export type QueryFile = {
  description: string;
  sizes: CorpusSizes;
  /** The seed documents added to the corpus as news items (file names), [] when they were absent. */
  seedDocuments: string[];
  corpus: { documents: number; publicDocuments: number; fingerprint: string };
  counts: Record<Category, number>;
  queries: LabelledQuery[];
};

const MAX_EXPECTED = 50;
const MAX_PARTIAL_EXPECTED = 20;
const MAX_QUERY_LENGTH = 200;

// ---------------------------------------------------------------------------------------------------
// Expected sets: one pass over the documents for any number of queries
// ---------------------------------------------------------------------------------------------------

const LATIN_CHAR = /[a-z0-9]/;

/**
 * Where a word may occur. Chinese has no spaces, so a Chinese word may sit anywhere; a Latin or number word
 * must not be the inside of a longer one ('national' is not in 'international', '236m2' not in '1236m2'),
 * except that a prefix query's last word may be the start of one (a credit code's first characters).
 */
function boundaries(word: string, isPrefix: boolean) {
  return { left: LATIN_CHAR.test(word[0]!), right: !isPrefix && LATIN_CHAR.test(word[word.length - 1]!) };
}

/**
 * The expected documents of each match among these (folded, public) documents: for each match its count,
 * and its keys up to `keep` (a candidate with thousands is rejected on its count alone). Titles are looked up
 * in a map, fragments and words found by one substring automaton each, so the cost is the corpus's length
 * plus the occurrences found, not documents × queries.
 */
export function expectedDocuments(
  matches: readonly Match[],
  docs: readonly FoldedDocument[],
  keep = MAX_EXPECTED,
): { counts: number[]; keys: string[][] } {
  const counts = matches.map(() => 0);
  const keys = matches.map((): string[] => []);
  const add = (m: number, key: string) => {
    counts[m]!++;
    if (keys[m]!.length < keep) keys[m]!.push(key);
  };
  const byTitle = new Map<string, number[]>();
  const titleParts = new SubstringMatcher();
  const fragmentOwners: number[][] = [];
  const textParts = new SubstringMatcher();
  type Owner = { m: number; word: number; left: boolean; right: boolean };
  const wordOwners: Owner[][] = [];
  const needed = matches.map(() => 0);
  matches.forEach((match, m) => {
    if (match.kind === 'title') byTitle.set(match.title, [...(byTitle.get(match.title) ?? []), m]);
    else if (match.kind === 'title-contains') {
      const id = titleParts.add(match.fragment);
      fragmentOwners[id] ??= [];
      fragmentOwners[id]!.push(m);
    } else {
      const words = [...new Set(match.words)];
      needed[m] = words.length;
      words.forEach((word, w) => {
        const id = textParts.add(word);
        const isPrefix = match.prefixLast === true && w === words.length - 1;
        wordOwners[id] ??= [];
        wordOwners[id]!.push({ m, word: w, ...boundaries(word, isPrefix) });
      });
    }
  });
  // Per document: the fragments already counted, and per match the words found (bits) — reset by stamps.
  const fragmentStamp = new Int32Array(titleParts.size).fill(-1);
  const wordBits = new Float64Array(matches.length);
  const wordStamp = new Int32Array(matches.length).fill(-1);
  const done = new Int32Array(matches.length).fill(-1);
  docs.forEach((doc, d) => {
    for (const m of byTitle.get(doc.title) ?? []) add(m, doc.key);
    titleParts.scan(doc.title, (id) => {
      if (fragmentStamp[id] === d) return;
      fragmentStamp[id] = d;
      for (const m of fragmentOwners[id]!) add(m, doc.key);
    });
    const text = doc.all;
    textParts.scan(text, (id, end) => {
      const start = end - textParts.lengths[id]!;
      const leftOk = start === 0 || !LATIN_CHAR.test(text[start - 1]!);
      const rightOk = end === text.length || !LATIN_CHAR.test(text[end]!);
      for (const o of wordOwners[id]!) {
        if (done[o.m] === d || (o.left && !leftOk) || (o.right && !rightOk)) continue;
        if (wordStamp[o.m] !== d) {
          wordStamp[o.m] = d;
          wordBits[o.m] = 0;
        }
        const bit = 2 ** o.word;
        if (Math.floor(wordBits[o.m]! / bit) % 2 === 1) continue;
        wordBits[o.m]! += bit;
        if (wordBits[o.m] === 2 ** needed[o.m]! - 1) {
          done[o.m] = d;
          add(o.m, doc.key);
        }
      }
    });
  });
  return { counts, keys };
}

// ---------------------------------------------------------------------------------------------------
// Candidates from documents
// ---------------------------------------------------------------------------------------------------

type Candidate = {
  category: Category;
  q: string;
  source: string;
  match: Match;
  /** typo: the misspelt title, which no document may have. */
  probe?: Match;
};

const HAN_WORD = /^\p{Script=Han}{2,8}$/u;
// A code typed apart from its number or letter ('ISO 7', 'GMP C'), else a run of letters and digits.
const LATIN_PART = /[A-Za-z]{2,} (?:[0-9]+|[A-Z])(?![A-Za-z0-9])|[A-Za-z0-9][A-Za-z0-9.²-]*[A-Za-z0-9²]/g;
const USCC = /^[0-9A-Z]{18}$/;

/** Han words of a text as the segmenter cuts them (folded), at most once each, in order. */
function hanWords(text: string): string[] {
  return [...new Set(analyze(text).filter((t) => HAN_WORD.test(t)))];
}

/** Picks n distinct words of which none contains another (so each narrows the set). */
function pickWords(random: DemoRandom, words: readonly string[], n: number): string[] | null {
  const pool = [...words];
  const picked: string[] = [];
  while (picked.length < n && pool.length > 0) {
    const word = pool.splice(random.int(0, pool.length - 1), 1)[0]!;
    if (picked.some((p) => p.includes(word) || word.includes(p))) continue;
    picked.push(word);
  }
  return picked.length === n ? picked : null;
}

function shuffled<T>(random: DemoRandom, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function candidateFor(category: Category, doc: BenchDocument, random: DemoRandom): Candidate | null {
  const title = foldForSearch(doc.title);
  const source = doc.key;
  const fits = (q: string) => q.trim().length > 0 && q.length <= MAX_QUERY_LENGTH;
  switch (category) {
    case 'name':
      return fits(doc.title) ? { category, q: doc.title, source, match: { kind: 'title', title } } : null;
    case 'traditional': {
      const q = toTraditional(doc.title);
      return q !== doc.title && fits(q) ? { category, q, source, match: { kind: 'title', title } } : null;
    }
    case 'partial': {
      const runs = title.match(/[\p{L}\p{N}]{2,}/gu) ?? [];
      if (runs.length === 0) return null;
      const run = random.pick(runs);
      const length = random.int(2, Math.min(4, run.length));
      const start = random.int(0, run.length - length);
      const fragment = run.slice(start, start + length);
      if (fragment === title) return null;
      return { category, q: fragment, source, match: { kind: 'title-contains', fragment } };
    }
    case 'typo': {
      if ([...title].filter((c) => /[\p{L}\p{N}]/u.test(c)).length < 5) return null;
      const q = typoOf(random, doc.title);
      if (q === null || !fits(q)) return null;
      return {
        category,
        q,
        source,
        match: { kind: 'title', title },
        probe: { kind: 'title', title: foldForSearch(q) },
      };
    }
    case 'latin': {
      const text = `${doc.title}\n${doc.labels}\n${doc.body.slice(0, 2_000)}`;
      // Codes, grades and figures (GMP, ISO 7, CRO, 1200m², a credit code), not the words of an English name.
      const parts = [...new Set(text.match(LATIN_PART) ?? [])].filter(
        (p) => /[0-9]/.test(p) || /^[A-Z]{2,}/.test(p),
      );
      if (parts.length === 0) return null;
      let latin = random.pick(parts);
      // A credit code is looked up by its start, as people type what they read off a licence: last, as
      // what is still being typed.
      const isPrefix = USCC.test(latin);
      if (isPrefix) latin = latin.slice(0, random.int(10, 14));
      const words = hanWords(`${doc.title}\n${doc.labels}`);
      const han = words.length > 0 && (!isPrefix || random.chance(50)) ? random.pick(words) : null;
      const pieces = han === null ? [latin] : isPrefix ? [han, latin] : shuffled(random, [latin, han]);
      return {
        category,
        q: pieces.join(' '),
        source,
        match: {
          kind: 'text-contains-all',
          words: pieces.map((p) => foldForSearch(p)),
          ...(isPrefix ? { prefixLast: true } : {}),
        },
      };
    }
    case 'topic': {
      const words = hanWords(`${doc.labels}\n${doc.body}`);
      const picked = pickWords(random, words, random.int(2, 3));
      if (!picked) return null;
      return { category, q: picked.join(' '), source, match: { kind: 'text-contains-all', words: picked } };
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The set
// ---------------------------------------------------------------------------------------------------

/** Queries per type for a category: in proportion to the public documents, at least one per type. */
function quotas(total: number, byType: Map<SearchType, BenchDocument[]>): Map<SearchType, number> {
  const types = [...byType.keys()].filter((t) => byType.get(t)!.length > 0);
  const all = types.reduce((s, t) => s + byType.get(t)!.length, 0);
  const out = new Map<SearchType, number>(types.map((t) => [t, 1]));
  let left = total - types.length;
  const share = types.map((t) => ({ t, exact: (Math.max(0, left) * byType.get(t)!.length) / all }));
  for (const s of share) {
    const whole = Math.floor(s.exact);
    out.set(s.t, out.get(s.t)! + whole);
    left -= whole;
  }
  // Largest remainders take what rounding down left over.
  for (const s of [...share].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  )) {
    if (left <= 0) break;
    out.set(s.t, out.get(s.t)! + 1);
    left--;
  }
  return out;
}

const ROUNDS = 8;

function accepted(candidate: Candidate, count: number, probeCount: number): boolean {
  if (count < 1) return false;
  if (candidate.probe && probeCount > 0) return false;
  return count <= (candidate.category === 'partial' ? MAX_PARTIAL_EXPECTED : MAX_EXPECTED);
}

/**
 * A deterministic labelled set of `perCategory` queries in each category, drawn from the public documents of
 * every type in proportion (the seed documents, when present, are each drawn once for name and topic).
 * Candidates are made in rounds, each round's expected sets counted in one pass over the corpus; a type that
 * cannot give its share (no document of it has a fitting fragment, say) leaves it to the others.
 */
export function makeQuerySet(
  docs: readonly BenchDocument[],
  folded: readonly FoldedDocument[],
  options: { perCategory: number; seed: number; pinned: readonly string[] },
): LabelledQuery[] {
  const random = new DemoRandom(options.seed * 1_000_003 + 11);
  const publicDocs = docs.filter((d) => d.isPublic);
  const byType = new Map<SearchType, BenchDocument[]>();
  for (const d of publicDocs) {
    const list = byType.get(d.type);
    if (list) list.push(d);
    else byType.set(d.type, [d]);
  }
  const byKey = new Map(publicDocs.map((d) => [d.key, d]));
  const pinned = options.pinned.map((k) => byKey.get(k)).filter((d): d is BenchDocument => Boolean(d));

  const chosen: Candidate[] = [];
  const seenQ = new Set<string>();
  const expectedOf = new Map<Candidate, string[]>();
  for (const category of CATEGORIES) {
    const quota = quotas(options.perCategory, byType);
    const have = new Map<SearchType, number>();
    let taken = 0;
    const pins = category === 'name' || category === 'topic' ? [...pinned] : [];
    for (let round = 0; round < ROUNDS && taken < options.perCategory; round++) {
      // The last rounds let any type fill what the others could not.
      const open = round >= ROUNDS / 2;
      const candidates: Candidate[] = [];
      for (const doc of pins.splice(0)) {
        const c = candidateFor(category, doc, random);
        if (c) candidates.push(c);
      }
      for (const [type, list] of byType) {
        const short = open ? options.perCategory - taken : quota.get(type)! - (have.get(type) ?? 0);
        if (short <= 0 || list.length === 0) continue;
        for (let i = 0; i < short * 4 + 4; i++) {
          const c = candidateFor(category, random.pick(list), random);
          if (c && !seenQ.has(foldForSearch(c.q))) candidates.push(c);
        }
      }
      const matches = candidates.flatMap((c) => (c.probe ? [c.match, c.probe] : [c.match]));
      const { counts, keys } = expectedDocuments(matches, folded);
      let m = 0;
      for (const c of candidates) {
        const count = counts[m]!;
        const expected = keys[m++]!;
        const probeCount = c.probe ? counts[m++]! : 0;
        const type = byKey.get(c.source)!.type;
        const room = open || (have.get(type) ?? 0) < quota.get(type)! || options.pinned.includes(c.source);
        if (taken >= options.perCategory || !room) continue;
        const folded = foldForSearch(c.q);
        if (seenQ.has(folded) || !accepted(c, count, probeCount)) continue;
        seenQ.add(folded);
        chosen.push(c);
        expectedOf.set(c, expected);
        have.set(type, (have.get(type) ?? 0) + 1);
        taken++;
      }
    }
    if (taken < options.perCategory)
      log(`  query set: only ${taken} of ${options.perCategory} '${category}' queries found in this corpus`);
  }
  return chosen.map((c, i) => ({
    id: `${c.category}-${String(i + 1).padStart(3, '0')}`,
    category: c.category,
    q: c.q,
    source: c.source,
    match: c.match,
    expected: expectedOf.get(c)!,
  }));
}

export function countsOf(queries: readonly LabelledQuery[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const q of queries) counts[q.category]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// The stored file
// ---------------------------------------------------------------------------------------------------

export function writeQueryFile(file: string, content: QueryFile): void {
  // One query a line: the file stays readable and its diffs small.
  const lines = content.queries.map((q) => `    ${JSON.stringify(q)}`);
  const head = JSON.stringify({ ...content, queries: [] }, null, 2).replace(/\n {2}"queries": \[\]\n\}$/, '');
  fs.writeFileSync(file, `${head}\n  "queries": [\n${lines.join(',\n')}\n  ]\n}\n`);
}

export function readQueryFile(file: string): QueryFile | null {
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as QueryFile;
}

export const sameSizes = (a: CorpusSizes, b: CorpusSizes) =>
  a.enterprises === b.enterprises &&
  a.units === b.units &&
  a.policies === b.policies &&
  a.news === b.news &&
  a.seed === b.seed;
