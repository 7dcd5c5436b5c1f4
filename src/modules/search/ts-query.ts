import { characterLexemes } from '../../core/search/index.js';
import { analyze, nameCharacters } from '../../core/text/index.js';

/**
 * Queries in tsquery's text form, built from the same pipeline as the documents. Lexemes are quoted and
 * cast with `::tsquery`, never through to_tsquery: PostgreSQL's parser would re-split Chinese wrongly.
 */

/**
 * A tsquery as a tree: built here, written out by `render`, and pruned by `withoutFrequent` for the index's
 * sake. No NOT: every query is monotone, so dropping an operand (taking it as true) only widens it.
 */
export type TsQuery =
  | { lexeme: string; prefix?: boolean; weight?: string }
  | { and: TsQuery[] }
  | { or: TsQuery[] };

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** `:*`, `:A`, `:*A` or nothing: prefix match and weight restriction of a lexeme. */
function label(prefix: boolean, weight: string): string {
  const text = (prefix ? '*' : '') + weight;
  return text && `:${text}`;
}

const and = (parts: TsQuery[]): TsQuery => (parts.length === 1 ? parts[0]! : { and: parts });
const or = (parts: TsQuery[]): TsQuery => (parts.length === 1 ? parts[0]! : { or: parts });

/** tsquery's text form (& binds tighter than |: only an OR inside an AND needs parentheses). */
export function render(q: TsQuery): string {
  if ('lexeme' in q) return quote(q.lexeme) + label(q.prefix ?? false, q.weight ?? '');
  if ('and' in q) return q.and.map((p) => ('or' in p ? `(${render(p)})` : render(p))).join(' & ');
  return q.or.map(render).join(' | ');
}

/**
 * The query with the frequent lexemes taken as true (null: nothing selective is left). GIN reads the
 * whole posting list of every lexeme in a query — 有限 and 公司 are in nine firms out of ten —, so the
 * index is asked the selective rest and the full query checks the few rows it returns. Prefixes are kept:
 * their frequency is not known, and a long one is selective.
 */
export function withoutFrequent(q: TsQuery, isFrequent: (lexeme: string) => boolean): TsQuery | null {
  if ('lexeme' in q) return !q.prefix && isFrequent(q.lexeme) ? null : q;
  if ('and' in q) {
    const kept = q.and.map((p) => withoutFrequent(p, isFrequent)).filter((p): p is TsQuery => p !== null);
    return kept.length > 0 ? and(kept) : null;
  }
  const kept = q.or.map((p) => withoutFrequent(p, isFrequent));
  return kept.some((p) => p === null) ? null : or(kept as TsQuery[]);
}

/**
 * A run of two or more characters as the documents' character pairs, all required: 瑞科医 → '~瑞科' &
 * '~科医'. AND rather than the phrase operator: without positions to check the index answers alone (no
 * re-reading of every candidate's tsvector), and names holding every pair of a run but not the run itself
 * are rare.
 */
function characterPhrase(chars: readonly string[], weight = ''): TsQuery {
  return and(characterLexemes(chars).map((lexeme) => ({ lexeme, weight })));
}

/** The query's distinct terms, in order. */
export function queryTerms(q: string): string[] {
  return [...new Set(analyze(q))];
}

/**
 * Every term must match (AND), each either as a word of the document or as a run of characters in its
 * name or subtitle (瑞科 inside 瑞科医药健康产业园, whatever the segmenter made of the name); the last term
 * also as the start of a word, for search-as-you-type. With `titles`, only the title may match (weight A).
 * Null when the query has no terms.
 */
export function wordsQuery(terms: readonly string[], only: { titles?: boolean } = {}): TsQuery | null {
  if (terms.length === 0) return null;
  const weight = only.titles ? 'A' : '';
  return and(
    terms.map((term, i) => {
      const word: TsQuery = { lexeme: term, prefix: i === terms.length - 1, weight };
      const chars = nameCharacters(term);
      // One character is no run of a name worth matching apart (every pair starting with 泰 is hundreds of
      // index entries): as a word it counts, and the whole query's characters are matched as well.
      return chars.length >= 2 ? or([word, characterPhrase(chars, weight)]) : word;
    }),
  );
}

/** The pairs of two runs of characters (either may be too short to have one). Null when neither has. */
function bothRuns(left: readonly string[], right: readonly string[]): TsQuery | null {
  const runs = [left, right].filter((run) => run.length >= 2).map((run) => characterPhrase(run));
  return runs.length > 0 ? and(runs.flatMap((r) => ('and' in r ? r.and : [r]))) : null;
}

/**
 * The title holds the whole query as written (its characters' pairs, all of them): 和嘉医疗 inside
 * 福州和嘉医疗器械有限公司, whatever the segmenter and the stop words made of the query. Null under two
 * characters.
 */
export function titleContainsQuery(q: string): TsQuery | null {
  const chars = nameCharacters(q);
  return chars.length >= 2 ? characterPhrase(chars, 'A') : null;
}

// Names this long or longer are searched with one edit; shorter ones would match too much.
const MIN_SIMILAR = 3;
// From this length only wrong characters are tried (the typo of a pinyin input method), not missing, extra
// or swapped ones: a quarter of the queries for the commonest kind.
const LONG_FROM = 8;
const MAX_SIMILAR = 64;

/**
 * Names one edit away from the query (a wrong, missing, extra or swapped character): the fallback when no
 * document has every term. Each alternative requires the query's character pairs around the edit, so the
 * index finds candidates by their rare pairs; they are run as separate queries (an OR of them would make
 * the index read every pair's list, 有限 and 公司 included). None for queries too short (or too long) for
 * that to mean anything.
 */
export function similarNamesQueries(q: string): TsQuery[] {
  const c = nameCharacters(q);
  if (c.length < MIN_SIMILAR || c.length > MAX_SIMILAR) return [];
  const long = c.length >= LONG_FROM;
  const alternatives = new Map<string, TsQuery>();
  const add = (phrase: TsQuery | null) => {
    if (phrase) alternatives.set(render(phrase), phrase);
  };
  for (let i = 0; i < c.length; i++) {
    // c[i] typed wrong: the pairs left and right of it.
    add(bothRuns(c.slice(0, i), c.slice(i + 1)));
    if (long) continue;
    // c[i] typed by mistake: the name is the query without it.
    add(characterPhrase([...c.slice(0, i), ...c.slice(i + 1)]));
    // A character left out before c[i]: the name has one more between c[i-1] and c[i].
    if (i > 0) add(bothRuns(c.slice(0, i), c.slice(i)));
    // c[i] and c[i+1] swapped.
    if (i + 1 < c.length) {
      const swapped = [...c];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
      add(characterPhrase(swapped));
    }
  }
  return [...alternatives.values()];
}

/** Any of the query's character pairs in a title: ranks similar names by how many pairs they share. */
export function sharedPairsQuery(q: string): TsQuery | null {
  const lexemes = characterLexemes(nameCharacters(q));
  return lexemes.length > 0 ? or(lexemes.map((lexeme) => ({ lexeme, weight: 'A' }))) : null;
}
