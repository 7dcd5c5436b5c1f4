import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import {
  board,
  createProject,
  createSigningEvent,
  getPipeline,
  getProject,
  listSigningEvents,
  moveProject,
  qualifyLead,
  signedFigures,
  type WriteMeta,
} from './pipeline.js';
import {
  boardSchema,
  figuresQuery,
  figuresSchema,
  pipelineSchema,
  projectCreateBody,
  projectSchema,
  qualifyBody,
  signingEventBody,
  signingEventSchema,
  stageChangeBody,
} from './schema.js';

const tags = ['pipeline'];
const STAFF = ['admin', 'officer'] as const;
const codeParam = z.object({ code: z.string().max(64) });

function meta(request: FastifyRequest): WriteMeta {
  return { ip: request.ip, requestId: request.id };
}

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
      const id = await createProject(app.db, request.principal!, request.body, meta(request));
      return reply.code(201).send(await getProject(app.db, id));
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
      await moveProject(app.db, request.principal!, request.params.id, request.body, meta(request));
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
        meta(request),
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
      reply
        .code(201)
        .send({ id: await createSigningEvent(app.db, request.principal!, request.body, meta(request)) }),
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
};
