import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../src/core/db/db.js';
import { SEARCH_SOURCES } from '../../src/modules/search/index.js';
import { log, mebibytes, progress, round } from '../support/measure.js';
import type { BenchDocument } from './documents.js';
import { segmenterDigest, type WorkerInput, type WorkerMessage } from './engine-worker.js';
import { ENGINE_BUILDERS, type EngineName, tokenized } from './engines.js';
import type { LabelledQuery } from './queries.js';
import { type EngineFigures, figures, runQueries, type Searched } from './scoring.js';

/**
 * The words the main thread's segmenter learnt from the data — what loadSearchDictionary reads (zones,
 * blocks, parks, the zone's enterprises) and the public titles of the sources whose titles are words —, for
 * the workers' segmenters: the engines must cut text as MedZone's index did. A digest of a sample's tokens
 * checks that they do.
 */
export async function dataWords(db: Executor, docs: readonly BenchDocument[]): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`SELECT name_zh AS name FROM zones
      UNION ALL SELECT name_zh FROM blocks
      UNION ALL SELECT name_zh FROM parks
      UNION ALL SELECT name_zh FROM enterprises WHERE status IN ('settled', 'left')`,
  );
  const titled = new Set(SEARCH_SOURCES.filter((s) => s.titlesAreWords).map((s) => s.type));
  return [
    ...rows.map((r) => r.name),
    ...docs.filter((d) => d.isPublic && titled.has(d.type)).map((d) => d.title),
  ];
}

/** Texts whose tokens are compared between the threads: every hundredth document's title and labels. */
export function segmenterSample(docs: readonly BenchDocument[]): string[] {
  return docs.filter((_, i) => i % 100 === 0).flatMap((d) => [d.title, d.labels]);
}

/**
 * The documents with their three fields cut by the main thread's segmenter (MedZone's, with the data's
 * words), once for all engines. Each engine's index time is its build plus this pass.
 */
export function pretokenize(
  docs: readonly BenchDocument[],
  onProgress: (done: number) => void,
): BenchDocument[] {
  const out: BenchDocument[] = new Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    out[i] = { ...d, title: tokenized(d.title), labels: tokenized(d.labels), body: tokenized(d.body) };
    if (i % 20_000 === 0) onProgress(i);
  }
  onProgress(docs.length);
  return out;
}

// A worker does not inherit tsx's loader: it registers it, then loads the TypeScript entry.
const WORKER_BOOT = `
import('tsx/esm/api')
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./engine-worker.ts', import.meta.url).href)}); })
  .catch((error) => { throw error; });
`;

/**
 * Builds one engine in a worker thread with the documents, measures it, asks it the queries (stopped by the
 * budget, or by a query that outlasts the timeout), and ends the worker, which frees the engine whole.
 */
export async function inProcessFigures(
  name: EngineName,
  input: { docs: readonly BenchDocument[]; words: string[]; sample: string[]; tokenizeS: number },
  queries: readonly LabelledQuery[],
  options: { warmUp: number; budgetS: number; timeoutS: number; heapMb: number },
): Promise<EngineFigures> {
  const { label } = ENGINE_BUILDERS[name];
  const workerData: WorkerInput = {
    name,
    docs: input.docs as BenchDocument[],
    words: input.words,
    sample: input.sample,
  };
  const worker = new Worker(WORKER_BOOT, {
    eval: true,
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
  });
  // Messages in order: progress lines, then `built`, then one answer per query sent; kept until asked for.
  const inbox: WorkerMessage[] = [];
  const waiting: ((m: WorkerMessage) => void)[] = [];
  let failure: Error | null = null;
  const show = progress(`${label} index`, input.docs.length);
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'progress') show(m.done);
    else if (waiting.length > 0) waiting.shift()!(m);
    else inbox.push(m);
  });
  const fail = (error: Error) => {
    failure = error;
    for (const resolve of waiting.splice(0)) resolve({ type: 'failed', error: String(error) });
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`${label} worker exited (${code})`)));
  const next = () =>
    new Promise<WorkerMessage>((resolve) => {
      if (inbox.length > 0) resolve(inbox.shift()!);
      else if (failure) resolve({ type: 'failed', error: String(failure) });
      else waiting.push(resolve);
    });
  try {
    const built = await next();
    if (built.type !== 'built')
      throw new Error(`${label}: ${built.type === 'failed' ? built.error : built.type}`);
    const memoryMiB = mebibytes(built.bytes);
    const indexS = built.seconds + input.tokenizeS;
    log(
      `  ${label}: index ${input.docs.length} documents: ${round(indexS)} s (${round(built.seconds)} s build + ${input.tokenizeS} s shared tokenization), ${memoryMiB} MiB held`,
    );
    const expected = segmenterDigest(input.sample);
    if (built.segmenter !== expected)
      log(
        `  WARNING: ${label}'s segmenter cuts the sample differently from the main thread's (dataWords is stale)`,
      );
    const search = async (q: string): Promise<Searched> => {
      worker.postMessage(q);
      const m = await next();
      if (m.type === 'answer') return { keys: m.keys, ms: m.ms };
      throw new Error(m.type === 'failed' ? m.error : `unexpected ${m.type}`);
    };
    const started = performance.now();
    const answers = await runQueries(queries, search, options);
    log(`  ${label}: ${answers.keys.length} queries: ${round((performance.now() - started) / 1000)} s`);
    if (answers.timedOut)
      log(`  ${label}: stopped: '${answers.timedOut.q}' took over ${answers.timedOut.afterS} s`);
    return figures(
      {
        engine: name,
        label,
        documents: input.docs.length,
        indexS: round(indexS),
        memoryMiB,
        onDiskMiB: null,
        settings: {
          ...built.settings,
          segmenter: built.segmenter === expected ? 'same as MedZone' : 'DIFFERENT',
          tokenization: `documents cut once on the main thread (${input.tokenizeS} s, included in index s)`,
        },
      },
      queries,
      answers,
    );
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
