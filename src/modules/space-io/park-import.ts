import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../core/audit/audit.js';
import type { Executor } from '../../core/db/db.js';
import { normalizePhone } from '../../core/ids/index.js';
import { indexPark } from '../space/index.js';
import { parkPatchBody } from '../space/schema.js';
import { parks } from '../space/tables.js';
import type { Cell } from './cells.js';
import { mapHeaders, parkColumns } from './columns.js';
import {
  emptyCounts,
  type ImportCounts,
  NoDataSheet,
  type Rejection,
  saveProgress,
  saveRejections,
} from './job-progress.js';
import { readTable } from './read-table.js';
import { parseSheetRow, problem } from './row-parser.js';
import { actorId, type ImportJobInput, mayEdit } from './unit-import.js';

/** A row of the parks sheet: the park's code and the details to set (blank cells are left out). */
export const parkImportRow = parkPatchBody.extend({ parkCode: z.string().trim().min(1).max(64) });

type ParkRow = typeof parks.$inferSelect;
type PatchKey = Exclude<keyof z.output<typeof parkImportRow>, 'parkCode'>;
type Change = { park: ParkRow; patch: Partial<Pick<typeof parks.$inferInsert, PatchKey>> };

/** A value as the parks table stores it, so that unchanged cells compare equal. */
function stored(key: PatchKey, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (key === 'lng' || key === 'lat') return Number(value).toFixed(6);
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields a row would change on its park; an empty patch means the row changes nothing. */
function patchFor(park: ParkRow, row: z.output<typeof parkImportRow>): Change['patch'] {
  const patch: Change['patch'] = {};
  for (const [key, value] of Object.entries(row) as [PatchKey | 'parkCode', unknown][]) {
    if (key === 'parkCode' || value === undefined) continue;
    const next = stored(key, value);
    if (!sameValue(stored(key, park[key]), next)) (patch as Record<string, unknown>)[key] = next;
  }
  return patch;
}

/**
 * Parks are few (tens, not millions): the file is read row by row, every row is checked, and the
 * changes are applied in one transaction with an audit entry (before and after) per park changed.
 */
export async function runParkImport(
  db: Executor,
  job: ImportJobInput,
  onProgress: (counts: ImportCounts) => void = () => {},
): Promise<ImportCounts> {
  const counts = emptyCounts();
  const byCode = new Map((await db.select().from(parks)).map((p) => [p.code, p]));
  const headers = new Map<string, Map<string, number> | null>();
  const firstRowOf = new Map<string, number>();
  const rejected: Rejection[] = [];
  const changes: Change[] = [];
  const codeColumn = parkColumns.find((c) => c.key === 'parkCode')!;
  const phoneColumn = parkColumns.find((c) => c.key === 'contactPhone')!;

  const rows = readTable(job.path, {
    format: job.format,
    sheetName: job.fileName,
    onBytes: (n) => {
      counts.bytesRead = n;
    },
  });
  for await (const { sheet, rowNumber, cells } of rows) {
    if (cells.every((c) => c === null)) continue;
    if (!headers.has(sheet)) {
      headers.set(sheet, parkSheetPositions(cells));
      continue;
    }
    const positions = headers.get(sheet);
    if (!positions) continue;
    counts.rowsRead += 1;
    const parsed = parseSheetRow(parkColumns, parkImportRow, cells, positions);
    if (!parsed.ok) {
      rejected.push({ sheet, rowNumber, problems: parsed.problems });
      continue;
    }
    const row = parsed.row;
    const park = byCode.get(row.parkCode);
    const first = firstRowOf.get(row.parkCode);
    const problems = [];
    if (!park) problems.push(problem(codeColumn, row.parkCode, 'unknownPark', { value: row.parkCode }));
    else if (!mayEdit(job.actor, park.id)) problems.push(problem(codeColumn, row.parkCode, 'notYourPark'));
    else if (first !== undefined)
      problems.push(problem(codeColumn, row.parkCode, 'duplicateRow', { row: first }));
    if (row.contactPhone) {
      const e164 = normalizePhone(row.contactPhone);
      if (e164) row.contactPhone = e164;
      else problems.push(problem(phoneColumn, row.contactPhone, 'phone'));
    }
    if (problems.length > 0 || !park) {
      rejected.push({ sheet, rowNumber, problems });
      continue;
    }
    firstRowOf.set(row.parkCode, rowNumber);
    counts.rowsValid += 1;
    const patch = patchFor(park, row);
    if (Object.keys(patch).length === 0) counts.unchanged += 1;
    else changes.push({ park, patch });
    if (counts.rowsRead % 100 === 0) onProgress({ ...counts });
  }
  if (![...headers.values()].some((p) => p !== null)) {
    throw new NoDataSheet([codeColumn.zh]);
  }
  counts.rowsRejected = rejected.length;
  await saveRejections(db, job.id, rejected);
  await saveProgress(db, job.id, counts);
  onProgress({ ...counts });
  counts.updated = changes.length;
  if (!job.dryRun) await applyChanges(db, job, changes);
  return counts;
}

/** A parks sheet names the park code and at least one detail; a units sheet (code and units) is not one. */
function parkSheetPositions(cells: Cell[]): Map<string, number> | null {
  const { positions, missing } = mapHeaders(
    parkColumns,
    cells.map((c) => (c === null ? null : String(c))),
  );
  const details = [...positions.keys()].filter((k) => !['parkCode', 'parkName'].includes(k));
  return missing.length === 0 && details.length > 0 ? positions : null;
}

async function applyChanges(db: Executor, job: ImportJobInput, changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  await db.transaction(async (tx) => {
    for (const { park, patch } of changes) {
      const [after] = await tx
        .update(parks)
        .set({ ...patch, updatedAt: sql`now()`, updatedBy: actorId(job.actor) })
        .where(eq(parks.id, park.id))
        .returning();
      await recordAudit(tx, {
        actor: job.actor,
        action: 'park.update',
        entityType: 'park',
        entityId: park.id,
        before: park,
        after,
        ip: job.ip ?? null,
        requestId: job.requestId ?? null,
      });
      await indexPark(tx, park.id, after!.nameZh !== park.nameZh);
    }
  });
}
