import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { requestMeta } from '../../core/http/request-meta.js';
import {
  createBuilding,
  createUnit,
  deleteBuilding,
  deleteUnit,
  updateBuilding,
  updatePark,
  updateUnit,
  type WriteContext,
} from './inventory.js';
import { occupancyBy } from './occupancy.js';
import {
  buildingCreateBody,
  buildingPatchBody,
  occupancyQuery,
  occupancyRow,
  parkDetailSchema,
  parkListQuery,
  parkListResponse,
  parkPatchBody,
  unitCreateBody,
  unitPatchBody,
  unitSchema,
  unitSearchQuery,
  unitSearchResponse,
  zoneSchema,
} from './schema.js';
import { getPark, listParks, listZones } from './space.js';
import { searchUnits } from './unit-search.js';
import { unitSearchQueryDescription } from './unit-search-doc.js';
import { getUnitView } from './unit-view.js';

const tags = ['space'];
/** Who may change inventory; park managers further limited to their own parks by the logic. */
const EDITORS = ['admin', 'officer', 'park_manager'] as const;

const buildingResponse = z.object({
  id: z.number().int(),
  parkId: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  floors: z.number().int(),
  completionYear: z.number().int().nullable(),
});

function writeContext(request: FastifyRequest): WriteContext {
  return { principal: request.principal!, ...requestMeta(request) };
}

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

  app.patch(
    '/api/parks/:id',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: "Update a park's details (park managers: their own parks)",
        params: idParam,
        body: parkPatchBody,
        response: { 200: parkDetailSchema },
      },
    },
    async (request) => {
      await updatePark(app.db, writeContext(request), request.params.id, request.body);
      return getPark(app.db, request.params.id);
    },
  );

  app.post(
    '/api/parks/:id/buildings',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Add a building to a park',
        params: idParam,
        body: buildingCreateBody,
        response: { 201: buildingResponse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createBuilding(app.db, writeContext(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/buildings/:id',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Update a building',
        params: idParam,
        body: buildingPatchBody,
        response: { 200: buildingResponse },
      },
    },
    async (request) => updateBuilding(app.db, writeContext(request), request.params.id, request.body),
  );

  app.delete(
    '/api/buildings/:id',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Delete a building without units',
        params: idParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteBuilding(app.db, writeContext(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/buildings/:id/units',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Add a unit to a building',
        params: idParam,
        body: unitCreateBody,
        response: { 201: unitSchema },
      },
    },
    async (request, reply) => {
      const created = await createUnit(app.db, writeContext(request), request.params.id, request.body);
      return reply.code(201).send(await getUnitView(app.db, created.id));
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Update a unit: status, price, features',
        params: idParam,
        body: unitPatchBody,
        response: { 200: unitSchema },
      },
    },
    async (request) => {
      await updateUnit(app.db, writeContext(request), request.params.id, request.body);
      return getUnitView(app.db, request.params.id);
    },
  );

  app.delete(
    '/api/units/:id',
    {
      config: { access: EDITORS },
      schema: { tags, summary: 'Delete a unit', params: idParam, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteUnit(app.db, writeContext(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/units',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Search space: filters, sort, pagination and facet counts',
        description: unitSearchQueryDescription,
        querystring: unitSearchQuery,
        response: { 200: unitSearchResponse },
      },
    },
    async (request) => searchUnits(app.db, request.query),
  );

  app.get(
    '/api/occupancy',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Occupancy (total, available, reserved, leased m² and rate) per zone, block or park',
        querystring: occupancyQuery,
        response: { 200: z.object({ items: z.array(occupancyRow) }) },
      },
    },
    async (request) => ({ items: await occupancyBy(app.db, request.query.level) }),
  );
};
