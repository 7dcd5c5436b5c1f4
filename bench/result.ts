import fs from 'node:fs';
import path from 'node:path';

/** Writes a benchmark's figures to bench/results/NAME-TIMESTAMP.json. */
export function writeResult(name: string, data: unknown): string {
  const dir = path.resolve(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, data }, null, 2)}\n`,
  );
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  return file;
}
