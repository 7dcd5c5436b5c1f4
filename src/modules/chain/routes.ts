import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta } from '../../core/http/request-meta.js';
import { chainOverview, chainStrength, updateChainLink } from './chain.js';
import {
  chainLinkCodeParam,
  chainLinkPatchBody,
  chainLinkStrength,
  chainQuery,
  chainResponse,
} from './schema.js';

const tags = ['chain'];

export const chainRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/chain',
    {
      config: { access: ['admin', 'officer', 'park_manager'] },
      schema: {
        tags,
        summary:
          'The industry chain map: every link with the settled enterprises, latest-year revenue, strength and gaps (optionally of one zone or park)',
        querystring: chainQuery,
        response: { 200: chainResponse },
      },
    },
    async (request) => chainOverview(app.db, request.query),
  );

  app.patch(
    '/api/chain/links/:code',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: "Edit a chain link's names, GB/T 4754 codes and directions (audited)",
        params: chainLinkCodeParam,
        body: chainLinkPatchBody,
        response: { 200: chainLinkStrength },
      },
    },
    async (request) => {
      await updateChainLink(
        app.db,
        request.principal!,
        request.params.code,
        request.body,
        requestMeta(request),
      );
      const links = await chainStrength(app.db);
      return links.find((l) => l.code === request.params.code)!;
    },
  );
};
