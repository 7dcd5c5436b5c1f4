import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParam } from '../../core/contract.js';
import { getEnterprise } from './enterprises.js';
import { registryRoutes } from './registry-routes.js';
import { enterpriseSchema } from './schema.js';

export const enterpriseRoutes: FastifyPluginAsyncZod = async (app) => {
  // The staff's registry, in its own plugin: only its import accepts multipart bodies.
  await app.register(registryRoutes);

  app.get(
    '/api/enterprises/:id',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['enterprises'],
        summary:
          'An enterprise with its milestones, years of figures and timeline: settled and departed firms for anyone; targets and firms in talks for admins and officers only (404 for anyone else); credit codes for staff only',
        params: idParam,
        response: { 200: enterpriseSchema },
      },
    },
    async (request) => getEnterprise(app.db, request.principal, request.params.id),
  );
};
