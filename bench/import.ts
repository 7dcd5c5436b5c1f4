import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { count, sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, type Engine, openDatabase, queryRows } from '../src/core/db/db.js';
import { loadReferenceData } from '../src/data/load-reference.js';
import { units } from '../src/modules/space/tables.js';
import { getImportJob, startImport } from '../src/modules/space-io/jobs.js';
import { writeGeneratedUnitsXlsx } from '../src/modules/space-io/unit-file-generator.js';
import { writeResult } from './result.js';

/**
 * Unit import throughput and memory: `npm run bench -- import [--rows 100000,1000000] [--engine
 * pglite|postgres|both]`. Each workbook is generated once, before anything is timed; each import then
 * runs in a child process of its own (fresh database, import, then re-import of the same file), so the
 * peak memory measured is that import's alone and not the generator's or an earlier run's.
 */

const root = path.resolve(import.meta.dirname, '..');
const thisFile = import.meta.filename;
/** Spread over several parks, as a real multi-park file would be. */
const PARK_CODES = ['ruike', 'caimao', 'jinshan', 'haixi-new-drug', 'anbrui'];
const DEFAULT_ROWS = [100_000, 1_000_000];
/** The child's report is the one stdout line starting with this: anything else a library prints is ignored. */
const REPORT_MARK = 'BENCH_IMPORT_REPORT ';
/** Where the parent hands the child its fresh database's URL. */
const CHILD_URL_VARIABLE = 'MEDZONE_BENCH_CHILD_DATABASE_URL';
/** Progress lines on stderr: often enough to show life, rarely enough not to drown the terminal. */
const PROGRESS_EVERY_MS = 1000;
/** The commit phase reports no progress: say so when nothing was heard for this long. */
const SILENCE_NOTICE_MS = 10_000;

type JobCounts = {
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  created: number;
  updated: number;
  unchanged: number;
};

type ImportPass = {
  seconds: number;
  rowsPerS: number;
  /** From start to the first progress callback (first batch read, checked and staged). */
  firstProgressS: number | null;
  /** From start to the last progress callback: the reading and staging phase. */
  readingS: number | null;
  /** The rest: merge transaction (or nothing left to change) and job bookkeeping. */
  commitS: number | null;
  /** VmHWM during this pass (reset before it where the kernel allows). */
  peakRssMiB: number;
  counts: JobCounts;
};

type ChildReport = {
  engine: Engine;
  rows: number;
  /** RSS once the database is open, migrated and holds the reference data: the floor the import adds to. */
  baselineRssMiB: number;
  /** The higher of the two passes' peaks. */
  peakRssMiB: number;
  /** False when /proc/self/clear_refs could not reset VmHWM: the peaks then include startup. */
  peakResetAfterBaseline: boolean;
  import: ImportPass;
  reimport: ImportPass;
  unitsAdded: number;
  databaseMiB: number;
};

type RunSpec = { engine: Engine; rows: number; file: string; fileMiB: number };

type Failure = { engine: Engine; rows: number; error: string };

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const thousands = (n: number) => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------------
// Child: one engine, one file, two imports.
// ---------------------------------------------------------------------------------------------------

/** Reads a Vm* line of /proc/self/status (kB) as MiB. */
function procStatusMiB(field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

/**
 * Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0), so a pass's peak is not
 * hidden under a higher one from migrating or from the pass before.
 */
function resetPeakRss(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** Throttled progress on stderr, and a notice while the (progress-less) commit phase runs. */
function progressReporter(label: string, started: number) {
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  let lastPrinted = 0;
  let lastHeard = started;
  const seconds = (at: number) => ((at - started) / 1000).toFixed(1);
  const silence = setInterval(() => {
    const now = performance.now();
    if (now - lastHeard < SILENCE_NOTICE_MS) return;
    process.stderr.write(
      `${label}: no progress for ${((now - lastHeard) / 1000).toFixed(0)} s (committing?)\n`,
    );
    lastHeard = now;
  }, 1000);
  return {
    onProgress(counts: { rowsRead: number }) {
      const now = performance.now();
      firstAt ??= now;
      lastAt = now;
      lastHeard = now;
      if (now - lastPrinted < PROGRESS_EVERY_MS) return;
      lastPrinted = now;
      process.stderr.write(`${label}: ${thousands(counts.rowsRead)} rows read, ${seconds(now)} s\n`);
    },
    /** Seconds from the start to the first and last progress callbacks. */
    stop() {
      clearInterval(silence);
      const since = (at: number | null) => (at === null ? null : round((at - started) / 1000));
      return { firstProgressS: since(firstAt), lastProgressS: since(lastAt) };
    },
  };
}

function countsOf(job: NonNullable<Awaited<ReturnType<typeof getImportJob>>>): JobCounts {
  return {
    rowsRead: job.rowsRead,
    rowsValid: job.rowsValid,
    rowsRejected: job.rowsRejected,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
  };
}

/** Throws unless the job ended done with exactly the counts expected: a fast wrong import proves nothing. */
function checkJob(
  label: string,
  job: Awaited<ReturnType<typeof getImportJob>>,
  expected: JobCounts,
): asserts job is NonNullable<typeof job> {
  if (!job) throw new Error(`${label}: job vanished`);
  if (job.status !== 'done') {
    throw new Error(`${label}: job ended '${job.status}': ${JSON.stringify(job.failure)}`);
  }
  const actual = countsOf(job);
  const wrong = (Object.keys(expected) as (keyof JobCounts)[]).filter((k) => actual[k] !== expected[k]);
  if (wrong.length > 0) {
    throw new Error(`${label}: counts ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

/** Starts the import (a commit, not a dry run) and waits for its end; returns the job's id. */
async function runImportJob(
  database: Database,
  file: string,
  onProgress: (counts: { rowsRead: number }) => void,
): Promise<number> {
  const { id, done } = await startImport(
    database.db,
    { path: file, fileName: path.basename(file), dryRun: false, actor: 'system' },
    onProgress,
  );
  await done;
  return id;
}

/** One import of the file, timed, with its peak memory and the job's counts checked. */
async function timedImport(
  database: Database,
  file: string,
  rows: number,
  label: string,
  expected: JobCounts,
): Promise<ImportPass> {
  const started = performance.now();
  const progress = progressReporter(label, started);
  const jobId = await runImportJob(database, file, progress.onProgress).finally(() => progress.stop());
  const seconds = (performance.now() - started) / 1000;
  const { firstProgressS, lastProgressS } = progress.stop();
  const peakRssMiB = procStatusMiB('VmHWM');
  const job = await getImportJob(database.db, jobId);
  checkJob(label, job, expected);
  process.stderr.write(`${label}: done in ${seconds.toFixed(1)} s, peak RSS ${peakRssMiB} MiB\n`);
  return {
    seconds: round(seconds),
    rowsPerS: Math.round(rows / seconds),
    firstProgressS,
    readingS: lastProgressS,
    commitS: lastProgressS === null ? null : round(seconds - lastProgressS),
    peakRssMiB,
    counts: countsOf(job),
  };
}

async function unitCount(database: Database): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(units);
  return row?.n ?? 0;
}

async function databaseMiB(database: Database): Promise<number> {
  const [row] = await queryRows<{ bytes: string | number }>(
    database.db,
    sql`SELECT pg_database_size(current_database()) AS bytes`,
  );
  return mib(Number(row?.bytes ?? 0));
}

/** PGlite on disk (a fresh temporary directory) so its memory is the engine's working set, not the data. */
async function openChildDatabase(engine: Engine, url: string | undefined) {
  if (engine === 'postgres') {
    if (!url) throw new Error(`${CHILD_URL_VARIABLE} is required for postgres`);
    return { database: await openDatabase({ engine, url, poolSize: 4 }), cleanup: () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medzone-bench-import-db-'));
  return {
    database: await openDatabase({ engine, dataDir }),
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function runChild(engine: Engine, file: string, rows: number, url: string | undefined) {
  const { database, cleanup } = await openChildDatabase(engine, url);
  try {
    await database.migrate();
    await loadReferenceData(database.db);
    const unitsBefore = await unitCount(database);
    const baselineRssMiB = procStatusMiB('VmRSS');
    const peakResetAfterBaseline = resetPeakRss();
    const label = `[${engine} ${thousands(rows)}]`;
    const first = await timedImport(database, file, rows, `${label} import`, {
      rowsRead: rows,
      rowsValid: rows,
      rowsRejected: 0,
      created: rows,
      updated: 0,
      unchanged: 0,
    });
    const unitsAdded = (await unitCount(database)) - unitsBefore;
    if (unitsAdded !== rows)
      throw new Error(`${label}: ${unitsAdded} units in the database, expected ${rows}`);
    resetPeakRss();
    const second = await timedImport(database, file, rows, `${label} re-import`, {
      rowsRead: rows,
      rowsValid: rows,
      rowsRejected: 0,
      created: 0,
      updated: 0,
      unchanged: rows,
    });
    const report: ChildReport = {
      engine,
      rows,
      baselineRssMiB,
      peakRssMiB: Math.max(first.peakRssMiB, second.peakRssMiB),
      peakResetAfterBaseline,
      import: first,
      reimport: second,
      unitsAdded,
      databaseMiB: await databaseMiB(database),
    };
    process.stdout.write(`${REPORT_MARK}${JSON.stringify(report)}\n`);
  } finally {
    await database.close();
    cleanup();
  }
}

// ---------------------------------------------------------------------------------------------------
// Parent: generate the files, run one child per engine × size, table and result file.
// ---------------------------------------------------------------------------------------------------

function parseRows(value: string | undefined): number[] {
  if (value === undefined) return DEFAULT_ROWS;
  const rows = value.split(',').map((s) => Number(s.replace(/_/g, '').trim()));
  if (rows.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--rows: bad list '${value}'`);
  return rows;
}

function postgresUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** Default: PGlite always, Postgres too when a server is named; asking for Postgres without one is an error. */
function parseEngines(value: string | undefined): Engine[] {
  const url = postgresUrl();
  const engines: Engine[] =
    value === undefined
      ? url
        ? ['pglite', 'postgres']
        : ['pglite']
      : value === 'both'
        ? ['pglite', 'postgres']
        : value === 'pglite' || value === 'postgres'
          ? [value]
          : [];
  if (engines.length === 0) throw new Error(`--engine: expected pglite, postgres or both, not '${value}'`);
  if (engines.includes('postgres') && !url)
    throw new Error('postgres needs BENCH_DATABASE_URL or DATABASE_URL');
  return engines;
}

async function generateFile(
  dir: string,
  rows: number,
): Promise<{ file: string; fileMiB: number; seconds: number }> {
  const file = path.join(dir, `units-${rows}.xlsx`);
  process.stderr.write(`generating ${thousands(rows)} rows → ${file}\n`);
  const started = performance.now();
  await writeGeneratedUnitsXlsx(file, { parkCodes: PARK_CODES, rows });
  const seconds = round((performance.now() - started) / 1000, 1);
  return { file, fileMiB: mib(fs.statSync(file).size), seconds };
}

/** Runs the child and returns its report; stderr passes through so its progress shows live. */
function spawnChild(spec: RunSpec, url: string | undefined): Promise<ChildReport> {
  const args = ['--import', 'tsx', thisFile, '--child', '--engine', spec.engine];
  args.push('--file', spec.file, '--rows', String(spec.rows));
  // The URL goes by environment, not argv: a password in it would show in `ps`.
  const env = url ? { ...process.env, [CHILD_URL_VARIABLE]: url } : process.env;
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const line = stdout.split('\n').find((l) => l.startsWith(REPORT_MARK));
      if (code !== 0 || !line) {
        reject(new Error(`child exited ${signal ?? code}${line ? '' : ' without a report'}`));
        return;
      }
      resolve(JSON.parse(line.slice(REPORT_MARK.length)) as ChildReport);
    });
  });
}

/** A database of the run's own on the server, dropped afterwards whatever happened. */
async function withFreshPostgresDatabase<T>(baseUrl: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `medzone_bench_import_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (
      (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?'
    );
  } finally {
    await client.end();
  }
}

function packageVersion(name: string): string {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

async function machineInfo(engines: Engine[]) {
  const url = postgresUrl();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    pglite: packageVersion('@electric-sql/pglite'),
    postgres: engines.includes('postgres') && url ? await postgresVersion(url) : null,
  };
}

function tableRow(spec: RunSpec, report: ChildReport) {
  return {
    engine: spec.engine,
    rows: report.rows,
    'file MB': spec.fileMiB,
    'import s': report.import.seconds,
    'rows/s': report.import.rowsPerS,
    're-import s': report.reimport.seconds,
    're-import rows/s': report.reimport.rowsPerS,
    'baseline RSS MiB': report.baselineRssMiB,
    'peak RSS MiB': report.peakRssMiB,
  };
}

async function runParent(rowsOption: string | undefined, engineOption: string | undefined) {
  const sizes = parseRows(rowsOption);
  const engines = parseEngines(engineOption);
  const url = postgresUrl();
  // First: a Postgres server that cannot be reached should fail now, not after a million-row PGlite run.
  const machine = await machineInfo(engines);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medzone-bench-import-'));
  const runs: (RunSpec & { generateS: number; report: ChildReport })[] = [];
  const failures: Failure[] = [];
  try {
    // All files first: generating a million rows is work the measured imports must not share memory with.
    const files = new Map<number, Awaited<ReturnType<typeof generateFile>>>();
    for (const rows of sizes) files.set(rows, await generateFile(dir, rows));
    for (const rows of sizes) {
      const { file, fileMiB, seconds: generateS } = files.get(rows)!;
      for (const engine of engines) {
        const spec: RunSpec = { engine, rows, file, fileMiB };
        try {
          const report =
            engine === 'postgres'
              ? await withFreshPostgresDatabase(url!, (dbUrl) => spawnChild(spec, dbUrl))
              : await spawnChild(spec, undefined);
          runs.push({ ...spec, generateS, report });
        } catch (error) {
          // Keep going: the other runs' figures are still worth having; the exit code says it failed.
          const message = error instanceof Error ? error.message : String(error);
          process.stderr.write(`FAILED ${engine} ${thousands(rows)}: ${message}\n`);
          failures.push({ engine, rows, error: message });
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  if (runs.length > 0) console.table(runs.map((r) => tableRow(r, r.report)));
  writeResult('import', {
    machine,
    parks: PARK_CODES,
    note: 'peak RSS is the importing Node process; for postgres the server process is not included',
    runs: runs.map(({ file: _file, ...run }) => run),
    failures,
  });
  if (failures.length > 0) {
    console.error(
      `${failures.length} run(s) failed: ${failures.map((f) => `${f.engine} ${f.rows}`).join(', ')}`,
    );
    process.exitCode = 1;
  }
}

const { values: options } = parseArgs({
  args: process.argv.slice(2),
  options: {
    child: { type: 'boolean' },
    rows: { type: 'string' },
    engine: { type: 'string' },
    file: { type: 'string' },
  },
  // bench/run.ts leaves the benchmark's own name ("import") in argv.
  allowPositionals: true,
});

if (options.child) {
  const engine = options.engine === 'postgres' ? 'postgres' : 'pglite';
  await runChild(engine, options.file!, Number(options.rows), process.env[CHILD_URL_VARIABLE]);
} else {
  await runParent(options.rows, options.engine);
}
