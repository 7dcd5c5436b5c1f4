import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../core/errors/index.js';

const status = z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']).optional() });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: { access: ['public'] },
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: status } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { access: ['public'] },
      schema: { tags: ['health'], summary: 'The database answers', response: { 200: status } },
    },
    async () => {
      try {
        await app.database.ping();
      } catch {
        throw new AppError('NOT_READY');
      }
      return { status: 'ok' as const, engine: app.database.engine };
    },
  );
};
