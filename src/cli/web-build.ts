import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webIndex = path.join(root, 'dist/web/index.html');
// What the web bundle is built from; a change to any of them triggers a rebuild on start.
const inputs = ['src/web', 'src/types', 'vite.config.ts', 'package-lock.json'];

function newestMtime(p: string): number {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function webBuildIsCurrent(): boolean {
  if (!fs.existsSync(webIndex)) return false;
  const built = fs.statSync(webIndex).mtimeMs;
  return inputs.every((input) => newestMtime(input) <= built);
}

/** Builds the web app with Vite unless dist/web is newer than its sources. */
export async function buildWebIfNeeded(log: (line: string) => void): Promise<void> {
  if (webBuildIsCurrent()) return;
  log('Building the web app (first start or sources changed)…');
  const started = Date.now();
  // In a child process: the bundler's memory is returned to the system before the server starts.
  await new Promise<void>((resolve, reject) => {
    const vite = path.join(root, 'node_modules/vite/bin/vite.js');
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
