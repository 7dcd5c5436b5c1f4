import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { cleanroomGrade, dealType, unitStatus, unitUse } from '../space/tables.js';

export const importKind = pgEnum('import_kind', ['units', 'parks']);
export const importStatus = pgEnum('import_status', ['queued', 'reading', 'committing', 'done', 'failed']);

/** One upload being checked (dry run) or imported; its progress is readable while it runs. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: serial('id').primaryKey(),
    kind: importKind('kind').notNull(),
    fileName: text('file_name').notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: importStatus('status').notNull().default('queued'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull().default(0),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsValid: integer('rows_valid').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    /** Why the whole job failed (unreadable file, missing columns); row problems go to import_job_errors. */
    failure: jsonb('failure'),
  },
  (t) => [index('import_jobs_created_by_idx').on(t.createdBy, t.createdAt)],
);

/** Every rejected row, by sheet, row number and column, with the reason in both API languages. */
export const importJobErrors = pgTable(
  'import_job_errors',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jobId: integer('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    sheet: text('sheet').notNull(),
    rowNumber: integer('row_number').notNull(),
    column: text('column'),
    value: text('value'),
    messageZh: text('message_zh').notNull(),
    messageEn: text('message_en').notNull(),
  },
  (t) => [index('import_job_errors_job_idx').on(t.jobId, t.rowNumber)],
);

/**
 * Valid unit rows of a job, written batch by batch while the file streams in (short transactions, so
 * the server stays responsive), then merged into units by one set-based statement in one transaction.
 * The unique key finds rows repeated within the file.
 */
export const importStagedUnits = pgTable(
  'import_staged_units',
  {
    jobId: integer('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    sheet: text('sheet').notNull(),
    rowNumber: integer('row_number').notNull(),
    parkId: integer('park_id').notNull(),
    buildingCode: text('building_code').notNull(),
    buildingName: text('building_name'),
    code: text('code').notNull(),
    floor: integer('floor'),
    areaM2: numeric('area_m2', { precision: 12, scale: 2 }).notNull(),
    use: unitUse('use').notNull(),
    cleanroomGrade: cleanroomGrade('cleanroom_grade').notNull(),
    dealType: dealType('deal_type').notNull(),
    rentYuanPerM2Month: numeric('rent_yuan_per_m2_month', { precision: 10, scale: 2 }),
    salePriceYuanPerM2: numeric('sale_price_yuan_per_m2', { precision: 12, scale: 2 }),
    floorLoadKnPerM2: numeric('floor_load_kn_per_m2', { precision: 6, scale: 2 }),
    clearHeightM: numeric('clear_height_m', { precision: 5, scale: 2 }),
    powerKva: numeric('power_kva', { precision: 8, scale: 1 }),
    hasExhaust: boolean('has_exhaust').notNull(),
    hasDrainage: boolean('has_drainage').notNull(),
    status: unitStatus('status').notNull(),
    tenantEnterpriseId: integer('tenant_enterprise_id'),
    availableFrom: date('available_from'),
  },
  (t) => [unique('import_staged_units_key_uq').on(t.jobId, t.parkId, t.buildingCode, t.code)],
);
