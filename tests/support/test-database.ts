import { TransactionRollbackError } from 'drizzle-orm';
import pg from 'pg';
import { type Database, type Executor, openDatabase } from '../../src/core/db/db.js';
import { loadReferenceData } from '../../src/data/load-reference.js';
import { ensureDefaultPipelines } from '../../src/modules/pipeline/index.js';
import { ensureReferencePolicies } from '../../src/modules/policies/index.js';
import { prepareSearch } from '../../src/modules/search/index.js';

/**
 * The worker's database, created once and shared by every test file the worker runs
 * (vitest isolate: false). PGlite in memory, or — under the postgres project — a database of its own
 * on the server named by TEST_DATABASE_URL, dropped and recreated at the start of the run.
 */
let shared: Promise<Database> | undefined;

export function testDatabase(): Promise<Database> {
  shared ??= createTestDatabase();
  return shared;
}

async function createTestDatabase(): Promise<Database> {
  const database =
    process.env.MEDZONE_TEST_ENGINE === 'postgres'
      ? await openDatabase({ engine: 'postgres', url: await freshPostgresDatabase(), poolSize: 4 })
      : await openDatabase({ engine: 'pglite' });
  await database.migrate();
  await loadReferenceData(database.db);
  await ensureDefaultPipelines(database.db);
  await ensureReferencePolicies(database.db);
  await prepareSearch(database.db);
  return database;
}

async function freshPostgresDatabase(): Promise<string> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `medzone_test_${process.env.VITEST_POOL_ID ?? '0'}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A counter for unique names within this worker (tests share the database). */
let sequence = 0;
export function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}`;
}

/**
 * Runs `fn` in a transaction of the worker's database that is then rolled back: for tests that write much
 * (generated policies, news, firms) that other tests sharing the database must not see.
 */
export async function rolledBack<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
  const { db } = await testDatabase();
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await fn(tx);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return result as T;
}
