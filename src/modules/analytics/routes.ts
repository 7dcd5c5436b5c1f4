import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { writeSheetsXlsx } from '../../core/excel/table-export.js';
import { fileDate, sendDownload, XLSX_TYPE } from '../../core/http/download.js';
import { requestMeta } from '../../core/http/request-meta.js';
import { dashboard } from './dashboard.js';
import { dashboardSheets } from './dashboard-export.js';
import { createPlanTarget, deletePlanTarget, listPlanTargets, updatePlanTarget } from './plan-targets.js';
import { startRollupRefresher } from './rollups.js';
import {
  dashboardQuery,
  dashboardSchema,
  planTargetBody,
  planTargetCodeParam,
  planTargetPatch,
  planTargetSchema,
} from './schema.js';

const tags = ['analytics'];
/**
 * Who reads the dashboard: administrators and officers, and park managers too — the figures are aggregates
 * of the whole zone (no personal data), and a manager sees their park against the rest; read-only for all.
 */
const DASHBOARD_READERS = ['admin', 'officer', 'park_manager'] as const;

export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  // The background rebuilds after registry writes run in this server, logged with its logger.
  const stopRefresher = startRollupRefresher(app.db, app.log);
  app.addHook('onClose', async () => stopRefresher());

  app.get(
    '/api/dashboard',
    {
      config: { access: DASHBOARD_READERS },
      schema: {
        tags,
        summary:
          'The dashboard against the plan: targets with actual, period and progress, breakdowns by zone, block, park, direction and city, the trend, the documents’ figures (from the rollups)',
        querystring: dashboardQuery,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => dashboard(app.db, request.query),
  );

  app.get(
    '/api/dashboard.xlsx',
    {
      config: { access: DASHBOARD_READERS },
      schema: {
        tags,
        summary: 'The dashboard as a workbook: targets, by park, by direction, trend, by city, figures',
        querystring: dashboardQuery,
      },
    },
    async (request, reply) => {
      const data = await dashboard(app.db, request.query);
      // Every direction is in byDirection, with its name.
      const names = new Map(data.byDirection.map((d) => [d.code, d.nameZh] as const));
      return sendDownload(
        request,
        reply,
        { name: `招商数据看板-${data.year ?? fileDate()}.xlsx`, type: XLSX_TYPE },
        (out) => writeSheetsXlsx(out, dashboardSheets(data, names)),
      );
    },
  );

  app.get(
    '/api/plan-targets',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Plan targets: the documents’ (reference) and those administrators added',
        response: { 200: z.object({ items: z.array(planTargetSchema) }) },
      },
    },
    async () => ({ items: await listPlanTargets(app.db) }),
  );

  app.post(
    '/api/plan-targets',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Add a plan target (metric, scope, optional direction, value, due year)',
        body: planTargetBody,
        response: { 201: planTargetSchema },
      },
    },
    async (request, reply) => {
      const created = await createPlanTarget(app.db, request.principal!, request.body, requestMeta(request));
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/api/plan-targets/:code',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Change a plan target; the documents’ targets cannot be changed (409)',
        params: planTargetCodeParam,
        body: planTargetPatch,
        response: { 200: planTargetSchema },
      },
    },
    async (request) =>
      updatePlanTarget(app.db, request.principal!, request.params.code, request.body, requestMeta(request)),
  );

  app.delete(
    '/api/plan-targets/:code',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Remove a plan target; the documents’ targets cannot be removed (409)',
        params: planTargetCodeParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deletePlanTarget(app.db, request.principal!, request.params.code, requestMeta(request));
      return reply.code(204).send(null);
    },
  );
};
