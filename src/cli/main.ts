import { Command, Option } from 'commander';
import { inArray } from 'drizzle-orm';
import { roles } from '../core/auth/roles.js';
import { loadConfig } from '../core/config/config.js';
import type { Database } from '../core/db/db.js';
import { issuesToFields } from '../core/errors/index.js';
import { loadDemoData } from '../data/demo.js';
import { loadReferenceData } from '../data/load-reference.js';
import { createUser, newUserBody, setPassword } from '../modules/identity/index.js';
import { parks } from '../modules/space/tables.js';
import { buildApp } from '../server/app.js';
import { openConfiguredDatabase, prepareDatabase } from '../server/bootstrap.js';
import { writeClientTypes } from './client-types.js';
import { buildWebIfNeeded } from './web-build.js';

const program = new Command('medzone').description('MedZone 生物医药园区招商与产业服务平台');
const print = (line: string) => process.stdout.write(`${line}\n`);

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

program
  .command('serve')
  .description('Run API and web (migrates, loads reference and demo data, creates the first admin)')
  .option('--build', 'build the web app first when it is missing or out of date')
  .action(async (options: { build?: boolean }) => {
    const started = Date.now();
    const config = loadConfig();
    if (options.build) await buildWebIfNeeded(print);
    const database = await openConfiguredDatabase(config);
    const prepared = await prepareDatabase(database, { loadDemo: config.loadDemo });
    const app = await buildApp({
      database,
      cookieSecret: prepared.cookieSecret,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
    });
    const stop = async () => {
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    print('');
    print(`MedZone is running on http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`);
    print(
      `  database: ${database.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`,
    );
    print(
      `  API docs: http://${config.host}:${port}/docs   ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (prepared.firstAdmin) {
      print('');
      print('  First administrator created. This password is shown once; change it after signing in:');
      print(`    e-mail:   ${prepared.firstAdmin.email}`);
      print(`    password: ${prepared.firstAdmin.password}`);
    }
    if (prepared.demoUsers && prepared.demoUsers.length > 0) {
      print('');
      print('  Demo dataset loaded (generated, flagged demo). Demo users, passwords shown once:');
      for (const u of prepared.demoUsers)
        print(`    ${u.role.padEnd(13)} ${u.email.padEnd(36)} ${u.password}`);
    }
    print('');
  });

program
  .command('migrate')
  .description('Apply database migrations')
  .action(() => withDatabase((db) => db.migrate()));

program
  .command('seed')
  .description(
    'Load reference data (idempotent) and, unless MEDZONE_DEMO=0, the demo dataset into an empty database',
  )
  .action(() =>
    withDatabase(async (database) => {
      await database.migrate();
      await loadReferenceData(database.db);
      if (loadConfig().loadDemo) {
        const users = await loadDemoData(database.db);
        print(users ? 'Demo dataset loaded.' : 'Demo dataset already present.');
      }
      print('Reference data loaded.');
    }),
  );

const user = program.command('user').description('Manage users');

user
  .command('add')
  .description('Create a user; prints a generated one-time password unless --password is given')
  .requiredOption('--email <email>')
  .addOption(new Option('--role <role>').choices(roles).makeOptionMandatory())
  .option('--park <code...>', 'park code(s) a park manager may edit')
  .option('--name <displayName>')
  .option('--password <password>', 'set this password instead of generating one (min. 12 characters)')
  .action(
    async (opts: { email: string; role: string; park?: string[]; name?: string; password?: string }) => {
      await withDatabase(async (database) => {
        await database.migrate();
        const codes = opts.park ?? [];
        const parkRows = codes.length
          ? await database.db
              .select({ id: parks.id, code: parks.code })
              .from(parks)
              .where(inArray(parks.code, codes))
          : [];
        const unknown = codes.filter((c) => !parkRows.some((p) => p.code === c));
        if (unknown.length > 0) throw new Error(`Unknown park code(s): ${unknown.join(', ')}`);
        const parsed = newUserBody.safeParse({
          email: opts.email,
          role: opts.role,
          displayName: opts.name,
          password: opts.password,
          parkIds: parkRows.map((p) => p.id),
        });
        if (!parsed.success) {
          throw new Error(
            issuesToFields(parsed.error.issues, 'en')
              .map((f) => `${f.path || 'input'}: ${f.message}`)
              .join('\n'),
          );
        }
        const created = await createUser(database.db, parsed.data, 'system');
        print(
          `Created ${created.principal.role} ${created.principal.email} (id ${created.principal.userId})`,
        );
        if (created.generatedPassword) print(`One-time password: ${created.generatedPassword}`);
      });
    },
  );

user
  .command('passwd')
  .description('Set a user password')
  .requiredOption('--email <email>')
  .requiredOption('--password <password>')
  .action(async (opts: { email: string; password: string }) => {
    await withDatabase(async (database) => {
      const email = opts.email.trim().toLowerCase();
      if (opts.password.length < 12) throw new Error('The password needs at least 12 characters');
      await setPassword(database.db, email, opts.password);
      print(`Password set for ${email}`);
    });
  });

program
  .command('openapi')
  .description('Regenerate the typed API client types (src/web/api/schema.d.ts) from the routes')
  .action(async () => {
    print(`Wrote ${await writeClientTypes()}`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`medzone: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
