import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { overview } from './portal.js';
import { overviewResponse } from './schema.js';

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
};
