/** Figures, timing and memory shared by the benchmarks. */

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
export const thousands = (n: number) => Math.round(n).toLocaleString('en-US');
export const log = (line: string) => process.stderr.write(`${line}\n`);

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A progress line on stderr: rewritten in place on a terminal, every few seconds otherwise. */
export function progress(what: string, total: number) {
  const started = performance.now();
  let printed = 0;
  return (done: number) => {
    const now = performance.now();
    if (done < total && now - printed < (process.stderr.isTTY ? 200 : 5_000)) return;
    printed = now;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const line = `  ${what}: ${thousands(done)} / ${thousands(total)} (${thousands(rate)}/s)`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
    else log(line);
  };
}

/** Runs a step and prints how long it took. */
export async function timed<T>(
  what: string,
  step: () => Promise<T> | T,
): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await step();
  const seconds = round((performance.now() - started) / 1000);
  log(`  ${what}: ${seconds} s`);
  return { value, seconds };
}

export const mebibytes = (bytes: number) => round(bytes / 2 ** 20, 1);
