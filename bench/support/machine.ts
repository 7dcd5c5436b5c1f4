import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../src/core/db/db.js';
import { round } from './measure.js';

/** The installed version of a package, as a result records it. */
export function packageVersion(name: string): string {
  const file = path.resolve(import.meta.dirname, '..', '..', 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The machine, the database server and the packages a benchmark's figures depend on. */
export async function machineInfo(
  database: Database,
  packages: readonly string[] = ['@electric-sql/pglite'],
) {
  const [server] = await queryRows<{ v: string }>(database.db, sql`SELECT version() AS v`);
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memGiB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    database: server?.v ?? '?',
    versions: Object.fromEntries(packages.map((p) => [p, packageVersion(p)])),
  };
}
