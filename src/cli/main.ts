import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { eq, inArray } from 'drizzle-orm';
import { roles } from '../core/auth/roles.js';
import { loadConfig } from '../core/config/config.js';
import type { Database } from '../core/db/db.js';
import { issuesToFields } from '../core/errors/index.js';
import { loadDemoData } from '../data/demo.js';
import {
  generateEnterprises,
  generateNews,
  generatePolicies,
  generateUnits,
} from '../data/generate/index.js';
import { loadReferenceData } from '../data/load-reference.js';
import { refreshRollups } from '../modules/analytics/index.js';
import { createUser, newUserBody, setPassword } from '../modules/identity/index.js';
import { applyRetention, RETENTION_YEARS, scheduleRetention } from '../modules/leads/index.js';
import { resumePolicyMatching } from '../modules/policies/index.js';
import { indexMissing, prepareSearch, reindexAll } from '../modules/search/index.js';
import { unitSearchQuery } from '../modules/space/schema.js';
import { parks } from '../modules/space/tables.js';
import {
  exportParkRows,
  exportUnitRows,
  failInterruptedJobs,
  getImportJob,
  type ImportCounts,
  importJobErrorPage,
  startImport,
  writeParksXlsx,
  writeUnitsCsv,
  writeUnitsXlsx,
} from '../modules/space-io/index.js';
import { refreshTargetScores } from '../modules/targets/index.js';
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
    // One server per database: a job still marked running was cut off by the last stop.
    await failInterruptedJobs(database.db);
    const app = await buildApp({
      database,
      cookieSecret: prepared.cookieSecret,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
    });
    const stopRetention = scheduleRetention(database.db, (line) => app.log.info(line));
    await resumePolicyMatching(database.db, app.log);
    const stop = async () => {
      stopRetention();
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
      await prepareSearch(database.db);
      await refreshRollups(database.db);
      await refreshTargetScores(database.db);
      print('Reference data loaded.');
    }),
  );

program
  .command('retention')
  .description(
    `Erase the personal data of leads finished more than ${RETENTION_YEARS} years ago (the server does this daily)`,
  )
  .action(() =>
    withDatabase(async (database) => {
      await database.migrate();
      const { erased } = await applyRetention(database.db);
      print(
        `Personal data erased from ${erased.length} lead(s)${erased.length ? `: ${erased.join(', ')}` : ''}.`,
      );
    }),
  );

/** A progress line rewritten in place: what, how many of how many, rows per second. */
function progressLine(what: string, total: number) {
  const started = Date.now();
  return (done: number) => {
    const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
    process.stdout.write(
      `\r  ${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${rate.toLocaleString('en')}/s)`,
    );
    if (done >= total) process.stdout.write('\n');
  };
}

const count = (value: string) => {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0 || n > 20_000_000) throw new Error(`not a count: ${value}`);
  return n;
};

program
  .command('generate')
  .description(
    'Add large, realistic, deterministic demo data (flagged demo): enterprises with metrics, units in parks, policies with rules and benefits, news and events. Counts are totals per seed: running it again adds only what is missing',
  )
  .option('--enterprises <n>', 'enterprises in total for this seed', count, 0)
  .option('--metric-years <n>', 'years of metrics per new enterprise, ending 2025 (0: none)', count, 2)
  .option('--units <n>', 'units in total for this seed', count, 0)
  .option('--policies <n>', 'policies in total for this seed (mostly published)', count, 0)
  .option('--news <n>', 'news items, events and notices in total for this seed', count, 0)
  .option('--seed <n>', 'the seed: the same seed gives the same data', count, 1)
  .action(
    (options: {
      enterprises: number;
      metricYears: number;
      units: number;
      policies: number;
      news: number;
      seed: number;
    }) =>
      withDatabase(async (database) => {
        await database.migrate();
        await loadReferenceData(database.db);
        const started = Date.now();
        if (options.enterprises > 0) {
          const n = await generateEnterprises(database.db, {
            count: options.enterprises,
            seed: options.seed,
            metricYears: options.metricYears,
            onProgress: progressLine('enterprises', options.enterprises),
          });
          print(
            `  ${n.toLocaleString('en')} enterprises added (with ${options.metricYears} years of metrics each).`,
          );
        }
        if (options.units > 0) {
          const n = await generateUnits(database.db, {
            count: options.units,
            seed: options.seed,
            onProgress: progressLine('units', options.units),
          });
          print(`  ${n.toLocaleString('en')} units added.`);
        }
        if (options.policies > 0) {
          const n = await generatePolicies(database.db, {
            count: options.policies,
            seed: options.seed,
            onProgress: progressLine('policies', options.policies),
          });
          print(`  ${n.toLocaleString('en')} policies added (with eligibility rules and benefits).`);
        }
        if (options.news > 0) {
          const n = await generateNews(database.db, {
            count: options.news,
            seed: options.seed,
            onProgress: progressLine('news', options.news),
          });
          print(`  ${n.toLocaleString('en')} news items added (news, events and notices).`);
        }
        // Generators write in bulk; their rows get search documents in one pipelined pass at the end.
        const indexed = await indexMissing(database.db);
        print(`  ${indexed.toLocaleString('en')} search documents written.`);
        if (options.enterprises > 0) {
          const scoring = Date.now();
          const { scored } = await refreshTargetScores(database.db);
          print(
            `  ${scored.toLocaleString('en')} target scores computed in ${((Date.now() - scoring) / 1000).toFixed(1)} s.`,
          );
        }
        if (options.enterprises > 0) {
          const rollupStart = Date.now();
          const { rows } = await refreshRollups(database.db);
          print(
            `  ${rows.toLocaleString('en')} metric rollups rebuilt in ${((Date.now() - rollupStart) / 1000).toFixed(1)} s.`,
          );
        }
        print(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      }),
  );

program
  .command('scores')
  .description(
    'Recompute the high-potential score of every target enterprise (after changing data outside the platform)',
  )
  .action(() =>
    withDatabase(async (database) => {
      await database.migrate();
      const started = Date.now();
      const { scored } = await refreshTargetScores(database.db);
      print(
        `  ${scored.toLocaleString('en')} target scores computed in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    }),
  );

program
  .command('reindex')
  .description(
    'Rebuild the search index from the data (after a dictionary change, or to repair it): every park, building, unit, enterprise, policy, news item, lead and project',
  )
  .option(
    '--type <types>',
    'only these kinds, comma-separated (park,building,unit,enterprise,policy,news,lead,project)',
  )
  .action((options: { type?: string }) =>
    withDatabase(async (database) => {
      await database.migrate();
      const started = Date.now();
      const lines = new Map<string, (done: number) => void>();
      const { documents } = await reindexAll(database.db, {
        types: options.type?.split(',').map((t) => t.trim()),
        onProgress: ({ type, done, total }) => {
          if (!lines.has(type)) lines.set(type, progressLine(type, total));
          lines.get(type)!(done);
        },
      });
      print(
        `  ${documents.toLocaleString('en')} documents indexed in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    }),
  );

program
  .command('rollups')
  .description(
    'Rebuild the metric rollups the dashboard reads (the server rebuilds them by itself a few seconds after registry changes)',
  )
  .option('--from <year>', 'only from this year', count)
  .option('--to <year>', 'only up to this year', count)
  .action((options: { from?: number; to?: number }) =>
    withDatabase(async (database) => {
      await database.migrate();
      const started = Date.now();
      const years =
        options.from !== undefined || options.to !== undefined
          ? { from: options.from ?? 1949, to: options.to ?? 2100 }
          : undefined;
      const { rows } = await refreshRollups(database.db, years);
      print(
        `  ${rows.toLocaleString('en')} metric rollups written in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
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

/** One line, rewritten in place on a terminal; a line every 5 s in a log. */
function progressPrinter(bytesTotal: () => number) {
  let last = 0;
  const tty = process.stderr.isTTY;
  return (counts: ImportCounts) => {
    const now = Date.now();
    if (!tty && now - last < 5000) return;
    last = now;
    const total = bytesTotal();
    const percent = total > 0 ? Math.min(100, Math.round((counts.bytesRead / total) * 100)) : 0;
    const line = `读取 read ${counts.rowsRead.toLocaleString('en')} rows · ${percent}% · valid ${counts.rowsValid.toLocaleString('en')} · rejected ${counts.rowsRejected.toLocaleString('en')}`;
    process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
  };
}

const importCommand = program.command('import').description('Import data from spreadsheets');

type ImportOptions = { dryRun?: boolean; errors: string };

/** Runs an import in this process with a progress line, then prints the figures and the rejected rows. */
async function importFile(kind: 'units' | 'parks', file: string, opts: ImportOptions): Promise<void> {
  await withDatabase(async (database) => {
    await database.migrate();
    let bytesTotal = 0;
    const { id, done } = await startImport(
      database.db,
      { kind, path: file, fileName: path.basename(file), dryRun: opts.dryRun ?? false, actor: 'system' },
      progressPrinter(() => bytesTotal),
    );
    bytesTotal = (await getImportJob(database.db, id))?.bytesTotal ?? 0;
    await done;
    if (process.stderr.isTTY) process.stderr.write('\n');
    const job = (await getImportJob(database.db, id))!;
    const failure = job.failure as { zh: string; en: string } | null;
    if (failure) throw new Error(`${failure.zh}\n${failure.en}`);
    const verb = job.dryRun ? 'would create / update' : 'created / updated';
    const noun = kind === 'units' ? 'units' : 'parks';
    print(
      `${job.dryRun ? 'Dry run: ' : ''}${job.rowsRead} rows read, ${job.rowsValid} valid, ${job.rowsRejected} rejected`,
    );
    print(`  ${noun} ${verb}: ${job.created} / ${job.updated}; unchanged: ${job.unchanged}`);
    const page = await importJobErrorPage(database.db, id, Number(opts.errors) || 50, 0);
    for (const e of page.items) {
      print(`  ${e.sheet} 第 ${e.rowNumber} 行 ${e.column ?? ''}: ${e.messageZh} / ${e.messageEn}`);
    }
    if (page.total > page.items.length) print(`  … and ${page.total - page.items.length} more problems`);
  });
}

importCommand
  .command('units <file>')
  .description('Import units from .xlsx or .csv (UTF-8 or GBK); rows match on park + building + unit code')
  .option('--dry-run', 'check every row and report what an import would do, writing nothing')
  .option('--errors <n>', 'rejected rows to list', '50')
  .action((file: string, opts: ImportOptions) => importFile('units', file, opts));

importCommand
  .command('parks <file>')
  .description(
    "Update parks' details from .xlsx or .csv; rows match on park code, blank cells change nothing",
  )
  .option('--dry-run', 'check every row and report what an import would do, writing nothing')
  .option('--errors <n>', 'rejected rows to list', '50')
  .action((file: string, opts: ImportOptions) => importFile('parks', file, opts));

const exportCommand = program.command('export').description('Export data to spreadsheets');

exportCommand
  .command('parks <file>')
  .description("Export every park's details to FILE.xlsx (the parks import workbook)")
  .action(async (file: string) => {
    if (path.extname(file).toLowerCase() !== '.xlsx') throw new Error('The file name must end in .xlsx');
    await withDatabase(async (database) => {
      await database.migrate();
      const out = createWriteStream(file);
      const written = await writeParksXlsx(out, exportParkRows(database.db));
      await finished(out);
      print(`Wrote ${written} parks to ${file}`);
    });
  });

exportCommand
  .command('units <file>')
  .description('Export units to FILE.xlsx (the import workbook) or FILE.csv (UTF-8 with BOM)')
  .option('--park <code>', 'only this park')
  .option('--zone <code>', 'only this zone')
  .action(async (file: string, opts: { park?: string; zone?: string }) => {
    const format = path.extname(file).toLowerCase();
    if (format !== '.xlsx' && format !== '.csv') throw new Error('The file name must end in .xlsx or .csv');
    await withDatabase(async (database) => {
      await database.migrate();
      let parkId: number | undefined;
      if (opts.park) {
        const [park] = await database.db
          .select({ id: parks.id })
          .from(parks)
          .where(eq(parks.code, opts.park));
        if (!park) throw new Error(`Unknown park code: ${opts.park}`);
        parkId = park.id;
      }
      const filter = unitSearchQuery.parse({ park: parkId, zone: opts.zone });
      const out = createWriteStream(file);
      const rows = exportUnitRows(database.db, filter);
      const written = format === '.xlsx' ? await writeUnitsXlsx(out, rows) : await writeUnitsCsv(out, rows);
      await finished(out);
      print(`Wrote ${written} units to ${file}`);
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
