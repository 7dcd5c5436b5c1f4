// `npm run bench -- NAME` runs bench/NAME.ts.
import fs from 'node:fs';
import path from 'node:path';

const name = process.argv[2];
const available = fs
  .readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'result.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}>`);
  process.exit(2);
}
await import(path.join(import.meta.dirname, `${name}.ts`));
