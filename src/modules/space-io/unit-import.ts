import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import { canEditPark, type Principal } from '../../core/auth/roles.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { indexDocuments } from '../../core/search/index.js';
import { enterprises } from '../enterprises/tables.js';
import { buildingSearchSource, unitSearchSource } from '../space/index.js';
import { buildings, parks, units } from '../space/tables.js';
import type { Cell } from './cells.js';
import { mapHeaders, unitColumns } from './columns.js';
import {
  emptyCounts,
  type ImportCounts,
  NoDataSheet,
  type Rejection,
  saveProgress,
  saveRejections,
} from './job-progress.js';
import { readTable, type TableFormat } from './read-table.js';
import { problem, type RowProblem } from './row-parser.js';
import { importJobs, importStagedUnits } from './tables.js';
import { isBlankRow, parseUnitRow, type UnitImportRow } from './unit-rows.js';

/** Who imports: a signed-in user (scoped like any writer) or the operator at the server's command line. */
export type ImportActor = Principal | 'system';

export type ImportJobInput = {
  id: number;
  path: string;
  fileName: string;
  format: TableFormat;
  dryRun: boolean;
  actor: ImportActor;
  ip?: string | null;
  requestId?: string | null;
};

/** Rows are checked against the database and staged this many at a time: bounded memory, short transactions. */
const BATCH_SIZE = 1000;

type PendingRow = { sheet: string; rowNumber: number; row: UnitImportRow };

/** The unit columns an import sets and compares; units and import_staged_units name them alike. */
const VALUE_KEYS = [
  'floor',
  'areaM2',
  'use',
  'cleanroomGrade',
  'dealType',
  'rentYuanPerM2Month',
  'salePriceYuanPerM2',
  'floorLoadKnPerM2',
  'clearHeightM',
  'powerKva',
  'hasExhaust',
  'hasDrainage',
  'status',
  'tenantEnterpriseId',
  'availableFrom',
] as const;
const VALUE_COLUMNS = VALUE_KEYS.map((key) => units[key].name);

function columnList(prefix: string): SQL {
  return sql.raw(VALUE_COLUMNS.map((c) => `${prefix}"${c}"`).join(', '));
}

export function actorId(actor: ImportActor): number | null {
  return actor === 'system' ? null : actor.userId;
}

export function mayEdit(actor: ImportActor, parkId: number): boolean {
  return actor === 'system' || canEditPark(actor, parkId);
}

/**
 * Reads the file row by row, checks each row and stages the valid ones (reading phase); then either
 * counts what a commit would do (dry run) or merges every staged row into units in one transaction.
 */
export async function runUnitImport(
  db: Executor,
  job: ImportJobInput,
  onProgress: (counts: ImportCounts) => void = () => {},
): Promise<ImportCounts> {
  const counts = emptyCounts();
  const parkIds = new Map(
    (await db.select({ id: parks.id, code: parks.code }).from(parks)).map((p) => [p.code, p.id]),
  );
  const stager = new Stager(db, job, parkIds, counts, onProgress);
  await stager.readAll();

  if (job.dryRun) {
    Object.assign(counts, await predictMerge(db, job.id));
  } else {
    Object.assign(counts, await mergeStaged(db, job, counts));
  }
  await db.delete(importStagedUnits).where(eq(importStagedUnits.jobId, job.id));
  return counts;
}

/** Sheet-by-sheet state: the header row decides whether a sheet holds units and where each column is. */
type SheetState = { kind: 'units'; positions: Map<string, number> } | { kind: 'skip' };

class Stager {
  private sheets = new Map<string, SheetState>();
  private pending: PendingRow[] = [];
  private rejected: Rejection[] = [];
  private unitSheets = 0;

  constructor(
    private db: Executor,
    private job: ImportJobInput,
    private parkIds: Map<string, number>,
    private counts: ImportCounts,
    private onProgress: (counts: ImportCounts) => void,
  ) {}

  async readAll(): Promise<void> {
    const rows = readTable(this.job.path, {
      format: this.job.format,
      sheetName: this.job.fileName,
      onBytes: (n) => {
        this.counts.bytesRead = n;
      },
    });
    for await (const { sheet, rowNumber, cells } of rows) {
      if (isBlankRow(cells)) continue;
      const state = this.sheets.get(sheet);
      if (!state) {
        this.sheets.set(sheet, this.readHeader(sheet, rowNumber, cells));
        continue;
      }
      if (state.kind === 'skip') continue;
      this.counts.rowsRead += 1;
      const parsed = parseUnitRow(cells, state.positions);
      if (parsed.ok) this.pending.push({ sheet, rowNumber, row: parsed.row });
      else this.rejected.push({ sheet, rowNumber, problems: parsed.problems });
      if (this.pending.length + this.rejected.length >= BATCH_SIZE) await this.flush();
    }
    await this.flush();
    if (this.unitSheets === 0) {
      throw new NoDataSheet(unitColumns.filter((c) => c.required).map((c) => c.zh));
    }
  }

  /**
   * A sheet whose first row names none of the columns (an instructions sheet, say) is skipped; one that
   * names some but misses required ones is reported on its header row.
   */
  private readHeader(sheet: string, rowNumber: number, cells: Cell[]): SheetState {
    const headers = cells.map((c) => (c === null ? null : String(c)));
    const { positions, missing } = mapHeaders(unitColumns, headers);
    if (positions.size === 0) return { kind: 'skip' };
    this.unitSheets += 1;
    if (missing.length === 0) return { kind: 'units', positions };
    this.rejected.push({
      sheet,
      rowNumber,
      problems: [problem(null, null, 'missingColumns', { columns: missing.map((c) => c.zh).join('、') })],
    });
    return { kind: 'skip' };
  }

  private async flush(): Promise<void> {
    if (this.pending.length > 0) await this.stage(this.pending.splice(0));
    const rejected = this.rejected.splice(0);
    if (rejected.length > 0) await saveRejections(this.db, this.job.id, rejected);
    this.counts.rowsRejected += rejected.filter((r) => r.problems.length > 0).length;
    await saveProgress(this.db, this.job.id, this.counts);
    this.onProgress({ ...this.counts });
  }

  /** Checks a batch against the database (park, permission, tenant), then stages the rows that pass. */
  private async stage(batch: PendingRow[]): Promise<void> {
    const tenants = await resolveTenants(this.db, batch);
    const parkColumn = unitColumns.find((c) => c.key === 'parkCode')!;
    const tenantColumn = unitColumns.find((c) => c.key === 'tenantUscc')!;
    const nameColumn = unitColumns.find((c) => c.key === 'tenantName')!;
    const values: (typeof importStagedUnits.$inferInsert)[] = [];
    for (const { sheet, rowNumber, row } of batch) {
      const problems: RowProblem[] = [];
      const parkId = this.parkIds.get(row.parkCode);
      if (parkId === undefined)
        problems.push(problem(parkColumn, row.parkCode, 'unknownPark', { value: row.parkCode }));
      else if (!mayEdit(this.job.actor, parkId))
        problems.push(problem(parkColumn, row.parkCode, 'notYourPark'));
      const tenant = tenants.resolve(row, parkId);
      if (tenant.problem) {
        const column = tenant.by === 'uscc' ? tenantColumn : nameColumn;
        const value = tenant.by === 'uscc' ? row.tenantUscc! : row.tenantName!;
        problems.push(problem(column, value, tenant.problem, { value }));
      }
      if (problems.length > 0 || parkId === undefined) {
        this.rejected.push({ sheet, rowNumber, problems });
        continue;
      }
      values.push({
        jobId: this.job.id,
        sheet,
        rowNumber,
        parkId,
        buildingCode: row.buildingCode,
        buildingName: row.buildingName ?? null,
        code: row.code,
        floor: row.floor,
        areaM2: row.areaM2,
        use: row.use,
        cleanroomGrade: row.cleanroomGrade,
        dealType: row.dealType,
        rentYuanPerM2Month: row.rentYuanPerM2Month,
        salePriceYuanPerM2: row.salePriceYuanPerM2,
        floorLoadKnPerM2: row.floorLoadKnPerM2,
        clearHeightM: row.clearHeightM,
        powerKva: row.powerKva,
        hasExhaust: row.hasExhaust,
        hasDrainage: row.hasDrainage,
        status: row.status,
        tenantEnterpriseId: tenant.id,
        availableFrom: row.availableFrom,
      });
    }
    if (values.length === 0) return;
    const staged = await insertStaged(this.db, values);
    this.counts.rowsValid += staged.length;
    if (staged.length < values.length) await this.rejectRepeats(values, staged);
  }

  /** Rows naming a unit an earlier row of the file already named: reported with that row's number. */
  private async rejectRepeats(
    values: (typeof importStagedUnits.$inferInsert)[],
    staged: { sheet: string; rowNumber: number }[],
  ): Promise<void> {
    const stagedKeys = new Set(staged.map((s) => `${s.sheet}\u0000${s.rowNumber}`));
    const repeats = values.filter((v) => !stagedKeys.has(`${v.sheet}\u0000${v.rowNumber}`));
    const firsts = await this.db
      .select({
        sheet: importStagedUnits.sheet,
        rowNumber: importStagedUnits.rowNumber,
        parkId: importStagedUnits.parkId,
        buildingCode: importStagedUnits.buildingCode,
        code: importStagedUnits.code,
      })
      .from(importStagedUnits)
      .where(
        and(
          eq(importStagedUnits.jobId, this.job.id),
          inArray(
            importStagedUnits.code,
            repeats.map((r) => r.code),
          ),
        ),
      );
    const codeColumn = unitColumns.find((c) => c.key === 'code')!;
    for (const repeat of repeats) {
      const first = firsts.find(
        (f) => f.parkId === repeat.parkId && f.buildingCode === repeat.buildingCode && f.code === repeat.code,
      );
      const where =
        first && first.sheet !== repeat.sheet
          ? `${first.sheet} ${first.rowNumber}`
          : String(first?.rowNumber ?? '?');
      this.rejected.push({
        sheet: repeat.sheet,
        rowNumber: repeat.rowNumber,
        problems: [problem(codeColumn, repeat.code, 'duplicateRow', { row: where })],
      });
    }
  }
}

type TenantResolution = {
  id: number | null;
  by?: 'uscc' | 'name';
  problem?: 'tenantNotFound' | 'tenantNameNotFound' | 'tenantNameAmbiguous';
};

/** Looks up a batch's tenants in two queries: by credit code, and by exact name where no code is given. */
async function resolveTenants(db: Executor, batch: PendingRow[]) {
  const codes = [...new Set(batch.map((b) => b.row.tenantUscc).filter((v): v is string => !!v))];
  const names = [
    ...new Set(batch.filter((b) => !b.row.tenantUscc && b.row.tenantName).map((b) => b.row.tenantName!)),
  ];
  const byCode = new Map<string, number>();
  if (codes.length > 0) {
    const rows = await db
      .select({ id: enterprises.id, uscc: enterprises.uscc })
      .from(enterprises)
      .where(inArray(enterprises.uscc, codes));
    for (const r of rows) if (r.uscc) byCode.set(r.uscc, r.id);
  }
  const byName = new Map<string, number[]>();
  if (names.length > 0) {
    const rows = await db
      .select({ id: enterprises.id, nameZh: enterprises.nameZh })
      .from(enterprises)
      .where(inArray(enterprises.nameZh, names));
    for (const r of rows) byName.set(r.nameZh, [...(byName.get(r.nameZh) ?? []), r.id]);
  }
  const current = await currentTenantsNamed(
    db,
    names.filter((n) => (byName.get(n)?.length ?? 0) > 1),
  );
  return {
    resolve(row: UnitImportRow, parkId: number | undefined): TenantResolution {
      if (row.tenantUscc) {
        const id = byCode.get(row.tenantUscc);
        return id === undefined ? { id: null, by: 'uscc', problem: 'tenantNotFound' } : { id };
      }
      if (row.tenantName) {
        const ids = byName.get(row.tenantName) ?? [];
        if (ids.length === 1) return { id: ids[0]! };
        // Two enterprises share the name: the one already renting this unit is the one meant (an export
        // of a tenant without a credit code must import back).
        const renting = current.get(unitKey(parkId, row.buildingCode, row.code));
        if (renting !== undefined && ids.includes(renting)) return { id: renting };
        return {
          id: null,
          by: 'name',
          problem: ids.length === 0 ? 'tenantNameNotFound' : 'tenantNameAmbiguous',
        };
      }
      return { id: null };
    },
  };
}

function unitKey(parkId: number | undefined, buildingCode: string, code: string): string {
  return `${parkId}\u0000${buildingCode}\u0000${code}`;
}

/** Units rented by enterprises with these (shared) names, by park, building and unit code. */
async function currentTenantsNamed(db: Executor, names: string[]): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  if (names.length === 0) return map;
  const rows = await db
    .select({
      parkId: buildings.parkId,
      buildingCode: buildings.code,
      code: units.code,
      tenantId: units.tenantEnterpriseId,
    })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .innerJoin(enterprises, eq(enterprises.id, units.tenantEnterpriseId))
    .where(inArray(enterprises.nameZh, names));
  for (const r of rows)
    if (r.tenantId !== null) map.set(unitKey(r.parkId, r.buildingCode, r.code), r.tenantId);
  return map;
}

type StagedUnit = typeof importStagedUnits.$inferInsert;
const stagedColumns = Object.entries(getTableColumns(importStagedUnits));
const stagedColumnList = sql.raw(stagedColumns.map(([, c]) => `"${c.name}"`).join(', '));
const stagedRecordType = sql.raw(stagedColumns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '));

/**
 * Stages a batch as one JSON parameter unpacked by jsonb_to_recordset: a thousand rows of 22 columns as
 * bound parameters cost more in query building than the insert itself (measured: a third of the import's
 * CPU went to drizzle's per-value work). A unit already staged by an earlier row is not inserted again.
 */
async function insertStaged(
  db: Executor,
  values: StagedUnit[],
): Promise<{ sheet: string; rowNumber: number }[]> {
  const records = values.map((v) => {
    const record: Record<string, unknown> = {};
    for (const [key, column] of stagedColumns) record[column.name] = v[key as keyof StagedUnit] ?? null;
    return record;
  });
  return queryRows<{ sheet: string; rowNumber: number }>(
    db,
    sql`INSERT INTO import_staged_units (${stagedColumnList})
      SELECT ${stagedColumnList} FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(${stagedRecordType})
      ON CONFLICT DO NOTHING
      RETURNING sheet, row_number AS "rowNumber"`,
  );
}

const stagedWithUnits = (jobId: number) => sql`
  FROM import_staged_units s
  LEFT JOIN buildings b ON b.park_id = s.park_id AND b.code = s.building_code
  LEFT JOIN units u ON u.building_id = b.id AND u.code = s.code
  WHERE s.job_id = ${jobId}`;

/** What a commit would do, without doing it: the dry run's figures. */
async function predictMerge(db: Executor, jobId: number) {
  const changed = sql`(${columnList('u.')}) IS DISTINCT FROM (${columnList('s.')})`;
  const [row] = await queryRows<{ created: number; updated: number; unchanged: number; buildings: number }>(
    db,
    sql`SELECT
      (count(*) FILTER (WHERE u.id IS NULL))::int AS created,
      (count(*) FILTER (WHERE u.id IS NOT NULL AND ${changed}))::int AS updated,
      (count(*) FILTER (WHERE u.id IS NOT NULL AND NOT ${changed}))::int AS unchanged,
      (count(DISTINCT (s.park_id, s.building_code)) FILTER (WHERE b.id IS NULL))::int AS buildings
      ${stagedWithUnits(jobId)}`,
  );
  return {
    created: row?.created ?? 0,
    updated: row?.updated ?? 0,
    unchanged: row?.unchanged ?? 0,
    buildingsCreated: row?.buildings ?? 0,
  };
}

/**
 * One transaction: create the buildings the file names that do not exist yet, upsert every staged unit by
 * (building, code) changing only rows whose values differ, write a status-history row for each new unit
 * and each status change, stamp the parks touched and write one audit entry for the import.
 */
async function mergeStaged(db: Executor, job: ImportJobInput, counts: ImportCounts) {
  // Outside the transaction, so that a client polling the job sees it.
  await db.update(importJobs).set({ status: 'committing' }).where(eq(importJobs.id, job.id));
  return db.transaction(async (tx) => {
    const newBuildings = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO buildings (park_id, code, name_zh, floors)
        SELECT park_id, building_code, coalesce(max(building_name), building_code), greatest(coalesce(max(floor), 1), 1)
        FROM import_staged_units WHERE job_id = ${job.id}
        GROUP BY park_id, building_code
        ON CONFLICT (park_id, code) DO NOTHING
        RETURNING id`,
    );
    // Separate statements rather than one CTE chain: the planner has no statistics for CTEs and joined
    // two of them row by row (minutes for 10,000 units on PGlite); joins of tables use their indexes.
    const stagedInBuildings = sql`FROM import_staged_units s
      JOIN buildings b ON b.park_id = s.park_id AND b.code = s.building_code`;
    await tx.execute(sql`INSERT INTO unit_status_history (unit_id, from_status, to_status, area_m2, changed_by)
      SELECT u.id, u.status, s.status, s.area_m2, ${actorId(job.actor)}::int
      ${stagedInBuildings}
      JOIN units u ON u.building_id = b.id AND u.code = s.code
      WHERE s.job_id = ${job.id} AND u.status IS DISTINCT FROM s.status`);
    const setList = sql.raw(VALUE_COLUMNS.map((c) => `"${c}" = s."${c}"`).join(', '));
    const updatedRows = await queryRows<{ id: number }>(
      tx,
      sql`UPDATE units u SET ${setList}, updated_at = now()
        FROM import_staged_units s
        JOIN buildings b ON b.park_id = s.park_id AND b.code = s.building_code
        WHERE s.job_id = ${job.id} AND u.building_id = b.id AND u.code = s.code
          AND (${columnList('u.')}) IS DISTINCT FROM (${columnList('s.')})
        RETURNING u.id`,
    );
    const [inserted] = await queryRows<{ created: number }>(
      tx,
      sql`WITH inserted AS (
          INSERT INTO units (building_id, code, ${columnList('')})
          SELECT b.id, s.code, ${columnList('s.')}
          ${stagedInBuildings}
          WHERE s.job_id = ${job.id}
            AND NOT EXISTS (SELECT 1 FROM units u WHERE u.building_id = b.id AND u.code = s.code)
          RETURNING id, status, area_m2
        ),
        history AS (
          INSERT INTO unit_status_history (unit_id, from_status, to_status, area_m2, changed_by)
          SELECT id, NULL, status, area_m2, ${actorId(job.actor)}::int FROM inserted
        )
        SELECT count(*)::int AS created FROM inserted`,
    );
    const touched = await queryRows<{ code: string }>(
      tx,
      sql`UPDATE parks SET updated_at = now(), updated_by = ${actorId(job.actor)}::int
        WHERE id IN (SELECT DISTINCT park_id FROM import_staged_units WHERE job_id = ${job.id})
        RETURNING code`,
    );
    // The file's units (new, changed or not: cheap, and a re-import repairs a stale index) and new buildings.
    const fileUnits = await queryRows<{ id: number }>(
      tx,
      sql`SELECT u.id ${stagedInBuildings} JOIN units u ON u.building_id = b.id AND u.code = s.code
        WHERE s.job_id = ${job.id}`,
    );
    await indexDocuments(
      tx,
      buildingSearchSource,
      newBuildings.map((b) => b.id),
    );
    await indexDocuments(
      tx,
      unitSearchSource,
      fileUnits.map((u) => u.id),
    );
    const created = inserted?.created ?? 0;
    const updated = updatedRows.length;
    const result = {
      created,
      updated,
      unchanged: counts.rowsValid - created - updated,
      buildingsCreated: newBuildings.length,
    };
    await recordAudit(tx, {
      actor: job.actor,
      action: 'unit.import',
      entityType: 'import_job',
      entityId: job.id,
      before: null,
      after: {
        fileName: job.fileName,
        ...result,
        rowsRead: counts.rowsRead,
        rowsRejected: counts.rowsRejected,
        parks: touched.map((p) => p.code).sort(),
      },
      ip: job.ip ?? null,
      requestId: job.requestId ?? null,
    });
    return result;
  });
}
