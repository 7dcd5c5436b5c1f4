import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Principal } from '../../core/auth/roles.js';
import { idParam } from '../../core/contract.js';
import { AppError, type Lang, langFromAcceptLanguage, notFound } from '../../core/errors/index.js';
import { CSV_TYPE, fileDate, sendDownload, XLSX_TYPE } from '../../core/http/download.js';
import { requestMeta } from '../../core/http/request-meta.js';
import { unitSearchQuery } from '../space/schema.js';
import { getImportJob, importJobErrorPage, listImportJobs, startImport } from './jobs.js';
import { exportParkRows, writeParksXlsx } from './park-export.js';
import { importJobDetail, importJobList, importJobQuery, importStarted, importStartQuery } from './schema.js';
import type { importJobs } from './tables.js';
import { exportUnitRows, writeUnitsCsv, writeUnitsXlsx } from './unit-export.js';

const tags = ['space'];
const EDITORS = ['admin', 'officer', 'park_manager'] as const;
/** Large enough for a million-unit workbook (about 60 MB), small enough to refuse a runaway upload. */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

type ImportJobRow = typeof importJobs.$inferSelect;

function jobView(job: ImportJobRow, lang: Lang) {
  const failure = job.failure as { zh: string; en: string } | null;
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    dryRun: job.dryRun,
    status: job.status,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    bytesTotal: job.bytesTotal,
    bytesRead: job.bytesRead,
    rowsRead: job.rowsRead,
    rowsValid: job.rowsValid,
    rowsRejected: job.rowsRejected,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    failure: failure ? failure[lang] : null,
  };
}

/** A job is its creator's (and an admin's) to see: others are told it does not exist. */
function mayReadJob(principal: Principal, job: ImportJobRow): boolean {
  return principal.role === 'admin' || job.createdBy === principal.userId;
}

/**
 * A broken multipart body (cut off, wrong boundary) is the client's fault: busboy throws plain errors for
 * it, which must not become a 500. Errors with a status (too large, not multipart) keep theirs.
 */
function asUploadError(error: unknown): unknown {
  if (error instanceof AppError || (error as { statusCode?: number }).statusCode) return error;
  return new AppError('BAD_REQUEST');
}

/** Saves the upload to a private temporary file: the job reads it at its own pace after the response. */
async function saveUpload(request: FastifyRequest): Promise<{ path: string; fileName: string }> {
  const file = await request
    .file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })
    .catch((error: unknown) => Promise.reject(asUploadError(error)));
  if (!file) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', key: 'required' }] });
  const dir = await mkdtemp(path.join(tmpdir(), 'medzone-upload-'));
  const target = path.join(dir, 'upload');
  try {
    await pipeline(file.file, createWriteStream(target));
    if (file.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw asUploadError(error);
  }
  return { path: target, fileName: path.basename(file.filename || 'upload') };
}

export const spaceIoRoutes: FastifyPluginAsyncZod = async (app) => {
  // Encapsulated: only these routes accept multipart bodies.
  await app.register(fastifyMultipart);

  const startFromUpload = async (kind: 'units' | 'parks', request: FastifyRequest, dryRun: boolean) => {
    const upload = await saveUpload(request);
    return startImport(app.db, {
      kind,
      path: upload.path,
      fileName: upload.fileName,
      dryRun,
      actor: request.principal!,
      ...requestMeta(request),
      deleteWhenDone: true,
      onError: (error) => app.log.error({ err: error }, 'import failed'),
    });
  };

  app.post(
    '/api/imports/units',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Upload units (.xlsx or .csv, UTF-8 or GBK) to check or import',
        description:
          'multipart/form-data with one field "file". The job runs in the background: poll GET /api/imports/{id}. ' +
          'Park managers may only import rows of their own parks; other rows are rejected one by one.',
        consumes: ['multipart/form-data'],
        querystring: importStartQuery,
        response: { 202: importStarted },
      },
    },
    async (request, reply) => {
      const { id } = await startFromUpload('units', request, request.query.dryRun);
      return reply.code(202).send({ id });
    },
  );

  app.post(
    '/api/imports/parks',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: "Upload parks' details (.xlsx or .csv) to check or import; rows match on park code",
        description:
          'multipart/form-data with one field "file". Parks are updated, never created; a blank cell leaves a ' +
          'detail unchanged. Park managers may only change their own parks.',
        consumes: ['multipart/form-data'],
        querystring: importStartQuery,
        response: { 202: importStarted },
      },
    },
    async (request, reply) => {
      const { id } = await startFromUpload('parks', request, request.query.dryRun);
      return reply.code(202).send({ id });
    },
  );

  app.get(
    '/api/imports',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'My recent imports (admins: everyone’s)',
        response: { 200: importJobList },
      },
    },
    async (request) => {
      const lang = langFromAcceptLanguage(request.headers['accept-language']);
      const principal = request.principal!;
      const jobs = await listImportJobs(app.db, principal.role === 'admin' ? null : principal.userId, 20);
      return { items: jobs.map((job) => jobView(job, lang)) };
    },
  );

  app.get(
    '/api/imports/:id',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'An import’s progress, figures and rejected rows',
        params: idParam,
        querystring: importJobQuery,
        response: { 200: importJobDetail },
      },
    },
    async (request) => {
      const job = await getImportJob(app.db, request.params.id);
      if (!job || !mayReadJob(request.principal!, job)) throw notFound('import');
      const lang = langFromAcceptLanguage(request.headers['accept-language']);
      const { errorsLimit, errorsOffset } = request.query;
      const page = await importJobErrorPage(app.db, job.id, errorsLimit, errorsOffset);
      return {
        ...jobView(job, lang),
        errors: {
          total: page.total,
          items: page.items.map((e) => ({
            sheet: e.sheet,
            rowNumber: e.rowNumber,
            column: e.column,
            value: e.value,
            message: lang === 'zh' ? e.messageZh : e.messageEn,
          })),
        },
      };
    },
  );

  app.get(
    '/api/imports/units/template.xlsx',
    {
      config: { access: ['public'] },
      schema: { tags, summary: 'The units template: Chinese headers, dropdowns, instructions' },
    },
    async (request, reply) => {
      return sendDownload(request, reply, { name: '单元导入模板.xlsx', type: XLSX_TYPE }, (out) =>
        writeUnitsXlsx(out, emptyRows()),
      );
    },
  );

  app.get(
    '/api/imports/parks/template.xlsx',
    {
      config: { access: ['public'] },
      schema: { tags, summary: 'The parks template: Chinese headers and instructions' },
    },
    async (request, reply) => {
      return sendDownload(request, reply, { name: '园区导入模板.xlsx', type: XLSX_TYPE }, (out) =>
        writeParksXlsx(out, emptyRows()),
      );
    },
  );

  app.get(
    '/api/parks/export.xlsx',
    {
      config: { access: ['public'] },
      schema: { tags, summary: "Every park's public details, as the parks import workbook" },
    },
    async (request, reply) => {
      return sendDownload(request, reply, { name: `园区-${fileDate()}.xlsx`, type: XLSX_TYPE }, (out) =>
        writeParksXlsx(out, exportParkRows(app.db)),
      );
    },
  );

  app.get(
    '/api/units/export.xlsx',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Every unit matching the search filters, as the import workbook (paging ignored)',
        querystring: unitSearchQuery,
      },
    },
    async (request, reply) => {
      const rows = exportUnitRows(app.db, request.query, { includeTenants: isStaff(request) });
      return sendDownload(request, reply, { name: `单元-${fileDate()}.xlsx`, type: XLSX_TYPE }, (out) =>
        writeUnitsXlsx(out, rows),
      );
    },
  );

  app.get(
    '/api/units/export.csv',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary:
          'Every unit matching the search filters, as UTF-8 CSV with a byte-order mark (paging ignored)',
        querystring: unitSearchQuery,
      },
    },
    async (request, reply) => {
      const rows = exportUnitRows(app.db, request.query, { includeTenants: isStaff(request) });
      return sendDownload(request, reply, { name: `单元-${fileDate()}.csv`, type: CSV_TYPE }, (out) =>
        writeUnitsCsv(out, rows),
      );
    },
  );
};

// Which enterprise rents which unit is for the people who manage the space, not for anyone who asks.
function isStaff(request: FastifyRequest): boolean {
  const role = request.principal?.role;
  return role === 'admin' || role === 'officer' || role === 'park_manager';
}

async function* emptyRows(): AsyncGenerator<never> {}
