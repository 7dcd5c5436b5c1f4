import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParam } from '../../core/contract.js';
import { getEnterprise } from './enterprises.js';
import { enterpriseSchema } from './schema.js';

export const enterpriseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/enterprises/:id',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['enterprises'],
        summary:
          'An enterprise: settled and departed firms for anyone; targets and firms in talks for admins and officers only (404 for anyone else); credit codes for staff only',
        params: idParam,
        response: { 200: enterpriseSchema },
      },
    },
    async (request) => getEnterprise(app.db, request.principal, request.params.id),
  );
};
