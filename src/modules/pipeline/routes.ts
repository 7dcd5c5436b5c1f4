import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { langFromAcceptLanguage } from '../../core/errors/index.js';
import {
  cellNumber,
  type TableColumn,
  writeSheetsXlsx,
  writeTableXlsx,
} from '../../core/excel/table-export.js';
import { fileDate, sendDownload, XLSX_TYPE } from '../../core/http/download.js';
import { requestMeta } from '../../core/http/request-meta.js';
import {
  board,
  completeTask,
  createProject,
  createSigningEvent,
  figuresSheets,
  getPipeline,
  getProject,
  listSigningEvents,
  moveProject,
  openTasks,
  qualifyLead,
  signedFigures,
} from './pipeline.js';
import { getPipelineDefinition, listPipelineDefinitions, savePipeline } from './pipeline-admin.js';
import { exportProjects, listProjects, PROJECT_EXPORT_LIMIT } from './project-list.js';
import {
  boardSchema,
  figuresQuery,
  figuresSchema,
  pipelineCodeParam,
  pipelineDefinitionBody,
  pipelineDefinitionSchema,
  pipelineSchema,
  projectCreateBody,
  projectExportQuery,
  projectListQuery,
  projectListResponse,
  projectSchema,
  qualifyBody,
  signingEventBody,
  signingEventSchema,
  stageChangeBody,
  taskSchema,
} from './schema.js';

const tags = ['pipeline'];
const STAFF = ['admin', 'officer'] as const;
const codeParam = z.object({ code: z.string().max(64) });

type ProjectRow = Awaited<ReturnType<typeof board>>['columns'][number]['projects'][number] & {
  stage: string;
  signingEventName: string | null;
};
const projectColumns: TableColumn<ProjectRow>[] = [
  { header: '项目', width: 30, value: (p) => p.name },
  { header: '企业', width: 30, value: (p) => p.companyName },
  { header: '阶段', width: 12, value: (p) => p.stage },
  { header: '招商专员', width: 14, value: (p) => p.officer?.displayName ?? null },
  { header: '产业方向', width: 18, value: (p) => p.directionCode },
  { header: '计划投资(万元)', value: (p) => cellNumber(p.plannedInvestmentWan) },
  { header: '签约金额(万元)', value: (p) => cellNumber(p.signedAmountWan) },
  { header: '签约日期', value: (p) => p.signedOn },
  { header: '签约活动', width: 30, value: (p) => p.signingEventName },
  { header: '流失原因', width: 24, value: (p) => p.lostReason },
];

type EventRow = Awaited<ReturnType<typeof listSigningEvents>>[number];
const signingEventColumns: TableColumn<EventRow>[] = [
  { header: '签约活动', width: 36, value: (e) => e.name },
  { header: '日期', value: (e) => e.heldOn },
  { header: '地点', value: (e) => e.place },
  { header: '签约项目数', value: (e) => e.projects },
  { header: '签约金额(亿元)', value: (e) => Number(e.amountYi) },
];

export const pipelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/pipelines/:code',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'A pipeline: its stages and the moves allowed',
        params: codeParam,
        response: { 200: pipelineSchema },
      },
    },
    async (request) => getPipeline(app.db, request.params.code),
  );

  app.get(
    '/api/pipelines',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          'Every pipeline: its stages, the moves allowed, the stage actions and the projects per stage',
        response: { 200: z.object({ items: z.array(pipelineDefinitionSchema) }) },
      },
    },
    async () => ({ items: await listPipelineDefinitions(app.db) }),
  );

  app.put(
    '/api/pipelines/:code',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'Create a pipeline or replace its whole definition (names, stages, moves, stage actions); 409 if a removed stage still has projects',
        params: pipelineCodeParam,
        body: pipelineDefinitionBody,
        response: { 200: pipelineDefinitionSchema, 201: pipelineDefinitionSchema },
      },
    },
    async (request, reply) => {
      const outcome = await savePipeline(
        app.db,
        request.principal!,
        request.params.code,
        request.body,
        requestMeta(request),
        langFromAcceptLanguage(request.headers['accept-language']),
      );
      const saved = await getPipelineDefinition(app.db, request.params.code);
      return reply.code(outcome === 'created' ? 201 : 200).send(saved!);
    },
  );

  app.get(
    '/api/pipelines/:code/board',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'The kanban: a column per stage with its projects and amount (万元)',
        params: codeParam,
        querystring: z.object({ mine: z.enum(['true', 'false']).optional() }),
        response: { 200: boardSchema },
      },
    },
    async (request) =>
      board(
        app.db,
        request.params.code,
        request.query.mine === 'true' ? request.principal!.userId : undefined,
      ),
  );

  app.post(
    '/api/projects',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'Start a project', body: projectCreateBody, response: { 201: projectSchema } },
    },
    async (request, reply) => {
      const id = await createProject(app.db, request.principal!, request.body, requestMeta(request));
      return reply.code(201).send(await getProject(app.db, id));
    },
  );

  app.get(
    '/api/projects',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          'The projects table: filtered, sorted, a page at a time, with the count and amounts of all matches',
        querystring: projectListQuery,
        response: { 200: projectListResponse },
      },
    },
    async (request) => listProjects(app.db, request.principal!, request.query),
  );

  app.get(
    '/api/projects/export.xlsx',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: `The filtered projects as a workbook, in the table's order (at most ${PROJECT_EXPORT_LIMIT} rows)`,
        querystring: projectExportQuery,
      },
    },
    async (request, reply) => {
      const rows = await exportProjects(app.db, request.principal!, request.query);
      return sendDownload(request, reply, { name: `项目-${fileDate()}.xlsx`, type: XLSX_TYPE }, (out) =>
        writeTableXlsx(
          out,
          '项目',
          projectColumns,
          rows.map((p) => ({ ...p, stage: p.stageNameZh })),
        ),
      );
    },
  );

  app.get(
    '/api/projects/:id',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'A project', params: idParam, response: { 200: projectSchema } },
    },
    async (request) => getProject(app.db, request.params.id),
  );

  app.post(
    '/api/projects/:id/stage',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Move a project to another stage (409 with the allowed stages if the move is not allowed)',
        params: idParam,
        body: stageChangeBody,
        response: { 200: projectSchema },
      },
    },
    async (request) => {
      await moveProject(app.db, request.principal!, request.params.id, request.body, requestMeta(request));
      return getProject(app.db, request.params.id);
    },
  );

  app.post(
    '/api/leads/:id/qualify',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Turn a lead into a project at the first stage of a pipeline',
        params: idParam,
        body: qualifyBody,
        response: { 201: projectSchema },
      },
    },
    async (request, reply) => {
      const id = await qualifyLead(
        app.db,
        request.principal!,
        request.params.id,
        request.body,
        requestMeta(request),
      );
      return reply.code(201).send(await getProject(app.db, id));
    },
  );

  app.post(
    '/api/signing-events',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Record a signing event (签约仪式)',
        body: signingEventBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        id: await createSigningEvent(app.db, request.principal!, request.body, requestMeta(request)),
      }),
  );

  app.get(
    '/api/signing-events',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Signing events with the projects signed at each and their total (亿元)',
        response: { 200: z.object({ items: z.array(signingEventSchema) }) },
      },
    },
    async () => ({ items: await listSigningEvents(app.db) }),
  );

  app.get(
    '/api/pipeline/figures',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: '招商 figures: projects signed and 亿元, by event, officer, direction and month',
        querystring: figuresQuery,
        response: { 200: figuresSchema },
      },
    },
    async (request) => signedFigures(app.db, request.query),
  );

  app.get(
    '/api/pipelines/:code/export.xlsx',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "A pipeline's projects as a workbook (stage, officer, amounts in 万元)",
        params: codeParam,
      },
    },
    async (request, reply) => {
      const [{ pipeline, columns }, events] = await Promise.all([
        board(app.db, request.params.code),
        listSigningEvents(app.db),
      ]);
      const eventNames = new Map(events.map((e) => [e.id, e.name]));
      const rows = columns.flatMap((c) =>
        c.projects.map((p) => ({
          ...p,
          stage: c.stage.nameZh,
          signingEventName: p.signingEventId === null ? null : (eventNames.get(p.signingEventId) ?? null),
        })),
      );
      return sendDownload(
        request,
        reply,
        { name: `${pipeline.nameZh}-${fileDate()}.xlsx`, type: XLSX_TYPE },
        (out) => writeTableXlsx(out, pipeline.nameZh, projectColumns, rows),
      );
    },
  );

  app.get(
    '/api/pipeline/figures/export.xlsx',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'The 招商 figures of a period as a workbook: totals, then a sheet per grouping',
        querystring: figuresQuery,
      },
    },
    async (request, reply) => {
      const figures = await signedFigures(app.db, request.query);
      const period = [request.query.from ?? '', request.query.to ?? ''].join('~');
      return sendDownload(
        request,
        reply,
        { name: `招商数据-${period === '~' ? fileDate() : period}.xlsx`, type: XLSX_TYPE },
        async (out) => writeSheetsXlsx(out, await figuresSheets(app.db, figures, request.query)),
      );
    },
  );

  app.get(
    '/api/signing-events/export.xlsx',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'Signing events with projects signed and 亿元, as a workbook' },
    },
    async (request, reply) => {
      const events = await listSigningEvents(app.db);
      return sendDownload(request, reply, { name: `签约活动-${fileDate()}.xlsx`, type: XLSX_TYPE }, (out) =>
        writeTableXlsx(out, '签约活动', signingEventColumns, events),
      );
    },
  );

  app.get(
    '/api/tasks',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'My open follow-up tasks, soonest first (admins: ?all=true for everyone’s)',
        querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(taskSchema) }) },
      },
    },
    async (request) => {
      const principal = request.principal!;
      const everyone = principal.role === 'admin' && request.query.all === 'true';
      return { items: await openTasks(app.db, everyone ? null : principal.userId) };
    },
  );

  app.post(
    '/api/tasks/:id/done',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'Tick a follow-up task off', params: idParam, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await completeTask(app.db, request.principal!, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
