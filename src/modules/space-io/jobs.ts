import { rm, stat } from 'node:fs/promises';
import { asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { fieldMessage } from '../../core/errors/index.js';
import { type ImportCounts, NoDataSheet } from './job-progress.js';
import { runParkImport } from './park-import.js';
import { FileUnreadable, sniffFormat } from './read-table.js';
import { importJobErrors, importJobs } from './tables.js';
import { type ImportActor, runUnitImport } from './unit-import.js';

export type StartImport = {
  /** Units (the default) or parks. */
  kind?: 'units' | 'parks';
  path: string;
  fileName: string;
  dryRun: boolean;
  actor: ImportActor;
  ip?: string | null;
  requestId?: string | null;
  /** Where an unexpected failure is reported (the server's logger); the job itself records a plain message. */
  onError?: (error: unknown) => void;
  /** The upload is a temporary copy: delete it when the job ends. */
  deleteWhenDone?: boolean;
};

type Failure = { zh: string; en: string };

function failureOf(error: unknown): Failure {
  if (error instanceof NoDataSheet) {
    const columns = error.requiredColumns.join('、');
    return {
      zh: fieldMessage('missingColumns', 'zh', { columns }),
      en: fieldMessage('missingColumns', 'en', { columns }),
    };
  }
  if (error instanceof FileUnreadable) {
    return { zh: `无法读取文件：${error.message}`, en: `The file could not be read: ${error.message}` };
  }
  // Anything else is ours: the details go to the server log, not to the user.
  return {
    zh: '导入因服务器内部错误中止，未写入任何数据',
    en: 'The import stopped on a server error and wrote nothing',
  };
}

/** Jobs run one after another: two imports merging into the same parks at once would only contend. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Records the job and runs it in the background (queued behind any running one). Returns the job id at
 * once and the promise of its end, for callers that wait (the CLI, tests).
 */
export async function startImport(
  db: Executor,
  input: StartImport,
  onProgress?: (counts: ImportCounts) => void,
): Promise<{ id: number; done: Promise<void> }> {
  const { size } = await stat(input.path);
  const [job] = await db
    .insert(importJobs)
    .values({
      kind: input.kind ?? 'units',
      fileName: input.fileName,
      dryRun: input.dryRun,
      createdBy: input.actor === 'system' ? null : input.actor.userId,
      bytesTotal: size,
    })
    .returning({ id: importJobs.id });
  const id = job!.id;
  const done = queue.then(() => runJob(db, id, input, onProgress));
  queue = done.catch(() => {});
  return { id, done };
}

async function runJob(
  db: Executor,
  id: number,
  input: StartImport,
  onProgress?: (counts: ImportCounts) => void,
): Promise<void> {
  try {
    const format = await sniffFormat(input.path);
    if (format === 'xls') {
      await finish(db, id, {
        failure: { zh: fieldMessage('oldExcelFormat', 'zh'), en: fieldMessage('oldExcelFormat', 'en') },
      });
      return;
    }
    const run = input.kind === 'parks' ? runParkImport : runUnitImport;
    const counts = await run(db, { ...input, id, format }, onProgress);
    await finish(db, id, { counts });
  } catch (error) {
    if (!(error instanceof FileUnreadable || error instanceof NoDataSheet))
      (input.onError ?? console.error)(error);
    await finish(db, id, { failure: failureOf(error) });
  } finally {
    if (input.deleteWhenDone) await rm(input.path, { force: true });
  }
}

async function finish(db: Executor, id: number, end: { counts?: ImportCounts; failure?: Failure }) {
  const { counts, failure } = end;
  await db
    .update(importJobs)
    .set({
      status: failure ? 'failed' : 'done',
      finishedAt: sql`now()`,
      failure: failure ?? null,
      ...(counts && {
        bytesRead: counts.bytesRead,
        rowsRead: counts.rowsRead,
        rowsValid: counts.rowsValid,
        rowsRejected: counts.rowsRejected,
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
      }),
    })
    .where(eq(importJobs.id, id));
}

/** A job left running when the server stopped will never finish: say so rather than spin forever. */
export async function failInterruptedJobs(db: Executor): Promise<void> {
  await db
    .update(importJobs)
    .set({
      status: 'failed',
      finishedAt: sql`now()`,
      failure: {
        zh: '服务器重启，导入中断，未写入任何数据',
        en: 'The server restarted; the import stopped and wrote nothing',
      },
    })
    .where(inArray(importJobs.status, ['queued', 'reading', 'committing']));
}

export async function getImportJob(db: Executor, id: number) {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  return job ?? null;
}

/** Newest first; createdBy null lists everyone's. */
export async function listImportJobs(db: Executor, createdBy: number | null, limit: number) {
  return db
    .select()
    .from(importJobs)
    .where(createdBy === null ? undefined : eq(importJobs.createdBy, createdBy))
    .orderBy(desc(importJobs.id))
    .limit(limit);
}

export async function importJobErrorPage(db: Executor, jobId: number, limit: number, offset: number) {
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(importJobErrors)
      .where(eq(importJobErrors.jobId, jobId))
      .orderBy(asc(importJobErrors.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(importJobErrors).where(eq(importJobErrors.jobId, jobId)),
  ]);
  return { items, total: total?.n ?? 0 };
}
