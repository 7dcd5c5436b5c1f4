import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { requestMeta } from '../../core/http/request-meta.js';
import {
  addListItems,
  createTargetList,
  deleteTargetList,
  getTargetList,
  listTargetLists,
  removeListItem,
  turnIntoLeads,
} from './lists.js';
import { listFactors, rankTargets, saveWeights } from './ranking.js';
import {
  itemParam,
  itemsBody,
  leadsBody,
  leadsResult,
  listCreateBody,
  listDetail,
  listSummary,
  rankingQuery,
  rankingResponse,
  weightsBody,
  weightsResponse,
} from './schema.js';

const tags = ['targets'];
/** Target lists are the investment officers' work (产业链招商); park managers do not prospect. */
const STAFF = ['admin', 'officer'] as const;

export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/targets',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          'Target enterprises ranked by their high-potential score, each with the score broken down per factor and the figures behind it',
        querystring: rankingQuery,
        response: { 200: rankingResponse },
      },
    },
    async (request) => rankTargets(app.db, request.query),
  );

  app.get(
    '/api/targets/weights',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'The score factors and their weights', response: { 200: weightsResponse } },
    },
    async () => ({ items: await listFactors(app.db) }),
  );

  app.put(
    '/api/targets/weights',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Set factor weights; every target is re-scored with them (audited)',
        body: weightsBody,
        response: { 200: weightsResponse },
      },
    },
    async (request) => ({
      items: await saveWeights(app.db, request.principal!, request.body.factors, requestMeta(request)),
    }),
  );

  app.get(
    '/api/target-lists',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "The caller's saved target lists (an admin: everyone's)",
        response: { 200: z.object({ items: z.array(listSummary) }) },
      },
    },
    async (request) => ({ items: await listTargetLists(app.db, request.principal!) }),
  );

  app.post(
    '/api/target-lists',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Save a new target list',
        body: listCreateBody,
        response: { 201: listDetail },
      },
    },
    async (request, reply) => {
      const id = await createTargetList(app.db, request.principal!, request.body, requestMeta(request));
      return reply.code(201).send(await getTargetList(app.db, request.principal!, id));
    },
  );

  app.get(
    '/api/target-lists/:id',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'A target list with its enterprises, scores and the leads they became',
        params: idParam,
        response: { 200: listDetail },
      },
    },
    async (request) => getTargetList(app.db, request.principal!, request.params.id),
  );

  app.delete(
    '/api/target-lists/:id',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'Delete a target list (leads made from it stay)', params: idParam },
    },
    async (request, reply) => {
      await deleteTargetList(app.db, request.principal!, request.params.id, requestMeta(request));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/target-lists/:id/items',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Add target enterprises to a list (repeats ignored)',
        params: idParam,
        body: itemsBody,
        response: { 200: listDetail },
      },
    },
    async (request) => {
      await addListItems(
        app.db,
        request.principal!,
        request.params.id,
        request.body.enterpriseIds,
        requestMeta(request),
      );
      return getTargetList(app.db, request.principal!, request.params.id);
    },
  );

  app.delete(
    '/api/target-lists/:id/items/:enterpriseId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Remove an enterprise from a list',
        params: itemParam,
        response: { 200: listDetail },
      },
    },
    async (request) => {
      await removeListItem(
        app.db,
        request.principal!,
        request.params.id,
        request.params.enterpriseId,
        requestMeta(request),
      );
      return getTargetList(app.db, request.principal!, request.params.id);
    },
  );

  app.post(
    '/api/target-lists/:id/leads',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          "Turn a list's items (or the chosen ones) into leads in one transaction, assigned by the pipeline's rules; items already turned are skipped and reported",
        params: idParam,
        body: leadsBody,
        response: { 200: leadsResult },
      },
    },
    async (request) =>
      turnIntoLeads(
        app.db,
        request.principal!,
        request.params.id,
        request.body.enterpriseIds,
        requestMeta(request),
      ),
  );
};
