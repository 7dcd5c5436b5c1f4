import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Config } from '../core/config/config.js';
import { type Database, openDatabase } from '../core/db/db.js';
import { appMeta } from '../core/db/meta-table.js';
import { type DemoUser, loadDemoData } from '../data/demo.js';
import { loadReferenceData } from '../data/load-reference.js';
import { refreshRollups, refreshRollupsIfStale } from '../modules/analytics/index.js';
import { ensureFirstAdmin } from '../modules/identity/index.js';
import { ensureDefaultPipelines } from '../modules/pipeline/index.js';
import { ensureReferencePolicies } from '../modules/policies/reference-policies.js';
import { prepareSearch } from '../modules/search/index.js';
import { refreshTargetScores, scoreUnscoredTargets } from '../modules/targets/index.js';

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
  // Scores follow the registry: all of them after a demo load (the chain's gaps changed), else only the
  // targets that have none yet (cheap on every start).
  if (demoUsers) await refreshTargetScores(database.db);
  else await scoreUnscoredTargets(database.db);
  // The dashboard reads precomputed rollups: rebuilt when the demo data just arrived, or when they were never
  // built or a write marked them stale before the last stop; otherwise start-up skips the rebuild.
  if (demoUsers) await refreshRollups(database.db);
  else await refreshRollupsIfStale(database.db);
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
