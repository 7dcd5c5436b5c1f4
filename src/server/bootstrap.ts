import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Config } from '../core/config/config.js';
import { type Database, openDatabase } from '../core/db/db.js';
import { appMeta } from '../core/db/meta-table.js';
import { type DemoUser, loadDemoData } from '../data/demo.js';
import { loadReferenceData } from '../data/load-reference.js';
import { ensureFirstAdmin } from '../modules/identity/index.js';
import { ensureDefaultPipelines } from '../modules/pipeline/index.js';
import { ensureReferencePolicies } from '../modules/policies/reference-policies.js';
import { prepareSearch } from '../modules/search/index.js';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite under the data directory. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ engine: 'postgres', url: config.databaseUrl })
    : openDatabase({ engine: 'pglite', dataDir: path.join(config.dataDir, 'pgdata') });
}

export type Prepared = {
  cookieSecret: string;
  firstAdmin: { email: string; password: string } | null;
  demoUsers: DemoUser[] | null;
};

/** Everything start-up does to a database, each step idempotent: safe on every start. */
export async function prepareDatabase(database: Database, options: { loadDemo: boolean }): Promise<Prepared> {
  await database.migrate();
  await loadReferenceData(database.db);
  await ensureDefaultPipelines(database.db);
  await ensureReferencePolicies(database.db);
  const demoUsers = options.loadDemo ? await loadDemoData(database.db) : null;
  await prepareSearch(database.db);
  const firstAdmin = await ensureFirstAdmin(database.db);
  const cookieSecret = await installationSecret(database);
  return { cookieSecret, firstAdmin, demoUsers };
}

/** The cookie-signing secret is made once per installation, so restarts keep sessions valid. */
async function installationSecret(database: Database): Promise<string> {
  const key = 'cookie_secret';
  await database.db
    .insert(appMeta)
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await database.db.select().from(appMeta).where(eq(appMeta.key, key));
  return row!.value as string;
}
