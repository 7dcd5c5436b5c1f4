import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeResult } from './result.js';

/**
 * Time from `npm start` (medzone serve --build) to the first page and API answer, cold (no web build,
 * empty data directory) and warm (restart on the same data), and the server's memory after start.
 * Also checks that the restart duplicated nothing.
 */
const root = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPage(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const page = await fetch(url);
      const api = await fetch(`${url}api/overview`);
      if (page.ok && (await page.text()).includes('<div id="root">') && api.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no page at ${url}`);
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function start(
  dataDir: string,
): Promise<{ ms: number; rss: number; child: ChildProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const started = Date.now();
  const child = spawn(process.execPath, ['bin/medzone.mjs', 'serve', '--build'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), MEDZONE_DATA_DIR: dataDir, MEDZONE_LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  await waitForPage(url, started + 600_000);
  const ms = Date.now() - started;
  await new Promise((r) => setTimeout(r, 1000));
  return { ms, rss: rssMiB(child.pid!), child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function parkTotal(url: string): Promise<number> {
  return ((await (await fetch(`${url}api/parks?limit=1`)).json()) as { total: number }).total;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medzone-bench-'));
fs.rmSync(path.join(root, 'dist/web'), { recursive: true, force: true });

const cold = await start(dataDir);
const parksBefore = await parkTotal(cold.url);
await stop(cold.child);
const warm = await start(dataDir);
const parksAfter = await parkTotal(warm.url);
await stop(warm.child);
fs.rmSync(dataDir, { recursive: true, force: true });

const rows = [
  { run: 'cold (web build + new database)', firstPageS: cold.ms / 1000, rssMiB: cold.rss },
  { run: 'warm (restart, same data)', firstPageS: warm.ms / 1000, rssMiB: warm.rss },
];
console.table(rows);
console.log(
  `parks before restart ${parksBefore}, after ${parksAfter}: ${parksBefore === parksAfter ? 'no duplicates' : 'DUPLICATED'}`,
);
writeResult('startup', {
  rows,
  parksBefore,
  parksAfter,
  machine: { cpus: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30) },
});
