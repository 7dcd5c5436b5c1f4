import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { parkDetailSchema, parkListQuery, parkListResponse, zoneSchema } from './schema.js';
import { getPark, listParks, listZones } from './space.js';

const tags = ['space'];

export const spaceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/zones',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Zones with their blocks and figures',
        response: { 200: z.object({ items: z.array(zoneSchema) }) },
      },
    },
    async () => ({ items: await listZones(app.db) }),
  );

  app.get(
    '/api/parks',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Parks, centres and facilities',
        querystring: parkListQuery,
        response: { 200: parkListResponse },
      },
    },
    async (request) => listParks(app.db, request.query),
  );

  app.get(
    '/api/parks/:id',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'A park with its buildings, units and occupancy',
        params: idParam,
        response: { 200: parkDetailSchema },
      },
    },
    async (request) => getPark(app.db, request.params.id),
  );
};
