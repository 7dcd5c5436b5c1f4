import { percentile, round } from '../support/measure.js';
import { CATEGORIES, type Category, type LabelledQuery } from './queries.js';

/**
 * One engine's answers to the queries it had time for (the first ones of the run order): the first ten
 * keys and the time of each.
 */
export type Answers = {
  keys: string[][];
  ms: number[];
  errors: number;
  firstError: string | null;
  /** The query that took longer than the timeout, after which the engine was stopped. */
  timedOut: { id: string; q: string; afterS: number } | null;
};

export type Quality = { queries: number; recallAt10: number; mrr: number };

export type EngineFigures = {
  engine: string;
  label: string;
  documents: number;
  indexS: number | null;
  /** In-process engines: heap + external bytes the index holds (after a forced gc). */
  memoryMiB: number | null;
  /** MedZone: search_documents with its indexes on disk. */
  onDiskMiB: number | null;
  latency: { p50Ms: number; p95Ms: number; p99Ms: number; meanMs: number; maxMs: number };
  quality: Quality;
  byCategory: Record<Category, Quality>;
  /** Queries asked before the engine's time budget ran out (the rest are not scored). */
  answered: number;
  timedOut: Answers['timedOut'];
  /** Queries left out because none of their expected documents is in this corpus (scaled corpus). */
  skippedQueries: number;
  errors: number;
  firstError: string | null;
  settings: Record<string, string>;
  /** Queries whose top ten missed some expected document: what to look at first. */
  misses: {
    id: string;
    q: string;
    expected: number;
    found: number;
    firstRank: number | null;
    top: string[];
  }[];
  slowest: { id: string; q: string; ms: number }[];
};

/** recall@10 = |top10 ∩ expected| / min(10, |expected|); reciprocal rank of the first expected in the top 10. */
export function scoreQuery(
  top: readonly string[],
  expected: readonly string[],
): { recall: number; rr: number } {
  const want = new Set(expected);
  const ten = top.slice(0, 10);
  const found = ten.filter((k) => want.has(k)).length;
  const first = ten.findIndex((k) => want.has(k));
  return { recall: found / Math.min(10, want.size), rr: first < 0 ? 0 : 1 / (first + 1) };
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length;

export function figures(
  base: Pick<
    EngineFigures,
    'engine' | 'label' | 'documents' | 'indexS' | 'memoryMiB' | 'onDiskMiB' | 'settings'
  >,
  asked: readonly LabelledQuery[],
  answers: Answers,
  skippedQueries = 0,
): EngineFigures {
  const queries = asked.slice(0, answers.keys.length);
  const scores = queries.map((q, i) => scoreQuery(answers.keys[i]!, q.expected));
  const quality = (indexes: number[]): Quality => ({
    queries: indexes.length,
    recallAt10: round(mean(indexes.map((i) => scores[i]!.recall)), 3),
    mrr: round(mean(indexes.map((i) => scores[i]!.rr)), 3),
  });
  const all = queries.map((_, i) => i);
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, quality(all.filter((i) => queries[i]!.category === c))]),
  ) as Record<Category, Quality>;
  const sorted = [...answers.ms].sort((a, b) => a - b);
  const misses = all
    .filter((i) => scores[i]!.recall < 1)
    .map((i) => {
      const q = queries[i]!;
      const top = answers.keys[i] ?? [];
      const want = new Set(q.expected);
      const first = top.findIndex((k) => want.has(k));
      return {
        id: q.id,
        q: q.q,
        expected: q.expected.length,
        found: top.filter((k) => want.has(k)).length,
        firstRank: first < 0 ? null : first + 1,
        top: top.slice(0, 3),
      };
    });
  const slowest = [...all]
    .sort((a, b) => answers.ms[b]! - answers.ms[a]!)
    .slice(0, 5)
    .map((i) => ({ id: queries[i]!.id, q: queries[i]!.q, ms: round(answers.ms[i]!) }));
  return {
    ...base,
    latency: {
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      p99Ms: round(percentile(sorted, 99)),
      meanMs: round(mean(sorted)),
      maxMs: round(sorted.at(-1) ?? Number.NaN),
    },
    quality: quality(queries.map((_, i) => i)),
    byCategory,
    answered: queries.length,
    timedOut: answers.timedOut,
    skippedQueries,
    errors: answers.errors,
    firstError: answers.firstError,
    misses,
    slowest,
  };
}

/** What a search gives back: the keys, and the time when the engine measured it itself (a worker). */
export type Searched = { keys: string[]; ms?: number };

class QueryTimeout extends Error {}

function within<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeout()), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs the queries one after another (a few unmeasured first), timing each, until they are done, the budget
 * is spent, or one query takes longer than the timeout (the caller then stops the engine): an engine that
 * takes seconds a query is measured on the queries it had time for.
 */
export async function runQueries(
  queries: readonly LabelledQuery[],
  search: (q: string) => Promise<Searched>,
  options: { warmUp: number; budgetS: number; timeoutS: number; afterWarmUp?: () => void },
): Promise<Answers> {
  const answers: Answers = { keys: [], ms: [], errors: 0, firstError: null, timedOut: null };
  const ask = async (q: LabelledQuery): Promise<Searched | 'timeout'> => {
    try {
      return await within(search(q.q), options.timeoutS);
    } catch (error) {
      if (!(error instanceof QueryTimeout)) throw error;
      answers.timedOut = { id: q.id, q: q.q, afterS: options.timeoutS };
      return 'timeout';
    }
  };
  for (const q of queries.slice(0, options.warmUp)) if ((await ask(q)) === 'timeout') return answers;
  options.afterWarmUp?.();
  const deadline = performance.now() + options.budgetS * 1000;
  for (const q of queries) {
    if (performance.now() > deadline) break;
    const started = performance.now();
    let result: Searched | 'timeout';
    try {
      result = await ask(q);
    } catch (error) {
      result = { keys: [] };
      answers.errors++;
      answers.firstError ??= `${q.id} '${q.q}': ${String(error)}`;
    }
    if (result === 'timeout') break;
    answers.keys.push(result.keys);
    answers.ms.push(result.ms ?? performance.now() - started);
  }
  return answers;
}
