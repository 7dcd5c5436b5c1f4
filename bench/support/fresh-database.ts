import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, type Engine, openDatabase } from '../../src/core/db/db.js';

/** A benchmark's own database, made fresh: a database on a PostgreSQL server, or PGlite in a temporary folder. */
export type Fresh = { database: Database; engine: Engine; where: string; cleanup: () => Promise<void> };

/** A database of this name on the server, dropped first if a run left it. */
export async function freshPostgres(baseUrl: string, name: string, keep: boolean): Promise<Fresh> {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString() });
  return {
    database,
    engine: 'postgres',
    where: `${url.host}/${name}`,
    cleanup: async () => {
      await database.close();
      if (!keep) await admin(`DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

/** PGlite in a temporary directory. */
export async function freshPglite(name: string, keep: boolean): Promise<Fresh> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `medzone-bench-${name}-`));
  const database = await openDatabase({ engine: 'pglite', dataDir: path.join(dir, 'pgdata') });
  return {
    database,
    engine: 'pglite',
    where: dir,
    cleanup: async () => {
      await database.close();
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The PostgreSQL server a benchmark asked for DATABASE=postgres makes its database on. */
export function benchPostgresUrl(): string {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE=postgres needs BENCH_DATABASE_URL or DATABASE_URL');
  return url;
}

/** A fresh database for a benchmark: `postgresName` on the bench server, or PGlite in a temporary folder. */
export function freshBenchDatabase(
  engine: Engine,
  names: { postgres: string; pglite: string },
  keep: boolean,
): Promise<Fresh> {
  return engine === 'postgres'
    ? freshPostgres(benchPostgresUrl(), names.postgres, keep)
    : freshPglite(names.pglite, keep);
}
