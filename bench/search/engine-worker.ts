import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, extendDictionary } from '../../src/core/text/index.js';
import type { BenchDocument } from './documents.js';
import { ENGINE_BUILDERS, type EngineName } from './engines.js';

/**
 * One in-process engine in a worker thread of its own: its heap is measured alone and freed whole when the
 * worker ends, and a query that runs for minutes can be stopped (a synchronous search cannot be interrupted
 * on the main thread). Messages: built (index time, bytes held, settings), then an answer per query.
 */

export type WorkerInput = { name: EngineName; docs: BenchDocument[]; words: string[]; sample: string[] };
export type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'built'; seconds: number; bytes: number; settings: Record<string, string>; segmenter: string }
  | { type: 'answer'; keys: string[]; ms: number }
  | { type: 'failed'; error: string };

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** This isolate's heap and external bytes after a forced collection. */
function used(): number {
  gc();
  gc();
  const h = v8.getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

/** A digest of how the segmenter cuts a sample, compared with the main thread's: the same tokenizer. */
export function segmenterDigest(sample: readonly string[]): string {
  const hash = createHash('sha256');
  for (const text of sample) hash.update(`${analyze(text).join('|')}\n`);
  return hash.digest('hex').slice(0, 16);
}

async function main() {
  const port = parentPort!;
  const input = workerData as WorkerInput;
  const send = (message: WorkerMessage) => port.postMessage(message);
  // The data's names, as the main thread's segmenter learnt them while the corpus was indexed.
  extendDictionary(input.words);
  const segmenter = segmenterDigest(input.sample);
  const before = used();
  const started = performance.now();
  const engine = await ENGINE_BUILDERS[input.name].build(input.docs, (done) =>
    send({ type: 'progress', done }),
  );
  const seconds = (performance.now() - started) / 1000;
  send({ type: 'built', seconds, bytes: used() - before, settings: engine.settings, segmenter });
  port.on('message', async (q: string) => {
    const t = performance.now();
    try {
      const keys = await engine.search(q);
      send({ type: 'answer', keys, ms: performance.now() - t });
    } catch (error) {
      send({ type: 'failed', error: String(error) });
    }
  });
}

if (parentPort) await main();
