import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { langFromAcceptLanguage } from '../../core/errors/index.js';
import { listInbox, markAllRead, markRead } from './inbox.js';

const tags = ['inbox'];
const SIGNED_IN = ['admin', 'officer', 'park_manager', 'enterprise'] as const;

const inboxSchema = z.object({
  unread: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      title: z.string(),
      link: z.string().nullable(),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
});

export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/inbox',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'My notices, unread first', response: { 200: inboxSchema } },
    },
    async (request) =>
      listInbox(
        app.db,
        request.principal!.userId,
        langFromAcceptLanguage(request.headers['accept-language']),
        50,
      ),
  );

  // Personal reading state, like marking one read: not a change to the platform's data, so not audited.
  app.post(
    '/api/inbox/read-all',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Mark all my notices read',
        response: { 200: z.object({ marked: z.number().int().describe('Notices that were unread') }) },
      },
    },
    async (request) => ({ marked: await markAllRead(app.db, request.principal!.userId) }),
  );

  app.post(
    '/api/inbox/:id/read',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Mark a notice read', params: idParam, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await markRead(app.db, request.principal!.userId, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
