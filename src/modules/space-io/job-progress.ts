import { eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import type { RowProblem } from './row-parser.js';
import { importJobErrors, importJobs } from './tables.js';

/** What an import has done so far (or, for a dry run, would do). */
export type ImportCounts = {
  bytesRead: number;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  created: number;
  updated: number;
  unchanged: number;
  buildingsCreated: number;
};

export function emptyCounts(): ImportCounts {
  return {
    bytesRead: 0,
    rowsRead: 0,
    rowsValid: 0,
    rowsRejected: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    buildingsCreated: 0,
  };
}

/** A rejected row and everything wrong with it. */
export type Rejection = { sheet: string; rowNumber: number; problems: RowProblem[] };

const INSERT_BATCH = 1000;

export async function saveRejections(db: Executor, jobId: number, rejected: Rejection[]): Promise<void> {
  const rows = rejected.flatMap((r) =>
    r.problems.map((p) => ({
      jobId,
      sheet: r.sheet,
      rowNumber: r.rowNumber,
      column: p.column,
      value: p.value === null ? null : p.value.slice(0, 500),
      messageZh: p.zh,
      messageEn: p.en,
    })),
  );
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await db.insert(importJobErrors).values(rows.slice(i, i + INSERT_BATCH));
  }
}

/** The reading phase's figures, written where GET /api/imports/:id reads them. */
export async function saveProgress(db: Executor, jobId: number, counts: ImportCounts): Promise<void> {
  await db
    .update(importJobs)
    .set({
      status: 'reading',
      bytesRead: counts.bytesRead,
      rowsRead: counts.rowsRead,
      rowsValid: counts.rowsValid,
      rowsRejected: counts.rowsRejected,
    })
    .where(eq(importJobs.id, jobId));
}

/** The file has no sheet whose header names this kind's columns. */
export class NoDataSheet extends Error {
  constructor(readonly requiredColumns: string[]) {
    super(`no sheet with the columns ${requiredColumns.join(', ')}`);
    this.name = 'NoDataSheet';
  }
}
