import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { AppError, type Lang, langFromAcceptLanguage } from '../../core/errors/index.js';
import { fileDate, sendDownload, XLSX_TYPE } from '../../core/http/download.js';
import { requestMeta } from '../../core/http/request-meta.js';
import { FileUnreadable } from '../space-io/read-table.js';
import { deleteMetrics, putMetrics } from './metrics-write.js';
import { createMilestone, deleteMilestone, updateMilestone } from './milestones.js';
import { REGISTRY_IMPORT_RULE } from './registry-columns.js';
import { REGISTRY_EXPORT_LIMIT, writeRegistryXlsx } from './registry-export.js';
import { fileRejectionMessage, importRegistry, RegistryFileRejected } from './registry-import.js';
import { listRegistry } from './registry-list.js';
import { createEnterprise, updateEnterprise } from './registry-write.js';
import {
  enterpriseCreateBody,
  enterprisePatchBody,
  enterpriseWritten,
  metricsPutBody,
  metricsYearParams,
  milestoneCreateBody,
  milestonePatchBody,
  milestoneSchema,
  type RegistryImportReport,
  registryFilters,
  registryImportQuery,
  registryImportReport,
  registryListQuery,
  registryPage,
} from './schema.js';

const tags = ['registry'];
/** Park managers work on the firms of their parks only; the functions below scope them. */
const EDITORS = ['admin', 'officer', 'park_manager'] as const;
/** A registry workbook of 50,000 firms and ten years each is about 30 MB. */
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** The upload, saved to a private temporary file for the reader (as space-io does). */
async function saveUpload(request: FastifyRequest): Promise<{ dir: string; file: string; fileName: string }> {
  const file = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }).catch(() => {
    throw new AppError('BAD_REQUEST');
  });
  if (!file) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', key: 'required' }] });
  const dir = await mkdtemp(path.join(tmpdir(), 'medzone-registry-'));
  const target = path.join(dir, 'upload');
  try {
    await pipeline(file.file, createWriteStream(target));
    if (file.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error instanceof AppError ? error : new AppError('BAD_REQUEST');
  }
  return { dir, file: target, fileName: path.basename(file.filename || 'upload') };
}

export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart);

  app.get(
    '/api/registry/enterprises',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary:
          'The enterprise registry: filtered, sorted, paged; figures of the year asked (or the latest)',
        description: 'Park managers see the enterprises of their parks only.',
        querystring: registryListQuery,
        response: { 200: registryPage },
      },
    },
    async (request) => listRegistry(app.db, request.principal!, request.query),
  );

  app.post(
    '/api/registry/enterprises',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Add an enterprise to the registry (park managers: in their parks)',
        body: enterpriseCreateBody,
        response: { 201: enterpriseWritten },
      },
    },
    async (request, reply) => {
      const id = await createEnterprise(app.db, request.principal!, request.body, requestMeta(request));
      return reply.code(201).send({ id });
    },
  );

  app.patch(
    '/api/registry/enterprises/:id',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Change an enterprise (park managers: of their parks, and not to another park)',
        params: idParam,
        body: enterprisePatchBody,
        response: { 200: enterpriseWritten },
      },
    },
    async (request) => {
      await updateEnterprise(
        app.db,
        request.principal!,
        request.params.id,
        request.body,
        requestMeta(request),
      );
      return { id: request.params.id };
    },
  );

  app.put(
    '/api/registry/enterprises/:id/metrics/:year',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: "Set one year's figures (万元) of an enterprise, with their source",
        params: metricsYearParams,
        body: metricsPutBody,
        response: { 200: z.object({ created: z.boolean() }) },
      },
    },
    async (request) =>
      putMetrics(
        app.db,
        request.principal!,
        request.params.id,
        request.params.year,
        request.body,
        requestMeta(request),
      ),
  );

  app.delete(
    '/api/registry/enterprises/:id/metrics/:year',
    {
      config: { access: EDITORS },
      schema: { tags, summary: "Remove one year's figures", params: metricsYearParams },
    },
    async (request, reply) => {
      await deleteMetrics(
        app.db,
        request.principal!,
        request.params.id,
        request.params.year,
        requestMeta(request),
      );
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/registry/enterprises/:id/milestones',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Add a milestone (approval, clinical stage, PDX models, platform, product, funding, award)',
        params: idParam,
        body: milestoneCreateBody,
        response: { 201: milestoneSchema },
      },
    },
    async (request, reply) => {
      const created = await createMilestone(
        app.db,
        request.principal!,
        request.params.id,
        request.body,
        requestMeta(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/api/registry/milestones/:id',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Change a milestone',
        params: idParam,
        body: milestonePatchBody,
        response: { 200: milestoneSchema },
      },
    },
    async (request) =>
      updateMilestone(app.db, request.principal!, request.params.id, request.body, requestMeta(request)),
  );

  app.delete(
    '/api/registry/milestones/:id',
    { config: { access: EDITORS }, schema: { tags, summary: 'Remove a milestone', params: idParam } },
    async (request, reply) => {
      await deleteMilestone(app.db, request.principal!, request.params.id, requestMeta(request));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/registry/export.xlsx',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: `The filtered registry as the import workbook: enterprises and every year of their figures (first ${REGISTRY_EXPORT_LIMIT.toLocaleString('en')} firms)`,
        querystring: registryFilters,
      },
    },
    async (request, reply) =>
      sendDownload(request, reply, { name: `企业名录-${fileDate()}.xlsx`, type: XLSX_TYPE }, (out) =>
        writeRegistryXlsx(out, app.db, { principal: request.principal!, filters: request.query }),
      ),
  );

  app.get(
    '/api/registry/template.xlsx',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'The registry import template: Chinese headers, instructions in both languages',
      },
    },
    async (request, reply) =>
      sendDownload(request, reply, { name: '企业名录导入模板.xlsx', type: XLSX_TYPE }, (out) =>
        writeRegistryXlsx(out, app.db, null),
      ),
  );

  app.post(
    '/api/registry/import',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Check (dryRun=true) or import a registry workbook (.xlsx, or a CSV of one sheet)',
        description: `multipart/form-data with one field "file". ${REGISTRY_IMPORT_RULE.en} Park managers: rows of their parks only.`,
        consumes: ['multipart/form-data'],
        querystring: registryImportQuery,
        response: { 200: registryImportReport },
      },
    },
    async (request) => {
      const lang = langFromAcceptLanguage(request.headers['accept-language']);
      const upload = await saveUpload(request);
      try {
        return await importRegistry(app.db, {
          path: upload.file,
          fileName: upload.fileName,
          dryRun: request.query.dryRun,
          actor: request.principal!,
          lang,
          ...requestMeta(request),
        });
      } catch (error) {
        // A file the registry cannot read is reported like a row: the page shows one list of problems.
        if (error instanceof RegistryFileRejected || error instanceof FileUnreadable) {
          return fileLevelReport(request.query.dryRun, upload.fileName, fileProblem(error, lang));
        }
        throw error;
      } finally {
        await rm(upload.dir, { recursive: true, force: true });
      }
    },
  );
};

function fileProblem(error: RegistryFileRejected | FileUnreadable, lang: Lang): string {
  if (error instanceof RegistryFileRejected) return fileRejectionMessage(error, lang);
  return lang === 'zh' ? `无法读取文件：${error.message}` : `The file could not be read: ${error.message}`;
}

function fileLevelReport(dryRun: boolean, fileName: string, message: string): RegistryImportReport {
  const none = { created: 0, updated: 0, unchanged: 0 };
  return {
    dryRun,
    rowsRead: 0,
    rowsRejected: 0,
    enterprises: none,
    metrics: none,
    errors: [{ sheet: fileName, rowNumber: 1, column: null, value: null, message }],
  };
}
