import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { requestMeta } from '../../core/http/request-meta.js';
import { createNews, deleteNews, getNews, listNews, updateNews } from './news.js';
import { newsBody, newsItemSchema, newsListQuery, newsListResponse } from './news-schema.js';
import { overview } from './portal.js';
import { overviewResponse } from './schema.js';

const newsTags = ['news'];
const ADMIN = ['admin'] as const;

export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/overview',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['portal'],
        summary: 'Zones, parks, directions, targets and figures for the portal home page',
        response: { 200: overviewResponse },
      },
    },
    async () => overview(app.db),
  );

  app.get(
    '/api/news',
    {
      config: { access: ['public'] },
      schema: {
        tags: newsTags,
        summary: 'News, events and notices, newest first, filtered by kind, zone and words',
        querystring: newsListQuery,
        response: { 200: newsListResponse },
      },
    },
    async (request) => listNews(app.db, request.query),
  );

  app.get(
    '/api/news/:id',
    {
      config: { access: ['public'] },
      schema: {
        tags: newsTags,
        summary: 'A news item, event or notice',
        params: idParam,
        response: { 200: newsItemSchema },
      },
    },
    async (request) => getNews(app.db, request.params.id),
  );

  app.post(
    '/api/news',
    {
      config: { access: ADMIN },
      schema: {
        tags: newsTags,
        summary: 'Publish a news item, event or notice (searchable at once)',
        body: newsBody,
        response: { 201: newsItemSchema },
      },
    },
    async (request, reply) => {
      const id = await createNews(app.db, request.principal!, request.body, requestMeta(request));
      return reply.code(201).send(await getNews(app.db, id));
    },
  );

  app.put(
    '/api/news/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags: newsTags,
        summary: 'Replace a news item’s fields',
        params: idParam,
        body: newsBody,
        response: { 200: newsItemSchema },
      },
    },
    async (request) => {
      await updateNews(app.db, request.principal!, request.params.id, request.body, requestMeta(request));
      return getNews(app.db, request.params.id);
    },
  );

  app.delete(
    '/api/news/:id',
    {
      config: { access: ADMIN },
      schema: { tags: newsTags, summary: 'Delete a news item', params: idParam, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteNews(app.db, request.principal!, request.params.id, requestMeta(request));
      return reply.code(204).send(null);
    },
  );
};
